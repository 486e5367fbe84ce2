package org.maillage.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.PlanKind;
import org.maillage.core.codelist.PlanStatus;
import org.maillage.core.internal.Lists;

/**
 * A plan or project that bodies adopt and contracts implement: a projet régional de santé (PRS), a projet territorial
 * de santé mentale (PTSM) or de santé (PTS), the health project of a CPTS, the shared medical project of a GHT, the
 * local diagnosis of a CLS. Its validity period is the period it covers.
 *
 * @param id the id of the plan, unique in the dataset and stable across its versions
 * @param kind what the plan is
 * @param status where it is in its lifecycle
 * @param title its title
 * @param identifiers official identifiers (the reference of the arrêté that sets it…)
 * @param organization the id of the organisation that draws it up and carries it (the ARS for a PRS, the CPTS for its health project, the GHT for its shared medical project), or null
 * @param territories the territories it covers, dated
 * @param decisions what bodies decided on it: adoption, approval, opinion, contribution
 * @param parent the id of the plan it declines (the PRS of a PTSM), or null
 * @param axes its priorities, with their themes and actions
 * @param coordinator its coordinator (the medical coordinator of a PTSM), or null
 * @param predecessor the id of the plan it revises or replaces, or null
 * @param validFrom first day of the period it covers, or null when unknown or open
 * @param validTo last day of the period it covers, or null when still valid
 *
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Plan(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String id,
        @NotNull PlanKind kind,
        @NotNull PlanStatus status,
        @NotBlank String title,
        List<@Valid @NotNull Identifier> identifiers,
        @Pattern(regexp = Entity.ID_PATTERN) String organization,
        List<@Valid @NotNull TerritoryLink> territories,
        List<@Valid @NotNull PlanDecision> decisions,
        @Pattern(regexp = Entity.ID_PATTERN) String parent,
        List<@Valid @NotNull ContractAxis> axes,
        @Valid Coordinator coordinator,
        @Pattern(regexp = Entity.ID_PATTERN) String predecessor,
        LocalDate validFrom,
        LocalDate validTo)
        implements Entity {

    /**
     * Requires id, kind, status, title; null lists become empty.
     *
     * @param id the id of the plan, unique in the dataset and stable across its versions
     * @param kind what the plan is
     * @param status where it is in its lifecycle
     * @param title its title
     * @param identifiers official identifiers (the reference of the arrêté that sets it…)
     * @param organization the id of the organisation that draws it up and carries it (the ARS for a PRS, the CPTS for its health project, the GHT for its shared medical project), or null
     * @param territories the territories it covers, dated
     * @param decisions what bodies decided on it: adoption, approval, opinion, contribution
     * @param parent the id of the plan it declines (the PRS of a PTSM), or null
     * @param axes its priorities, with their themes and actions
     * @param coordinator its coordinator (the medical coordinator of a PTSM), or null
     * @param predecessor the id of the plan it revises or replaces, or null
     * @param validFrom first day of the period it covers, or null when unknown or open
     * @param validTo last day of the period it covers, or null when still valid
     */
    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        identifiers = Lists.copy(identifiers);
        territories = Lists.copy(territories);
        decisions = Lists.copy(decisions);
        axes = Lists.copy(axes);
    }

    @Override
    public EntityFamily family() {
        return EntityFamily.PLANS;
    }

    /**
     * A builder for a {@link Plan} with its required members.
     *
     * @param id the id of the plan, unique in the dataset and stable across its versions
     * @param kind what the plan is
     * @param status where it is in its lifecycle
     * @param title its title
     * @return a builder
     */
    public static Builder builder(String id, PlanKind kind, PlanStatus status, String title) {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.status = status;
        b.title = title;
        return b;
    }

    /**
     * A builder holding this plan's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.status = status;
        b.title = title;
        b.identifiers.addAll(identifiers);
        b.organization = organization;
        b.territories.addAll(territories);
        b.decisions.addAll(decisions);
        b.parent = parent;
        b.axes.addAll(axes);
        b.coordinator = coordinator;
        b.predecessor = predecessor;
        b.validFrom = validFrom;
        b.validTo = validTo;
        return b;
    }

    /**
     * Builds a {@link Plan}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {
        private String id;
        private PlanKind kind;
        private PlanStatus status;
        private String title;
        private final List<Identifier> identifiers = new ArrayList<>();
        private String organization;
        private final List<TerritoryLink> territories = new ArrayList<>();
        private final List<PlanDecision> decisions = new ArrayList<>();
        private String parent;
        private final List<ContractAxis> axes = new ArrayList<>();
        private Coordinator coordinator;
        private String predecessor;
        private LocalDate validFrom;
        private LocalDate validTo;

        private Builder() {}

        /**
         * @param value the id of the plan, unique in the dataset and stable across its versions
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * @param value what the plan is
         * @return this builder
         */
        public Builder kind(PlanKind value) {
            this.kind = value;
            return this;
        }

        /**
         * @param value where it is in its lifecycle
         * @return this builder
         */
        public Builder status(PlanStatus value) {
            this.status = value;
            return this;
        }

        /**
         * @param value its title
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * @param value one of official identifiers (the reference of the arrêté that sets it…), added to those set before
         * @return this builder
         */
        public Builder addIdentifier(Identifier value) {
            identifiers.add(value);
            return this;
        }

        /**
         * @param value official identifiers (the reference of the arrêté that sets it…), replacing those set before
         * @return this builder
         */
        public Builder identifiers(List<Identifier> value) {
            identifiers.clear();
            identifiers.addAll(value);
            return this;
        }

        /**
         * @param value the id of the organisation that draws it up and carries it (the ARS for a PRS, the CPTS for its health project, the GHT for its shared medical project)
         * @return this builder
         */
        public Builder organization(String value) {
            this.organization = value;
            return this;
        }

        /**
         * @param value one of the territories it covers, dated, added to those set before
         * @return this builder
         */
        public Builder addTerritory(TerritoryLink value) {
            territories.add(value);
            return this;
        }

        /**
         * @param value the territories it covers, dated, replacing those set before
         * @return this builder
         */
        public Builder territories(List<TerritoryLink> value) {
            territories.clear();
            territories.addAll(value);
            return this;
        }

        /**
         * @param value one of what bodies decided on it: adoption, approval, opinion, contribution, added to those set before
         * @return this builder
         */
        public Builder addDecision(PlanDecision value) {
            decisions.add(value);
            return this;
        }

        /**
         * @param value what bodies decided on it: adoption, approval, opinion, contribution, replacing those set before
         * @return this builder
         */
        public Builder decisions(List<PlanDecision> value) {
            decisions.clear();
            decisions.addAll(value);
            return this;
        }

        /**
         * @param value the id of the plan it declines (the PRS of a PTSM)
         * @return this builder
         */
        public Builder parent(String value) {
            this.parent = value;
            return this;
        }

        /**
         * @param value one of its priorities, with their themes and actions, added to those set before
         * @return this builder
         */
        public Builder addAxis(ContractAxis value) {
            axes.add(value);
            return this;
        }

        /**
         * @param value its priorities, with their themes and actions, replacing those set before
         * @return this builder
         */
        public Builder axes(List<ContractAxis> value) {
            axes.clear();
            axes.addAll(value);
            return this;
        }

        /**
         * @param value its coordinator (the medical coordinator of a PTSM)
         * @return this builder
         */
        public Builder coordinator(Coordinator value) {
            this.coordinator = value;
            return this;
        }

        /**
         * @param value the id of the plan it revises or replaces
         * @return this builder
         */
        public Builder predecessor(String value) {
            this.predecessor = value;
            return this;
        }

        /**
         * @param value first day of the period it covers
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value last day of the period it covers
         * @return this builder
         */
        public Builder validTo(LocalDate value) {
            this.validTo = value;
            return this;
        }

        /**
         * Builds the plan.
         *
         * @return the plan
         */
        public Plan build() {
            return new Plan(id, kind, status, title, identifiers, organization, territories, decisions, parent, axes, coordinator, predecessor, validFrom, validTo);
        }
    }
}
