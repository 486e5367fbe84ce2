package org.maillage.validation;

/**
 * A check over the whole dataset, the extension point of the RULES layer. Implementations are
 * stateless and thread-safe: one instance serves every validation. Each rule reports under one
 * rule id, which must be in the catalogue (the standard one, or the definitions of its
 * {@link RulePack}).
 */
public interface Rule {

    /**
     * The id of the rule in the catalogue, under which its findings are reported.
     *
     * @return for example {@code rule.epci-two-communes}
     */
    String id();

    /**
     * Checks the dataset and reports each breach.
     *
     * @param dataset the dataset
     * @param context where to report
     */
    void check(DatasetView dataset, RuleContext context);
}
