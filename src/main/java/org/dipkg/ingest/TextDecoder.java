package org.dipkg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes article bytes as UTF-8, strictly: a UTF-8 byte order mark is dropped, CRLF and
 * CR line ends become LF, and bytes that are not text (binary files, invalid UTF-8) are
 * refused with the offset of the first bad byte.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String origin) throws InputException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        for (int i = start; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new InputException(origin + ": binary data (a NUL byte at offset " + i + "), not text");
            }
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            text = cb.toString();
        } catch (MalformedInputException e) {
            throw new InputException(origin + ": not UTF-8 text (invalid byte at offset " + badOffset(bytes, start)
                    + "); convert it to UTF-8 first, e.g. iconv -f latin1 -t utf-8");
        } catch (CharacterCodingException e) {
            throw new InputException(origin + ": not UTF-8 text: " + e.getMessage());
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        long controls = text.chars().limit(8192)
                .filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\f').count();
        if (controls > 16) {
            throw new InputException(origin + ": binary data (" + controls + " control characters), not text");
        }
        return text;
    }

    private static int badOffset(byte[] bytes, int start) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return in.position();
    }
}
