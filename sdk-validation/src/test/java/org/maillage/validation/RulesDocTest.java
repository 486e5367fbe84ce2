package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.validation.internal.rules.LocalHealthPack;
import org.maillage.validation.internal.rules.RegulatoryPack;

/** {@code docs/rules.md} is what the catalogue generates; regenerates it on request. */
class RulesDocTest {

    @Test
    void rulesDoc_isUpToDate_withTheCatalogue() throws IOException {
        Path file = RepoFiles.root().resolve("docs/rules.md");
        String expected = RulesDoc.render(RuleCatalogue.standard(), List.of(new RegulatoryPack(), new LocalHealthPack()));
        if (Boolean.getBoolean("maillage.regenerateDocs")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        String stale = "docs/rules.md is stale; regenerate it with: " + RulesDoc.REGENERATE;
        assertThat(file).as(stale).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(stale).isEqualTo(expected);
    }

    @Test
    void rulesDoc_listsEveryRuleWithItsSource() {
        String doc = RulesDoc.render(RuleCatalogue.standard(), List.of(new RegulatoryPack(), new LocalHealthPack()));
        for (RuleDefinition r : RuleCatalogue.standard().rules()) {
            assertThat(doc).contains("### `" + r.id() + "`");
        }
        assertThat(doc).contains("- rule pack: local-health 1.1.0 (profiles: local-health)")
                .contains("Code de la santé publique art. L6132-1");
    }
}
