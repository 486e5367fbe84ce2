package org.maillage.imports.testkit;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real COG data of the tests is: the cache that {@code scripts/fetch-cog.sh} fills during
 * the build ({@code generate-test-resources}), passed to Surefire as {@code maillage.test.cog.cache}.
 * Tests that need it are skipped, with the reason, when the build ran with
 * {@code -Dmaillage.cog.skip=true} (Surefire gets {@code maillage.test.cog.skip}) or when the version is not in the cache.
 * Shared with the tests of other modules through {@code maillage-json:test-jar}.
 */
public final class CogCache {
    private CogCache() {}

    /**
     * The {@code data/} folder of one version of the package, or a skipped test (JUnit assumption) with the reason.
     *
     * @param version the package version, for example {@code 6.0.0}
     * @return the folder
     */
    public static Path dataDir(String version) {
        assumeFalse(Boolean.getBoolean("maillage.test.cog.skip"),
                "real COG data tests skipped: the build ran with -Dmaillage.cog.skip=true");
        Path dir = cache().resolve(version).resolve("package").resolve("data");
        assumeTrue(Files.isRegularFile(dir.resolve("communes.json")), "real COG data tests skipped: "
                + dir + " is missing; run scripts/fetch-cog.sh " + version + " (or mvn verify without -Dmaillage.cog.skip)");
        return dir;
    }

    /**
     * The cache folder: {@code maillage.test.cog.cache}, else {@code MAILLAGE_COG_CACHE}, else {@code ~/.cache/maillage/cog}.
     *
     * @return the folder
     */
    public static Path cache() {
        String property = System.getProperty("maillage.test.cog.cache");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("MAILLAGE_COG_CACHE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "maillage", "cog");
    }
}
