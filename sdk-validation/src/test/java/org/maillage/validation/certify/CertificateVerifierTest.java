package org.maillage.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.json.MaillageJson;

class CertificateVerifierTest {

    private static final KeyPair KEYS = SigningKeys.generate();

    @TempDir
    Path dir;

    private Path signedCertificate() throws IOException {
        Certificate c = SigningKeys.sign(Fixtures.certificate(dir, Fixtures.someRules()), KEYS);
        Path file = dir.resolve("cert.json");
        Files.write(file, CertificateJson.write(c));
        return file;
    }

    private static List<String> codes(Verification v) {
        return v.problems().stream().map(Verification.Problem::code).toList();
    }

    @Test
    void verify_acceptsASignedCertificate_andItsFiles() throws IOException {
        Verification v = CertificateVerifier.trusting(KEYS.getPublic()).verify(signedCertificate());
        assertThat(v.problems()).isEmpty();
        assertThat(v.verified()).isTrue();
        assertThat(v.certificate().reached()).isEqualTo(Level.CONSISTENCY);
        assertThat(v.certificate().signature().publicKeyFingerprint()).isEqualTo(SigningKeys.fingerprint(KEYS.getPublic()));
    }

    @Test
    void writeThenRead_givesTheSameCertificate() throws IOException {
        Certificate c = SigningKeys.sign(Fixtures.certificate(dir, Fixtures.someRules()), KEYS);
        assertThat(CertificateJson.read(CertificateJson.write(c))).isEqualTo(c);
    }

    @Test
    void verify_acceptsExplicitFilesFromAnotherFolder() throws IOException {
        Path cert = signedCertificate();
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path copy = Files.copy(dir.resolve("export.json"), elsewhere.resolve("export.json"));
        Verification v = CertificateVerifier.embeddedKey().verify(Files.readAllBytes(cert), elsewhere, List.of(copy));
        assertThat(v.problems()).isEmpty();
    }

    @Test
    void verify_failsWhenACertifiedFileChanged() throws IOException {
        Path cert = signedCertificate();
        Files.writeString(dir.resolve("export.json"), "{\"schemaVersion\":\"1.0.0\",\"territories\":[{}]}\n");
        Verification v = CertificateVerifier.embeddedKey().verify(cert);
        assertThat(codes(v)).containsExactly("file-changed");
        assertThat(v.problems().get(0).messageEn()).contains("export.json has changed since it was certified");
        assertThat(v.problems().get(0).messageFr()).contains("a changé depuis sa certification");
    }

    @Test
    void verify_failsWhenACertifiedFileIsMissing_orAnotherIsGiven() throws IOException {
        Path cert = signedCertificate();
        Path other = Files.writeString(dir.resolve("other.json"), "{}");
        Verification v = CertificateVerifier.embeddedKey().verify(Files.readAllBytes(cert), dir, List.of(other));
        assertThat(codes(v)).containsExactly("file-missing"); // the first failed check ends the verification
        Files.delete(dir.resolve("export.json"));
        assertThat(codes(CertificateVerifier.embeddedKey().verify(cert))).containsExactly("file-missing");
    }

    @Test
    void verify_failsForACertificateSignedByAnotherKey() throws IOException {
        Path cert = signedCertificate();
        Verification v = CertificateVerifier.trusting(SigningKeys.generate().getPublic()).verify(cert);
        assertThat(codes(v)).containsExactly("wrong-key");
        assertThat(v.problems().get(0).messageEn()).contains("not by the trusted key");
    }

    @Test
    void verify_failsForAnUnsignedCertificate() throws IOException {
        Path file = dir.resolve("unsigned.json");
        Files.write(file, CertificateJson.write(Fixtures.certificate(dir, Fixtures.someRules())));
        assertThat(codes(CertificateVerifier.embeddedKey().verify(file))).containsExactly("unsigned");
    }

    @Test
    void verify_detectsAnInconsistentCertificateEvenWhenItsSignatureIsValid() throws IOException {
        Certificate honest = Fixtures.certificate(dir, Fixtures.someRules());
        Certificate forged = new Certificate(honest.format(), honest.files(), honest.schemaVersion(),
                honest.ruleCatalogueVersion(), honest.profile(), 3, 3, List.of(), honest.rules(), new Summary(0, 0, 0, 0),
                honest.waivers(), honest.tool(), honest.issued(), null);
        Path file = dir.resolve("forged.json");
        Files.write(file, CertificateJson.write(SigningKeys.sign(forged, KEYS)));
        assertThat(codes(CertificateVerifier.embeddedKey().verify(file)))
                .containsExactly("inconsistent-level", "inconsistent-blocking", "inconsistent-summary");
    }

    @Test
    void verify_refusesAnUnknownFormat_andNonCertificates() throws IOException {
        Path cert = signedCertificate();
        String text = Files.readString(cert).replace("\"format\": \"1.0\"", "\"format\": \"9.0\"");
        Verification v = CertificateVerifier.embeddedKey().verify(text.getBytes(StandardCharsets.UTF_8), dir, List.of());
        assertThat(codes(v)).containsExactly("format-unknown");
        Verification notJson = CertificateVerifier.embeddedKey().verify("{\"format\":".getBytes(StandardCharsets.UTF_8), dir, List.of());
        assertThat(codes(notJson)).containsExactly("not-a-certificate");
        assertThat(notJson.problems().get(0).messageEn()).contains("not readable as JSON").contains("line 1");
        Verification extra = CertificateVerifier.embeddedKey().verify(
                Files.readString(cert).replaceFirst("\\{", "{\"extra\":1,").getBytes(StandardCharsets.UTF_8), dir, List.of());
        assertThat(extra.problems().get(0).messageEn()).contains("/extra: is not a member of a certificate");
    }

    @Test
    void verify_acceptsWhitespaceAndMemberOrderChanges_becauseTheSignatureCoversTheValue() throws IOException {
        Path cert = signedCertificate();
        byte[] compact = MaillageJson.mapper().writeValueAsBytes(MaillageJson.mapper().readTree(Files.readAllBytes(cert)));
        assertThat(CertificateVerifier.embeddedKey().verify(compact, dir, List.of()).problems()).isEmpty();
    }

    /**
     * Flips one bit of every byte of the certificate in turn: verification must fail, unless the
     * flipped file is the same JSON value as the original (only whitespace may change so).
     */
    @Test
    void verify_failsForEveryFlippedByte_unlessTheJsonValueIsUnchanged() throws IOException {
        Path cert = signedCertificate();
        byte[] original = Files.readAllBytes(cert);
        var originalTree = MaillageJson.mapper().readTree(original);
        CertificateVerifier verifier = CertificateVerifier.embeddedKey();
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < original.length; i++) {
            for (int bit : new int[] {0x01, 0x20}) {
                byte[] flipped = original.clone();
                flipped[i] ^= (byte) bit;
                Verification v = verifier.verify(flipped, dir, List.of());
                if (v.verified()) {
                    accepted.add(i);
                    assertThat(MaillageJson.mapper().readTree(flipped)).as("flip at %d accepted", i).isEqualTo(originalTree);
                } else {
                    assertThat(v.problems()).as("flip at %d", i).isNotEmpty();
                }
            }
        }
        assertThat(accepted.size()).as("positions accepted").isLessThan(original.length / 20);
    }
}
