package org.maillage.json.cog;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real COG data of the tests is: the cache that {@code scripts/fetch-cog.sh} fills during
 * the build ({@code generate-test-resources}), passed to Surefire as {@code maillage.test.cog.cache}.
 * Tests that need it are skipped, with the reason, when the build ran with
 * {@code -Dmaillage.cog.skip=true} (Surefire gets {@code maillage.test.cog.skip}) or when the version is not in the cache.
 */
final class CogData {
    private CogData() {}

    static Path dataDir(String version) {
        assumeFalse(Boolean.getBoolean("maillage.test.cog.skip"),
                "real COG data tests skipped: the build ran with -Dmaillage.cog.skip=true");
        Path dir = cache().resolve(version).resolve("package").resolve("data");
        assumeTrue(Files.isRegularFile(dir.resolve("communes.json")), "real COG data tests skipped: "
                + dir + " is missing; run scripts/fetch-cog.sh " + version + " (or mvn verify without -Dmaillage.cog.skip)");
        return dir;
    }

    static Path cache() {
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
