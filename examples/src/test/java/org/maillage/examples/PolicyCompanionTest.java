package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.maillage.json.DatasetWriter;
import org.maillage.json.testkit.CogCache;

/** The companion of the Corse-du-Sud sample, where every policy rule is broken once: equal to a fresh build. */
class PolicyCompanionTest {

    static final Path SAMPLE = Path.of("data", "corse-du-sud-policy.json");

    private static final String REGENERATE = "examples/data/corse-du-sud-policy.json is stale; regenerate it from the repository "
            + "root with 'mvn -q -pl examples -am test -Dtest=PolicyCompanionTest -Dsurefire.failIfNoSpecifiedTests=false "
            + "-Dmaillage.sample.write=true'";

    @Test
    void companion_equalsAFreshBuildFromTheCog2026() throws IOException {
        Path cog = CogCache.dataDir("6.0.0");
        String fresh = DatasetWriter.canonical().writeString(BuildPolicyCompanion.build(BuildCorseDuSudSample.build(cog)));
        if (Boolean.getBoolean("maillage.sample.write")) {
            Files.writeString(SAMPLE, fresh, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SAMPLE, StandardCharsets.UTF_8)).as(REGENERATE).isEqualTo(fresh);
    }
}
