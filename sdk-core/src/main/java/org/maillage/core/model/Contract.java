package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.internal.Lists;

/**
 * A contract: a CLS, a contrat territorial de santé (mentale), a CPOM, an ACI CPTS, a GHT convention. Its validity period is the period it covers; the plans it implements are named in {@code plans}.
 *
 * @param id the id of the contract, unique in the dataset and stable across its versions
 * @param kind what the contract is
 * @param status where it is in its lifecycle
 * @param title its title
 * @param identifiers official identifiers (numbers given by the ARS…)
 * @param parties the organisations that sign or take part
 * @param territories the territories it covers, dated
 * @param validFrom first day of the contract's period, or null when unknown or open
 * @param validTo last day of the contract's period, or null when still valid
 * @param amendments its numbered amendments
 * @param axes its strategic axes
 * @param coordinator its coordinator, or null
 * @param funding its funding lines
 * @param steeringCommittee the id of the organisation that steers it (a CLS COPIL), or null
 * @param predecessor the id of the contract it renews or supersedes, or null
 * @param plans the ids of the plans it implements (the PTSM of a contrat territorial de santé mentale, the local diagnosis and the PRS of a CLS, the health project of a CPTS for its ACI)
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Contract(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String id,
        @NotNull ContractKind kind,
        @NotNull ContractStatus status,
        @NotBlank String title,
        List<@Valid @NotNull Identifier> identifiers,
        List<@Valid @NotNull ContractParty> parties,
        List<@Valid @NotNull TerritoryLink> territories,
        LocalDate validFrom,
        LocalDate validTo,
        List<@Valid @NotNull Amendment> amendments,
        List<@Valid @NotNull ContractAxis> axes,
        @Valid Coordinator coordinator,
        List<@Valid @NotNull FundingLine> funding,
        @Pattern(regexp = Entity.ID_PATTERN) String steeringCommittee,
        @Pattern(regexp = Entity.ID_PATTERN) String predecessor,
        List<@NotNull @Pattern(regexp = Entity.ID_PATTERN) String> plans)
        implements Entity {

    /**
     * Requires id, kind, status, title; null lists become empty.
     *
     * @param id the id of the contract, unique in the dataset and stable across its versions
     * @param kind what the contract is
     * @param status where it is in its lifecycle
     * @param title its title
     * @param identifiers official identifiers (numbers given by the ARS…)
     * @param parties the organisations that sign or take part
     * @param territories the territories it covers, dated
     * @param validFrom first day of the contract's period, or null when unknown or open
     * @param validTo last day of the contract's period, or null when still valid
     * @param amendments its numbered amendments
     * @param axes its strategic axes
     * @param coordinator its coordinator, or null
     * @param funding its funding lines
     * @param steeringCommittee the id of the organisation that steers it (a CLS COPIL), or null
     * @param predecessor the id of the contract it renews or supersedes, or null
     * @param plans the ids of the plans it implements (the PTSM of a contrat territorial de santé mentale, the local diagnosis and the PRS of a CLS, the health project of a CPTS for its ACI)
     */
    public Contract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        identifiers = Lists.copy(identifiers);
        parties = Lists.copy(parties);
        territories = Lists.copy(territories);
        amendments = Lists.copy(amendments);
        axes = Lists.copy(axes);
        funding = Lists.copy(funding);
        plans = Lists.copy(plans);
    }

    @Override
    public EntityFamily family() {
        return EntityFamily.CONTRACTS;
    }

    /**
     * A builder for a {@link Contract} with its required members.
     *
     * @param id the id of the contract, unique in the dataset and stable across its versions
     * @param kind what the contract is
     * @param status where it is in its lifecycle
     * @param title its title
     * @return a builder
     */
    public static Builder builder(String id, ContractKind kind, ContractStatus status, String title) {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.status = status;
        b.title = title;
        return b;
    }

    /**
     * A builder holding this contract's members, to make a changed copy.
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
        b.parties.addAll(parties);
        b.territories.addAll(territories);
        b.validFrom = validFrom;
        b.validTo = validTo;
        b.amendments.addAll(amendments);
        b.axes.addAll(axes);
        b.coordinator = coordinator;
        b.funding.addAll(funding);
        b.steeringCommittee = steeringCommittee;
        b.predecessor = predecessor;
        b.plans.addAll(plans);
        return b;
    }

    /**
     * Builds a {@link Contract}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private String id;
        private ContractKind kind;
        private ContractStatus status;
        private String title;
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<ContractParty> parties = new ArrayList<>();
        private final List<TerritoryLink> territories = new ArrayList<>();
        private LocalDate validFrom;
        private LocalDate validTo;
        private final List<Amendment> amendments = new ArrayList<>();
        private final List<ContractAxis> axes = new ArrayList<>();
        private Coordinator coordinator;
        private final List<FundingLine> funding = new ArrayList<>();
        private String steeringCommittee;
        private String predecessor;
        private final List<String> plans = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the id of the contract, unique in the dataset and stable across its versions
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * @param value what the contract is
         * @return this builder
         */
        public Builder kind(ContractKind value) {
            this.kind = value;
            return this;
        }

        /**
         * @param value where it is in its lifecycle
         * @return this builder
         */
        public Builder status(ContractStatus value) {
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
         * @param value one of official identifiers (numbers given by the ARS…), added to those set before
         * @return this builder
         */
        public Builder addIdentifier(Identifier value) {
            identifiers.add(value);
            return this;
        }

        /**
         * @param value official identifiers (numbers given by the ARS…), replacing those set before
         * @return this builder
         */
        public Builder identifiers(List<Identifier> value) {
            identifiers.clear();
            identifiers.addAll(value);
            return this;
        }

        /**
         * @param value one of the organisations that sign or take part, added to those set before
         * @return this builder
         */
        public Builder addParty(ContractParty value) {
            parties.add(value);
            return this;
        }

        /**
         * @param value the organisations that sign or take part, replacing those set before
         * @return this builder
         */
        public Builder parties(List<ContractParty> value) {
            parties.clear();
            parties.addAll(value);
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
         * @param value first day of the contract's period
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value last day of the contract's period
         * @return this builder
         */
        public Builder validTo(LocalDate value) {
            this.validTo = value;
            return this;
        }

        /**
         * @param value one of its numbered amendments, added to those set before
         * @return this builder
         */
        public Builder addAmendment(Amendment value) {
            amendments.add(value);
            return this;
        }

        /**
         * @param value its numbered amendments, replacing those set before
         * @return this builder
         */
        public Builder amendments(List<Amendment> value) {
            amendments.clear();
            amendments.addAll(value);
            return this;
        }

        /**
         * @param value one of its strategic axes, added to those set before
         * @return this builder
         */
        public Builder addAxis(ContractAxis value) {
            axes.add(value);
            return this;
        }

        /**
         * @param value its strategic axes, replacing those set before
         * @return this builder
         */
        public Builder axes(List<ContractAxis> value) {
            axes.clear();
            axes.addAll(value);
            return this;
        }

        /**
         * @param value its coordinator
         * @return this builder
         */
        public Builder coordinator(Coordinator value) {
            this.coordinator = value;
            return this;
        }

        /**
         * @param value one of its funding lines, added to those set before
         * @return this builder
         */
        public Builder addFunding(FundingLine value) {
            funding.add(value);
            return this;
        }

        /**
         * @param value its funding lines, replacing those set before
         * @return this builder
         */
        public Builder funding(List<FundingLine> value) {
            funding.clear();
            funding.addAll(value);
            return this;
        }

        /**
         * @param value the id of the organisation that steers it (a CLS COPIL)
         * @return this builder
         */
        public Builder steeringCommittee(String value) {
            this.steeringCommittee = value;
            return this;
        }

        /**
         * @param value the id of the contract it renews or supersedes
         * @return this builder
         */
        public Builder predecessor(String value) {
            this.predecessor = value;
            return this;
        }

        /**
         * @param value one of the ids of the plans it implements (the PTSM of a contrat territorial de santé mentale, the local diagnosis and the PRS of a CLS, the health project of a CPTS for its ACI), added to those set before
         * @return this builder
         */
        public Builder addPlan(String value) {
            plans.add(value);
            return this;
        }

        /**
         * @param value the ids of the plans it implements (the PTSM of a contrat territorial de santé mentale, the local diagnosis and the PRS of a CLS, the health project of a CPTS for its ACI), replacing those set before
         * @return this builder
         */
        public Builder plans(List<String> value) {
            plans.clear();
            plans.addAll(value);
            return this;
        }

        /**
         * Builds the contract.
         *
         * @return the contract
         */
        public Contract build() {
            return new Contract(id, kind, status, title, identifiers, parties, territories, validFrom, validTo, amendments, axes, coordinator, funding, steeringCommittee, predecessor, plans);
        }
    }
}
