package org.maillage.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.Period;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.Seeds;
import org.maillage.json.internal.IsoDates;

/** The direct date reading agrees with {@link LocalDate#parse} wherever it answers. */
class IsoDatesTest {

    private static final List<String> EDGES = List.of("2024-02-29", "2025-02-29", "1900-02-29", "2000-02-29",
            "+2025-01-01", "2025-1-01", "٢٠٢٥-٠١-٠١", "2025-01-01T00:00", "0000-01-01", "9999-12-31", "2025-00-10",
            "2025-13-01", "2025-12-00", "2025-12-32", "2025/01/01", "");

    @Test
    void parseOrNull_agreesWithLocalDateParse_onDateShapedText() {
        EDGES.forEach(IsoDatesTest::agreesWithLocalDateParse);
        Seeds.check(5000, c -> agreesWithLocalDateParse(dateLike(c)));
    }

    @FuzzTest
    void parseOrNull_agreesWithLocalDateParse_onAnyText(FuzzedDataProvider data) {
        agreesWithLocalDateParse(data.consumeBoolean() ? dateLike(Choices.fuzzed(data)) : data.consumeRemainingAsString());
    }

    static void agreesWithLocalDateParse(String s) {
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

    /** Text shaped like a date (any year, months 0 to 13, days 0 to 32), date-ish noise, or an edge. */
    static String dateLike(Choices c) {
        return switch (c.between(0, 2)) {
            case 0 -> String.format("%04d-%02d-%02d", c.between(0, 9999), c.between(0, 13), c.between(0, 32));
            case 1 -> {
                String alphabet = "0123456789-+T:Z ";
                int n = c.between(8, 12);
                StringBuilder b = new StringBuilder(n);
                for (int i = 0; i < n; i++) {
                    b.append(alphabet.charAt(c.between(0, alphabet.length() - 1)));
                }
                yield b.toString();
            }
            default -> c.pick(EDGES);
        };
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
