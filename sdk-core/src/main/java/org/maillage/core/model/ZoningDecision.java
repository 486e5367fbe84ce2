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
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.internal.Lists;

/**
 * A zoning decision (arrêté de zonage) of an ARS for a profession: the category of each territory. Its validity period is its effective period.
 *
 * @param id the id of the zoning decision, unique in the dataset and stable across its versions
 * @param issuer the id of the ARS that issued it
 * @param profession the profession it zones
 * @param legalReference the reference of the arrêté, or null
 * @param adoptionDate the date it was adopted, or null
 * @param unitKind the kind of territory it zones (TVS for doctors)
 * @param assignments the category of each territory
 * @param indicators the ids of the indicator definitions of the criteria it used (APL, waiting time for an appointment…)
 * @param predecessor the id of the decision it replaces, or null
 * @param identifiers official identifiers (rarely used)
 * @param validFrom first day of effect, or null when unknown or open
 * @param validTo last day of effect, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record ZoningDecision(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String id,
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String issuer,
        @Valid @NotNull CodeRef profession,
        String legalReference,
        LocalDate adoptionDate,
        @NotNull TerritoryKind unitKind,
        List<@Valid @NotNull ZoneAssignment> assignments,
        List<@NotNull @Pattern(regexp = Entity.ID_PATTERN) String> indicators,
        @Pattern(regexp = Entity.ID_PATTERN) String predecessor,
        List<@Valid @NotNull Identifier> identifiers,
        LocalDate validFrom,
        LocalDate validTo)
        implements Entity {

    /**
     * Requires id, issuer, profession, unitKind; null lists become empty.
     *
     * @param id the id of the zoning decision, unique in the dataset and stable across its versions
     * @param issuer the id of the ARS that issued it
     * @param profession the profession it zones
     * @param legalReference the reference of the arrêté, or null
     * @param adoptionDate the date it was adopted, or null
     * @param unitKind the kind of territory it zones (TVS for doctors)
     * @param assignments the category of each territory
     * @param indicators the ids of the indicator definitions of the criteria it used (APL, waiting time for an appointment…)
     * @param predecessor the id of the decision it replaces, or null
     * @param identifiers official identifiers (rarely used)
     * @param validFrom first day of effect, or null when unknown or open
     * @param validTo last day of effect, or null when still valid
     */
    public ZoningDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(profession, "profession");
        Objects.requireNonNull(unitKind, "unitKind");
        assignments = Lists.copy(assignments);
        indicators = Lists.copy(indicators);
        identifiers = Lists.copy(identifiers);
    }

    @Override
    public EntityFamily family() {
        return EntityFamily.ZONINGS;
    }

    /**
     * A builder for a {@link ZoningDecision} with its required members.
     *
     * @param id the id of the zoning decision, unique in the dataset and stable across its versions
     * @param issuer the id of the ARS that issued it
     * @param profession the profession it zones
     * @param unitKind the kind of territory it zones (TVS for doctors)
     * @return a builder
     */
    public static Builder builder(String id, String issuer, CodeRef profession, TerritoryKind unitKind) {
        Builder b = new Builder();
        b.id = id;
        b.issuer = issuer;
        b.profession = profession;
        b.unitKind = unitKind;
        return b;
    }

    /**
     * A builder holding this zoning decision's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.issuer = issuer;
        b.profession = profession;
        b.legalReference = legalReference;
        b.adoptionDate = adoptionDate;
        b.unitKind = unitKind;
        b.assignments.addAll(assignments);
        b.indicators.addAll(indicators);
        b.predecessor = predecessor;
        b.identifiers.addAll(identifiers);
        b.validFrom = validFrom;
        b.validTo = validTo;
        return b;
    }

    /**
     * Builds a {@link ZoningDecision}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private String id;
        private String issuer;
        private CodeRef profession;
        private String legalReference;
        private LocalDate adoptionDate;
        private TerritoryKind unitKind;
        private final List<ZoneAssignment> assignments = new ArrayList<>();
        private final List<String> indicators = new ArrayList<>();
        private String predecessor;
        private final List<Identifier> identifiers = new ArrayList<>();
        private LocalDate validFrom;
        private LocalDate validTo;

        private Builder() {}

        /**
         * @param value the id of the zoning decision, unique in the dataset and stable across its versions
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * @param value the id of the ARS that issued it
         * @return this builder
         */
        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        /**
         * @param value the profession it zones
         * @return this builder
         */
        public Builder profession(CodeRef value) {
            this.profession = value;
            return this;
        }

        /**
         * @param value the reference of the arrêté
         * @return this builder
         */
        public Builder legalReference(String value) {
            this.legalReference = value;
            return this;
        }

        /**
         * @param value the date it was adopted
         * @return this builder
         */
        public Builder adoptionDate(LocalDate value) {
            this.adoptionDate = value;
            return this;
        }

        /**
         * @param value the kind of territory it zones (TVS for doctors)
         * @return this builder
         */
        public Builder unitKind(TerritoryKind value) {
            this.unitKind = value;
            return this;
        }

        /**
         * @param value one of the category of each territory, added to those set before
         * @return this builder
         */
        public Builder addAssignment(ZoneAssignment value) {
            assignments.add(value);
            return this;
        }

        /**
         * @param value the category of each territory, replacing those set before
         * @return this builder
         */
        public Builder assignments(List<ZoneAssignment> value) {
            assignments.clear();
            assignments.addAll(value);
            return this;
        }

        /**
         * @param value one of the ids of the indicator definitions of the criteria it used (APL, waiting time for an appointment…), added to those set before
         * @return this builder
         */
        public Builder addIndicator(String value) {
            indicators.add(value);
            return this;
        }

        /**
         * @param value the ids of the indicator definitions of the criteria it used (APL, waiting time for an appointment…), replacing those set before
         * @return this builder
         */
        public Builder indicators(List<String> value) {
            indicators.clear();
            indicators.addAll(value);
            return this;
        }

        /**
         * @param value the id of the decision it replaces
         * @return this builder
         */
        public Builder predecessor(String value) {
            this.predecessor = value;
            return this;
        }

        /**
         * @param value one of official identifiers (rarely used), added to those set before
         * @return this builder
         */
        public Builder addIdentifier(Identifier value) {
            identifiers.add(value);
            return this;
        }

        /**
         * @param value official identifiers (rarely used), replacing those set before
         * @return this builder
         */
        public Builder identifiers(List<Identifier> value) {
            identifiers.clear();
            identifiers.addAll(value);
            return this;
        }

        /**
         * @param value first day of effect
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value last day of effect
         * @return this builder
         */
        public Builder validTo(LocalDate value) {
            this.validTo = value;
            return this;
        }

        /**
         * Builds the zoning decision.
         *
         * @return the zoning decision
         */
        public ZoningDecision build() {
            return new ZoningDecision(id, issuer, profession, legalReference, adoptionDate, unitKind, assignments, indicators, predecessor, identifiers, validFrom, validTo);
        }
    }
}
