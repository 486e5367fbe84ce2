package org.maillage.validation.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maillage.validation.Finding;
import org.maillage.validation.Language;
import org.maillage.validation.Layer;
import org.maillage.validation.Report;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Markup;
import org.maillage.validation.internal.html.ReportAssets;
import org.maillage.validation.waiver.AppliedWaiver;
import org.maillage.validation.waiver.Waiver;

/**
 * A self-contained HTML page people can navigate: a summary, a table of contents, the findings per
 * rule (count, severity, layer, fix hint once per rule, a link to the first finding), then the
 * findings per file and entity, each with its position, rule, pointer, message and offending value.
 * An inline script filters by severity, rule and layer; without it the page shows everything. A
 * Content Security Policy allows only that script and the inline style sheet, by their hashes, so
 * even an escaping bug could load or run nothing else. Every piece of data goes through one
 * escaping function. Compact markup, so that 10,000 findings stay a page a browser opens at once:
 * one table per file, one {@code tbody} per entity, hints said once per rule.
 *
 * <p>The part inside {@code <div id="maillage-report">} is what the page of {@code maillage serve}
 * takes from this report and shows in itself, with the same script.
 */
final class HtmlWriter {
    private HtmlWriter() {}

    /** Above this many entities with findings in a file, the table of contents names the file only. */
    static final int TOC_ENTITIES = 100;

    static void write(Report report, ReportSettings settings, Writer w) {
        Language lang = settings.language();
        boolean fr = lang == Language.FR;
        StringBuilder out = new StringBuilder(4096 + report.findings().size() * 256);
        String title = fr ? "Rapport de validation Maillage" : "Maillage validation report";
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(ReportAssets.policy(new String[] {ReportAssets.CSS}, new String[] {ReportAssets.JS}, false))
                .append("\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<title>").append(title).append("</title>\n<style>").append(ReportAssets.CSS).append("</style>\n</head>\n<body>\n");
        fragment(report, settings, out);
        out.append("<script>").append(ReportAssets.JS).append("</script>\n</body>\n</html>\n");
        PrintWriter pw = new PrintWriter(w);
        pw.write(out.toString());
        pw.flush();
    }

    /** What one rule's findings have in common. */
    private static final class RuleGroup {
        final String id;
        final Severity severity;
        final Layer layer;
        final String hint;
        final String source;
        int count;

        RuleGroup(Finding first, Language lang) {
            this.id = first.ruleId();
            this.severity = first.severity();
            this.layer = first.layer();
            this.hint = first.hint(lang);
            this.source = first.source();
        }
    }

