package org.maillage.validation.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillage.validation.Finding;
import org.maillage.validation.Language;
import org.maillage.validation.Report;
import org.maillage.validation.internal.Markup;

/**
 * A self-contained HTML page: inline CSS, no script, no external resource (a Content Security
 * Policy forbids loading any), readable offline and printable. A summary, the findings per rule,
 * then the findings grouped by file and entity, coloured by severity. Every piece of data is
 * escaped: file names, ids, messages and justifications can hold anything.
 */
final class HtmlWriter {
    private HtmlWriter() {}

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;\
            padding:0 1rem;color:#1b1b1b;line-height:1.4}
            h1{font-size:1.6rem;margin-bottom:.5rem}h2{font-size:1.25rem;margin-top:2rem;word-break:break-all}\
            h3{font-size:1rem;margin:1.25rem 0 .5rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d0d0;padding:.35rem .5rem;\
            text-align:left;vertical-align:top}th{background:#f2f2f2}
            table.summary{width:auto}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;\
            word-break:break-all}
            .verdict{display:inline-block;padding:.25rem .75rem;border-radius:.25rem;font-weight:bold;color:#fff}
            .verdict.valid{background:#18753c}.verdict.invalid{background:#ce0500}
            .sev{display:inline-block;padding:0 .4rem;border-radius:.2rem;font-size:.8rem;font-weight:bold;color:#fff}
            .sev.error{background:#ce0500}.sev.warning{background:#b34000}.sev.info{background:#0063cb}
            tr.error td:first-child{border-left:4px solid #ce0500}tr.warning td:first-child{border-left:4px solid #b34000}\
            tr.info td:first-child{border-left:4px solid #0063cb}
            tr.waived{opacity:.7}.hint{color:#3a3a3a;font-size:.9em}.waiver{color:#18753c;font-size:.9em}
            .ok{color:#18753c}footer{margin-top:2rem;color:#666;font-size:.85rem}
            """;

    static void write(Report report, ReportSettings settings, Writer w) {
        Language lang = settings.language();
        boolean fr = lang == Language.FR;
        PrintWriter out = new PrintWriter(w);
        String title = fr ? "Rapport de validation Maillage" : "Maillage validation report";
        out.print("<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.print("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        out.print("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.print("<title>" + title + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        out.print("<header>\n<h1>" + title + "</h1>\n");
        out.print("<p class=\"verdict " + (report.valid() ? "valid\">" : "invalid\">")
                + (report.valid() ? (fr ? "VALIDE" : "VALID") : (fr ? "INVALIDE" : "INVALID")) + "</p>\n");
        long waived = report.findings().stream().filter(Finding::waived).count();
        out.print("<table class=\"summary\">\n");
        row(out, fr ? "Fichiers" : "Files", String.valueOf(report.sources().size()));
        row(out, fr ? "Erreurs" : "Errors", String.valueOf(report.errors()));
        row(out, fr ? "Avertissements" : "Warnings", String.valueOf(report.warnings()));
        row(out, fr ? "Informations" : "Infos", String.valueOf(report.infos()));
        row(out, fr ? "Dérogations appliquées" : "Waived findings", String.valueOf(waived));
        row(out, fr ? "Version du catalogue de règles" : "Rule catalogue version", Markup.text(report.catalogueVersion()));
        row(out, fr ? "Version des schémas" : "Schema version", Markup.text(report.schemaVersion()));
        out.print("</table>\n</header>\n<main>\n");
        if (!report.ruleCounts().isEmpty()) {
            out.print("<h2>" + (fr ? "Constats par règle" : "Findings by rule") + "</h2>\n<table class=\"rules\">\n<thead><tr><th>"
                    + (fr ? "Règle" : "Rule") + "</th><th>" + (fr ? "Constats" : "Findings") + "</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<String, Integer> e : report.ruleCounts().entrySet()) {
                out.print("<tr><td><code>" + Markup.text(e.getKey()) + "</code></td><td>" + e.getValue() + "</td></tr>\n");
            }
            out.print("</tbody>\n</table>\n");
        }
        for (Map.Entry<String, Map<String, List<Finding>>> file : Groups.byFileAndEntity(report).entrySet()) {
            out.print("<section class=\"file\">\n<h2>" + Markup.text(file.getKey()) + "</h2>\n");
            if (file.getValue().isEmpty()) {
                out.print("<p class=\"ok\">" + (fr ? "Aucun problème." : "No problem.") + "</p>\n");
            }
            for (Map.Entry<String, List<Finding>> entity : file.getValue().entrySet()) {
                out.print("<section class=\"entity\">\n<h3>" + (entity.getKey().isEmpty() ? "Document"
                        : (fr ? "Entité " : "Entity ") + "<code>" + Markup.text(entity.getKey()) + "</code>") + "</h3>\n");
                out.print("<table class=\"findings\">\n<thead><tr><th>" + (fr ? "Position" : "Position") + "</th><th>"
                        + (fr ? "Gravité" : "Severity") + "</th><th>" + (fr ? "Règle" : "Rule") + "</th><th>"
                        + (fr ? "Pointeur JSON" : "JSON Pointer") + "</th><th>" + (fr ? "Message" : "Message")
                        + "</th></tr></thead>\n<tbody>\n");
                for (Finding f : entity.getValue()) {
                    finding(out, f, lang);
                }
                out.print("</tbody>\n</table>\n</section>\n");
            }
            out.print("</section>\n");
        }
        out.print("</main>\n<footer>\n<p>" + Markup.text(ReportWriter.summary(report, lang)) + "</p>\n<p>maillage "
                + Markup.text(settings.toolVersion()) + "</p>\n</footer>\n</body>\n</html>\n");
        out.flush();
    }

    private static void row(PrintWriter out, String label, String escapedValue) {
        out.print("<tr><th>" + label + "</th><td>" + escapedValue + "</td></tr>\n");
    }

    private static void finding(PrintWriter out, Finding f, Language lang) {
        boolean fr = lang == Language.FR;
        String sev = f.severity().name().toLowerCase(Locale.ROOT);
        out.print("<tr class=\"" + sev + (f.waived() ? " waived" : "") + "\">");
        out.print("<td>" + (f.line() > 0 ? f.line() + ":" + f.column() : "–") + "</td>");
        out.print("<td><span class=\"sev " + sev + "\">" + ReportWriter.severity(f.severity(), lang) + "</span></td>");
        out.print("<td><code>" + Markup.text(f.ruleId()) + "</code></td>");
        out.print("<td><code>" + Markup.text(f.pointer().isEmpty() ? "/" : f.pointer()) + "</code></td>");
        out.print("<td>" + Markup.text(f.message(lang)));
        if (!f.hint(lang).isEmpty()) {
            out.print("<br><span class=\"hint\">" + (fr ? "Correction : " : "Fix: ") + Markup.text(f.hint(lang)) + "</span>");
        }
        if (f.waived()) {
            out.print("<br><span class=\"waiver\">" + (fr ? "Dérogation : " : "Waived: ")
                    + Markup.text(f.waiverJustification() == null ? "" : f.waiverJustification()) + "</span>");
        }
        out.print("</td></tr>\n");
    }
}
