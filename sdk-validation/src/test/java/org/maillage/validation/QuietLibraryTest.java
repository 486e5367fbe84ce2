package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embedded, the library prints nothing: no SLF4J notice (networknt logs through SLF4J and the test
 * class path has no provider), no Hibernate Validator banner. Checked in a fresh JVM, since both
 * print only once per JVM, and with neither property nor logging configuration set.
 */
class QuietLibraryTest {

    @Test
    void embeddedValidator_printsNothing_onStdoutOrStderr(@TempDir Path dir) throws IOException, InterruptedException {
        Path root = RepoFiles.root();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                QuietCheck.class.getName(), root.resolve("examples/data/ariege-broken.json").toString(),
                root.resolve("examples/data/ariege.json").toString());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isZero();
        assertThat(stderr).as("stderr").isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).as("stdout").isEmpty();
    }
}
