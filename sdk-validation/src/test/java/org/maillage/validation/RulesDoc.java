package org.maillage.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RulePack;

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
        return sb.toString();
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** Text safe in a Markdown list item: templates' braces and asterisks kept literal. */
    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("\n", " ");
    }
}
