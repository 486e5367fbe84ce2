package org.maillage.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void terminal_escapesC0C1AndBidiControls_keepsLettersAndBackslashes() {
        assertThat(SafeText.terminal("Evil\u001b[31mRED\u0007 \u202eabc")).isEqualTo("Evil\\u001b[31mRED\\u0007 \\u202eabc");
        assertThat(SafeText.terminal("a\nb\tc\rd")).isEqualTo("a\\u000ab\\u0009c\\u000dd");
        assertThat(SafeText.terminal("\u0085\u009b\u007f")).isEqualTo("\\u0085\\u009b\\u007f");
        assertThat(SafeText.terminal("\u2066x\u2069\u202a\u200f\u061c\u2028")).isEqualTo("\\u2066x\\u2069\\u202a\\u200f\\u061c\\u2028");
        assertThat(SafeText.terminal("Ariège — Saint-Girons \\u001b 😀")).isEqualTo("Ariège — Saint-Girons \\u001b 😀");
        assertThat(SafeText.terminal("lone \ud800 surrogate")).isEqualTo("lone \\ud800 surrogate");
        assertThat(SafeText.terminal(null)).isEqualTo("null");
    }

    @Test
    void terminal_returnsTheSameStringWhenNothingIsUnsafe() {
        String s = "L'Aiguillon (09003)";
        assertThat(SafeText.terminal(s)).isSameAs(s);
    }

    @Test
    void markdown_neutralisesHtmlHeadingsLinksAndEmphasis() {
        assertThat(SafeText.markdown("<script>alert(1)</script>\n# Heading"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;\\\\u000a\\# Heading");
        assertThat(SafeText.markdown("[click](http://x) *b* _i_ `c` a|b ~s~ &amp; !"))
                .isEqualTo("\\[click\\](http://x) \\*b\\* \\_i\\_ \\`c\\` a\\|b \\~s\\~ &amp;amp; \\!");
        assertThat(SafeText.markdown("- item")).isEqualTo("\\- item");
        assertThat(SafeText.markdown("Saint-Girons")).isEqualTo("Saint-Girons");
    }

    @Test
    void markdownCode_fencesLongerThanAnyBacktickRunInside() {
        assertThat(SafeText.markdownCode("{\"a\":1}")).isEqualTo("`{\"a\":1}`");
        assertThat(SafeText.markdownCode("x``y")).isEqualTo("```x``y```");
        assertThat(SafeText.markdownCode("`x")).isEqualTo("`` `x ``");
        assertThat(SafeText.markdownCode("a\u202eb")).isEqualTo("`a\\u202eb`");
    }
}
