package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    /** What one in-process run printed and returned. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), Context.detached(), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Every command path, e.g. ["validate"], ["import", "cog"]. */
    static List<List<String>> commandPaths() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(Context.detached()), new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine cl, List<String> prefix, List<List<String>> into) {
        into.add(List.copyOf(prefix));
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help") || !sub.getCommandName().equals(name)) {
                return; // the help command and aliases
            }
            List<String> p = new ArrayList<>(prefix);
            p.add(name);
            collect(sub, p, into);
        });
    }

    @Test
    void everyCommand_answersHelpAndVersion() {
        for (List<String> path : commandPaths()) {
            List<String> help = new ArrayList<>(path);
            help.add("--help");
            Run h = run(help.toArray(String[]::new));
            assertThat(h.code()).as("%s --help", path).isZero();
            assertThat(h.out()).as("%s --help", path).contains("Usage: maillage");

            List<String> version = new ArrayList<>(path);
            version.add("--version");
            Run v = run(version.toArray(String[]::new));
            assertThat(v.code()).as("%s --version", path).isZero();
            assertThat(v.out()).as("%s --version", path).startsWith("maillage ");
        }
    }

    @Test
    void noCommand_printsUsageAndExits2() {
        Run r = run();
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Usage: maillage");
    }

    @Test
    void unknownOption_exits2WithTheMessage() {
        Run r = run("--bogus");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option: '--bogus'");
    }

    @Test
    void version_namesTheBuild() {
        Run r = run("--version");
        assertThat(r.out()).startsWith("maillage " + VersionProvider.version());
        assertThat(VersionProvider.version()).doesNotContain("${").isNotEqualTo("unknown");
    }
}
