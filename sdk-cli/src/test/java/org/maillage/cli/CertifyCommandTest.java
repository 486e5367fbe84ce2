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
        Certificate cert = Certificate.fromJson(Files.readAllBytes(dir.resolve("ariege.cert.json")));
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
        Certificate cert = Certificate.fromJson(Files.readAllBytes(dir.resolve("b.json")));
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
        Certificate cert = Certificate.fromJson(Files.readAllBytes(dir.resolve("b.json")));
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

    @Test
    void certify_theCorseDuSudSample_reachesLevel3_underTheLocalHealthProfile() throws IOException {
        Path corse = Files.copy(Path.of("../examples/data/corse-du-sud.json"), dir.resolve("corse-du-sud.json"));
        MainTest.Run c = run("certify", corse.toString(), "--level", "3", "--profile", "local-health",
                "--output", dir.resolve("corse.cert.json").toString());
        assertThat(c.err()).isEmpty();
        assertThat(c.out()).contains("level 3 reached of 3 requested").doesNotContain("blocked by");
        assertThat(c.code()).isZero();
        Certificate cert = Certificate.fromJson(Files.readAllBytes(dir.resolve("corse.cert.json")));
        assertThat(cert.profile().name()).isEqualTo("local-health");
        assertThat(cert.blocking()).isEmpty();
    }

    private static final String SCHEMA_WAIVERS = """
            {"waivers": [
              {"ruleId": "schema.additional-property", "pointer": "/territories/5",
               "justification": "Le maire est retiré à la prochaine livraison.", "expires": "%1$s"},
              {"ruleId": "schema.range", "entityId": "%2$s",
               "justification": "Année corrigée à la source, livraison de juin.", "expires": "%1$s"}]}
            """;

    @Test
    void certify_withWaivers_reachesTheLevelTheyAllow_andListsEachWaiverInTheCertificate() throws IOException {
        Path broken = Files.copy(Path.of("../examples/data/ariege-broken.json"), dir.resolve("ariege-broken.json"));
        Path waivers = Files.writeString(dir.resolve("waivers.json"), SCHEMA_WAIVERS.formatted("2099-12-31", rangeEntity(broken)));
        MainTest.Run c = run("certify", broken.toString(), "--level", "1", "--waivers", waivers.toString(),
                "--output", dir.resolve("w.json").toString(), "--html", dir.resolve("w.html").toString());
        assertThat(c.err()).isEmpty();
        assertThat(c.code()).isZero();
        Certificate cert = Certificate.fromJson(Files.readAllBytes(dir.resolve("w.json")));
        assertThat(cert.levelReached()).isEqualTo(1);
        assertThat(cert.waivers()).extracting(w -> w.ruleId() + " " + w.scope() + " " + w.expires() + " " + w.findingsWaived())
                .containsExactly("schema.additional-property /territories/5 2099-12-31 1",
                        "schema.range " + rangeEntity(broken) + " 2099-12-31 1");
        assertThat(cert.waivers().get(0).justification()).isEqualTo("Le maire est retiré à la prochaine livraison.");
        assertThat(Files.readString(dir.resolve("w.html"))).contains("Le maire est retiré à la prochaine livraison.");
        assertThat(run("verify", dir.resolve("w.json").toString()).code()).isZero();
    }

    @Test
    void certify_withExpiredWaivers_reportsThem_andTheFindingsBlockAgain() throws IOException {
        Path broken = Files.copy(Path.of("../examples/data/ariege-broken.json"), dir.resolve("ariege-broken.json"));
        Path waivers = Files.writeString(dir.resolve("waivers.json"), SCHEMA_WAIVERS.formatted("2020-01-01", rangeEntity(broken)));
        MainTest.Run c = run("certify", broken.toString(), "--level", "1", "--waivers", waivers.toString(),
                "--output", dir.resolve("w.json").toString());
        assertThat(c.code()).isEqualTo(ExitCodes.INVALID);
        Certificate cert = Certificate.fromJson(Files.readAllBytes(dir.resolve("w.json")));
        assertThat(cert.levelReached()).isZero();
        assertThat(cert.waivers()).isEmpty();
        assertThat(cert.rules()).filteredOn(r -> r.ruleId().equals("waiver.expired"))
                .singleElement().satisfies(r -> assertThat(r.findings()).isEqualTo(2));
    }

    @Test
    void certify_withABadOrMissingWaiversFile_saysWhy_withoutACertificate() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"waivers\": [{\"ruleId\": \"ref.unknown\"}]}");
        MainTest.Run c = run("certify", sample.toString(), "--level", "1", "--waivers", bad.toString(),
                "--output", dir.resolve("x.json").toString());
        assertThat(c.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains("/waivers/0/justification is required").doesNotContain("Exception");
        MainTest.Run m = run("certify", sample.toString(), "--level", "1", "--waivers", dir.resolve("nope.json").toString(),
                "--output", dir.resolve("x.json").toString());
        assertThat(m.code()).isEqualTo(ExitCodes.IO);
        assertThat(m.err()).contains("no such file");
        assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
    }

    /** The id of the territory whose population year is out of range in the broken twin (/territories/4). */
    private static String rangeEntity(Path broken) throws IOException {
        return org.maillage.json.MaillageJson.mapper().readTree(broken.toFile()).get("territories").get(4).get("id").stringValue();
    }
}
