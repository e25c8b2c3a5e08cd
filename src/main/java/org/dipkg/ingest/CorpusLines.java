package org.dipkg.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a JSON Lines file, read as bytes and decoded one by one, so that a line
 * that is not UTF-8 or is too long is reported by its number and the lines after it are
 * still read. A line longer than the limit is skipped without being held in memory.
 *
 * <pre>
 *   try (CorpusLines lines = CorpusLines.open(file, maxBytes)) {
 *       for (CorpusLines.Line l = lines.next(); l != null; l = lines.next()) { ... }
 *   }
 * </pre>
 */
final class CorpusLines implements Closeable {
    /** A line: its number and text, or why it could not be read. */
    record Line(int number, String text, String problem) {
    }

    private final InputStream in;
    private final long max;
    private int number;
    private boolean ended;

    private CorpusLines(InputStream in, long max) {
        this.in = in;
        this.max = max;
    }

    static CorpusLines open(Path file, long maxBytes) throws IOException {
        return new CorpusLines(new BufferedInputStream(Files.newInputStream(file), 1 << 16), maxBytes);
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        long length = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (length < max) {
                buf.write(b);
            }
            length++;
        }
        if (b == -1) {
            ended = true;
            if (length == 0) {
                return null;
            }
        }
        number++;
        if (length > max) {
            return new Line(number, null, tooLong(max, length));
        }
        return line(number, buf.toByteArray(), buf.size());
    }

    static String tooLong(long max, long length) {
        return "longer than " + (max >> 20) + " MiB (" + length + " bytes); split it into several articles";
    }

    /**
     * A line of a corpus from its bytes (the first {@code length} of {@code bytes}, without
     * its LF): a CR before the end and, on the first line, a byte order mark are dropped.
     */
    static Line line(int number, byte[] bytes, int length) {
        int end = length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
        int start = number == 1 && end >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        return decode(number, bytes, start, end);
    }

    private static Line decode(int number, byte[] bytes, int start, int end) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer src = ByteBuffer.wrap(bytes, start, end - start);
        CharBuffer out = CharBuffer.allocate(end - start);
        CoderResult r = d.decode(src, out, true);
        if (r.isError()) {
            int at = src.position();
            return new Line(number, null, "not UTF-8 text: byte 0x" + String.format("%02x", bytes[at] & 0xff)
                    + " at byte " + (at + 1) + " of the line is not valid UTF-8");
        }
        d.flush(out);
        return new Line(number, out.flip().toString(), null);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