    private static void fragment(Report report, ReportSettings settings, StringBuilder out) {
        Language lang = settings.language();
        boolean fr = lang == Language.FR;
        Map<String, RuleGroup> rules = new TreeMap<>();
        for (Finding f : report.findings()) {
            rules.computeIfAbsent(f.ruleId(), k -> new RuleGroup(f, lang)).count++;
        }
        Map<String, Map<String, List<Finding>>> files = Groups.byFileAndEntity(report);

        out.append("<div id=\"maillage-report\" class=\"mr\">\n<header>\n<h1>")
                .append(fr ? "Rapport de validation Maillage" : "Maillage validation report").append("</h1>\n");
        out.append("<p class=\"verdict ").append(report.valid() ? "valid\">" : "invalid\">")
                .append(report.valid() ? (fr ? "VALIDE" : "VALID") : (fr ? "INVALIDE" : "INVALID")).append("</p>\n");
        long waived = report.findings().stream().filter(Finding::waived).count();
        out.append("<table class=\"summary\">\n");
        row(out, fr ? "Fichiers" : "Files", String.valueOf(report.sources().size()));
        row(out, fr ? "Erreurs" : "Errors", String.valueOf(report.errors()));
        row(out, fr ? "Avertissements" : "Warnings", String.valueOf(report.warnings()));
        row(out, fr ? "Informations" : "Infos", String.valueOf(report.infos()));
        row(out, fr ? "Dérogations appliquées" : "Waived findings", String.valueOf(waived));
        row(out, fr ? "Version du catalogue de règles" : "Rule catalogue version", Markup.text(report.catalogueVersion()));
        row(out, fr ? "Version des schémas" : "Schema version", Markup.text(report.schemaVersion()));
        out.append("</table>\n</header>\n");

        toc(out, files, rules, !report.waivers().isEmpty(), fr);
        if (!report.findings().isEmpty()) {
            filters(out, report, rules, fr);
        }
        out.append("<main>\n");
        if (!rules.isEmpty()) {
            ruleTable(out, rules, lang);
        }
        int fileIndex = 0;
        int entityIndex = 0;
        java.util.Set<String> anchored = new java.util.HashSet<>();
        for (Map.Entry<String, Map<String, List<Finding>>> file : files.entrySet()) {
            out.append("<section class=\"file\" id=\"f").append(fileIndex++).append("\">\n<h2>")
                    .append(Markup.text(file.getKey())).append("</h2>\n");
            if (file.getValue().isEmpty()) {
                out.append("<p class=\"ok\">").append(fr ? "Aucun problème." : "No problem.").append("</p>\n</section>\n");
                continue;
            }
            out.append("<p class=\"none\" hidden>").append(fr ? "Aucun constat de ce fichier ne correspond aux filtres."
                    : "No finding of this file matches the filters.").append("</p>\n");
            out.append("<table class=\"f\">\n<thead><tr><th>Position</th><th>").append(fr ? "Gravité" : "Severity")
                    .append("</th><th>").append(fr ? "Règle" : "Rule").append("</th><th>")
                    .append(fr ? "Pointeur JSON" : "JSON Pointer").append("</th><th>Message</th></tr></thead>\n");
            for (Map.Entry<String, List<Finding>> entity : file.getValue().entrySet()) {
                out.append("<tbody class=\"g\" id=\"e").append(entityIndex++).append("\"><tr class=\"eh\"><th colspan=\"5\">");
                entityLabel(out, entity.getKey(), entity.getValue(), fr);
                out.append("</th></tr>\n");
                for (Finding f : entity.getValue()) {
                    finding(out, f, rules.get(f.ruleId()), anchored.add(f.ruleId()), lang);
                }
                out.append("</tbody>\n");
            }
            out.append("</table>\n</section>\n");
        }
        if (!report.waivers().isEmpty()) {
            waivers(out, report.waivers(), fr);
        }
        out.append("</main>\n<footer>\n<p>").append(Markup.text(ReportWriter.summary(report, lang))).append("</p>\n<p>maillage ")
                .append(Markup.text(settings.toolVersion())).append("</p>\n</footer>\n</div>\n");
    }

    private static void row(StringBuilder out, String label, String escapedValue) {
        out.append("<tr><th>").append(label).append("</th><td>").append(escapedValue).append("</td></tr>\n");
    }

    /** "Entité Centre hospitalier d'Ajaccio (org:…)" when the findings carry a name, else the id alone. */
    private static void entityLabel(StringBuilder out, String id, List<Finding> findings, boolean fr) {
        if (id.isEmpty()) {
            out.append("Document");
            return;
        }
        String name = null;
        for (Finding f : findings) {
            if (f.entityName() != null && !f.entityName().isBlank()) {
                name = f.entityName();
                break;
            }
        }
        out.append(fr ? "Entité " : "Entity ");
        if (name != null) {
            out.append(Markup.text(name)).append(" (<code>").append(Markup.text(id)).append("</code>)");
        } else {
            out.append("<code>").append(Markup.text(id)).append("</code>");
        }
    }

    private static void toc(StringBuilder out, Map<String, Map<String, List<Finding>>> files, Map<String, RuleGroup> rules,
            boolean waivers, boolean fr) {
        out.append("<nav class=\"toc\" aria-labelledby=\"toc-h\">\n<h2 id=\"toc-h\">").append(fr ? "Sommaire" : "Contents")
                .append("</h2>\n<ol>\n");
        if (!rules.isEmpty()) {
            out.append("<li><a href=\"#rules\">").append(fr ? "Constats par règle" : "Findings by rule").append("</a> (")
                    .append(rules.size()).append(fr ? (rules.size() < 2 ? " règle" : " règles") : (rules.size() == 1 ? " rule" : " rules"))
                    .append(")</li>\n");
        }
        int fileIndex = 0;
        int entityIndex = 0;
        for (Map.Entry<String, Map<String, List<Finding>>> file : files.entrySet()) {
            int count = file.getValue().values().stream().mapToInt(List::size).sum();
            int entities = file.getValue().size();
            out.append("<li><a href=\"#f").append(fileIndex++).append("\">").append(Markup.text(file.getKey())).append("</a> (")
                    .append(count).append(fr ? (count < 2 ? " constat" : " constats") : (count == 1 ? " finding" : " findings"));
            if (entities > 0) {
                out.append(", ").append(entities).append(fr ? (entities < 2 ? " entité" : " entités")
                        : (entities == 1 ? " entity" : " entities"));
            }
            out.append(')');
            if (entities > 0 && entities <= TOC_ENTITIES) {
                out.append("\n<ol>\n");
                for (Map.Entry<String, List<Finding>> entity : file.getValue().entrySet()) {
                    out.append("<li><a href=\"#e").append(entityIndex++).append("\">");
                    if (entity.getKey().isEmpty()) {
                        out.append("Document");
                    } else {
                        String name = entity.getValue().stream().map(Finding::entityName).filter(n -> n != null && !n.isBlank())
                                .findFirst().orElse(null);
                        out.append(name == null ? "" : Markup.text(name) + " ").append("<code>").append(Markup.text(entity.getKey()))
                                .append("</code>");
                    }
                    out.append("</a> (").append(entity.getValue().size()).append(")</li>\n");
                }
                out.append("</ol>\n");
            } else {
                entityIndex += entities;
            }
            out.append("</li>\n");
        }
        if (waivers) {
            out.append("<li><a href=\"#waivers\">").append(fr ? "Dérogations appliquées" : "Waivers applied").append("</a></li>\n");
        }
        out.append("</ol>\n</nav>\n");
    }

