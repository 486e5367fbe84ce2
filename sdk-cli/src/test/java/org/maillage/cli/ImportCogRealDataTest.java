package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the real COG 2026 (the cache filled by {@code scripts/fetch-cog.sh} during the
 * build): {@code maillage import cog} then {@code maillage validate} finds the dataset valid.
 */
class ImportCogRealDataTest {

    @Test
    void importCog2026_thenValidate_findsTheDatasetValid(@TempDir Path tmp) {
        assumeFalse(Boolean.getBoolean("maillage.test.cog.skip"),
                "real COG data tests skipped: the build ran with -Dmaillage.cog.skip=true");
        String cache = System.getProperty("maillage.test.cog.cache",
                Path.of(System.getProperty("user.home"), ".cache", "maillage", "cog").toString());
        Path data = Path.of(cache, "6.0.0", "package", "data");
        assumeTrue(Files.isRegularFile(data.resolve("communes.json")),
                "real COG data tests skipped: " + data + " is missing (run scripts/fetch-cog.sh 6.0.0)");

        Path out = tmp.resolve("cog-2026.json");
        MainTest.Run imported = MainTest.run("import", "cog", data.toString(), "--output", out.toString());
        assertThat(imported.code()).as(imported.err()).isEqualTo(ExitCodes.OK);
        assertThat(imported.err()).contains("38983 territories", "  commune                      34969\n");

        MainTest.Run validated = MainTest.run("validate", out.toString());
        assertThat(validated.code()).as(validated.out() + validated.err()).isEqualTo(ExitCodes.OK);
        assertThat(validated.out()).contains("0 erreur", "VALIDE");
    }
}
