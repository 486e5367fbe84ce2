package org.maillage.validation.certify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Certificates and rule counts for the tests. */
final class Fixtures {
    private Fixtures() {}

    static final Instant ISSUED = Instant.parse("2026-03-01T09:30:00Z");
    static final Certificate.Tool TOOL = new Certificate.Tool("maillage", "0.1.0-test");
    static final Certificate.Profile POLICY = new Certificate.Profile("policy", "1.0.0");

    static RuleCount rule(String id, String layer, String priority, long findings) {
        return new RuleCount(id, layer, "error", priority, findings, 0, "Message " + id, "Message " + id + " (fr)");
    }

    static RuleCount waived(String id, String layer, String priority, long waived) {
        return new RuleCount(id, layer, "warning", priority, 0, waived, "", "");
    }

    /** Writes a data file in {@code folder} and certifies it at level 3 with some findings and a waiver. */
    static Certificate certificate(Path folder, List<RuleCount> rules) throws IOException {
        Path data = folder.resolve("export.json");
        if (!Files.exists(data)) {
            Files.writeString(data, "{\"schemaVersion\":\"1.0.0\",\"territories\":[]}\n", StandardCharsets.UTF_8);
        }
        return Certificate.assess(List.of(CertifiedFile.of(data, "export.json")), "1.0.0", "1.0.0", POLICY, Level.POLICY,
                rules, List.of(new WaiverEntry("policy.cls-coordinator-funded", "cls-ariege", "Coordinator hired in 2026, "
                        + "funding vote pending", LocalDate.parse("2026-12-31"), 1)), TOOL, ISSUED);
    }

    static List<RuleCount> someRules() {
        return List.of(rule("schema.type", "schema", "mandatory", 0),
                new RuleCount("rules.cls-mental-health-axis", "rules", "warning", "recommended", 2, 0,
                        "A CLS should have a mental-health axis", "Un CLS devrait comporter un axe santé mentale"),
                waived("policy.cls-coordinator-funded", "rules", "recommended", 1),
                new RuleCount("rules.note", "rules", "info", "permitted", 3, 0, "", ""));
    }
}
