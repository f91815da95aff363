package org.guidancedesk.tabular;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip opened for reading untrusted parts: a bounded directory, and streams that count the
 * bytes they inflate (the sizes in the headers are the sender's claim, not a fact). A stream
 * that passes a bound fails with an IOException and leaves the reason in {@link #failure()},
 * because the XML parser reading it wraps the IOException into its own. A stream read to its
 * end checks the entry's CRC-32: {@link ZipFile} checks none (only ZipInputStream does), so a
 * stored entry with one digit changed would otherwise read as if nothing had happened.
 */
final class SafeZip implements Closeable {
    private final String fileName;
    private final Limits limits;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private long inflatedTotal;
    private TableFileException failure;

    private SafeZip(String fileName, Limits limits, ZipFile zip) {
        this.fileName = fileName;
        this.limits = limits;
        this.zip = zip;
    }

    static SafeZip open(Path file, String fileName, Limits limits) throws TableFileException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw TableFileException.of(fileName, "tabular.error.damaged").causedBy(e);
        } catch (IOException e) {
            throw TableReader.unreadable(fileName, e);
        }
        SafeZip safe = new SafeZip(fileName, limits, zip);
        try {
            if (zip.size() > limits.maxZipEntries()) {
                throw TableFileException.of(fileName, "tabular.error.tooManyEntries", zip.size(), limits.maxZipEntries());
            }
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                safe.entries.putIfAbsent(normalise(entry.getName()), entry);
            }
            return safe;
        } catch (TableFileException | RuntimeException e) {
            safe.close();
            if (e instanceof TableFileException t) {
                throw t;
            }
            throw TableFileException.of(fileName, "tabular.error.damaged").causedBy(e); // e.g. a bad entry name
        }
    }

    /** Part names as stored, case and slashes aside (Excel treats them case-insensitively). */
    private static String normalise(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    boolean has(String part) {
        return entries.containsKey(normalise(part));
    }

    /** The part's bytes, counted while they are inflated. */
    InputStream open(String part) throws TableFileException {
        ZipEntry entry = entries.get(normalise(part));
        if (entry == null) {
            throw TableFileException.of(fileName, "tabular.error.damaged");
        }
        try {
            // Buffered: the parser asks for a few KB at a time, inflating in larger steps is cheaper.
            return new BufferedInputStream(new Counted(zip.getInputStream(entry), entry, part), 1 << 16);
        } catch (IOException e) {
            throw TableFileException.of(fileName, "tabular.error.damaged").causedBy(e);
        }
    }

    /** Why the last stream failed, when it was a bound or a damaged entry rather than the XML. */
    TableFileException failure() {
        return failure;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only: nothing is lost
        }
    }

    private final class Counted extends InputStream {
        private final InputStream in;
        private final long compressed;
        private final String part;
        private final long expectedCrc;
        private final CRC32 crc = new CRC32();
        private long count;
        private boolean ended;

        Counted(InputStream in, ZipEntry entry, String part) {
            this.in = in;
            this.compressed = Math.max(1, entry.getCompressedSize());
            this.part = part;
            this.expectedCrc = entry.getCrc(); // from the central directory; -1 when the zip gives none
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(b, off, len);
            } catch (IOException e) {
                throw fail(TableFileException.of(fileName, "tabular.error.damaged").causedBy(e));
            }
            if (n < 0 && !ended) {
                ended = true;
                if (expectedCrc != -1 && crc.getValue() != expectedCrc) {
                    throw fail(TableFileException.of(fileName, "tabular.error.checksum", part));
                }
            }
            if (n > 0) {
                crc.update(b, off, n);
                count += n;
                inflatedTotal += n;
                if (count > limits.maxUnzippedBytes() || inflatedTotal > limits.maxUnzippedBytes()) {
                    throw fail(TableFileException.of(fileName, "tabular.error.entryTooLarge", part,
                            limits.maxUnzippedBytes() / (1024 * 1024)));
                }
                if (count > limits.ratioFromBytes() && count / compressed > limits.maxRatio()) {
                    throw fail(TableFileException.of(fileName, "tabular.error.zipBomb", part));
                }
            }
            return n;
        }

        private IOException fail(TableFileException e) {
            if (failure == null) {
                failure = e;
            }
            return new IOException(e.getMessage());
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
