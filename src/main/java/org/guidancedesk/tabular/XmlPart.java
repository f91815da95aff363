package org.guidancedesk.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One XML part of a workbook, read with the JDK's StAX parser set up for hostile input: no DTD
 * support, no external entities, no resolver, and any DOCTYPE refused outright (a workbook never
 * has one; a DOCTYPE is how entity expansion and XXE attacks start). Element and attribute names
 * are matched by their local part, so transitional and strict OOXML, and writers that put a
 * prefix on every element (x:row), read alike.
 */
final class XmlPart implements AutoCloseable {
    private final SafeZip zip;
    private final String fileName;
    private final String part;
    private final InputStream in;
    private final XMLStreamReader reader;
    private final Set<String> names = new HashSet<>();

    private XmlPart(SafeZip zip, String fileName, String part, InputStream in, XMLStreamReader reader) {
        this.zip = zip;
        this.fileName = fileName;
        this.part = part;
        this.in = in;
        this.reader = reader;
    }

    static XmlPart open(SafeZip zip, String fileName, String part) throws TableFileException {
        InputStream in = zip.open(part);
        try {
            return new XmlPart(zip, fileName, part, in, FACTORY.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            closeQuietly(in);
            throw failure(zip, fileName, part, e);
        }
    }

    /** Workbook parts nest a dozen levels at most. */
    private static final int MAX_DEPTH = 256;
    /**
     * The parser keeps every element and attribute name it meets for the life of the part, so a
     * part made of millions of distinct names fills the heap; workbook parts use a few hundred.
     */
    private static final int MAX_NAMES = 2_000;

    /** Configured once; creating readers from a configured factory is safe across threads in the JDK. */
    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's own, whatever is on the class path
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // Names are matched by their local part (see name()), so namespaces need not be resolved;
        // not resolving them halves the time a cold parser takes over a large sheet.
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH)); // each level costs the parser memory
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }

    /** The next event; a DTD is refused before anything in it is used. */
    int next() throws TableFileException {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                remember(reader.getLocalName());
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    remember(reader.getAttributeLocalName(i));
                }
            } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                remember(reader.getPITarget());
            } else if (event == XMLStreamConstants.DTD) {
                throw TableFileException.of(fileName, "tabular.error.doctype", part);
            }
            return event;
        } catch (XMLStreamException e) {
            throw failure(zip, fileName, part, e);
        }
    }

    private void remember(String name) throws TableFileException {
        if (names.add(name) && names.size() > MAX_NAMES) {
            throw TableFileException.of(fileName, "tabular.error.badXml", part);
        }
    }

    boolean hasNext() throws TableFileException {
        try {
            return reader.hasNext();
        } catch (XMLStreamException e) {
            throw failure(zip, fileName, part, e);
        }
    }

    /** The element's name without a prefix ("row" for x:row too). */
    String name() {
        return local(reader.getLocalName());
    }

    /** The attribute with this local name, whatever its prefix (r:id and id alike), or null. */
    String attribute(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (attributeName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    int attributeCount() {
        return reader.getAttributeCount();
    }

    String attributeName(int index) {
        return local(reader.getAttributeLocalName(index));
    }

    private static String local(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    String attributeValue(int index) {
        return reader.getAttributeValue(index);
    }

    /**
     * Reads to the end of the current element, appending its text (of nested elements too) to
     * {@code into} while it stays within {@code max} characters. Returns false when there was
     * more: the rest is read and dropped, so one huge text never sits in memory.
     */
    boolean text(StringBuilder into, int max) throws TableFileException {
        boolean whole = true;
        int depth = 0;
        while (true) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth-- == 0) {
                        return whole;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int room = max - into.length();
                    int length = reader.getTextLength();
                    if (length > room) {
                        whole = false;
                    }
                    if (room > 0) {
                        into.append(reader.getTextCharacters(), reader.getTextStart(), Math.min(room, length));
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> {
                    return whole;
                }
                default -> { }
            }
        }
    }

    /** Skips the current element and everything in it. */
    void skipElement() throws TableFileException {
        int depth = 0;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_DOCUMENT || (event == XMLStreamConstants.END_ELEMENT && depth-- == 0)) {
                return;
            }
        }
    }

    private static TableFileException failure(SafeZip zip, String fileName, String part, XMLStreamException e) {
        TableFileException bound = zip.failure();
        if (bound != null) {
            return bound;
        }
        return TableFileException.of(fileName, "tabular.error.badXml", part).causedBy(e);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing to save
        }
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // read-only
        }
    }
}
