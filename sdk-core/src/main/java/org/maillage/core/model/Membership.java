package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
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
}
