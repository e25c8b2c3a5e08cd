package org.dipkg.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The manifests of the folders one reading of the articles meets, each read once, its
 * warnings handed out with the first article of its folder.
 */
final class Manifests {
    private final Map<Path, SourceManifest> byFolder = new HashMap<>();

    /**
     * What the manifest of this text file's folder says about it; the manifest's warnings
     * are added to {@code warnings} the first time the folder is met.
     */
    Optional<SourceManifest.Entry> entry(Path textFile, List<String> warnings) {
        Path folder = textFile.getParent() == null ? Path.of("") : textFile.getParent();
        SourceManifest m = byFolder.get(folder.toAbsolutePath().normalize());
        if (m == null) {
            m = SourceManifest.find(folder).map(f -> SourceManifest.read(f, folder)).orElse(SourceManifest.NONE);
            byFolder.put(folder.toAbsolutePath().normalize(), m);
            warnings.addAll(m.warnings());
        }
        return m.entry(textFile.getFileName().toString());
    }
}
