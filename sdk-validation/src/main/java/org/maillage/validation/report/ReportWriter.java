package org.maillage.validation.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.maillage.core.internal.SafeText;
import org.maillage.json.MaillageJson;
import org.maillage.validation.Finding;
import org.maillage.validation.Language;
import org.maillage.validation.Report;
import org.maillage.validation.Severity;
import org.maillage.validation.waiver.AppliedWaiver;
import org.maillage.validation.waiver.Waiver;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes reports. The same report gives the same characters: no timing, no host, no date.
 * Thread-safe (stateless).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class ReportWriter {
    private ReportWriter() {}

    /**
     * Writes a report with the default settings of a language ({@link ReportSettings#of}); the
     * writer is flushed, not closed.
     *
     * @param report the report
     * @param format the format
     * @param language the language of messages and labels
     * @param out where to write
     */
    public static void write(Report report, ReportFormat format, Language language, Writer out) {
        write(report, format, ReportSettings.of(language), out);
    }

    /**
     * Writes a report; the writer is flushed, not closed.
     *
     * @param report the report
     * @param format the format
     * @param settings the language, catalogue, tool version and base directory
     * @param out where to write
     */
    public static void write(Report report, ReportFormat format, ReportSettings settings, Writer out) {
        switch (format) {
            case TEXT -> text(report, settings.language(), out);
            case JSON -> json(report, settings.language(), out);
            case SARIF -> SarifWriter.write(report, settings, out);
            case JUNIT -> JunitWriter.write(report, settings, out);
            case HTML -> HtmlWriter.write(report, settings, out);
        }
    }

    /**
     * Writes the errors and warnings of a report in the text format, and nothing else: no info, no
     * waived finding, no line for a file without errors or warnings, no list of waivers, no
     * summary. A report without errors or warnings gives no characters at all. This is what
     * {@code maillage validate --quiet} prints. The writer is flushed, not closed.
     *
     * @param report the report
     * @param language the language of messages and labels
     * @param out where to write
     * @since 0.1.0
     */
    public static void writeProblems(Report report, Language language, Writer out) {
        List<Finding> problems = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (!f.waived() && f.severity() != Severity.INFO) {
                problems.add(f);
            }
        }
        Report only = new Report(List.of(), problems, report.errors(), report.warnings(), report.infos(), report.ruleCounts(),
                report.catalogueVersion(), report.schemaVersion(), List.of());
        text(only, language, out, false);
    }

    // ---- text ----------------------------------------------------------------------------------

    private static void text(Report report, Language lang, Writer w) {
        text(report, lang, w, true);
    }

    /** The text report; without its summary line when {@code summary} is false. */
    private static void text(Report report, Language lang, Writer w, boolean summary) {
        boolean fr = lang == Language.FR;
        PrintWriter out = new PrintWriter(w);
        for (Map.Entry<String, Map<String, List<Finding>>> file : Groups.byFileAndEntity(report).entrySet()) {
            if (file.getValue().isEmpty()) {
                line(out, file.getKey() + (fr ? " : aucun problème" : ": no problem"));
                continue;
            }
            line(out, file.getKey());
            for (Map.Entry<String, List<Finding>> entity : file.getValue().entrySet()) {
                String label = entity.getKey().isEmpty() ? "document" : (fr ? "entité " : "entity ") + entity.getKey();
                line(out, "  " + label);
                for (Finding f : entity.getValue()) {
                    String where = f.line() > 0 ? f.line() + ":" + f.column() : "-";
                    line(out, "    " + where + "  " + severity(f.severity(), lang) + "  " + f.ruleId() + "  "
                            + (f.pointer().isEmpty() ? "/" : f.pointer()) + (f.waived() ? (fr ? "  (dérogation)" : "  (waived)") : ""));
                    line(out, "      " + f.message(lang));
                    if (!f.hint(lang).isEmpty()) {
                        line(out, "      " + (fr ? "Correction : " : "Fix: ") + f.hint(lang));
                    }
                    if (f.waived()) {
                        line(out, "      " + (fr ? "Dérogation : " : "Waived: ") + f.waiverJustification());
                    }
                }
            }
        }
        if (!report.waivers().isEmpty()) {
            line(out, (fr ? "Dérogations appliquées" : "Waivers applied"));
            for (AppliedWaiver a : report.waivers()) {
                Waiver waiver = a.waiver();
                line(out, "  " + waiver.ruleId() + "  " + waiver.scope() + "  " + (fr ? "jusqu'au " : "until ") + waiver.expires() + "  "
                        + a.findingsWaived() + (fr ? " constat(s)" : " finding(s)")
                        + (waiver.author() == null ? "" : "  (" + waiver.author() + ")"));
                line(out, "    " + waiver.justification());
            }
        }
        if (summary) {
            line(out, summary(report, lang));
        }
        out.flush();
        if (out.checkError()) {
            throw new java.io.UncheckedIOException(new java.io.IOException("the report could not be written"));
        }
    }

    /** One line of the text report, with everything in it that could act on a terminal escaped. */
    private static void line(PrintWriter out, String text) {
        out.print(SafeText.terminal(text) + "\n");
    }

    /**
     * The one-line summary of a report.
     *
     * @param report the report
     * @param language the language
     * @return for example {@code Summary: 1 file, 2 errors, 0 warnings, 0 infos — INVALID}
     */
    public static String summary(Report report, Language language) {
        int files = report.sources().size();
        if (language == Language.FR) {
            return "Résumé : " + pluralFr(files, "fichier", "fichiers") + ", " + pluralFr(report.errors(), "erreur", "erreurs")
                    + ", " + pluralFr(report.warnings(), "avertissement", "avertissements") + ", "
                    + pluralFr(report.infos(), "information", "informations") + " — " + (report.valid() ? "VALIDE" : "INVALIDE");
        }
        return "Summary: " + plural(files, "file", "files") + ", " + plural(report.errors(), "error", "errors") + ", "
                + plural(report.warnings(), "warning", "warnings") + ", " + plural(report.infos(), "info", "infos") + " — "
                + (report.valid() ? "VALID" : "INVALID");
    }

    /** English: only 1 is singular ("0 warnings"). */
    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** French: 0 and 1 are singular ("0 avertissement", "2 avertissements"). */
    private static String pluralFr(int n, String one, String many) {
        return n + " " + (n < 2 ? one : many);
    }

    static String severity(Severity s, Language lang) {
        if (lang == Language.FR) {
            return switch (s) {
                case ERROR -> "ERREUR";
                case WARNING -> "AVERTISSEMENT";
                case INFO -> "INFO";
            };
        }
        return s.name();
    }

    // ---- JSON ----------------------------------------------------------------------------------

    private static void json(Report report, Language lang, Writer w) {
        JsonMapper mapper = MaillageJson.mapper();
        try (JsonGenerator g = mapper.writer().with(MaillageJson.canonicalPrettyPrinter())
                .without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(w)) {
            g.writeStartObject();
            g.writeBooleanProperty("valid", report.valid());
            g.writeName("summary");
            g.writeStartObject();
            g.writeNumberProperty("errors", report.errors());
            g.writeNumberProperty("warnings", report.warnings());
            g.writeNumberProperty("infos", report.infos());
            g.writeNumberProperty("waived", (int) report.findings().stream().filter(Finding::waived).count());
            g.writeEndObject();
            g.writeName("sources");
            g.writeStartArray();
            for (String s : report.sources()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeStringProperty("language", lang.code());
            g.writeStringProperty("catalogueVersion", report.catalogueVersion());
            g.writeStringProperty("schemaVersion", report.schemaVersion());
            g.writeName("rules");
            g.writeStartObject();
            for (Map.Entry<String, Integer> e : report.ruleCounts().entrySet()) {
                g.writeNumberProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeName("findings");
            g.writeStartArray();
            for (Finding f : report.findings()) {
                g.writeStartObject();
                g.writeStringProperty("ruleId", f.ruleId());
                g.writeStringProperty("severity", f.severity().name().toLowerCase(Locale.ROOT));
                g.writeStringProperty("priority", f.priority().name().toLowerCase(Locale.ROOT));
                g.writeStringProperty("layer", f.layer().name().toLowerCase(Locale.ROOT));
                g.writeStringProperty("message", f.message(lang));
                g.writeStringProperty("messageFr", f.messageFr());
                g.writeStringProperty("messageEn", f.message());
                g.writeStringProperty("file", f.file());
                g.writeStringProperty("pointer", f.pointer());
                g.writeNumberProperty("line", f.line());
                g.writeNumberProperty("column", f.column());
                if (f.entityId() != null) {
                    g.writeStringProperty("entityId", f.entityId());
                }
                if (f.entityName() != null) {
                    g.writeStringProperty("entityName", f.entityName());
                }
                if (f.value() != null) {
                    g.writeStringProperty("value", f.value());
                }
                g.writeStringProperty("hint", f.hint(lang));
                g.writeStringProperty("source", f.source());
                g.writeBooleanProperty("waived", f.waived());
                if (f.waiverJustification() != null) {
                    g.writeStringProperty("waiverJustification", f.waiverJustification());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!report.waivers().isEmpty()) {
                g.writeName("waivers");
                g.writeStartArray();
                for (AppliedWaiver a : report.waivers()) {
                    Waiver waiver = a.waiver();
                    g.writeStartObject();
                    g.writeStringProperty("ruleId", waiver.ruleId());
                    if (waiver.entityId() != null) {
                        g.writeStringProperty("entityId", waiver.entityId());
                    }
                    if (waiver.pointer() != null) {
                        g.writeStringProperty("pointer", waiver.pointer());
                    }
                    g.writeStringProperty("justification", waiver.justification());
                    g.writeStringProperty("expires", waiver.expires().toString());
                    if (waiver.author() != null) {
                        g.writeStringProperty("author", waiver.author());
                    }
                    g.writeStringProperty("file", a.source());
                    g.writeNumberProperty("index", a.index());
                    g.writeNumberProperty("findingsWaived", a.findingsWaived());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        SarifWriter.newline(w);
    }
}
