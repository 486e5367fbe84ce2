package org.maillage.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.testkit.SeedCorpus;
import org.maillage.core.testkit.SeedCorpus.Seed;

/**
 * Any bytes verified as a certificate give a verification, never an exception, and a verification
 * without problems only for a certificate signed by the key it embeds, over files whose hashes
 * match. Seeds: certificates of the samples at every level, signed.
 */
class CertificateVerifierFuzzTest {

    private static final Path FOLDER = folder();
    private static final KeyPair KEYS = SigningKeys.generate();

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("maillage-fuzz-certificates");
            for (Seed s : SeedCorpus.samples()) {
                Files.write(dir.resolve(s.name().substring(s.name().lastIndexOf('/') + 1)), s.bytes());
            }
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signed certificates of the samples, one per level. */
    static List<Seed> seedCorpus() {
        List<Seed> seeds = new ArrayList<>();
        try (var files = Files.list(FOLDER)) {
            List<Path> samples = files.sorted().toList();
            for (Level level : List.of(Level.STRUCTURE, Level.CONSISTENCY, Level.POLICY)) {
                for (Path sample : samples) {
                    Certificate c = Certifier.at(level, level == Level.POLICY ? "local-health" : null)
                            .certify(List.of(sample), FOLDER, new Certificate.Tool("maillage", "fuzz"));
                    seeds.add(new Seed(level + "-" + sample.getFileName(), CertificateJson.write(SigningKeys.sign(c, KEYS))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }

    @Test
    void everySeed_verifies() {
        for (Seed s : seedCorpus()) {
            assertThat(verify(s.bytes()).problems()).as(s.name()).isEmpty();
        }
    }

    @FuzzTest
    void verify_givesAVerification(byte[] input) {
        verify(input);
    }

    static Verification verify(byte[] input) {
        Verification v = CertificateVerifier.embeddedKey().verify(input, FOLDER, List.of());
        for (Verification.Problem p : v.problems()) {
            assertThat(p.code()).isNotBlank();
            assertThat(p.messageEn()).isNotBlank();
            assertThat(p.messageFr()).isNotBlank();
        }
        if (v.verified()) {
            assertThat(v.certificate()).isNotNull();
        }
        return v;
    }
}
