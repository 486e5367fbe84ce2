package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terminal controls and bidirectional overrides from the data never reach a terminal raw, and the
 * Markdown changelog never turns data into headings, links or HTML (issue 13, item 5).
 */
class ControlCharactersTest {

    private static final Path ARIEGE = Path.of("../examples/data/ariege.json");

    /** ESC (a colour and a title change), BEL, a C1 control (CSI), U+202E (right-to-left override), U+2066. */
    private static final String HOSTILE = "Foix\u001b[31m\u001b]0;pwned\u0007\u009b2J\u202eevil\u2066";

    @TempDir
    Path dir;

    private static void assertNoControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\n' || c == '\r' || c == '\t';
            assertThat(allowed || !(c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069)))
                    .as("U+%04X at %d in %s", (int) c, i, text).isTrue();
        }
    }

    private Path hostileTwin() throws IOException {
        String json = Files.readString(ARIEGE).replace("\"name\": \"Foix\"", "\"name\": \"" + jsonEscape(HOSTILE) + "\"");
        assertThat(json).as("the sample names Foix").contains("pwned");
        return Files.writeString(dir.resolve("b.json"), json);
    }

    private static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }

    @Test
    void diffText_escapesTerminalControlsAndBidiOverridesFromTheData() throws IOException {
        MainTest.Run r = MainTest.run("diff", ARIEGE.toString(), hostileTwin().toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.out()).contains("pwned").containsIgnoringCase("\\u202e");
        assertNoControls(r.out());
        assertNoControls(r.err());
    }

    @Test
    void diffChangelog_escapesMarkdownAndHtmlFromTheData() throws IOException {
        String json = Files.readString(ARIEGE).replace("\"name\": \"Foix\"",
                "\"name\": \"Foix\\n# Pwned <img src=x onerror=alert(1)> [link](http://x) " + jsonEscape(HOSTILE) + "\"");
        Path b = Files.writeString(dir.resolve("b.json"), json);
        MainTest.Run r = MainTest.run("diff", ARIEGE.toString(), b.toString(), "-f", "changelog");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.out()).contains("&lt;img src=x onerror=alert(1)&gt;").contains("\\[link\\](http://x)")
                .doesNotContain("<img").doesNotContain("\n# Pwned");
        assertNoControls(r.out());
    }

    @Test
    void validateText_escapesWaiverTextsAndValuesFromTheData() throws IOException {
        Path data = Files.writeString(dir.resolve("cls.json"), ValidateWaiversCommandTest.DATASET);
        Path waivers = Files.writeString(dir.resolve("waivers.json"), """
                {"waivers": [{"ruleId": "rule.cls-signatories", "entityId": "cls-ajaccio",
                  "justification": "signed \\u001b[2J\\u0007 \\u202e later", "expires": "2099-12-31"}]}
                """);
        MainTest.Run r = MainTest.run("validate", "--lang", "en", "--waivers", waivers.toString(), data.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Waived: signed");
        assertNoControls(r.out());
    }

    @Test
    void cliMessages_escapeControlsInFileNames() throws IOException {
        MainTest.Run r = MainTest.run("validate", dir.resolve("no\u001b[31mne\u202e.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("cannot read").contains("no such file");
        assertNoControls(r.err());
    }
}
