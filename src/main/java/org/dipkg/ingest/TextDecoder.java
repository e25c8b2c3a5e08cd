package org.dipkg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes article bytes as UTF-8, strictly: a UTF-8 byte order mark is dropped, CRLF and
 * CR line ends become LF, and bytes that are not text are refused: files of a known
 * binary kind (PDF, images, archives, office documents, UTF-16) by name, invalid UTF-8
 * (Latin-1 text, for one) with the line and byte offset of the first bad byte. Stray
 * control characters become spaces, so character offsets stay those of the text.
 *
 * <pre>
 *   String text = TextDecoder.decode(Files.readAllBytes(file), file.toString());
 * </pre>
 */
public final class TextDecoder {
    private static final int SNIFF = 8192;

    /** Leading bytes of files that are not text, and what they are. */
    private record Signature(byte[] magic, String what) {
        static Signature of(String what, int... magic) {
            byte[] b = new byte[magic.length];
            for (int i = 0; i < magic.length; i++) {
                b[i] = (byte) magic[i];
            }
            return new Signature(b, what);
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("a PDF document", '%', 'P', 'D', 'F', '-'),
            Signature.of("a PNG image", 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a),
            Signature.of("a JPEG image", 0xff, 0xd8, 0xff),
            Signature.of("a GIF image", 'G', 'I', 'F', '8'),
            Signature.of("a ZIP archive (or a .docx, .odt or .epub document)", 'P', 'K', 0x03, 0x04),
            Signature.of("gzip-compressed data", 0x1f, 0x8b),
            Signature.of("an old Microsoft Office document (.doc)", 0xd0, 0xcf, 0x11, 0xe0),
            Signature.of("an RTF document", '{', '\\', 'r', 't', 'f'),
            Signature.of("a program (ELF)", 0x7f, 'E', 'L', 'F'),
            Signature.of("UTF-32 text; convert it to UTF-8 (iconv -f utf-32 -t utf-8)", 0xff, 0xfe, 0, 0),
            Signature.of("UTF-16 text; convert it to UTF-8 (iconv -f utf-16 -t utf-8)", 0xff, 0xfe),
            Signature.of("UTF-16 text; convert it to UTF-8 (iconv -f utf-16 -t utf-8)", 0xfe, 0xff));

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String origin) throws InputException {
        for (Signature s : SIGNATURES) {
            if (startsWith(bytes, s.magic())) {
                throw new InputException(origin + ": not text: this is " + s.what());
            }
        }
        int start = startsWith(bytes, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}) ? 3 : 0;
        for (int i = start; i < Math.min(bytes.length, SNIFF); i++) {
            if (bytes[i] == 0) {
                throw new InputException(origin + ":" + line(bytes, i) + ": not text: binary data (a NUL byte at byte "
                        + "offset " + i + ")");
            }
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw new InputException(origin + ":" + line(bytes, at) + ": not UTF-8 text: byte 0x"
                    + String.format("%02x", bytes[at] & 0xff) + " at byte offset " + at + " is not valid UTF-8"
                    + "; if the file is Latin-1, convert it first: iconv -f latin1 -t utf-8");
        }
        d.flush(out);
        String text = out.flip().toString().replace("\r\n", "\n").replace('\r', '\n');
        long controls = text.chars().limit(SNIFF).filter(c -> c < 0x20 && c != '\n' && c != '\t').count();
        if (controls > 16) {
            throw new InputException(origin + ": not text: binary data (" + controls
                    + " control characters in the first " + SNIFF + ")");
        }
        return clean(text);
    }

    /**
     * Makes text safe for every RDF syntax without moving an offset: control characters
     * other than tab and line feed become spaces, and unpaired surrogates and the
     * non-characters U+FFFE and U+FFFF become U+FFFD.
     */
    public static String clean(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char r = c;
            if (c < 0x20 && c != '\n' && c != '\t') {
                r = ' ';
            } else if (c == 0xfffe || c == 0xffff) {
                r = '\ufffd';
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (b != null) {
                        b.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                r = '\ufffd';
            } else if (Character.isLowSurrogate(c)) {
                r = '\ufffd';
            }
            if (r != c && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (b != null) {
                b.append(r);
            }
        }
        return b == null ? text : b.toString();
    }

    /** The 1-based line of a byte offset. */
    static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
