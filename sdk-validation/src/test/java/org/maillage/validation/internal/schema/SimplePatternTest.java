package org.maillage.validation.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.Entity;

/** The direct matcher agrees with networknt's regular expressions on every pattern it accepts. */
class SimplePatternTest {

    private static final List<String> SIMPLE = List.of(Entity.ID_PATTERN, "^[0-9a-f]{64}$", "^COG[0-9]{4}$",
            "^[A-Za-z0-9._:-]*$", "^a?$", "^[a-c]+$", "^x[0-9]{2,3}$", "^[-a]{1}b$");
    private static final List<String> NOT_SIMPLE = List.of("^[a-z0-9]+(-[a-z0-9]+)*$", "^[0-9]+\\.[0-9]+$",
            "[a-z]+", "^[^a]$", "^[a-z]*a$", "^[a&&b]$", "^\\d$", "^a$|^b$", "^[a-z]{2,1}$");

    @Test
    void acceptsOnlyTheSimpleForm() {
        SIMPLE.forEach(p -> assertThat(SimplePattern.compile(p)).as(p).isPresent());
        NOT_SIMPLE.forEach(p -> assertThat(SimplePattern.compile(p)).as(p).isEmpty());
    }

    @Property(tries = 4000)
    void matchesAsNetworkntDoes(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
        Optional<Predicate<String>> simple = SimplePattern.compile(pattern);
        RegularExpression re = JDKRegularExpressionFactory.getInstance().getRegularExpression(pattern);
        assertThat(simple.orElseThrow().test(text)).as("%s on %s", pattern, text).isEqualTo(re.matches(text));
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of(SIMPLE);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aAbcx0129fCOG:._-\n é/").ofMaxLength(8),
                Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(62).ofMaxLength(66),
                Arbitraries.strings().withChars("Az0.:").ofMinLength(126).ofMaxLength(130),
                Arbitraries.of("commune:09001", "commune:09001\n", "COG2026", "COG2026\n", "x12", "x1234", "ab"));
    }
}
