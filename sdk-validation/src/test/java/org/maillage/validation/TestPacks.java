package org.maillage.validation;

import java.util.List;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RulePack;

/** Rule packs for tests: one rule and its definitions, under the profile "test". */
public final class TestPacks {

    private TestPacks() {
    }

    /**
     * A pack named "test", version 1.0.0.
     *
     * @param rule its one rule
     * @param definitions the catalogue definitions of what it reports
     * @return the pack
     */
    public static RulePack of(Rule rule, RuleDefinition... definitions) {
        List<RuleDefinition> defs = List.of(definitions);
        return new RulePack() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public List<Rule> rules() {
                return List.of(rule);
            }

            @Override
            public List<RuleDefinition> definitions() {
                return defs;
            }
        };
    }
}
