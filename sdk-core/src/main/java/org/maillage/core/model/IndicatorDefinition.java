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
import org.maillage.core.codelist.IndicatorDirection;
import org.maillage.core.internal.Lists;

/**
 * The definition of an indicator: what is measured, by whom, how, and which way is better.
 *
 * @param id the id of the indicator, unique in the dataset and stable across its versions
 * @param code its code, an entry of the open codelist {@code indicator} or a producer's own code
 * @param labelFr its label in French
 * @param labelEn its label in English, or null
 * @param unit the unit of its values (for example {@code consultations/an/habitant})
 * @param producer the id of the organisation that produces it, or null
 * @param method how it is computed, or null
 * @param direction how to read its values, or null
 * @param profession the profession it is about, or null
 * @param identifiers official identifiers (rarely used)
 * @param validFrom first day of the definition, or null when unknown or open
 * @param validTo last day of the definition, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record IndicatorDefinition(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String id,
        @NotBlank String code,
        @NotBlank String labelFr,
        String labelEn,
        @NotBlank String unit,
        @Pattern(regexp = Entity.ID_PATTERN) String producer,
        String method,
        IndicatorDirection direction,
        @Valid CodeRef profession,
        List<@Valid @NotNull Identifier> identifiers,
        LocalDate validFrom,
        LocalDate validTo)
        implements Entity {

    /**
     * Requires id, code, labelFr, unit; null lists become empty.
     *
     * @param id the id of the indicator, unique in the dataset and stable across its versions
     * @param code its code, an entry of the open codelist {@code indicator} or a producer's own code
     * @param labelFr its label in French
     * @param labelEn its label in English, or null
     * @param unit the unit of its values (for example {@code consultations/an/habitant})
     * @param producer the id of the organisation that produces it, or null
     * @param method how it is computed, or null
     * @param direction how to read its values, or null
     * @param profession the profession it is about, or null
     * @param identifiers official identifiers (rarely used)
     * @param validFrom first day of the definition, or null when unknown or open
     * @param validTo last day of the definition, or null when still valid
     */
    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelFr, "labelFr");
        Objects.requireNonNull(unit, "unit");
        identifiers = Lists.copy(identifiers);
    }

    @Override
    public EntityFamily family() {
        return EntityFamily.INDICATORS;
    }

    /**
     * A builder for an {@link IndicatorDefinition} with its required members.
     *
     * @param id the id of the indicator, unique in the dataset and stable across its versions
     * @param code its code, an entry of the open codelist {@code indicator} or a producer's own code
     * @param labelFr its label in French
     * @param unit the unit of its values (for example {@code consultations/an/habitant})
     * @return a builder
     */
    public static Builder builder(String id, String code, String labelFr, String unit) {
        Builder b = new Builder();
        b.id = id;
        b.code = code;
        b.labelFr = labelFr;
        b.unit = unit;
        return b;
    }

    /**
     * A builder holding this indicator definition's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.code = code;
        b.labelFr = labelFr;
        b.labelEn = labelEn;
        b.unit = unit;
        b.producer = producer;
        b.method = method;
        b.direction = direction;
        b.profession = profession;
        b.identifiers.addAll(identifiers);
        b.validFrom = validFrom;
        b.validTo = validTo;
        return b;
    }

    /**
     * Builds an {@link IndicatorDefinition}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private String id;
        private String code;
        private String labelFr;
        private String labelEn;
        private String unit;
        private String producer;
        private String method;
        private IndicatorDirection direction;
        private CodeRef profession;
        private final List<Identifier> identifiers = new ArrayList<>();
        private LocalDate validFrom;
        private LocalDate validTo;

        private Builder() {}

        /**
         * @param value the id of the indicator, unique in the dataset and stable across its versions
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * @param value its code, an entry of the open codelist {@code indicator} or a producer's own code
         * @return this builder
         */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /**
         * @param value its label in French
         * @return this builder
         */
        public Builder labelFr(String value) {
            this.labelFr = value;
            return this;
        }

        /**
         * @param value its label in English
         * @return this builder
         */
        public Builder labelEn(String value) {
            this.labelEn = value;
            return this;
        }

        /**
         * @param value the unit of its values (for example {@code consultations/an/habitant})
         * @return this builder
         */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        /**
         * @param value the id of the organisation that produces it
         * @return this builder
         */
        public Builder producer(String value) {
            this.producer = value;
            return this;
        }

        /**
         * @param value how it is computed
         * @return this builder
         */
        public Builder method(String value) {
            this.method = value;
            return this;
        }

        /**
         * @param value how to read its values
         * @return this builder
         */
        public Builder direction(IndicatorDirection value) {
            this.direction = value;
            return this;
        }

        /**
         * @param value the profession it is about
         * @return this builder
         */
        public Builder profession(CodeRef value) {
            this.profession = value;
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
         * @param value first day of the definition
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value last day of the definition
         * @return this builder
         */
        public Builder validTo(LocalDate value) {
            this.validTo = value;
            return this;
        }

        /**
         * Builds the indicator definition.
         *
         * @return the indicator definition
         */
        public IndicatorDefinition build() {
            return new IndicatorDefinition(id, code, labelFr, labelEn, unit, producer, method, direction, profession, identifiers, validFrom, validTo);
        }
    }
}