    private static void filters(StringBuilder out, Report report, Map<String, RuleGroup> rules, boolean fr) {
        out.append("<form class=\"filters\" hidden aria-label=\"").append(fr ? "Filtres" : "Filters").append("\" data-shown=\"")
                .append(fr ? "Constats affichés : {n} sur {t}" : "Findings shown: {n} of {t}").append("\">\n<fieldset><legend>")
                .append(fr ? "Gravité" : "Severity").append("</legend>");
        severityBox(out, "error", fr ? "Erreurs" : "Errors", report.errors());
        severityBox(out, "warning", fr ? "Avertissements" : "Warnings", report.warnings());
        severityBox(out, "info", fr ? "Informations" : "Infos", report.infos());
        out.append("</fieldset>\n<label>").append(fr ? "Règle" : "Rule").append(" <select name=\"r\"><option value=\"\">")
                .append(fr ? "Toutes" : "All").append("</option>");
        for (RuleGroup g : rules.values()) {
            out.append("<option value=\"").append(Markup.escape(g.id, true)).append("\">").append(Markup.text(g.id)).append(" (")
                    .append(g.count).append(")</option>");
        }
        out.append("</select></label>\n<label>").append(fr ? "Couche" : "Layer").append(" <select name=\"l\"><option value=\"\">")
                .append(fr ? "Toutes" : "All").append("</option>");
        java.util.EnumSet<Layer> layers = java.util.EnumSet.noneOf(Layer.class);
        rules.values().forEach(g -> layers.add(g.layer));
        for (Layer l : layers) {
            out.append("<option value=\"").append(l.code()).append("\">").append(layer(l, fr)).append("</option>");
        }
        out.append("</select></label>\n<button type=\"reset\">").append(fr ? "Tout afficher" : "Show all")
                .append("</button>\n<p class=\"shown\" aria-live=\"polite\"></p>\n</form>\n");
    }

    private static void severityBox(StringBuilder out, String code, String label, int count) {
        out.append("<label><input type=\"checkbox\" name=\"s\" value=\"").append(code).append("\" checked> ").append(label)
                .append(" (").append(count).append(")</label>");
    }

