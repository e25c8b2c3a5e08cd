package org.dipkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders of invented articles for the tests. */
final class Folders {
    private Folders() {
    }

    /** A folder named articles in {@code dir} holding these files, given as name, text, name, text, ... */
    static Path articles(Path dir, String... namesAndTexts) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(SourceManifest.ARTICLES_FOLDER));
        for (int i = 0; i + 1 < namesAndTexts.length; i += 2) {
            Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return folder;
    }
}
