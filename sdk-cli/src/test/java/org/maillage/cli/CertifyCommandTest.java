package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.cli.MainTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.validation.certify.Certificate;
import org.maillage.validation.certify.CertificateJson;

class CertifyCommandTest {

    private static final Path ARIEGE = Path.of("../examples/data/ariege.json");

    @TempDir
    Path dir;

    private Path sample;

    @BeforeEach
    void copyTheSampleAndMakeKeys() throws IOException {
        sample = Files.copy(ARIEGE, dir.resolve("ariege.json"));
        assertThat(run("keygen", "--output", dir.resolve("ars").toString()).code()).isZero();
    }

    @Test
    void certify_theSample_reachesLevel3_andVerifiesWithThePublishedKey() throws IOException {
        MainTest.Run c = run("certify", sample.toString(), "--level", "3", "--key", dir.resolve("ars.key").toString(),
                "--output", dir.resolve("ariege.cert.json").toString(), "--html", dir.resolve("ariege.cert.html").toString());
        assertThat(c.err()).isEmpty();
        assertThat(c.code()).isZero();
        assertThat(c.out()).contains("level 3 reached of 3 requested / niveau 3 atteint sur 3 demandé")
                .doesNotContain("one-time key");
        Certificate cert = CertificateJson.read(Files.readAllBytes(dir.resolve("ariege.cert.json")));
        assertThat(cert.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("ariege.json");
            assertThat(f.size()).isEqualTo(Files.size(sample));
        });
        assertThat(cert.profile()).isNotNull();
        assertThat(cert.blocking()).isEmpty();
        assertThat(Files.readString(dir.resolve("ariege.cert.html"))).contains("Niveau 3 (politique) atteint.");

        MainTest.Run v = run("verify", dir.resolve("ariege.cert.json").toString(), "--public-key", dir.resolve("ars.pub").toString());
        assertThat(v.err()).isEmpty();
        assertThat(v.code()).isZero();
    }

    @Test
    void verify_failsOnceTheCertifiedSampleIsChanged() throws IOException {
        run("certify", sample.toString(), "--level", "2", "--output", dir.resolve("c.json").toString());
        byte[] bytes = Files.readAllBytes(sample);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(sample, bytes);
        MainTest.Run v = run("verify", dir.resolve("c.json").toString());
        assertThat(v.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(v.err()).contains("ariege.json has changed since it was certified");
    }

    @Test
    void certify_aBrokenTwin_stopsAtTheLevelItsFindingsAllow_andNamesTheBlockingRules() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), Files.readString(sample).replaceFirst("\"09", "\"99"));
        MainTest.Run c = run("certify", broken.toString(), "--level", "3", "--output", dir.resolve("b.json").toString());
        assertThat(c.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(c.out()).contains("blocked by / bloqué par:");
        Certificate cert = CertificateJson.read(Files.readAllBytes(dir.resolve("b.json")));
        // département 09 recoded 99: its code is no département code, and its communes' codes no longer agree
        assertThat(cert.levelReached()).isEqualTo(1);
        assertThat(cert.blockingNextLevel()).extracting(b -> b.ruleId() + "@" + b.level())
                .containsExactly("constraint.territory-code@2", "ref.commune-departement-mismatch@2");
        assertThat(c.out()).contains("constraint.territory-code (1)");
        assertThat(run("verify", dir.resolve("b.json").toString()).code()).as("an unreached level still verifies").isZero();
    }

    @Test
    void certify_theOfficialBrokenTwin_stopsAtLevel0_andListsTheRulesBlockingEachLevel() throws IOException {
        Path broken = Files.copy(Path.of("../examples/data/ariege-broken.json"), dir.resolve("ariege-broken.json"));
        MainTest.Run c = run("certify", broken.toString(), "--level", "3", "--output", dir.resolve("b.json").toString());
        assertThat(c.code()).isEqualTo(ExitCodes.INVALID);
        Certificate cert = CertificateJson.read(Files.readAllBytes(dir.resolve("b.json")));
        assertThat(cert.levelReached()).isZero();
        assertThat(cert.blocking()).extracting(b -> b.ruleId() + "@" + b.level()).containsExactly(
                "schema.additional-property@1", "schema.range@1", "constraint.siren@2", "ref.unknown@2");
        assertThat(cert.blockingNextLevel()).extracting(b -> b.ruleId())
                .containsExactly("schema.additional-property", "schema.range");
    }

    @Test
    void certify_anUnreadableFile_stopsAtLevel0() throws IOException {
        Path data = Files.writeString(dir.resolve("truncated.json"), "{\"schemaVersion\": ");
        MainTest.Run c = run("certify", data.toString(), "--level", "2", "--output", dir.resolve("cert.json").toString());
        assertThat(c.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(c.out()).contains("level 0 reached of 2 requested", "blocked by / bloqué par:", "read.malformed (1)");
        assertThat(Files.readString(dir.resolve("cert.json"))).contains("\"levelReached\": 0");
    }

    @Test
    void certify_refusesAnUnknownProfileOrLevel_asUsageErrors() {
        assertThat(run("certify", sample.toString(), "--level", "3", "--profile", "nope", "--output",
                dir.resolve("x.json").toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("certify", sample.toString(), "--level", "4", "--output", dir.resolve("x.json").toString()).code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
    }

    @Test
    void certify_aMissingFile_exits3() {
        MainTest.Run c = run("certify", dir.resolve("nope.json").toString(), "--level", "1", "--output",
                dir.resolve("x.json").toString());
        assertThat(c.code()).isEqualTo(ExitCodes.IO);
        assertThat(c.err()).contains("no such file").doesNotContain("Exception");
    }
}
