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
 * JUnit XML in the shape the Jenkins JUnit plugin, GitLab and Azure DevOps read (the "Ant" JUnit
 * schema as Jenkins extends it): {@code testsuites} holding one {@code testsuite} per file, each
 * holding one {@code testcase} per rule of the catalogue, so that a dashboard shows the same
 * tests run after run. A rule with an unwaived error fails ({@code failure}, one per rule, listing
 * every such finding); warnings, informations and waived findings do not fail and are listed in
 * the test case's {@code system-out}. No {@code time} or {@code timestamp} attribute is written:
 * they are optional, and leaving them out keeps the report the same for the same input.
 */
final class JunitWriter {
    private JunitWriter() {}

    static void write(Report report, ReportSettings settings, Writer w) {
        Language lang = settings.language();
        boolean fr = lang == Language.FR;
        List<RuleDefinition> rules = settings.catalogue().rules();
        Map<String, List<Finding>> byFile = Groups.byFile(report);
        int totalFailures = 0;
        List<String> suites = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            Map<String, List<Finding>> byRule = new LinkedHashMap<>();
            for (Finding f : file.getValue()) {
                byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
            }
            List<String> ids = new ArrayList<>();
            rules.forEach(r -> ids.add(r.id()));
            byRule.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            StringBuilder cases = new StringBuilder();
            int failures = 0;
            for (String id : ids) {
                List<Finding> fs = byRule.getOrDefault(id, List.of());
                List<Finding> failing = fs.stream().filter(Finding::isBlocking).toList();
                List<Finding> other = fs.stream().filter(f -> !f.isBlocking()).toList();
                String open = "    <testcase name=\"" + Markup.attr(id) + "\" classname=\"" + Markup.attr(file.getKey()) + "\"";
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
                    cases.append("      <failure message=\"").append(Markup.attr(message))
                            .append("\" type=\"").append(Markup.attr(id)).append("\">")
                            .append(Markup.text(describe(failing, lang))).append("</failure>\n");
                }
                if (!other.isEmpty()) {
                    cases.append("      <system-out>").append(Markup.text(describe(other, lang))).append("</system-out>\n");
                }
                cases.append("    </testcase>\n");
            }
            totalFailures += failures;
            suites.add("  <testsuite name=\"" + Markup.attr(file.getKey()) + "\" tests=\"" + ids.size() + "\" failures=\""
                    + failures + "\" errors=\"0\" skipped=\"0\">\n" + cases + "  </testsuite>\n");
        }
        int tests = 0;
        for (String s : suites) {
            tests += count(s, "<testcase ");
        }
        PrintWriter out = new PrintWriter(w);
        out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.print("<testsuites name=\"maillage validate\" tests=\"" + tests + "\" failures=\"" + totalFailures
                + "\" errors=\"0\" skipped=\"0\">\n");
        suites.forEach(out::print);
        out.print("</testsuites>\n");
        out.flush();
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
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
