package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.MembershipRole;

/**
 * A seat in a body (mandat): who holds it, in which role and college, with or without a vote, for which mandate period.
 *
 * <p>Identity in its collection (how a diff matches it): the member (person, organization or office) + role + college.
 *
 * @param person the id of the person who holds the seat, or null
 * @param organization the id of the organisation that holds the seat (a member hospital, a commune), or null
 * @param office the office whose holder sits ("maire de …"), or null
 * @param onBehalfOf the id of the organisation the member represents, or null
 * @param role the role in the body
 * @param college the college the seat belongs to, or null
 * @param votingRight true for a deliberative vote, false for a consultative one, null when not stated
 * @param validFrom first day of the mandate, or null when unknown or open
 * @param validTo last day of the mandate, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Membership(
        @Pattern(regexp = Entity.ID_PATTERN) String person,
        @Pattern(regexp = Entity.ID_PATTERN) String organization,
        @Valid Office office,
        @Pattern(regexp = Entity.ID_PATTERN) String onBehalfOf,
        @NotNull MembershipRole role,
        College college,
        Boolean votingRight,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    /**
     * Requires role.
     *
     * @param person the id of the person who holds the seat, or null
     * @param organization the id of the organisation that holds the seat (a member hospital, a commune), or null
     * @param office the office whose holder sits ("maire de …"), or null
     * @param onBehalfOf the id of the organisation the member represents, or null
     * @param role the role in the body
     * @param college the college the seat belongs to, or null
     * @param votingRight true for a deliberative vote, false for a consultative one, null when not stated
     * @param validFrom first day of the mandate, or null when unknown or open
     * @param validTo last day of the mandate, or null when still valid
     */
    public Membership {
        Objects.requireNonNull(role, "role");
    }

    /**
     * A person's seat, undated.
     *
     * @param person the id of the person
     * @param role the role
     * @param college the college, or null
     * @return the membership
     */
    public static Membership ofPerson(String person, MembershipRole role, College college) {
        return new Membership(person, null, null, null, role, college, null, null, null);
    }

    /**
     * An organisation's seat, undated.
     *
     * @param organization the id of the organisation
     * @param role the role
     * @param college the college, or null
     * @return the membership
     */
    public static Membership ofOrganization(String organization, MembershipRole role, College college) {
        return new Membership(null, organization, null, null, role, college, null, null, null);
    }

    /**
     * A seat held by whoever holds an office, undated.
     *
     * @param office the office
     * @param role the role
     * @param college the college, or null
     * @return the membership
     */
    public static Membership ofOffice(Office office, MembershipRole role, College college) {
        return new Membership(null, null, office, null, role, college, null, null, null);
    }

    /**
     * A copy with a voting right and a mandate period.
     *
     * @param voting the voting right, or null
     * @param from first day of the mandate, or null
     * @param to last day of the mandate, or null
     * @return the copy
     */
    public Membership withMandate(Boolean voting, LocalDate from, LocalDate to) {
        return new Membership(person, organization, office, onBehalfOf, role, college, voting, from, to);
    }

    /**
     * A builder for a {@link Membership} with its required members.
     *
     * @param role the role in the body
     * @return a builder
     */
    public static Builder builder(MembershipRole role) {
        Builder b = new Builder();
        b.role = role;
        return b;
    }

    /**
     * A builder holding this membership's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.person = person;
        b.organization = organization;
        b.office = office;
        b.onBehalfOf = onBehalfOf;
        b.role = role;
        b.college = college;
        b.votingRight = votingRight;
        b.validFrom = validFrom;
        b.validTo = validTo;
        return b;
    }

    /**
     * Builds a {@link Membership}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private String person;
        private String organization;
        private Office office;
        private String onBehalfOf;
        private MembershipRole role;
        private College college;
        private Boolean votingRight;
        private LocalDate validFrom;
        private LocalDate validTo;

        private Builder() {}

        /**
         * @param value the id of the person who holds the seat
         * @return this builder
         */
        public Builder person(String value) {
            this.person = value;
            return this;
        }

        /**
         * @param value the id of the organisation that holds the seat (a member hospital, a commune)
         * @return this builder
         */
        public Builder organization(String value) {
            this.organization = value;
            return this;
        }

        /**
         * @param value the office whose holder sits ("maire de …")
         * @return this builder
         */
        public Builder office(Office value) {
            this.office = value;
            return this;
        }

        /**
         * @param value the id of the organisation the member represents
         * @return this builder
         */
        public Builder onBehalfOf(String value) {
            this.onBehalfOf = value;
            return this;
        }

        /**
         * @param value the role in the body
         * @return this builder
         */
        public Builder role(MembershipRole value) {
            this.role = value;
            return this;
        }

        /**
         * @param value the college the seat belongs to
         * @return this builder
         */
        public Builder college(College value) {
            this.college = value;
            return this;
        }

        /**
         * @param value true for a deliberative vote, false for a consultative one, null when not stated
         * @return this builder
         */
        public Builder votingRight(Boolean value) {
            this.votingRight = value;
            return this;
        }

        /**
         * @param value first day of the mandate
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value last day of the mandate
         * @return this builder
         */
        public Builder validTo(LocalDate value) {
            this.validTo = value;
            return this;
        }

        /**
         * Builds the membership.
         *
         * @return the membership
         */
        public Membership build() {
            return new Membership(person, organization, office, onBehalfOf, role, college, votingRight, validFrom, validTo);
        }
    }
}