    private static void ruleTable(StringBuilder out, Map<String, RuleGroup> rules, Language lang) {
        boolean fr = lang == Language.FR;
        out.append("<section id=\"rules\">\n<h2>").append(fr ? "Constats par règle" : "Findings by rule")
                .append("</h2>\n<table class=\"rules\">\n<thead><tr><th>").append(fr ? "Règle" : "Rule").append("</th><th>")
                .append(fr ? "Gravité" : "Severity").append("</th><th>").append(fr ? "Couche" : "Layer").append("</th><th>")
                .append(fr ? "Constats" : "Findings").append("</th><th>").append(fr ? "Correction" : "How to fix")
                .append("</th></tr></thead>\n<tbody>\n");
        // On a narrow screen the header row is hidden and each row is a card: every cell but the
        // rule id carries its column's name (data-label, shown by the style sheet there), and the
        // count's link says what it counts, for screen readers as well.
        String sevLabel = fr ? "Gravité : " : "Severity: ";
        String layerLabel = fr ? "Couche : " : "Layer: ";
        String countLabel = fr ? "Constats : " : "Findings: ";
        String hintLabel = fr ? "Correction : " : "How to fix: ";
        for (RuleGroup g : rules.values()) {
            String sev = g.severity.name().toLowerCase(java.util.Locale.ROOT);
            String id = Markup.escape(g.id, true);
            String counted = fr ? g.count + (g.count < 2 ? " constat " : " constats ") + "de la règle " + g.id
                    : g.count + (g.count == 1 ? " finding" : " findings") + " of rule " + g.id;
            out.append("<tr id=\"r-").append(id).append("\" class=\"").append(sev).append("\" data-rule=\"").append(id)
                    .append("\" data-l=\"").append(g.layer.code()).append("\"><td><span class=\"rid\">").append(Markup.text(g.id))
                    .append("</span></td><td class=\"sv\" data-label=\"").append(sevLabel).append("\">")
                    .append(ReportWriter.severity(g.severity, lang)).append("</td><td data-label=\"").append(layerLabel).append("\">")
                    .append(layer(g.layer, fr)).append("</td><td class=\"n\" data-label=\"").append(countLabel)
                    .append("\"><a href=\"#x-").append(id).append("\" data-only=\"").append(id).append("\" aria-label=\"")
                    .append(Markup.escape(counted, true)).append("\">").append(g.count)
                    .append("</a></td><td data-label=\"").append(hintLabel).append("\"><span class=\"hint\">").append(Markup.text(g.hint))
                    .append("</span></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void finding(StringBuilder out, Finding f, RuleGroup rule, boolean firstOfRule, Language lang) {
        boolean fr = lang == Language.FR;
        String sev = f.severity().name().toLowerCase(java.util.Locale.ROOT);
        String id = Markup.escape(f.ruleId(), true);
        out.append("<tr class=\"").append(sev).append(f.waived() ? " wv\"" : "\"");
        if (firstOfRule) {
            out.append(" id=\"x-").append(id).append('"');
        }
        out.append(" data-r=\"").append(id).append("\"><td class=\"pos\">")
                .append(f.line() > 0 ? f.line() + ":" + f.column() : "–").append("</td><td class=\"sv\">")
                .append(ReportWriter.severity(f.severity(), lang)).append("</td><td><a class=\"rid\" href=\"#r-").append(id)
                .append("\">").append(Markup.text(f.ruleId())).append("</a></td><td><code>")
                .append(Markup.text(f.pointer().isEmpty() ? "/" : f.pointer())).append("</code></td><td>")
                .append(Markup.text(f.message(lang)));
        if (f.value() != null && !f.message(lang).contains(f.value())) {
            out.append("<span class=\"val\">").append(fr ? "Valeur : " : "Value: ").append("<code>").append(Markup.text(f.value()))
                    .append("</code></span>");
        }
        if (!f.hint(lang).isEmpty() && !f.hint(lang).equals(rule.hint)) {
            out.append("<span class=\"val hint\">").append(fr ? "Correction : " : "Fix: ").append(Markup.text(f.hint(lang)))
                    .append("</span>");
        }
        if (f.waived()) {
            out.append("<span class=\"wj\">").append(fr ? "Dérogation : " : "Waived: ")
                    .append(Markup.text(f.waiverJustification() == null ? "" : f.waiverJustification())).append("</span>");
        }
        out.append("</td></tr>\n");
    }

    private static void waivers(StringBuilder out, List<AppliedWaiver> applied, boolean fr) {
        out.append("<section id=\"waivers\">\n<h2>").append(fr ? "Dérogations appliquées" : "Waivers applied")
                .append("</h2>\n<table class=\"f\">\n<thead><tr><th>").append(fr ? "Règle" : "Rule").append("</th><th>")
                .append(fr ? "Portée" : "Scope").append("</th><th>").append(fr ? "Jusqu'au" : "Until").append("</th><th>")
                .append(fr ? "Constats" : "Findings").append("</th><th>").append(fr ? "Justification" : "Justification")
                .append("</th></tr></thead>\n<tbody>\n");
        for (AppliedWaiver a : applied) {
            Waiver w = a.waiver();
            out.append("<tr><td><span class=\"rid\">").append(Markup.text(w.ruleId())).append("</span></td><td><code>")
                    .append(Markup.text(w.scope())).append("</code></td><td>").append(w.expires()).append("</td><td>")
                    .append(a.findingsWaived()).append("</td><td>").append(Markup.text(w.justification()));
            if (w.author() != null) {
                out.append(" (").append(Markup.text(w.author())).append(')');
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static String layer(Layer l, boolean fr) {
        if (!fr) {
            return l.code();
        }
        return switch (l) {
            case READ -> "lecture";
            case SCHEMA -> "schéma";
            case CONSTRAINTS -> "contraintes";
            case REFERENCES -> "références";
            case RULES -> "règles";
        };
    }
}
