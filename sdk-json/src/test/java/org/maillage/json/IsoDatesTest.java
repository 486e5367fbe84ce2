package org.maillage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.Period;
import org.maillage.json.internal.IsoDates;

/** The direct date reading agrees with {@link LocalDate#parse} wherever it answers. */
class IsoDatesTest {

    @Property(tries = 5000)
    void parseOrNull_agreesWithLocalDateParse_onDateShapedText(@ForAll("dateLike") String s) {
        LocalDate direct = IsoDates.parseOrNull(s);
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            parsed = null;
        }
        if (direct != null) {
            assertThat(direct).as(s).isEqualTo(parsed);
        } else if (s.length() == 10 && s.chars().filter(Character::isDigit).count() == 8) {
            assertThat(parsed).as("%s: only non-dates are left to Jackson", s).isNull();
        }
    }

    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> shaped = Arbitraries.integers().between(0, 9999).flatMap(y -> Arbitraries.integers().between(0, 13)
                .flatMap(m -> Arbitraries.integers().between(0, 32).map(d -> String.format("%04d-%02d-%02d", y, m, d))));
        Arbitrary<String> noisy = Arbitraries.strings().withChars("0123456789-+T:Z ").ofMinLength(8).ofMaxLength(12);
        return Arbitraries.oneOf(shaped, noisy, Arbitraries.of("2024-02-29", "2025-02-29", "1900-02-29", "2000-02-29",
                "+2025-01-01", "2025-1-01", "٢٠٢٥-٠١-٠١", "2025-01-01T00:00", "0000-01-01"));
    }

    @Test
    void theMapper_readsDatesDirectly_andLeavesErrorsToJackson() {
        var mapper = MaillageJson.mapper();
        assertThat(mapper.readValue("{\"start\":\"2025-01-01\",\"end\":\"2025-03-31\"}", Period.class).end())
                .isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> mapper.readValue("{\"start\":\"2025-02-30\"}", Period.class)))
                .isInstanceOf(tools.jackson.databind.DatabindException.class).hasMessageContaining("2025-02-30");
    }
}
