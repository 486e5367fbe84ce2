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
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.internal.Lists;

/**
 * An organisation: an authority, a health actor or a governance body (ARS, collectivité, hospital, GHT, CPTS, hospital board, CLS steering committee…).
 *
 * @param id the id of the organisation, unique in the dataset and stable across its versions
 * @param kind what the organisation is
 * @param name its name
 * @param shortName its acronym or short name, or null
 * @param identifiers official identifiers (SIREN, SIRET, FINESS EJ…)
 * @param territory the id of the territory a collectivité governs, or null
 * @param jurisdiction the territories it acts on, dated
 * @param parent the id of its parent body (the ARS of a delegation, the hospital of a board), or null
 * @param memberships the seats of the body
 * @param ght the GHT particulars, for a GHT only
 * @param cpts the CPTS particulars, for a CPTS only
 * @param validFrom first day of existence, or null when unknown or open
 * @param validTo last day of existence, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Organization(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String id,
        @NotNull OrganizationKind kind,
        @NotBlank String name,
        String shortName,
        List<@Valid @NotNull Identifier> identifiers,
        @Pattern(regexp = Entity.ID_PATTERN) String territory,
        List<@Valid @NotNull TerritoryLink> jurisdiction,
        @Pattern(regexp = Entity.ID_PATTERN) String parent,
        List<@Valid @NotNull Membership> memberships,
        @Valid GhtProfile ght,
        @Valid CptsProfile cpts,
        LocalDate validFrom,
        LocalDate validTo)
        implements Entity {

    /**
     * Requires id, kind, name; null lists become empty.
     *
     * @param id the id of the organisation, unique in the dataset and stable across its versions
     * @param kind what the organisation is
     * @param name its name
     * @param shortName its acronym or short name, or null
     * @param identifiers official identifiers (SIREN, SIRET, FINESS EJ…)
     * @param territory the id of the territory a collectivité governs, or null
     * @param jurisdiction the territories it acts on, dated
     * @param parent the id of its parent body (the ARS of a delegation, the hospital of a board), or null
     * @param memberships the seats of the body
     * @param ght the GHT particulars, for a GHT only
     * @param cpts the CPTS particulars, for a CPTS only
     * @param validFrom first day of existence, or null when unknown or open
     * @param validTo last day of existence, or null when still valid
     */
    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        identifiers = Lists.copy(identifiers);
        jurisdiction = Lists.copy(jurisdiction);
        memberships = Lists.copy(memberships);
    }

    @Override
    public EntityFamily family() {
        return EntityFamily.ORGANIZATIONS;
    }

    /**
     * A builder for an {@link Organization} with its required members.
     *
     * @param id the id of the organisation, unique in the dataset and stable across its versions
     * @param kind what the organisation is
     * @param name its name
     * @return a builder
     */
    public static Builder builder(String id, OrganizationKind kind, String name) {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.name = name;
        return b;
    }

    /**
     * A builder holding this organization's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.name = name;
        b.shortName = shortName;
        b.identifiers.addAll(identifiers);
        b.territory = territory;
        b.jurisdiction.addAll(jurisdiction);
        b.parent = parent;
        b.memberships.addAll(memberships);
        b.ght = ght;
        b.cpts = cpts;
        b.validFrom = validFrom;
        b.validTo = validTo;
        return b;
    }

    /**
     * Builds an {@link Organization}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private String id;
        private OrganizationKind kind;
        private String name;
        private String shortName;
        private final List<Identifier> identifiers = new ArrayList<>();
        private String territory;
        private final List<TerritoryLink> jurisdiction = new ArrayList<>();
        private String parent;
        private final List<Membership> memberships = new ArrayList<>();
        private GhtProfile ght;
        private CptsProfile cpts;
        private LocalDate validFrom;
        private LocalDate validTo;

        private Builder() {}

        /**
         * @param value the id of the organisation, unique in the dataset and stable across its versions
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * @param value what the organisation is
         * @return this builder
         */
        public Builder kind(OrganizationKind value) {
            this.kind = value;
            return this;
        }

        /**
         * @param value its name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value its acronym or short name
         * @return this builder
         */
        public Builder shortName(String value) {
            this.shortName = value;
            return this;
        }

        /**
         * @param value one of official identifiers (SIREN, SIRET, FINESS EJ…), added to those set before
         * @return this builder
         */
        public Builder addIdentifier(Identifier value) {
            identifiers.add(value);
            return this;
        }

        /**
         * @param value official identifiers (SIREN, SIRET, FINESS EJ…), replacing those set before
         * @return this builder
         */
        public Builder identifiers(List<Identifier> value) {
            identifiers.clear();
            identifiers.addAll(value);
            return this;
        }

        /**
         * @param value the id of the territory a collectivité governs
         * @return this builder
         */
        public Builder territory(String value) {
            this.territory = value;
            return this;
        }

        /**
         * @param value one of the territories it acts on, dated, added to those set before
         * @return this builder
         */
        public Builder addJurisdiction(TerritoryLink value) {
            jurisdiction.add(value);
            return this;
        }

        /**
         * @param value the territories it acts on, dated, replacing those set before
         * @return this builder
         */
        public Builder jurisdiction(List<TerritoryLink> value) {
            jurisdiction.clear();
            jurisdiction.addAll(value);
            return this;
        }

        /**
         * @param value the id of its parent body (the ARS of a delegation, the hospital of a board)
         * @return this builder
         */
        public Builder parent(String value) {
            this.parent = value;
            return this;
        }

        /**
         * @param value one of the seats of the body, added to those set before
         * @return this builder
         */
        public Builder addMembership(Membership value) {
            memberships.add(value);
            return this;
        }

        /**
         * @param value the seats of the body, replacing those set before
         * @return this builder
         */
        public Builder memberships(List<Membership> value) {
            memberships.clear();
            memberships.addAll(value);
            return this;
        }

        /**
         * @param value the GHT particulars, for a GHT only
         * @return this builder
         */
        public Builder ght(GhtProfile value) {
            this.ght = value;
            return this;
        }

        /**
         * @param value the CPTS particulars, for a CPTS only
         * @return this builder
         */
        public Builder cpts(CptsProfile value) {
            this.cpts = value;
            return this;
        }

        /**
         * @param value first day of existence
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value last day of existence
         * @return this builder
         */
        public Builder validTo(LocalDate value) {
            this.validTo = value;
            return this;
        }

        /**
         * Builds the organization.
         *
         * @return the organization
         */
        public Organization build() {
            return new Organization(id, kind, name, shortName, identifiers, territory, jurisdiction, parent, memberships, ght, cpts, validFrom, validTo);
        }
    }
}
