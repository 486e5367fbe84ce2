package org.maillage.imports.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.maillage.core.testkit.SchemaFiles;

/**
 * The real FINESS data of the tests: the flat extract of 2,723 establishments (FINESS, extraction
 * janvier 2021, Licence Ouverte; {@code /finess/finess-2021-extract.csv} of maillage-core's
 * test-jar) and the same establishments in the data.gouv.fr layout
 * ({@code org/maillage/imports/finess/finess-2021-extract.etalab.csv}, written by
 * {@code scripts/finess-fixture-from-extract.py}; see the README beside it). Shared with other
 * modules' tests through {@code maillage-import:test-jar}.
 */
public final class FinessFixtures {
    private FinessFixtures() {}

    /**
     * The 2,723 establishments in the official extract layout.
     *
     * @return the file
     */
    public static Path etalab2021() {
        return resourceFile("/org/maillage/imports/finess/finess-2021-extract.etalab.csv");
    }

    /**
     * A class-path resource as a file: itself when it is one (a module's own tests), else a copy in
     * a temporary file (a resource of a test-jar, as other modules' tests see it under {@code mvn verify}).
     *
     * @param resource the absolute resource name
     * @return a file holding it
     */
    public static Path resourceFile(String resource) {
        java.net.URL url = FinessFixtures.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI());
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            Path copy = java.nio.file.Files.createTempFile("maillage-test-", "-" + name);
            copy.toFile().deleteOnExit();
            try (InputStream in = url.openStream()) {
                java.nio.file.Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The flat extract's rows without the header: finess_et, finess_ej, siret, category,
     * category_label, name, postal_code, city, latitude, longitude, opened.
     *
     * @return the rows
     */
    public static List<List<String>> flatExtract() {
        try (InputStream in = FinessFixtures.class.getResourceAsStream("/finess/finess-2021-extract.csv")) {
            if (in == null) {
                throw new IllegalStateException("/finess/finess-2021-extract.csv is not on the class path (maillage-core:test-jar)");
            }
            List<List<String>> rows = SchemaFiles.parseCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
