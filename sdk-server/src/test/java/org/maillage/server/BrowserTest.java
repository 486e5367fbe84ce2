package org.maillage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.validation.Finding;
import org.maillage.validation.Language;
import org.maillage.validation.Layer;
import org.maillage.validation.Priority;
import org.maillage.validation.Report;
import org.maillage.validation.Severity;
import org.maillage.validation.Validator;
import org.maillage.validation.report.ReportFormat;
import org.maillage.validation.report.ReportSettings;
import org.maillage.validation.report.ReportWriter;
import tools.jackson.databind.JsonNode;

/**
 * The page of {@code maillage serve} and the HTML report in a real headless Chromium: choosing a
 * file, the findings shown, the filters, the keyboard, narrow screens, a report of 10,000 findings.
 * Screenshots go to {@code target/screenshots} (the ones in {@code docs/screenshots} are copies).
 */
class BrowserTest {
    static final Path BROKEN = Path.of("../examples/data/ariege-broken.json");
    static final Path SHOTS = Path.of("target/screenshots");

    static MaillageServer server;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.start();
        server = MaillageServer.builder().port(0).toolVersion("0.0.0-test").build().start();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
        }
    }

    /** The visible finding rows of the report in the page: rule id, severity class, message cell text. */
    private static List<String[]> shownRows(String root) throws Exception {
        JsonNode rows = browser.eval("Array.from(document.querySelectorAll('" + root + " tr[data-r]'))"
                + ".filter(function (r) { return r.offsetParent !== null; })"
                + ".map(function (r) { return [r.getAttribute('data-r'), r.classList[0], r.cells[4].textContent]; })");
        List<String[]> out = new ArrayList<>();
        rows.forEach(r -> out.add(new String[] {r.get(0).asString(), r.get(1).asString(), r.get(2).asString()}));
        return out;
    }

    @Test
    void page_validatesAChosenFile_showsItsFindings_filtersThem_andWorksFromTheKeyboard() throws Exception {
        browser.size(1280, 900);
        browser.open(server.uri() + "/");
        // the inline style and script ran: the policy's hashes match them
        assertThat(browser.eval("typeof window.MaillageReport").asString()).isEqualTo("object");
        assertThat(browser.eval("getComputedStyle(document.querySelector('#upload button')).backgroundColor").asString())
                .isEqualTo("rgb(0, 0, 145)");
        assertThat(browser.eval("document.documentElement.lang").asString()).isEqualTo("fr");

        // keyboard: Tab walks the form in reading order
        browser.eval("document.activeElement.blur(), true");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            browser.tab();
            order.add(browser.eval("document.activeElement.id || document.activeElement.tagName.toLowerCase()").asString());
        }
        assertThat(order).containsExactly("lang", "profile", "file", "button");

        browser.chooseFile("#file", BROKEN);
        assertThat(browser.eval("document.getElementById('chosen').textContent").asString())
                .isEqualTo("Fichier choisi : ariege-broken.json");
        // focus is on the submit button: Enter sends the form
        browser.press("Enter", "Enter", 13, false);
        browser.waitFor("document.querySelector('#result #maillage-report')", Duration.ofSeconds(60));
        assertThat(browser.eval("document.getElementById('status').textContent").asString())
                .isEqualTo("Rapport de ariege-broken.json ci-dessous.");
        assertThat(browser.eval("document.activeElement.tagName").asString()).as("focus moves to the report").isEqualTo("H1");

        // the findings shown are the command line's: the 4 errors with their rule ids and French messages
        Report cli = Validator.builder().build().validate(BROKEN);
        List<String[]> rows = shownRows("#result");
        assertThat(rows).hasSize(cli.findings().size());
        List<String[]> errorsShown = rows.stream().filter(r -> r[1].equals("error")).toList();
        List<Finding> errorsCli = cli.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errorsShown).hasSize(4);
        assertThat(errorsShown.stream().map(r -> r[0]).sorted().toList())
                .isEqualTo(errorsCli.stream().map(Finding::ruleId).sorted().toList());
        for (Finding f : errorsCli) {
            assertThat(errorsShown).as(f.ruleId() + " " + f.messageFr())
                    .anyMatch(r -> r[0].equals(f.ruleId()) && r[2].startsWith(f.messageFr()));
        }
        assertThat(browser.eval("document.querySelector('#result .verdict').textContent").asString()).isEqualTo("INVALIDE");
        int total = rows.size();
        String shown = "document.querySelector('#result .shown').textContent";
        assertThat(browser.eval(shown).asString()).isEqualTo("Constats affichés : " + total + " sur " + total);
        browser.screenshot(SHOTS.resolve("serve-page.png"), true);

        // keyboard: Tab from the heading reaches the severity filters; Space unticks "errors"
        browser.tab();
        for (int i = 0; i < 40 && !browser.eval("document.activeElement.name === 's'").asBoolean(); i++) {
            browser.tab();
        }
        assertThat(browser.eval("document.activeElement.value").asString()).isEqualTo("error");
        browser.press(" ", "Space", 32, false);
        assertThat(browser.eval("document.activeElement.checked").asBoolean()).isFalse();
        List<String[]> withoutErrors = shownRows("#result");
        assertThat(withoutErrors).hasSize(total - 4).noneMatch(r -> r[1].equals("error"));
        assertThat(browser.eval(shown).asString()).isEqualTo("Constats affichés : " + (total - 4) + " sur " + total);

        // by rule: only that rule's findings
        String rule = errorsShown.get(0)[0];
        browser.eval("(function () { var f = document.querySelector('#result form.filters');"
                + " f.querySelectorAll('input[name=s]').forEach(function (c) { c.checked = true; });"
                + " f.elements.r.value = '" + rule + "'; f.dispatchEvent(new Event('change')); return true; })()");
        List<String[]> ofRule = shownRows("#result");
        assertThat(ofRule).isNotEmpty().allMatch(r -> r[0].equals(rule));
        assertThat(ofRule).hasSize((int) cli.findings().stream().filter(f -> f.ruleId().equals(rule)).count());

        // by layer, then "show all" (a reset button, reached and pressed from the keyboard)
        browser.eval("(function () { var f = document.querySelector('#result form.filters'); f.elements.r.value = '';"
                + " f.elements.l.value = 'schema'; f.dispatchEvent(new Event('change')); return true; })()");
        assertThat(shownRows("#result")).hasSize((int) cli.findings().stream().filter(f -> f.layer() == Layer.SCHEMA).count());
        browser.eval("document.querySelector('#result form.filters button[type=reset]').focus(), true");
        browser.press("Enter", "Enter", 13, false);
        browser.waitFor(shown + " === 'Constats affichés : " + total + " sur " + total + "'", Duration.ofSeconds(10));
        assertThat(browser.console()).as("no script error in the page").noneMatch(c -> c.contains("exceptionDetails"));
    }

    @Test
    void page_showsTheProblem_whenTheServiceRefusesTheFile(@TempDir Path dir) throws Exception {
        browser.open(server.uri() + "/?lang=en");
        Path notJson = Files.writeString(dir.resolve("notes.json"), "{\"this is\": not json");
        browser.chooseFile("#file", notJson);
        browser.eval("document.querySelector('#upload button').click(), true");
        browser.waitFor("document.querySelector('#result #maillage-report')", Duration.ofSeconds(60));
        // an unreadable file is a report with a read finding, not an error of the page
        assertThat(browser.eval("document.querySelector('#result .verdict').textContent").asString()).isEqualTo("INVALID");
        assertThat(shownRows("#result")).isNotEmpty().allMatch(r -> r[0].startsWith("read."));
        // no file chosen: a message, nothing sent
        browser.open(server.uri() + "/?lang=en");
        browser.eval("document.querySelector('#upload button').click(), true");
        assertThat(browser.eval("document.getElementById('status').textContent").asString()).isEqualTo("Choose a file first.");
        assertThat(browser.eval("document.activeElement.id").asString()).isEqualTo("file");
    }

    @Test
    void report_readsAt400Pixels_withoutClippedColumns_andRuleIdsWhole() throws Exception {
        Path html = Files.createDirectories(SHOTS).resolve("ariege-broken.fr.html");
        Files.writeString(html, ServerHttpTest.cliReport(BROKEN, ReportFormat.HTML, Language.FR, "ariege-broken.json"));
        for (int width : new int[] {1280, 400}) {
            browser.size(width, width == 400 ? 860 : 900);
            browser.open(html.toUri().toString());
            assertThat(browser.eval("document.documentElement.scrollWidth <= window.innerWidth").asBoolean())
                    .as("nothing wider than the %d px screen", width).isTrue();
            // every rule id sits on one line: its box is one line high
            assertThat(browser.eval("Array.from(document.querySelectorAll('.rid')).every(function (e) {"
                    + " var r = e.getClientRects(); return r.length === 1; })").asBoolean()).as("rule ids whole at %d px", width)
                    .isTrue();
            assertThat(browser.eval("document.querySelector('form.filters').hidden").asBoolean()).isFalse();
            // the per-rule counts say what they count: under the column header at 1,280 px; at
            // 400 px, where the header row is hidden, by the label the cell shows before the count
            String header = "getComputedStyle(document.querySelector('table.rules thead')).display";
            String labelled = "Array.from(document.querySelectorAll('table.rules td.n')).every(function (td) {"
                    + " var a = td.querySelector('a'); return a.getBoundingClientRect().left - td.getBoundingClientRect().left > 40"
                    + " && /^\\d+ constats? de la règle /.test(a.getAttribute('aria-label')); })";
            assertThat(browser.eval("document.querySelectorAll('table.rules td.n').length").asInt()).isPositive();
            if (width == 400) {
                assertThat(browser.eval(header).asString()).isEqualTo("none");
                assertThat(browser.eval(labelled).asBoolean()).as("each count labelled at 400 px").isTrue();
            } else {
                assertThat(browser.eval(header).asString()).isNotEqualTo("none");
                assertThat(browser.eval("document.querySelector('table.rules thead').textContent").asString()).contains("Constats");
            }
            browser.screenshot(SHOTS.resolve("report-" + width + ".png"), true);
        }
        browser.size(1280, 900);
    }

    @Test
    void report_of10000Findings_opensAndFiltersInTheBrowser() throws Exception {
        List<Finding> fs = new ArrayList<>();
        String[][] rules = {{"schema.range", "SCHEMA", "ERROR"}, {"ref.unknown", "REFERENCES", "ERROR"},
            {"constraint.finess", "CONSTRAINTS", "WARNING"}, {"rule.population-sum", "RULES", "INFO"}};
        for (int i = 0; i < 10_000; i++) {
            String[] r = rules[i % rules.length];
            int entity = i / 5;
            fs.add(new Finding(r[0], Severity.valueOf(r[2]), Priority.MANDATORY, Layer.valueOf(r[1]), "Finding " + i + " of " + r[0],
                    "Constat " + i + " de " + r[0], "/territories/" + entity + "/x", 10 + i, 5, "commune:" + (10_000 + entity),
                    "Fix " + r[0] + ".", "Corrigez " + r[0] + ".", "source", "national.json", false, null, String.valueOf(i),
                    "Commune " + entity));
        }
        Report report = Report.of(List.of("national.json"), fs, "2.0.0", "1.0");
        StringWriter w = new StringWriter();
        ReportWriter.write(report, ReportFormat.HTML, ReportSettings.of(Language.FR).withToolVersion("0.0.0-test"), w);
        Path html = Files.createDirectories(SHOTS).resolve("report-10000.html");
        Files.writeString(html, w.toString());

        browser.size(1280, 900);
        long t0 = System.nanoTime();
        browser.open(html.toUri().toString());
        browser.waitFor("document.querySelector('form.filters:not([hidden])')", Duration.ofSeconds(120));
        long opened = System.nanoTime() - t0;
        String shown = "document.querySelector('.shown').textContent";
        assertThat(browser.eval(shown).asString()).isEqualTo("Constats affichés : 10000 sur 10000");

        long t1 = System.nanoTime();
        browser.eval("(function () { var f = document.querySelector('form.filters');"
                + " f.querySelector('input[value=error]').checked = false; f.dispatchEvent(new Event('change')); return true; })()");
        long bySeverity = System.nanoTime() - t1;
        assertThat(browser.eval(shown).asString()).isEqualTo("Constats affichés : 5000 sur 10000");
        assertThat(browser.eval("document.querySelectorAll('tr.error[data-r]:not([hidden])').length").asInt()).isZero();

        long t2 = System.nanoTime();
        browser.eval("(function () { var f = document.querySelector('form.filters'); f.elements.r.value = 'constraint.finess';"
                + " f.dispatchEvent(new Event('change')); return true; })()");
        long byRule = System.nanoTime() - t2;
        assertThat(browser.eval(shown).asString()).isEqualTo("Constats affichés : 2500 sur 10000");
        assertThat(browser.eval("document.querySelectorAll('tbody.g:not([hidden])').length").asInt()).isEqualTo(2000);
        System.out.printf(Locale.ROOT, "HTML report of 10,000 findings (%,d bytes) in headless Chromium: opened and ready in %d ms, "
                + "filtered by severity in %d ms, by rule in %d ms%n", Files.size(html), opened / 1_000_000, bySeverity / 1_000_000,
                byRule / 1_000_000);
    }
}
