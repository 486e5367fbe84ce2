package org.maillage.validation.waiver;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.InvalidDataException;
import org.maillage.core.testkit.SeedCorpus;
import org.maillage.core.testkit.SeedCorpus.Seed;

/**
 * Any bytes read as a waivers file give waivers, or an {@link InvalidDataException} that says what
 * and where: never another exception. Waivers read are whole: a rule id, a justification, an expiry.
 */
class WaiversFuzzTest {

    /** The waivers of the conformance corpus. */
    static List<Seed> seedCorpus() {
        return new ArrayList<>(SeedCorpus.conformanceWaivers());
    }

    @Test
    void everySeed_isReadOrRefusedWithItsPlace() {
        List<Seed> seeds = seedCorpus();
        assertThat(seeds).isNotEmpty();
        int read = 0;
        for (Seed s : seeds) {
            try {
                read += read(s.bytes()) ? 1 : 0;
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + s.name() + ": " + e, e);
            }
        }
        assertThat(read).as("seeds read as waivers").isGreaterThan(0);
    }

    @FuzzTest
    void read_readsOrRefusesWithItsPlace(byte[] input) {
        read(input);
    }

    static boolean read(byte[] input) {
        Waivers waivers;
        try {
            waivers = Waivers.read(new ByteArrayInputStream(input), "waivers.json");
        } catch (InvalidDataException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.pointer()).matches("^(/([^~/]|~[01])*)*$");
            return false;
        }
        for (Waiver w : waivers.waivers()) {
            assertThat(w.ruleId()).isNotBlank();
        }
        return true;
    }
}
