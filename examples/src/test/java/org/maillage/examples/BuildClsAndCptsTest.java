package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.model.Contract;

class BuildClsAndCptsTest {

    @Test
    void example_buildsAValidClsAndCpts() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = BuildClsAndCpts.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        assertThat(out).contains("valid: 13 entities, no constraint violation");

        Contract cls = BuildClsAndCpts.build().contracts().get(0);
        assertThat(cls.axes()).anySatisfy(a -> assertThat(a.themes()).contains(HealthTheme.MENTAL_HEALTH));
        assertThat(cls.coordinator().funded()).isTrue();
    }
}
