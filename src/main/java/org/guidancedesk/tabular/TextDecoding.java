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
 * means a wrong guess fails instead of turning into mojibake.
 */
final class TextDecoding {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {}

    /** The text without a byte-order mark, or empty when the bytes are not text we know. */
    static Optional<String> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty(); // binary, or UTF-16 without a mark: neither is a CSV we read
            }
        }
        Optional<String> text = strict(bytes, 0, StandardCharsets.UTF_8);
        return text.isPresent() ? text : strict(bytes, 0, GB18030).map(TextDecoding::withoutMark);
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
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
