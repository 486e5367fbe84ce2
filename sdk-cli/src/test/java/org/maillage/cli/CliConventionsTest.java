package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions of a good Unix tool (issue 15, item 4): stdin, stdout, quiet, locale, colour, folders, completion. */
class CliConventionsTest {

    private static final Path ARIEGE = Path.of("../examples/data/ariege.json");
    private static final Path BROKEN = Path.of("../examples/data/ariege-broken.json");

    @TempDir
    Path dir;

    static MainTest.Run run(Context context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), context, args);
        return new MainTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void validate_readsStandardInput_forDash_andGivesLinesOfNdjsonEntities() throws IOException {
        MainTest.Run json = run(Context.detached().withStdin(new ByteArrayInputStream(Files.readAllBytes(BROKEN))),
                "validate", "--lang", "en", "-");
        assertThat(json.code()).as(json.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(json.out()).contains("ref.unknown");
        String ndjson = "{\"type\":\"dataset\",\"schemaVersion\":\"1.0.0\",\"id\":\"x\",\"title\":\"x\",\"referenceDate\":\"2026-01-01\"}\n"
                + "{\"type\":\"territory\",\"id\":\"commune:09001\",\"kind\":\"commune\",\"code\":\"09001\",\"name\":\"A\","
                + "\"parents\":[{\"territory\":\"departement:90\"}]}\n";
        MainTest.Run nd = run(Context.detached().withStdin(new ByteArrayInputStream(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "validate", "--lang", "en", "-f", "json", "-");
        assertThat(nd.code()).as(nd.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(nd.out()).contains("ref.unknown").containsPattern("\"line\"\\s*:\\s*2\\b");
    }

    @Test
    void validate_ofAFolder_validatesEveryDatasetInside_inNameOrder() throws IOException {
        Files.copy(ARIEGE, dir.resolve("b.json"));
        Files.copy(BROKEN, dir.resolve("a.json"));
        Files.writeString(dir.resolve("notes.txt"), "not a dataset");
        MainTest.Run r = MainTest.run("validate", "--lang", "en", dir.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.out()).contains("Summary: 2 files");
        assertThat(r.out().indexOf("a.json")).isLessThan(r.out().indexOf("b.json"));
    }

    @Test
    void quiet_printsNoSummary_butWritesTheReport() throws IOException {
        Path report = dir.resolve("r.txt");
        MainTest.Run loud = MainTest.run("validate", ARIEGE.toString(), "-o", report.toString());
        assertThat(loud.err()).contains("VALIDE");
        MainTest.Run quiet = MainTest.run("validate", "--quiet", ARIEGE.toString(), "-o", report.toString());
        assertThat(quiet.code()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(Files.readString(report)).contains("VALIDE");
    }

    @Test
    void dashOutput_isStandardOutput() {
        MainTest.Run r = MainTest.run("validate", "--lang", "en", ARIEGE.toString(), "-o", "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("VALID");
    }

    @Test
    void unknownOption_isOneLineAndAPointerToHelp_notTheWholeHelp() {
        MainTest.Run r = MainTest.run("validate", "--x", ARIEGE.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("Unknown option: '--x'. Try 'maillage validate --help'.").doesNotContain("Usage:");
    }

    @Test
    void reportLanguage_followsTheLocale_frenchWhenFrenchCOrUnset_andLangWins() {
        String[] args = {"validate", BROKEN.toString()};
        assertThat(run(Context.detached(), args).out()).contains("ERREUR");
        assertThat(run(Context.detached().withEnv(Map.of("LANG", "C.UTF-8")), args).out()).contains("ERREUR");
        assertThat(run(Context.detached().withEnv(Map.of("LANG", "fr_FR.UTF-8")), args).out()).contains("ERREUR");
        assertThat(run(Context.detached().withEnv(Map.of("LANG", "en_GB.UTF-8")), args).out()).contains("ERROR  ")
                .doesNotContain("ERREUR");
        assertThat(run(Context.detached().withEnv(Map.of("LANG", "fr_FR.UTF-8", "LC_ALL", "de_DE.UTF-8")), args).out())
                .contains("ERROR  ");
        assertThat(run(Context.detached().withEnv(Map.of("LANG", "en_GB.UTF-8")), "validate", "--lang", "fr",
                BROKEN.toString()).out()).contains("ERREUR");
    }

    @Test
    void colour_onATerminalOnly_andNeverWithNoColorOrTheOption() {
        Context terminal = Context.detached().withStdoutTerminal(true);
        assertThat(run(terminal, "validate", BROKEN.toString()).out()).contains(Colours.RED + "ERREUR" + Colours.RESET);
        assertThat(run(terminal.withEnv(Map.of("NO_COLOR", "")), "validate", BROKEN.toString()).out()).doesNotContain("\u001b");
        assertThat(run(terminal, "validate", "--no-color", BROKEN.toString()).out()).doesNotContain("\u001b");
        assertThat(run(Context.detached(), "validate", BROKEN.toString()).out()).doesNotContain("\u001b");
    }

    @Test
    void completionBash_isAScriptBashLoads_andCompletesASubcommand() throws IOException, InterruptedException {
        MainTest.Run r = MainTest.run("completion", "bash");
        assertThat(r.code()).isZero();
        Path script = Files.writeString(dir.resolve("maillage.bash"), r.out());
        Process check = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(new String(check.getInputStream().readAllBytes())).isZero();
        Process complete = new ProcessBuilder("bash", "-c", "source " + script + " && COMP_WORDS=(maillage val) && COMP_CWORD=1"
                + " && COMP_LINE='maillage val' && COMP_POINT=12 && _complete_maillage maillage val maillage"
                + " && printf '%s\\n' \"${COMPREPLY[@]}\"").redirectErrorStream(true).start();
        assertThat(complete.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(complete.getInputStream().readAllBytes())).contains("validate");
        assertThat(MainTest.run("completion", "zsh").out()).contains("bashcompinit");
    }
}
