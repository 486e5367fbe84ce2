package org.maillage.validation.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.validation.Finding;
import org.maillage.validation.Language;
import org.maillage.validation.Report;
import org.maillage.validation.RuleDefinition;
import org.maillage.validation.internal.Markup;

/**
 * JUnit XML in the shape of Apache Maven Surefire's {@code TEST-*.xml} reports, valid against its
 * schema {@code surefire-test-report-3.0.xsd}, which Jenkins, GitLab, Azure DevOps and the Surefire
 * report plugin read: one {@code testsuite} (the run) holding, for each file, one {@code testcase}
 * per rule of the catalogue whose {@code classname} is the file, so that a dashboard shows the same
 * tests run after run. A rule with an unwaived error fails ({@code failure}, one per rule and file,
 * listing every such finding); warnings, informations and waived findings do not fail and are
 * listed in the test case's {@code system-out}. The schema requires a {@code time} on each test
 * case: findings are not timed one by one (the checks of a rule are interleaved with every other
 * over one streaming pass), so each test case says {@code time="0"}, and the optional suite time
 * and timestamp are left out: the same input gives the same report.
 */
final class JunitWriter {
    private JunitWriter() {}

    static void write(Report report, ReportSettings settings, Writer w) {
        Language lang = settings.language();
        boolean fr = lang == Language.FR;
        List<RuleDefinition> rules = settings.catalogue().rules();
        Map<String, List<Finding>> byFile = Groups.byFile(report);
        int tests = 0;
        int failures = 0;
        StringBuilder cases = new StringBuilder();
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            Map<String, List<Finding>> byRule = new LinkedHashMap<>();
            for (Finding f : file.getValue()) {
                byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
            }
            List<String> ids = new ArrayList<>();
            rules.forEach(r -> ids.add(r.id()));
            byRule.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            tests += ids.size();
            for (String id : ids) {
                List<Finding> fs = byRule.getOrDefault(id, List.of());
                List<Finding> failing = fs.stream().filter(Finding::isBlocking).toList();
                List<Finding> other = fs.stream().filter(f -> !f.isBlocking()).toList();
                String open = "  <testcase name=\"" + Markup.attr(id) + "\" classname=\"" + Markup.attr(file.getKey())
                        + "\" time=\"0\"";
                if (fs.isEmpty()) {
                    cases.append(open).append("/>\n");
                    continue;
                }
                cases.append(open).append(">\n");
                if (!failing.isEmpty()) {
                    failures++;
                    int n = failing.size();
                    String message = n + (fr ? (n == 1 ? " erreur : " : " erreurs : ") : (n == 1 ? " error: " : " errors: "))
                            + failing.get(0).message(lang);
                    cases.append("    <failure message=\"").append(Markup.attr(message))
                            .append("\" type=\"").append(Markup.attr(id)).append("\">")
                            .append(Markup.text(describe(failing, lang))).append("</failure>\n");
                }
                if (!other.isEmpty()) {
                    cases.append("    <system-out>").append(Markup.text(describe(other, lang))).append("</system-out>\n");
                }
                cases.append("  </testcase>\n");
            }
        }
        PrintWriter out = new PrintWriter(w);
        out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.print("<testsuite name=\"maillage validate\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\" skipped=\"0\">\n");
        out.print(cases);
        out.print("</testsuite>\n");
        out.flush();
    }

    /** One block per finding: place, severity, message, fix. */
    private static String describe(List<Finding> fs, Language lang) {
        boolean fr = lang == Language.FR;
        StringBuilder sb = new StringBuilder("\n");
        for (Finding f : fs) {
            sb.append(f.line() > 0 ? f.line() + ":" + f.column() : "-").append("  ")
                    .append(ReportWriter.severity(f.severity(), lang)).append("  ")
                    .append(f.pointer().isEmpty() ? "/" : f.pointer());
            if (f.entityId() != null) {
                sb.append("  (").append(fr ? "entité " : "entity ").append(f.entityId()).append(')');
            }
            if (f.waived()) {
                sb.append(fr ? "  dérogation : " : "  waived: ")
                        .append(f.waiverJustification() == null ? "" : f.waiverJustification());
            }
            sb.append('\n').append("  ").append(f.message(lang)).append('\n');
            if (!f.hint(lang).isEmpty()) {
                sb.append("  ").append(fr ? "Correction : " : "Fix: ").append(f.hint(lang)).append('\n');
            }
        }
        return sb.toString();
    }
}
