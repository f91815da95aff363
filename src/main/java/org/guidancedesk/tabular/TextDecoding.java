package org.guidancedesk.tabular;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of a CSV: a byte-order mark decides (UTF-8, UTF-16 LE/BE); without one, strict UTF-8
 * and then GB18030, which is what Chinese Excel's "CSV" saves (GBK is a subset of it). Strict
 * means a wrong guess fails instead of turning into mojibake. Two wrong files are told apart
 * from binary ones, because their fix is an encoding: UTF-16 without its mark, and a file whose
 * lines are partly UTF-8 and partly not (two exports pasted together), which GB18030 would
 * otherwise read as mojibake.
 */
final class TextDecoding {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The text, or why there is none: a key of the tabular bundle and its details. */
    record Decoded(String text, String failureKey, Object... details) {
        static Decoded of(String text) {
            return new Decoded(text, null);
        }

        static Decoded failed(String key, Object... details) {
            return new Decoded(null, key, details);
        }

        boolean isText() {
            return text != null;
        }
    }

    private TextDecoding() {}

    /** The text without a byte-order mark, or the reason it is not text we read. */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8).map(Decoded::of).orElseGet(() -> mixedOr(bytes, "tabular.error.notText"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return known(strict(bytes, 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return known(strict(bytes, 2, StandardCharsets.UTF_16BE));
        }
        for (byte b : bytes) {
            if (b == 0) {
                // Binary, or UTF-16 without a mark: neither is a CSV we read, and a NUL never enters a text.
                return looksLikeUtf16(bytes) ? Decoded.failed("tabular.error.utf16NoBom") : Decoded.failed("tabular.error.notText");
            }
        }
        Optional<String> text = strict(bytes, 0, StandardCharsets.UTF_8);
        if (text.isPresent()) {
            return Decoded.of(text.get());
        }
        Decoded mixed = mixedOr(bytes, null);
        if (mixed != null) {
            return mixed;
        }
        return known(strict(bytes, 0, GB18030).map(TextDecoding::withoutMark));
    }

    private static Decoded known(Optional<String> text) {
        return text.map(Decoded::of).orElseGet(() -> Decoded.failed("tabular.error.notText"));
    }

    /**
     * UTF-16 puts a NUL beside every ASCII character (the comma, the line break, digits), so its
     * NULs sit almost all on one side: odd places for little-endian, even for big-endian.
     */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (bytes.length % 2 != 0 || Math.max(even, odd) < 10 * Math.min(even, odd) + 1) {
            return false;
        }
        return strict(bytes, 0, odd > even ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE).isPresent();
    }

    /**
     * "Mixed" when some lines are good UTF-8 with Chinese in them (two or more three-byte
     * sequences: a GBK line is practically never that) and other lines are not UTF-8; the
     * details are the first line of each kind. Otherwise {@code otherwise} (null: none).
     */
    private static Decoded mixedOr(byte[] bytes, String otherwise) {
        int utf8Line = 0;
        int otherLine = 0;
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length && (utf8Line == 0 || otherLine == 0); i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int wide = 0;
                for (int j = start; j < i; j++) {
                    if ((bytes[j] & 0xF0) >= 0xE0) {
                        wide++;
                    }
                }
                if (wide > 0) {
                    boolean utf8 = strict(bytes, start, i - start, StandardCharsets.UTF_8).isPresent();
                    if (utf8 && wide >= 2 && utf8Line == 0) {
                        utf8Line = line;
                    } else if (!utf8 && otherLine == 0) {
                        otherLine = line;
                    }
                }
                line++;
                start = i + 1;
            }
        }
        if (utf8Line > 0 && otherLine > 0) {
            return Decoded.failed("tabular.error.mixedEncoding", String.valueOf(utf8Line), String.valueOf(otherLine));
        }
        return otherwise == null ? null : Decoded.failed(otherwise);
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        return strict(bytes, offset, bytes.length - offset, charset);
    }

    private static Optional<String> strict(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, length));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String withoutMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // GB18030 has a mark too: 84 31 95 33
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
