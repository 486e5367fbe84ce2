package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code maillage validate --quiet} prints, run as a fresh process the way a CI job runs it
 * (docs/decisions.md, "--quiet in CI"): the errors and warnings of the text report, nothing else,
 * and nothing at all when there are none; a report asked for in a file or another format is whole.
 */
class QuietProcessTest {

    private static final Path ARIEGE = Path.of("../examples/data/ariege.json");
    private static final Path BROKEN = Path.of("../examples/data/ariege-broken.json");
    /** 26 warnings and 3 infos under the local-health profile. */
    private static final Path POLICY = Path.of("../examples/data/corse-du-sud-policy.json");
    /** The line of a finding in the text report: place, severity, rule. */
    private static final Pattern FINDING = Pattern.compile("^    \\S+  (ERREUR|AVERTISSEMENT|INFO)  (\\S+)  .*$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    record Ran(int code, String out, String err) {}

    private Ran maillage(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_MESSAGES");
        pb.environment().put("LANG", "fr_FR.UTF-8");
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("maillage %s ends", String.join(" ", args)).isTrue();
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> severities(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = FINDING.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void quiet_printsTheWarnings_withoutInfosNorSummary() throws Exception {
        Ran loud = maillage("validate", "--profile", "local-health", POLICY.toString());
        Ran quiet = maillage("validate", "-q", "--profile", "local-health", POLICY.toString());

        assertThat(loud.code()).as(loud.err()).isZero();
        assertThat(severities(loud.out())).containsOnly("AVERTISSEMENT", "INFO").hasSize(29);
        assertThat(loud.out()).contains("Résumé : 1 fichier, 0 erreur, 26 avertissements, 3 informations — VALIDE");

        assertThat(quiet.code()).as("warnings leave the file valid").isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(severities(quiet.out())).containsOnly("AVERTISSEMENT").hasSize(26);
        assertThat(quiet.out()).doesNotContain("Résumé").doesNotContain("  INFO  ").startsWith(POLICY + "\n");
        // every line of the quiet report is a line of the whole one, in the same order
        List<String> whole = loud.out().lines().toList();
        int at = 0;
        for (String line : quiet.out().lines().toList()) {
            int found = whole.subList(at, whole.size()).indexOf(line);
            assertThat(found).as("line of the quiet report: %s", line).isNotNegative();
            at += found + 1;
        }
    }

    @Test
    void quiet_printsNothing_forAFileWithOnlyAnInfo() throws Exception {
        Ran loud = maillage("validate", "--profile", "local-health", ARIEGE.toString());
        assertThat(severities(loud.out())).containsExactly("INFO");

        Ran quiet = maillage("validate", "--quiet", "--profile", "local-health", ARIEGE.toString());
        assertThat(quiet.code()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void quiet_printsTheErrors_andExitsOne_forAnInvalidFile() throws Exception {
        Ran quiet = maillage("validate", "-q", BROKEN.toString(), ARIEGE.toString());
        assertThat(quiet.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(quiet.err()).isEmpty();
        assertThat(severities(quiet.out())).containsOnly("ERREUR").hasSize(4);
        assertThat(quiet.out()).startsWith(BROKEN + "\n").doesNotContain(ARIEGE.toString()).doesNotContain("Résumé");
    }

    @Test
    void quiet_keepsTheWholeReport_inAFile_andInAMachineFormat() throws Exception {
        Path report = dir.resolve("report.txt");
        Ran toFile = maillage("validate", "-q", "--profile", "local-health", POLICY.toString(), "-o", report.toString());
        assertThat(toFile.code()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(toFile.err()).isEmpty();
        String whole = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(severities(whole)).hasSize(29);
        assertThat(whole).contains("Résumé : 1 fichier, 0 erreur, 26 avertissements, 3 informations — VALIDE");

        Ran json = maillage("validate", "-q", "-f", "json", "--profile", "local-health", POLICY.toString());
        assertThat(json.code()).isZero();
        assertThat(json.err()).isEmpty();
        assertThat(json.out()).contains("\"infos\": 3").contains("\"severity\": \"info\"");
    }

    @Test
    void quiet_stillSaysWhyAnInputCannotBeRead() throws Exception {
        Ran missing = maillage("validate", "-q", dir.resolve("missing.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.IO);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).startsWith("maillage validate").contains("missing.json");
    }
}
