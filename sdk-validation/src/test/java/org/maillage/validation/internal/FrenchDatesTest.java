package org.maillage.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrenchDatesTest {

    @Test
    void argument_writesDatesAndPeriodsTheFrenchWay() {
        assertThat(FrenchDates.argument("2026-12-31")).isEqualTo("31 décembre 2026");
        assertThat(FrenchDates.argument("2024-01-01")).isEqualTo("1er janvier 2024");
        assertThat(FrenchDates.argument("2024-01-01 – 2028-12-31")).isEqualTo("1er janvier 2024 – 31 décembre 2028");
        assertThat(FrenchDates.argument("2024-01-01 – …")).isEqualTo("1er janvier 2024 – …");
        assertThat(FrenchDates.argument("… – 2018-10-26")).isEqualTo("… – 26 octobre 2018");
    }

    @Test
    void argument_keepsWhatIsNotADate() {
        assertThat(FrenchDates.argument("2026-02-30")).as("not a day of the calendar").isEqualTo("2026-02-30");
        assertThat(FrenchDates.argument("Centre hospitalier d'Ajaccio (org:finess-ej-2a0000014)"))
                .isEqualTo("Centre hospitalier d'Ajaccio (org:finess-ej-2a0000014)");
        assertThat(FrenchDates.argument("2026-12-31T10:00:00Z")).isEqualTo("2026-12-31T10:00:00Z");
        assertThat(FrenchDates.argument("2500")).isEqualTo("2500");
        assertThat(FrenchDates.argument(null)).isNull();
    }

    @Test
    void arguments_keepTheDataAsWritten_andFrenchFormsOfTheirOwn() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("value", "2026-12-31");
        params.put("date", "2026-03-01");
        params.put("since", "2018-10-26");
        params.put("sinceFr", "depuis le 26 octobre 2018");
        params.put("period", "2024-01-01 – …");
        assertThat(FrenchDates.arguments(params)).containsExactly(Map.entry("value", "2026-12-31"),
                Map.entry("date", "1er mars 2026"), Map.entry("since", "2018-10-26"),
                Map.entry("sinceFr", "depuis le 26 octobre 2018"), Map.entry("period", "1er janvier 2024 – …"));
    }
}
