package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.imports.testkit.CogCache;

/**
 * End to end on the real COG 2026 (the cache filled by {@code scripts/fetch-cog.sh} during the
 * build): {@code maillage import cog} then {@code maillage validate} finds the dataset valid.
 */
class ImportCogRealDataTest {

    @Test
    void importCog2026_thenValidate_findsTheDatasetValid(@TempDir Path tmp) {
        Path data = CogCache.dataDir("6.0.0");

        Path out = tmp.resolve("cog-2026.json");
        MainTest.Run imported = MainTest.run("import", "cog", data.toString(), "--output", out.toString());
        assertThat(imported.code()).as(imported.err()).isEqualTo(ExitCodes.OK);
        assertThat(imported.err()).contains("38983 territories", "  commune                      34969\n");

        MainTest.Run validated = MainTest.run("validate", out.toString());
        assertThat(validated.code()).as(validated.out() + validated.err()).isEqualTo(ExitCodes.OK);
        assertThat(validated.out()).contains("0 erreur", "VALIDE");
    }
}
