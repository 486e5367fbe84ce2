package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a body does with a plan: adopts, approves, gives its opinion on, or contributes to it (closed codelist {@code plan-decision-kind}).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum PlanDecisionKind implements Coded {
    /** Adoption: adoption. The body adopts the plan (an arrêté of the DG ARS, a deliberation). */
    ADOPTION("adoption"),
    /** Approbation: approval. The body approves a plan others have drawn up (the ARS approving a CPTS health project). */
    APPROVAL("approval"),
    /** Avis: opinion. The body gives its opinion on the plan (the CRSA on the PRS, a conseil territorial de santé on the PTSM). */
    OPINION("opinion"),
    /** Contribution: contribution. The body takes part in drawing the plan up (local authorities, professionals, users). */
    CONTRIBUTION("contribution");

    private final String code;

    PlanDecisionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
