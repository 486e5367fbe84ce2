package org.maillage.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;

class CanonicalJsonTest {

    private static String canonical(String json) {
        JsonNode node = MaillageJson.mapper().readTree(json);
        return new String(CanonicalJson.canonical(node), StandardCharsets.UTF_8);
    }

    @Test
    void canonical_sortsMembersAndDropsWhitespace() {
        assertThat(canonical("{ \"b\": [1, {\"z\": true, \"a\": null}],\n \"a\": \"x\" }"))
                .isEqualTo("{\"a\":\"x\",\"b\":[1,{\"a\":null,\"z\":true}]}");
    }

    @Test
    void canonical_sortsByUtf16CodeUnits_asRfc8785() {
        // RFC 8785 §3.2.3: "\u20ac" (€) sorts before "\ud83d\ude00" (😀) which sorts before "\ufb33".
        assertThat(canonical("{\"\\ufb33\":1,\"\\ud83d\\ude00\":2,\"\\u20ac\":3,\"1\":4}"))
                .isEqualTo("{\"1\":4,\"\u20ac\":3,\"\ud83d\ude00\":2,\"\ufb33\":1}");
    }

    @Test
    void canonical_escapesStringsAsRfc8785() {
        assertThat(canonical("{\"s\":\"\\u0041\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0001\\u001F é\\u2028\"}"))
                .isEqualTo("{\"s\":\"A\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f é\u2028\"}");
    }

    @Test
    void canonical_refusesFractionsAndHugeIntegers() {
        assertThatThrownBy(() -> canonical("{\"n\":1.0}")).hasMessageContaining("/n is not an integer");
        assertThatThrownBy(() -> canonical("{\"n\":[9007199254740992]}")).hasMessageContaining("/n/0");
        assertThat(canonical("{\"n\":-9007199254740991}")).isEqualTo("{\"n\":-9007199254740991}");
    }

    @Test
    void canonical_refusesLoneSurrogates() {
        assertThatThrownBy(() -> canonical("{\"s\":\"\\ud800x\"}")).hasMessageContaining("lone surrogate");
    }

    @Test
    void pretty_isTheSameValueIndented() {
        JsonNode node = MaillageJson.mapper().readTree("{\"b\":[],\"a\":{\"c\":[1,2]},\"d\":{}}");
        String pretty = new String(CanonicalJson.pretty(node), StandardCharsets.UTF_8);
        assertThat(pretty).isEqualTo("{\n  \"a\": {\n    \"c\": [\n      1,\n      2\n    ]\n  },\n  \"b\": [],\n  \"d\": {}\n}\n");
        assertThat(MaillageJson.mapper().readTree(pretty)).isEqualTo(node);
    }
}
