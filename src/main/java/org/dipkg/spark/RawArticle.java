package org.dipkg.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

import org.dipkg.ingest.ArticleInputs;
import org.dipkg.ingest.Item;
import org.dipkg.ingest.JsonLinesArticles;

/**
 * An article's bytes as a worker reads them from a distributed file system: a text file
 * whole, or one line of a JSON Lines corpus. Read into an {@link Item} by the code that
 * reads local files ({@link ArticleInputs}, {@link JsonLinesArticles}).
 *
 * @param file   the file's path or URI
 * @param offset where a corpus line starts in its file (bytes); 0 for a text file
 * @param line   a corpus line rather than a text file
 * @param bytes  the text file, or the line without its line end
 */
record RawArticle(String file, long offset, boolean line, byte[] bytes) implements Serializable {
    /** For messages: the file, and for a corpus line the byte it starts at. */
    String origin() {
        return line ? file + " (line at byte " + offset + ")" : file;
    }

    /** Orders articles as a local conversion reads them: by file, then by place in the file. */
    String order() {
        return file + '\u0000' + String.format("%019d", offset);
    }

    /** The article, or why it cannot be read; empty for a blank corpus line. */
    Optional<Item> item(Optional<LocalDate> published) {
        if (line) {
            return JsonLinesArticles.line(bytes, bytes.length, offset == 0, published, origin());
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        return Optional.of(ArticleInputs.textArticle(name, bytes, published, Optional.empty(), origin()));
    }
}
