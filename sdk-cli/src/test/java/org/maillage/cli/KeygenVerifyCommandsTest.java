package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.cli.MainTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.validation.certify.Certificate;
import org.maillage.validation.certify.CertifiedFile;
import org.maillage.validation.certify.Level;
import org.maillage.validation.certify.SigningKeys;

class KeygenVerifyCommandsTest {

    @TempDir
    Path dir;

    private Path data;
    private Path cert;

    @BeforeEach
    void certifyWithAKeyFromKeygen() throws IOException {
        MainTest.Run r = run("keygen", "--output", dir.resolve("vendor").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("vendor.key", "vendor.pub", "fingerprint / empreinte (SHA-256): ");
        data = Files.writeString(dir.resolve("export.json"), "{\"schemaVersion\":\"1.0.0\"}\n");
        Certificate c = Certificate.assess(List.of(CertifiedFile.of(data, "export.json")), "1.0.0", "1.0.0", null,
                Level.CONSISTENCY, List.of(), List.of(), new Certificate.Tool("maillage", "test"),
                Instant.parse("2026-03-01T00:00:00Z"));
        cert = Files.write(dir.resolve("cert.json"),
                SigningKeys.sign(c, SigningKeys.readKeyPair(dir.resolve("vendor.key"))).toJson());
    }

    @Test
    void keygen_refusesToOverwrite() throws IOException {
        String before = Files.readString(dir.resolve("vendor.key"));
        MainTest.Run r = run("keygen", "--output", dir.resolve("vendor").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("already exists; refusing to overwrite a key", "existe déjà");
        assertThat(Files.readString(dir.resolve("vendor.key"))).isEqualTo(before);
    }

    @Test
    void verify_exits0ForAnIntactCertificate_signedByThePublishedKey() {
        MainTest.Run r = run("verify", cert.toString(), "--public-key", dir.resolve("vendor.pub").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("verified: ", "level 2 of 2 requested reached, 1 file(s) unchanged", "vérifié : ");
    }

    @Test
    void verify_exits1WithTheReason_whenTheKeyIsNotThePublishedOne() {
        run("keygen", "--output", dir.resolve("other").toString());
        MainTest.Run r = run("verify", cert.toString(), "--public-key", dir.resolve("other.pub").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.err()).contains("does NOT verify / ne se vérifie PAS", "not by the trusted key", "non par la clé de confiance");
    }

    @Test
    void verify_exits1WithTheReason_whenAFileChanged() throws IOException {
        Files.writeString(data, "{\"schemaVersion\":\"1.0.1\"}\n");
        MainTest.Run r = run("verify", cert.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.err()).contains("export.json has changed since it was certified", "a changé depuis sa certification");
    }

    @Test
    void verify_exits1_whenTheCertificateWasEdited() throws IOException {
        Files.writeString(cert, Files.readString(cert).replace("\"levelRequested\": 2", "\"levelRequested\": 1")
                .replace("\"levelReached\": 2", "\"levelReached\": 1"));
        MainTest.Run r = run("verify", cert.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.err()).contains("the certificate was changed after signing");
    }

    @Test
    void verify_exits3_whenTheCertificateDoesNotExist() {
        MainTest.Run r = run("verify", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("no such file").doesNotContain("Exception");
    }
}
