package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

public class RuleWorldTest {

    public static Validator validator(String profile) {
        return Validator.builder().profile(profile).parallelism(1)
                .clock(Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC)).build();
    }

    @Test
    void baseWorld_isCleanUnderEveryBuiltInProfile() {
        for (String profile : new String[] {"default", "regulatory", "local-health"}) {
            Report r = validator(profile).validate(RuleWorld.base().dataset());
            assertThat(r.findings()).as(profile).isEmpty();
        }
    }
}
