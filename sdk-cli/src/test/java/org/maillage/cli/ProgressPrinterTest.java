package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.maillage.validation.Language;

class ProgressPrinterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void progress_isQuietForShortRuns_throttled_andErasedAtTheEnd() {
        StringWriter sw = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(sw), now::get, "big.json", Language.EN);
        p.entitiesRead(1024);
        now.set(SECOND / 2);
        p.entitiesRead(2048);
        assertThat(sw.toString()).as("nothing in the first second").isEmpty();
        now.set(2 * SECOND);
        p.entitiesRead(200_000);
        assertThat(sw.toString()).isEqualTo("\rbig.json: 200,000 entities read (100,000/s)");
        now.set(2 * SECOND + SECOND / 10);
        p.entitiesRead(210_000);
        assertThat(sw.toString()).as("at most four updates a second").isEqualTo("\rbig.json: 200,000 entities read (100,000/s)");
        now.set(4 * SECOND);
        p.entitiesRead(400_000);
        assertThat(sw.toString()).endsWith("\rbig.json: 400,000 entities read (100,000/s)");
        p.finish();
        String line = "big.json: 400,000 entities read (100,000/s)";
        assertThat(sw.toString()).endsWith("\r" + " ".repeat(line.length()) + "\r");
    }

    @Test
    void progress_speaksFrench() {
        StringWriter sw = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(sw), now::get, "f.json", Language.FR);
        now.set(2 * SECOND);
        p.entitiesRead(3000);
        assertThat(sw.toString()).startsWith("\rf.json : ").contains("entités lues").contains("/s)");
    }

    @Test
    void validate_inProcess_showsNoProgress_becauseStandardErrorIsNoTerminal() {
        assertThat(Context.detached().stderrTerminal()).isFalse();
        MainTest.Run r = MainTest.run("validate", "../examples/data/ariege.json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).doesNotContain("\r").isEmpty();
    }
}
