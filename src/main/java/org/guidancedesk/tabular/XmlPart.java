package org.guidancedesk.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *
 * <p>The bytes are decoded here, strictly, not by the parser: the JDK's parser reports a byte
 * that is not in the document's encoding through a default handler that prints "[Fatal Error]"
 * on stderr, besides throwing. And a part is read to its end, so the zip's CRC-32 of every part
 * is checked (see {@link SafeZip}).
 */
final class XmlPart implements AutoCloseable {
    private final SafeZip zip;
    private final String fileName;
    private final String part;
    private final Charset charset;
    private final InputStream in;
    private final XMLStreamReader reader;
    private final Set<String> names = new HashSet<>();

    private XmlPart(SafeZip zip, String fileName, String part, Charset charset, InputStream in, XMLStreamReader reader) {
        this.zip = zip;
        this.fileName = fileName;
        this.part = part;
        this.charset = charset;
        this.in = in;
        this.reader = reader;
    }

    static XmlPart open(SafeZip zip, String fileName, String part) throws TableFileException {
        InputStream in = zip.open(part);
        Charset charset = StandardCharsets.UTF_8;
        try {
            charset = encoding(in, fileName, part);
            InputStreamReader text = new InputStreamReader(new UnclosedByParser(in), charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return new XmlPart(zip, fileName, part, charset, in, FACTORY.createXMLStreamReader(text));
        } catch (XMLStreamException e) {
            closeQuietly(in);
            throw failure(zip, fileName, part, charset, e);
        } catch (IOException e) {
            closeQuietly(in);
            TableFileException bound = zip.failure();
            throw bound != null ? bound : TableFileException.of(fileName, "tabular.error.damaged").causedBy(e);
        } catch (TableFileException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    /**
     * The part's encoding as XML says it is found (its appendix F): a byte-order mark, the
     * UTF-16 form of "<?", else the declaration's encoding, else UTF-8. A mark is skipped.
     */
    private static Charset encoding(InputStream in, String fileName, String part) throws IOException, TableFileException {
        in.mark(256);
        byte[] head = in.readNBytes(256);
        in.reset();
        if (TextDecoding.startsWith(head, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (TextDecoding.startsWith(head, 0xFF, 0xFE)) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16LE;
        }
        if (TextDecoding.startsWith(head, 0xFE, 0xFF)) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16BE;
        }
        if (TextDecoding.startsWith(head, '<', 0, '?', 0)) {
            return StandardCharsets.UTF_16LE;
        }
        if (TextDecoding.startsWith(head, 0, '<', 0, '?')) {
            return StandardCharsets.UTF_16BE;
        }
        Matcher declared = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset charset = Charset.forName(declared.group(1));
            // A declaration read as ASCII names an ASCII-compatible encoding; "UTF-16" there is a lie.
            return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw TableFileException.of(fileName, "tabular.error.xmlEncoding", part, declared.group(1)).causedBy(e);
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
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                finish();
            }
            return event;
        } catch (XMLStreamException e) {
            throw failure(zip, fileName, part, charset, e);
        }
    }

    /**
     * Reads what the parser left of the part (after the root element, or all of it when the
     * caller stops early), so the zip checks the part's CRC-32; refuses the file if it fails.
     */
    void finish() throws TableFileException {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            if (zip.failure() == null) {
                throw TableFileException.of(fileName, "tabular.error.damaged").causedBy(e);
            }
        }
        if (zip.failure() != null) {
            throw zip.failure();
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
            throw failure(zip, fileName, part, charset, e);
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

    private static TableFileException failure(SafeZip zip, String fileName, String part, Charset charset,
            XMLStreamException e) {
        TableFileException bound = zip.failure();
        if (bound != null) {
            return bound;
        }
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
            if (t instanceof CharacterCodingException) {
                return TableFileException.of(fileName, "tabular.error.xmlEncoding", part, charset.name()).causedBy(e);
            }
        }
        return TableFileException.of(fileName, "tabular.error.badXml", part).causedBy(e);
    }

    /** StAX keeps the cause of an XMLStreamException apart from getCause() in some paths. */
    private static Throwable nested(Throwable t) {
        return t instanceof XMLStreamException x ? x.getNestedException() : null;
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

    /** The parser closes its input at the end of the document; the rest must still be read for the checksum. */
    private static final class UnclosedByParser extends java.io.FilterInputStream {
        UnclosedByParser(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // closed by XmlPart.close()
        }
    }
}
