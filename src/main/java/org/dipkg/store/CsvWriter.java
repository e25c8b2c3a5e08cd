package org.dipkg.store;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows as RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field
 * quoted when it holds a comma, a double quote, a carriage return or a line feed, and
 * a double quote inside it doubled.
 */
final class CsvWriter {
    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
