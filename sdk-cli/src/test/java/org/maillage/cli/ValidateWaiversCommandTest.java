package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.cli.ValidateCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateWaiversCommandTest {

    private static final String DATASET = """
            {"schemaVersion": "1.0.0", "id": "cls-seul", "referenceDate": "2026-01-01",
             "organizations": [{"id": "ars-corse", "kind": "ars", "name": "ARS de Corse"},
               {"id": "capa", "kind": "epci", "name": "Communauté d'agglomération du Pays ajaccien"}],
             "contracts": [{"id": "cls-ajaccio", "kind": "cls", "status": "in-force", "title": "CLS du Pays ajaccien",
               "parties": [{"organization": "capa", "role": "signatory", "signatureDate": "2023-06-01"},
                 {"organization": "ars-corse", "role": "partner"}],
               "validFrom": "2023-06-01"}]}
            """;

    private static final String WAIVERS = """
            {"waivers": [{"ruleId": "rule.cls-signatories", "entityId": "cls-ajaccio",
              "justification": "L'ARS signe le 15 mars 2026 (arrêté en cours de publication).",
              "expires": "2099-12-31"}]}
            """;

    @Test
    void validate_withWaivers_reportsTheFindingAsWaived_andExitsZero(@TempDir Path dir) throws IOException {
        Path data = Files.writeString(dir.resolve("cls.json"), DATASET);
        Path waivers = Files.writeString(dir.resolve("waivers.json"), WAIVERS);
        ValidateCommandTest.Result without = run("validate", "--lang", "en", data.toString());
        assertThat(without.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(without.out()).contains("rule.cls-signatories");
        ValidateCommandTest.Result with = run("validate", "--lang", "en", "--waivers", waivers.toString(), data.toString());
        assertThat(with.code()).isEqualTo(ExitCodes.OK);
        assertThat(with.out()).contains("rule.cls-signatories  /contracts/0/parties  (waived)")
                .contains("Waived: L'ARS signe le 15 mars 2026").contains("Waivers applied");
    }

    @Test
    void validate_withABadWaiversFile_isAUsageErrorThatSaysWhere(@TempDir Path dir) throws IOException {
        Path data = Files.writeString(dir.resolve("cls.json"), DATASET);
        Path waivers = Files.writeString(dir.resolve("waivers.json"), "{\"waivers\": [{\"ruleId\": \"rule.cls-signatories\"}]}");
        ValidateCommandTest.Result r = run("validate", "--waivers", waivers.toString(), data.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("waivers.json:1:14: /waivers/0/justification is required").doesNotContain("Exception");
        ValidateCommandTest.Result missing = run("validate", "--waivers", dir.resolve("none.json").toString(), data.toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.IO);
        assertThat(missing.err()).contains("cannot read").contains("none.json");
    }

    @Test
    void validate_localHealthProfile_addsPolicyWarnings(@TempDir Path dir) throws IOException {
        Path data = Files.writeString(dir.resolve("cls.json"), DATASET);
        ValidateCommandTest.Result r = run("validate", "--lang", "en", "--profile", "local-health", data.toString());
        assertThat(r.out()).contains("rule.cls-mental-health").contains("rule.cls-coordinator-funded")
                .contains("rule.cls-intercommunal");
    }
}
