package org.maillage.validation.certify;

import java.util.ArrayList;
import java.util.List;

/** The level computation: the highest level reached, and what blocked the others. */
final class Levels {
    private Levels() {}

    /**
     * The highest level up to {@code requested} that no rule blocks. Blocking is monotone (a rule
     * that blocks a level blocks every level above it), so this is the level below the lowest
     * blocked one.
     */
    static Level reached(Level requested, List<RuleCount> rules) {
        Level reached = Level.NONE;
        for (int n = 1; n <= requested.number(); n++) {
            Level level = Level.of(n);
            if (rules.stream().anyMatch(r -> r.blocks(level))) {
                break;
            }
            reached = level;
        }
        return reached;
    }

    /** Each rule that blocks a level up to {@code requested}, with the lowest level it blocks. */
    static List<BlockingRule> blocking(Level requested, List<RuleCount> rules) {
        List<BlockingRule> out = new ArrayList<>();
        for (RuleCount r : rules) {
            for (int n = 1; n <= requested.number(); n++) {
                if (r.blocks(Level.of(n))) {
                    out.add(new BlockingRule(r.ruleId(), n, r.findings()));
                    break;
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(BlockingRule::level).thenComparing(BlockingRule::ruleId));
        return out;
    }
}
