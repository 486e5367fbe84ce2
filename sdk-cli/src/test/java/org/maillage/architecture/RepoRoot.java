package org.maillage.architecture;

import java.nio.file.Files;
import java.nio.file.Path;

/** The root of the repository, found from the working directory of the tests. */
final class RepoRoot {
    private RepoRoot() {}

    static Path path() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("schemas")) || p != null && !Files.exists(p.resolve("pom.xml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
