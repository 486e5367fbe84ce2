package org.maillage.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void writtenKeys_readBack_andSignVerifiably() throws IOException {
        KeyPair pair = SigningKeys.generate();
        List<Path> written = SigningKeys.write(pair, dir.resolve("vendor"));
        assertThat(written).containsExactly(dir.resolve("vendor.key"), dir.resolve("vendor.pub"));
        assertThat(Files.readString(dir.resolve("vendor.key"))).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(dir.resolve("vendor.pub"))).startsWith("-----BEGIN PUBLIC KEY-----\n");
        KeyPair read = SigningKeys.readKeyPair(dir.resolve("vendor.key"));
        assertThat(read.getPublic().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(SigningKeys.readPublicKey(dir.resolve("vendor.pub")).getEncoded()).isEqualTo(pair.getPublic().getEncoded());

        Certificate signed = SigningKeys.sign(Fixtures.certificate(dir, Fixtures.someRules()), read);
        Files.write(dir.resolve("c.json"), CertificateJson.write(signed));
        assertThat(CertificateVerifier.trusting(SigningKeys.readPublicKey(dir.resolve("vendor.pub")))
                .verify(dir.resolve("c.json")).problems()).isEmpty();
    }

    @Test
    void write_refusesToOverwriteAKey() throws IOException {
        SigningKeys.write(SigningKeys.generate(), dir.resolve("k"));
        String before = Files.readString(dir.resolve("k.key"));
        assertThatThrownBy(() -> SigningKeys.write(SigningKeys.generate(), dir.resolve("k")))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(dir.resolve("k.key"))).isEqualTo(before);
    }

    @Test
    void readKeyPair_refusesHalvesOfDifferentPairs() throws IOException {
        SigningKeys.write(SigningKeys.generate(), dir.resolve("a"));
        SigningKeys.write(SigningKeys.generate(), dir.resolve("b"));
        Files.copy(dir.resolve("b.pub"), dir.resolve("a.pub"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> SigningKeys.readKeyPair(dir.resolve("a.key")))
                .hasMessageContaining("are not two halves of the same key pair");
    }

    @Test
    void readPublicKey_refusesAFileThatIsNotPem() throws IOException {
        Files.writeString(dir.resolve("x.pub"), "hello");
        assertThatThrownBy(() -> SigningKeys.readPublicKey(dir.resolve("x.pub"))).hasMessageContaining("is not a PEM file");
    }
}
