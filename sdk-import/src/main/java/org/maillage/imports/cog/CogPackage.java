package org.maillage.imports.cog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.maillage.json.MaillageJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What the {@code package.json} beside a {@code data/} folder says: the package and its version.
 * One major version of {@code @etalab/decoupage-administratif} per COG vintage, from 1.x = 2021
 * (the package README's table): the vintage is {@code 2020 + major}.
 *
 * @param name the package name
 * @param version the package version, for example {@code 6.0.0}
 */
record CogPackage(String name, String version) {

    static final String NAME = "@etalab/decoupage-administratif";
    private static final int FIRST_MAJOR_YEAR = 2020;

    /**
     * Reads {@code package.json} from the folder above the data folder.
     *
     * @param dataDir the {@code data/} folder
     * @return the package, or null when there is no readable {@code package.json} with a name and version
     */
    static CogPackage of(Path dataDir) {
        Path parent = dataDir.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return null;
        }
        Path file = parent.resolve("package.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = MaillageJson.mapper().readTree(in);
            JsonNode name = root.get("name");
            JsonNode version = root.get("version");
            if (name == null || !name.isString() || version == null || !version.isString()) {
                return null;
            }
            return new CogPackage(name.stringValue(), version.stringValue());
        } catch (JacksonException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The COG year of this package, when it is the Etalab package with a numeric major version.
     *
     * @return the year, or empty
     */
    OptionalInt vintage() {
        if (!NAME.equals(name)) {
            return OptionalInt.empty();
        }
        int dot = version.indexOf('.');
        String major = dot < 0 ? version : version.substring(0, dot);
        if (!major.matches("[0-9]{1,2}") || Integer.parseInt(major) < 1) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(FIRST_MAJOR_YEAR + Integer.parseInt(major));
    }
}
