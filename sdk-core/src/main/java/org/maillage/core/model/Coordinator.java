package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The coordinator of a contract or a plan (coordinateur CLS, médecin coordonnateur of a PTSM): who, employed by whom, funded or not, for how much time.
 *
 * @param person the id of the coordinator, or null when the post is vacant or the person not named
 * @param organization the id of the employer, or null
 * @param funded whether the post is funded under the contract, or null when not stated
 * @param fte full-time equivalent of the post, or null
 * @param validFrom first day of the post, or null when unknown or open
 * @param validTo last day of the post, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Coordinator(
        @Pattern(regexp = Entity.ID_PATTERN) String person,
        @Pattern(regexp = Entity.ID_PATTERN) String organization,
        Boolean funded,
        @DecimalMin("0") @DecimalMax("10") BigDecimal fte,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    /**
     * Canonical constructor.
     *
     * @param person the id of the coordinator, or null when the post is vacant or the person not named
     * @param organization the id of the employer, or null
     * @param funded whether the post is funded under the contract, or null when not stated
     * @param fte full-time equivalent of the post, or null
     * @param validFrom first day of the post, or null when unknown or open
     * @param validTo last day of the post, or null when still valid
     */
    public Coordinator {
    }

    /**
     * A builder for a {@link Coordinator}.
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder b = new Builder();
        return b;
    }

    /**
     * A builder holding this coordinator's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.person = person;
        b.organization = organization;
        b.funded = funded;
        b.fte = fte;
        b.validFrom = validFrom;
        b.validTo = validTo;
        return b;
    }

    /**
     * Builds a {@link Coordinator}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private String person;
        private String organization;
        private Boolean funded;
        private BigDecimal fte;
        private LocalDate validFrom;
        private LocalDate validTo;

        private Builder() {}

        /**
         * @param value the id of the coordinator
         * @return this builder
         */
        public Builder person(String value) {
            this.person = value;
            return this;
        }

        /**
         * @param value the id of the employer
         * @return this builder
         */
        public Builder organization(String value) {
            this.organization = value;
            return this;
        }

        /**
         * @param value whether the post is funded under the contract
         * @return this builder
         */
        public Builder funded(Boolean value) {
            this.funded = value;
            return this;
        }

        /**
         * @param value full-time equivalent of the post
         * @return this builder
         */
        public Builder fte(BigDecimal value) {
            this.fte = value;
            return this;
        }

        /**
         * @param value first day of the post
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value last day of the post
         * @return this builder
         */
        public Builder validTo(LocalDate value) {
            this.validTo = value;
            return this;
        }

        /**
         * Builds the coordinator.
         *
         * @return the coordinator
         */
        public Coordinator build() {
            return new Coordinator(person, organization, funded, fte, validFrom, validTo);
        }
    }
}
