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
import org.maillage.core.internal.Lists;

/**
 * A health or medico-social facility: a FINESS établissement (site), with its legal entity, category, place, labels, capacities and services.
 *
 * @param id the id of the facility, unique in the dataset and stable across its versions
 * @param name its name
 * @param category its FINESS category (TRE_R66)
 * @param identifiers official identifiers (FINESS ET and EJ, SIRET)
 * @param organization the id of the organisation that runs it (its legal entity), or null
 * @param commune the id of the territory (commune) it stands in, or null
 * @param address its postal address, or null
 * @param telecom its telephone, fax, e-mail and web contact points
 * @param coordinates its position, or null
 * @param labels its labels, dated
 * @param capacities its capacities, dated
 * @param services its services and their status
 * @param ghtMemberships the GHTs it belongs to, dated
 * @param validFrom first day of operation (opening date), or null when unknown or open
 * @param validTo last day of operation (closing date), or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Facility(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String id,
        @NotBlank String name,
        @Valid @NotNull CodeRef category,
        List<@Valid @NotNull Identifier> identifiers,
        @Pattern(regexp = Entity.ID_PATTERN) String organization,
        @Pattern(regexp = Entity.ID_PATTERN) String commune,
        @Valid Address address,
        List<@Valid @NotNull ContactPoint> telecom,
        @Valid Coordinates coordinates,
        List<@Valid @NotNull FacilityLabel> labels,
        List<@Valid @NotNull Capacity> capacities,
        List<@Valid @NotNull FacilityService> services,
        List<@Valid @NotNull GhtMembership> ghtMemberships,
        LocalDate validFrom,
        LocalDate validTo)
        implements Entity {

    /**
     * Requires id, name, category; null lists become empty.
     *
     * @param id the id of the facility, unique in the dataset and stable across its versions
     * @param name its name
     * @param category its FINESS category (TRE_R66)
     * @param identifiers official identifiers (FINESS ET and EJ, SIRET)
     * @param organization the id of the organisation that runs it (its legal entity), or null
     * @param commune the id of the territory (commune) it stands in, or null
     * @param address its postal address, or null
     * @param telecom its telephone, fax, e-mail and web contact points
     * @param coordinates its position, or null
     * @param labels its labels, dated
     * @param capacities its capacities, dated
     * @param services its services and their status
     * @param ghtMemberships the GHTs it belongs to, dated
     * @param validFrom first day of operation (opening date), or null when unknown or open
     * @param validTo last day of operation (closing date), or null when still valid
     */
    public Facility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        identifiers = Lists.copy(identifiers);
        telecom = Lists.copy(telecom);
        labels = Lists.copy(labels);
        capacities = Lists.copy(capacities);
        services = Lists.copy(services);
        ghtMemberships = Lists.copy(ghtMemberships);
    }

    @Override
    public EntityFamily family() {
        return EntityFamily.FACILITIES;
    }

    /**
     * A builder for a {@link Facility} with its required members.
     *
     * @param id the id of the facility, unique in the dataset and stable across its versions
     * @param name its name
     * @param category its FINESS category (TRE_R66)
     * @return a builder
     */
    public static Builder builder(String id, String name, CodeRef category) {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.category = category;
        return b;
    }

    /**
     * A builder holding this facility's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.category = category;
        b.identifiers.addAll(identifiers);
        b.organization = organization;
        b.commune = commune;
        b.address = address;
        b.telecom.addAll(telecom);
        b.coordinates = coordinates;
        b.labels.addAll(labels);
        b.capacities.addAll(capacities);
        b.services.addAll(services);
        b.ghtMemberships.addAll(ghtMemberships);
        b.validFrom = validFrom;
        b.validTo = validTo;
        return b;
    }

    /**
     * Builds a {@link Facility}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private String id;
        private String name;
        private CodeRef category;
        private final List<Identifier> identifiers = new ArrayList<>();
        private String organization;
        private String commune;
        private Address address;
        private final List<ContactPoint> telecom = new ArrayList<>();
        private Coordinates coordinates;
        private final List<FacilityLabel> labels = new ArrayList<>();
        private final List<Capacity> capacities = new ArrayList<>();
        private final List<FacilityService> services = new ArrayList<>();
        private final List<GhtMembership> ghtMemberships = new ArrayList<>();
        private LocalDate validFrom;
        private LocalDate validTo;

        private Builder() {}

        /**
         * @param value the id of the facility, unique in the dataset and stable across its versions
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
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
         * @param value its FINESS category (TRE_R66)
         * @return this builder
         */
        public Builder category(CodeRef value) {
            this.category = value;
            return this;
        }

        /**
         * @param value one of official identifiers (FINESS ET and EJ, SIRET), added to those set before
         * @return this builder
         */
        public Builder addIdentifier(Identifier value) {
            identifiers.add(value);
            return this;
        }

        /**
         * @param value official identifiers (FINESS ET and EJ, SIRET), replacing those set before
         * @return this builder
         */
        public Builder identifiers(List<Identifier> value) {
            identifiers.clear();
            identifiers.addAll(value);
            return this;
        }

        /**
         * @param value the id of the organisation that runs it (its legal entity)
         * @return this builder
         */
        public Builder organization(String value) {
            this.organization = value;
            return this;
        }

        /**
         * @param value the id of the territory (commune) it stands in
         * @return this builder
         */
        public Builder commune(String value) {
            this.commune = value;
            return this;
        }

        /**
         * @param value its postal address
         * @return this builder
         */
        public Builder address(Address value) {
            this.address = value;
            return this;
        }

        /**
         * @param value one of its telephone, fax, e-mail and web contact points, added to those set before
         * @return this builder
         */
        public Builder addTelecom(ContactPoint value) {
            telecom.add(value);
            return this;
        }

        /**
         * @param value its telephone, fax, e-mail and web contact points, replacing those set before
         * @return this builder
         */
        public Builder telecom(List<ContactPoint> value) {
            telecom.clear();
            telecom.addAll(value);
            return this;
        }

        /**
         * @param value its position
         * @return this builder
         */
        public Builder coordinates(Coordinates value) {
            this.coordinates = value;
            return this;
        }

        /**
         * @param value one of its labels, dated, added to those set before
         * @return this builder
         */
        public Builder addLabel(FacilityLabel value) {
            labels.add(value);
            return this;
        }

        /**
         * @param value its labels, dated, replacing those set before
         * @return this builder
         */
        public Builder labels(List<FacilityLabel> value) {
            labels.clear();
            labels.addAll(value);
            return this;
        }

        /**
         * @param value one of its capacities, dated, added to those set before
         * @return this builder
         */
        public Builder addCapacity(Capacity value) {
            capacities.add(value);
            return this;
        }

        /**
         * @param value its capacities, dated, replacing those set before
         * @return this builder
         */
        public Builder capacities(List<Capacity> value) {
            capacities.clear();
            capacities.addAll(value);
            return this;
        }

        /**
         * @param value one of its services and their status, added to those set before
         * @return this builder
         */
        public Builder addService(FacilityService value) {
            services.add(value);
            return this;
        }

        /**
         * @param value its services and their status, replacing those set before
         * @return this builder
         */
        public Builder services(List<FacilityService> value) {
            services.clear();
            services.addAll(value);
            return this;
        }

        /**
         * @param value one of the GHTs it belongs to, dated, added to those set before
         * @return this builder
         */
        public Builder addGhtMembership(GhtMembership value) {
            ghtMemberships.add(value);
            return this;
        }

        /**
         * @param value the GHTs it belongs to, dated, replacing those set before
         * @return this builder
         */
        public Builder ghtMemberships(List<GhtMembership> value) {
            ghtMemberships.clear();
            ghtMemberships.addAll(value);
            return this;
        }

        /**
         * @param value first day of operation (opening date)
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value last day of operation (closing date)
         * @return this builder
         */
        public Builder validTo(LocalDate value) {
            this.validTo = value;
            return this;
        }

        /**
         * Builds the facility.
         *
         * @return the facility
         */
        public Facility build() {
            return new Facility(id, name, category, identifiers, organization, commune, address, telecom, coordinates, labels, capacities, services, ghtMemberships, validFrom, validTo);
        }
    }
}
