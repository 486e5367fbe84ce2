package org.maillage.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillage.json.MaillageJson;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RulePack;
import tools.jackson.databind.JsonNode;

/** Renders the rule catalogue as {@code docs/rules.md}: every rule with its layer, severity, priority, messages, hints and source. */
final class RulesDoc {
    private RulesDoc() {}

    static final String REGENERATE = "mvn -q -pl sdk-validation -am test -Dtest=RulesDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dmaillage.regenerateDocs=true";

    static String render(RuleCatalogue catalogue, List<RulePack> packs) {
        Map<String, String> packOf = new LinkedHashMap<>();
        for (RulePack p : packs) {
            for (Rule r : p.rules()) {
                packOf.put(r.id(), p.name() + " " + p.version() + " (profiles: " + String.join(", ",
                        p.profiles().stream().sorted().toList()) + ")");
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Rule catalogue\n\n");
        sb.append("Every rule the validator reports, generated from the catalogue shipped in `maillage-validation` ")
                .append("(`rules.json`, version ").append(catalogue.version()).append("). Do not edit by hand; regenerate with:\n\n```\n")
                .append(REGENERATE).append("\n```\n\n");
        sb.append("Severity says whether a finding makes a dataset invalid (an unwaived error does); priority says what it ")
                .append("weighs in certification (mandatory blocks every level whose layers include the rule, recommended ")
                .append("blocks level 3). Messages are templates: `{name}` is replaced by a value of the finding. ")
                .append("How to add rules: [extending.md](extending.md).\n\n");
        sb.append("| layer | rules |\n|---|---|\n");
        for (Layer l : Layer.values()) {
            long n = catalogue.rules().stream().filter(r -> r.layer() == l).count();
            sb.append("| ").append(code(l)).append(" | ").append(n).append(" |\n");
        }
        sb.append('\n');
        for (Layer l : Layer.values()) {
            sb.append("## ").append(code(l)).append("\n\n");
            for (RuleDefinition r : catalogue.rules()) {
                if (r.layer() != l) {
                    continue;
                }
                sb.append("### `").append(r.id()).append("`\n\n");
                sb.append("- layer: ").append(code(r.layer())).append("; severity: ").append(code(r.severity()))
                        .append("; priority: ").append(code(r.priority())).append('\n');
                if (packOf.containsKey(r.id())) {
                    sb.append("- rule pack: ").append(packOf.get(r.id())).append('\n');
                }
                sb.append("- message (fr): ").append(md(r.messageFr())).append('\n');
                sb.append("- message (en): ").append(md(r.messageEn())).append('\n');
                sb.append("- fix (fr): ").append(md(r.hintFr())).append('\n');
                sb.append("- fix (en): ").append(md(r.hintEn())).append('\n');
                sb.append("- source: ").append(md(r.source())).append("\n\n");
            }
        }
        identifierSemantics(sb);
        return sb.toString();
    }

    /** The table {@code ref.duplicate-identifier} and {@code ref.shared-identifier} read, from the data itself. */
    private static void identifierSemantics(StringBuilder sb) {
        JsonNode root;
        try (InputStream in = RulesDoc.class.getResourceAsStream(
                "/org/maillage/validation/internal/engine/identifier-semantics.json")) {
            root = MaillageJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sb.append("## Identifier semantics\n\n");
        sb.append("What `ref.duplicate-identifier` (error) and `ref.shared-identifier` (warning) read: per identifier ")
                .append("scheme and entity family, who may carry the same value at the same time (`identifier-semantics.json` ")
                .append("in `maillage-validation`, version ").append(root.get("version").stringValue()).append("). ")
                .append("Entities are compared only when their validity periods overlap, territories only with territories ")
                .append("of the same kind. A pair not listed is never reported. *bodies*: an organisation and the bodies ")
                .append("under it (its `parent`, followed up); *same organisation*: entities naming the same organisation ")
                .append("in `organization`, or of which one names none.\n\n");
        sb.append("| scheme | family | may be shared by | otherwise | register |\n|---|---|---|---|---|\n");
        for (JsonNode n : root.get("semantics")) {
            List<String> by = new ArrayList<>();
            for (JsonNode b : n.get("sharedBy")) {
                by.add(b.stringValue().equals("same-organization") ? "same organisation" : b.stringValue());
            }
            sb.append("| `").append(n.get("scheme").stringValue()).append("` | ").append(n.get("family").stringValue())
                    .append(" | ").append(by.isEmpty() ? "no one else" : String.join(", ", by)).append(" | ")
                    .append(n.get("otherwise").stringValue()).append(" | ").append(md(n.get("register").stringValue()))
                    .append(" |\n");
        }
        sb.append('\n');
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** Text safe in a Markdown list item: templates' braces and asterisks kept literal. */
    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("\n", " ");
    }
}
