package org.guidancedesk.tabular;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;

/** The relationships (.rels) of one package part: which part an id or a type points at. */
final class Relationships {
    record Link(String id, String type, String target) {}

    private final String source;
    private final List<Link> links;

    private Relationships(String source, List<Link> links) {
        this.source = source;
        this.links = links;
    }

    /**
     * The relationships of {@code source} ("" for the package itself); none when it has no .rels
     * part. Links past {@code maxLinks} are ignored: they could not all point at distinct parts.
     */
    static Relationships of(SafeZip zip, String fileName, String source, int maxLinks) throws TableFileException {
        int slash = source.lastIndexOf('/');
        String rels = source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
        List<Link> links = new ArrayList<>();
        if (zip.has(rels)) {
            try (XmlPart xml = XmlPart.open(zip, fileName, rels)) {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.name().equals("Relationship")
                            && !"External".equals(xml.attribute("TargetMode")) && links.size() < maxLinks) {
                        links.add(new Link(xml.attribute("Id"), String.valueOf(xml.attribute("Type")),
                                xml.attribute("Target")));
                    }
                }
            }
        }
        return new Relationships(source, links);
    }

    /** The part the id points at, if the link is of the kind (see {@link #byType}). */
    Optional<String> byId(String id, String kind) {
        return links.stream()
                .filter(l -> l.id() != null && l.id().equals(id) && l.type().endsWith("/" + kind) && l.target() != null)
                .findFirst().map(l -> resolve(source, l.target()));
    }

    /** The part of the first link whose type ends with "/" + kind (transitional and strict URIs alike). */
    Optional<String> byType(String kind) {
        return links.stream().filter(l -> l.type().endsWith("/" + kind) && l.target() != null)
                .findFirst().map(l -> resolve(source, l.target()));
    }

    /** A target relative to the source's folder ("worksheets/sheet1.xml") or absolute ("/xl/..."). */
    static String resolve(String source, String target) {
        String path = target.replace('\\', '/');
        if (!path.startsWith("/")) {
            path = source.substring(0, source.lastIndexOf('/') + 1) + path;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                parts.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }
}
