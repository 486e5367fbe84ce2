package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.model.Contract;

class BuildClsAndCptsTest {

    @Test
    void example_buildsWritesReadsBackAndValidatesAClsAndACpts(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path file = dir.resolve("cls-cpts.json");
        int code = BuildClsAndCpts.run(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        assertThat(out).contains("read back equal").contains("valid: 14 entities, 0 errors, 0 warnings")
                .doesNotContain("constraint violation");
        assertThat(Files.readString(file)).contains("\"kind\": \"cls\"");

        Contract cls = BuildClsAndCpts.build().contracts().get(0);
        assertThat(cls.axes()).anySatisfy(a -> assertThat(a.themes()).contains(HealthTheme.MENTAL_HEALTH));
        assertThat(cls.coordinator().funded()).isTrue();
    }
}
