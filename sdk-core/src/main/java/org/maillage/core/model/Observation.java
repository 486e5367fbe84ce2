package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.ObservationStatus;
import org.maillage.core.internal.Lists;

/**
 * A value of an indicator for a territory and a period.
 *
 * @param id the id of the observation, unique in the dataset and stable across its versions
 * @param indicator the id of the indicator definition
 * @param territory the id of the territory
 * @param period the period the value is about
 * @param value the value, in the unit of the indicator
 * @param profession the profession the value is about, when the indicator is split by profession, or null
 * @param status how final the value is, or null
 * @param identifiers official identifiers (rarely used)
 * @param validFrom first day of the record (publication), or null when unknown or open
 * @param validTo last day of the record (until superseded), or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Observation(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String id,
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String indicator,
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String territory,
        @Valid @NotNull Period period,
        @NotNull BigDecimal value,
        @Valid CodeRef profession,
        ObservationStatus status,
        List<@Valid @NotNull Identifier> identifiers,
        LocalDate validFrom,
        LocalDate validTo)
        implements Entity {

    /**
     * Requires id, indicator, territory, period, value; null lists become empty.
     *
     * @param id the id of the observation, unique in the dataset and stable across its versions
     * @param indicator the id of the indicator definition
     * @param territory the id of the territory
     * @param period the period the value is about
     * @param value the value, in the unit of the indicator
     * @param profession the profession the value is about, when the indicator is split by profession, or null
     * @param status how final the value is, or null
     * @param identifiers official identifiers (rarely used)
     * @param validFrom first day of the record (publication), or null when unknown or open
     * @param validTo last day of the record (until superseded), or null when still valid
     */
    public Observation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        identifiers = Lists.copy(identifiers);
    }

    /**
     * A final observation.
     *
     * @param id the id
     * @param indicator the id of the indicator definition
     * @param territory the id of the territory
     * @param period the period
     * @param value the value
     * @return the observation
     */
    public static Observation of(String id, String indicator, String territory, Period period, BigDecimal value) {
        return new Observation(id, indicator, territory, period, value, null, ObservationStatus.FINAL, List.of(), null, null);
    }

    @Override
    public EntityFamily family() {
        return EntityFamily.OBSERVATIONS;
    }

    /**
     * A builder for an {@link Observation} with its required members.
     *
     * @param id the id of the observation, unique in the dataset and stable across its versions
     * @param indicator the id of the indicator definition
     * @param territory the id of the territory
     * @param period the period the value is about
     * @param value the value, in the unit of the indicator
     * @return a builder
     */
    public static Builder builder(String id, String indicator, String territory, Period period, BigDecimal value) {
        Builder b = new Builder();
        b.id = id;
        b.indicator = indicator;
        b.territory = territory;
        b.period = period;
        b.value = value;
        return b;
    }

    /**
     * A builder holding this observation's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.indicator = indicator;
        b.territory = territory;
        b.period = period;
        b.value = value;
        b.profession = profession;
        b.status = status;
        b.identifiers.addAll(identifiers);
        b.validFrom = validFrom;
        b.validTo = validTo;
        return b;
    }

    /**
     * Builds an {@link Observation}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private String id;
        private String indicator;
        private String territory;
        private Period period;
        private BigDecimal value;
        private CodeRef profession;
        private ObservationStatus status;
        private final List<Identifier> identifiers = new ArrayList<>();
        private LocalDate validFrom;
        private LocalDate validTo;

        private Builder() {}

        /**
         * @param value the id of the observation, unique in the dataset and stable across its versions
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * @param value the id of the indicator definition
         * @return this builder
         */
        public Builder indicator(String value) {
            this.indicator = value;
            return this;
        }

        /**
         * @param value the id of the territory
         * @return this builder
         */
        public Builder territory(String value) {
            this.territory = value;
            return this;
        }

        /**
         * @param value the period the value is about
         * @return this builder
         */
        public Builder period(Period value) {
            this.period = value;
            return this;
        }

        /**
         * @param value the value, in the unit of the indicator
         * @return this builder
         */
        public Builder value(BigDecimal value) {
            this.value = value;
            return this;
        }

        /**
         * @param value the profession the value is about, when the indicator is split by profession
         * @return this builder
         */
        public Builder profession(CodeRef value) {
            this.profession = value;
            return this;
        }

        /**
         * @param value how final the value is
         * @return this builder
         */
        public Builder status(ObservationStatus value) {
            this.status = value;
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
         * @param value first day of the record (publication)
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value last day of the record (until superseded)
         * @return this builder
         */
        public Builder validTo(LocalDate value) {
            this.validTo = value;
            return this;
        }

        /**
         * Builds the observation.
         *
         * @return the observation
         */
        public Observation build() {
            return new Observation(id, indicator, territory, period, value, profession, status, identifiers, validFrom, validTo);
        }
    }
}
