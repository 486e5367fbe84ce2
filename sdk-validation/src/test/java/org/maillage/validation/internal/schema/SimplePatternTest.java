package org.maillage.validation.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.Entity;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.Seeds;

/** The direct matcher agrees with networknt's regular expressions on every pattern it accepts. */
class SimplePatternTest {

    private static final List<String> SIMPLE = List.of(Entity.ID_PATTERN, "^[0-9a-f]{64}$", "^COG[0-9]{4}$",
            "^[A-Za-z0-9._:-]*$", "^a?$", "^[a-c]+$", "^x[0-9]{2,3}$", "^[-a]{1}b$",
            "^[a-z0-9]+(-[a-z0-9]+)*$", "^[a-c]+(:[a-c]+)*$");
    private static final List<String> NOT_SIMPLE = List.of("^[a-z0-9]+(-[a-z]+)*$", "^[a-z-]+(-[a-z-]+)*$",
            "^[a-z]+(.[a-z]+)*$", "^[0-9]+\\.[0-9]+$",
            "[a-z]+", "^[^a]$", "^[a-z]*a$", "^[a&&b]$", "^\\d$", "^a$|^b$", "^[a-z]{2,1}$");
    private static final List<String> EDGES = List.of("commune:09001", "commune:09001\n", "medecin-generaliste", "-a",
            "a-", "a--b", "a-b\n", "a:b:c", "COG2026", "COG2026\n", "x12",
            "x1234", "ab", "");

    @Test
    void acceptsOnlyTheSimpleForm() {
        SIMPLE.forEach(p -> assertThat(SimplePattern.compile(p)).as(p).isPresent());
        NOT_SIMPLE.forEach(p -> assertThat(SimplePattern.compile(p)).as(p).isEmpty());
    }

    @Test
    void matchesAsNetworkntDoes() {
        for (String pattern : SIMPLE) {
            EDGES.forEach(text -> matchesAsNetworknt(pattern, text));
        }
        Seeds.check(4000, c -> matchesAsNetworknt(c.pick(SIMPLE), text(c)));
    }

    @FuzzTest
    void matchesAsNetworkntDoes_onFuzzedText(FuzzedDataProvider data) {
        Choices c = Choices.fuzzed(data);
        String pattern = c.pick(SIMPLE);
        matchesAsNetworknt(pattern, c.percent(50) ? text(c) : data.consumeRemainingAsString());
    }

    static void matchesAsNetworknt(String pattern, String text) {
        Optional<Predicate<String>> simple = SimplePattern.compile(pattern);
        RegularExpression re = JDKRegularExpressionFactory.getInstance().getRegularExpression(pattern);
        assertThat(simple.orElseThrow().test(text)).as("%s on %s", pattern, text).isEqualTo(re.matches(text));
    }

    /** Short text of the patterns' characters and others, hex strings around 64 characters, long ids, or an edge. */
    static String text(Choices c) {
        return switch (c.between(0, 4)) {
            case 0 -> word(c, "aAbcx0129fCOG:._-\n é/", 0, 8);
            case 4 -> word(c, "abz09--::\n", 0, 10);
            case 1 -> word(c, "0123456789abcdef", 62, 66);
            case 2 -> word(c, "Az0.:", 126, 130);
            default -> c.pick(EDGES);
        };
    }

    private static String word(Choices c, String alphabet, int min, int max) {
        int n = c.between(min, max);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(c.between(0, alphabet.length() - 1)));
        }
        return s.toString();
    }
}
