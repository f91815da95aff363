package org.guidancedesk.report.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;

/** A written .docx taken apart for a test: its parts parsed (namespace-aware, no DTDs), and WordprocessingML looked up. */
final class DocxFiles {
    static final String W = DocxParts.W_NS;

    private final Map<String, byte[]> raw = new LinkedHashMap<>();
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private final Map<String, Document> parsed = new LinkedHashMap<>();

    /** Reads every entry and parses every part; a part that is not well-formed XML fails here. */
    DocxFiles(byte[] docx) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                throw e;
            }
        });
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                raw.put(e.getName(), bytes);
                entries.put(e.getName(), e);
                parsed.put(e.getName(), builder.parse(new ByteArrayInputStream(bytes)));
            }
        } catch (IOException e) {
            throw new AssertionError("not a zip", e);
        }
    }

    List<String> names() {
        return List.copyOf(raw.keySet());
    }

    ZipEntry entry(String name) {
        return entries.get(name);
    }

    String text(String part) {
        return new String(raw.get(part), java.nio.charset.StandardCharsets.UTF_8);
    }

    Document part(String name) {
        Document d = parsed.get(name);
        if (d == null) {
            throw new AssertionError("no part " + name + " in " + names());
        }
        return d;
    }

    /** Every element of the WordprocessingML namespace named {@code local} under {@code root}. */
    static List<Element> all(Node root, String local) {
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS(W, local)
                : ((Element) root).getElementsByTagNameNS(W, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static Element first(Node root, String local) {
        List<Element> found = all(root, local);
        if (found.isEmpty()) {
            throw new AssertionError("no w:" + local);
        }
        return found.get(0);
    }

    static String attr(Element e, String local) {
        return e.getAttributeNS(W, local);
    }

    /** The paragraph's style id ("" for Normal). */
    static String style(Element paragraph) {
        List<Element> styles = all(paragraph, "pStyle");
        return styles.isEmpty() ? "" : attr(styles.get(0), "val");
    }

    /** The text of the paragraph as a reader sees it: w:t as it is, w:br a line break, w:tab a tab. */
    static String text(Element paragraph) {
        StringBuilder b = new StringBuilder();
        collect(paragraph, b);
        return b.toString();
    }

    private static void collect(Node n, StringBuilder b) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "t" -> b.append(e.getTextContent());
                    case "br" -> b.append('\n');
                    case "tab" -> b.append('\t');
                    case "instrText" -> { }
                    default -> collect(e, b);
                }
            }
        }
    }

    /** The body's paragraphs outside tables, in order. */
    List<Element> bodyParagraphs() {
        Element body = first(part(DocxParts.DOCUMENT), "body");
        List<Element> out = new ArrayList<>();
        for (Node c = body.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && "p".equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
