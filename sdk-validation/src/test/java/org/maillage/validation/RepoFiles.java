package org.maillage.validation;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository that tests generate and check for staleness. */
public final class RepoFiles {
    private RepoFiles() {}

    /** The repository root: the nearest folder above the working directory with {@code schemas/} and a {@code pom.xml}. */
    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("schemas")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
