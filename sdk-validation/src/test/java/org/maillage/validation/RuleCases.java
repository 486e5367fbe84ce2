package org.maillage.validation;

import static org.maillage.validation.RuleWorld.BOARD;
import static org.maillage.validation.RuleWorld.C1;
import static org.maillage.validation.RuleWorld.C2;
import static org.maillage.validation.RuleWorld.CC;
import static org.maillage.validation.RuleWorld.CLS;
import static org.maillage.validation.RuleWorld.CPTS;
import static org.maillage.validation.RuleWorld.DD;
import static org.maillage.validation.RuleWorld.FACILITY;
import static org.maillage.validation.RuleWorld.GHT;
import static org.maillage.validation.RuleWorld.HOSPITAL;
import static org.maillage.validation.RuleWorld.HOSPITAL2;
import static org.maillage.validation.RuleWorld.OBS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.GhtRole;
import org.maillage.core.codelist.GhtType;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.MembershipRole;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.PartyRole;
import org.maillage.core.codelist.ServiceStatus;
import org.maillage.core.codelist.ZoneCategory;
import org.maillage.core.model.Amendment;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.Coordinator;
import org.maillage.core.model.Facility;
import org.maillage.core.model.FacilityService;
import org.maillage.core.model.GhtMember;
import org.maillage.core.model.GhtMembership;
import org.maillage.core.model.GhtProfile;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Observation;
import org.maillage.core.model.Office;
import org.maillage.core.model.Organization;
import org.maillage.core.model.ServiceStatusPeriod;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.model.ZoneAssignment;
import org.maillage.core.model.ZoningDecision;

/**
 * For every rule of the regulatory pack and of the local-health profile: a world that triggers
 * it, with the findings expected (rule id and pointer), and a near miss that comes close and
 * gives no finding at all. The JUnit tests and the conformance corpus files
 * ({@code schemas/conformance/rules/<rule-id>.json}) are both made from this list.
 */
final class RuleCases {
    private RuleCases() {}

    /** An expected finding. */
    record Expected(String ruleId, String pointer) {}

    /** One rule's pair of cases. */
    record Pair(String ruleId, String profile, String trigger, RuleWorld triggering, List<Expected> expected,
            String nearMissDescription, RuleWorld nearMiss) {}

    /**
     * A pair of cases for a rule about waivers: a world validated with a waivers file (JSON) that
     * triggers the rule, and a near miss. Waivers expire far in the past or far in the future, so
     * the cases hold whatever the day they run.
     */
    record WaiverPair(String ruleId, String trigger, RuleWorld triggering, String triggerWaivers, List<Expected> expected,
            String nearMissDescription, RuleWorld nearMiss, String nearMissWaivers) {}

    static final String DEFAULT = "default";
    static final String POLICY = "local-health";

    static List<Pair> all() {
        RuleWorld w = RuleWorld.base();
        List<Pair> out = new ArrayList<>();

        // ---- regulatory ---------------------------------------------------------------------
        out.add(new Pair("rule.cls-signatories", DEFAULT,
                "a CLS in force signed by the ARS only: the communauté de communes is a mere partner",
                cls(w, c -> c.toBuilder().parties(replace(c.parties(), 1, new ContractParty(CC, PartyRole.PARTNER,
                        LocalDate.of(2023, 3, 1), null))).build()),
                List.of(new Expected("rule.cls-signatories", "/contracts/0/parties")),
                "the ARS signs through its délégation départementale, with the communauté de communes",
                cls(w, c -> c.toBuilder().parties(replace(c.parties(), 0, new ContractParty(DD, PartyRole.SIGNATORY,
                        LocalDate.of(2023, 3, 1), null))).build())));

        out.add(new Pair("rule.board-composition", DEFAULT,
                "a staff member's mandate ends on 31 December 2024 and is not renewed: 8 voting members from 2025",
                board(w, o -> o.toBuilder().memberships(replace(o.memberships(), 5, o.memberships().get(5)
                        .withMandate(true, LocalDate.of(2021, 6, 1), LocalDate.of(2024, 12, 31)))).build()),
                List.of(new Expected("rule.board-composition", "/organizations/5/memberships")),
                "a tenth, advisory seat (the hospital director, no vote) beside the nine voting members",
                board(w, o -> o.toBuilder().addMembership(Membership.ofOffice(new Office(OfficeKind.HOSPITAL_DIRECTOR, null,
                        HOSPITAL), MembershipRole.MEMBER, College.OTHER).withMandate(false, LocalDate.of(2021, 6, 1), null))
                        .build())));

        out.add(new Pair("rule.board-president-college", DEFAULT,
                "the board is presided by a member of the staff college",
                board(w, o -> o.toBuilder().memberships(replace(replace(o.memberships(), 0, role(o.memberships().get(0),
                        MembershipRole.MEMBER)), 3, role(o.memberships().get(3), MembershipRole.PRESIDENT))).build()),
                List.of(new Expected("rule.board-president-college", "/organizations/5/memberships/3/college")),
                "the board is presided by a qualified person (college 3)",
                board(w, o -> o.toBuilder().memberships(replace(replace(o.memberships(), 0, role(o.memberships().get(0),
                        MembershipRole.MEMBER)), 6, role(o.memberships().get(6), MembershipRole.PRESIDENT))).build())));

        out.add(new Pair("rule.ght-one-support", DEFAULT,
                "the GHT lists its two hospitals as members and none as support",
                ght(w, List.of(new GhtMember(HOSPITAL2, GhtRole.MEMBER, LocalDate.of(2016, 7, 1), null),
                        new GhtMember(HOSPITAL, GhtRole.MEMBER, LocalDate.of(2016, 7, 1), null))),
                List.of(new Expected("rule.ght-one-support", "/organizations/6/ght/members")),
                "the support role passes from one hospital to the other on 1 January 2020: one support at every date",
                ght(w, List.of(new GhtMember(HOSPITAL2, GhtRole.SUPPORT, LocalDate.of(2016, 7, 1), LocalDate.of(2019, 12, 31)),
                        new GhtMember(HOSPITAL2, GhtRole.MEMBER, LocalDate.of(2020, 1, 1), null),
                        new GhtMember(HOSPITAL, GhtRole.MEMBER, LocalDate.of(2016, 7, 1), LocalDate.of(2019, 12, 31)),
                        new GhtMember(HOSPITAL, GhtRole.SUPPORT, LocalDate.of(2020, 1, 1), null)))));

        out.add(new Pair("rule.apl-zip", DEFAULT,
                "a TVS with an APL to GPs of 2.1 in 2024 is classed ZAC by the doctor zoning in force",
                apl(w, "2.1", ZoneCategory.ZAC),
                List.of(new Expected("rule.apl-zip", "/observations/0/value")),
                "an APL of exactly 2.5 (not below the threshold) with the TVS classed ZAC",
                apl(w, "2.5", ZoneCategory.ZAC)));

        out.add(new Pair("rule.contract-signed-before-start", DEFAULT,
                "the communauté de communes signs a fortnight after the contract's start",
                cls(w, c -> c.toBuilder().parties(replace(c.parties(), 1, new ContractParty(CC, PartyRole.SIGNATORY,
                        LocalDate.of(2023, 3, 15), null))).build()),
                List.of(new Expected("rule.contract-signed-before-start", "/contracts/0/parties/1/signatureDate")),
                "the communauté de communes signs three weeks before the start",
                cls(w, c -> c.toBuilder().parties(replace(c.parties(), 1, new ContractParty(CC, PartyRole.SIGNATORY,
                        LocalDate.of(2023, 2, 10), null))).build())));

        out.add(new Pair("rule.amendment-within-period", DEFAULT,
                "amendment 1 is dated after the contract's end",
                cls(w, c -> c.toBuilder().amendments(List.of(new Amendment(1, LocalDate.of(2028, 2, 1), null))).build()),
                List.of(new Expected("rule.amendment-within-period", "/contracts/0/amendments/0/signatureDate")),
                "amendment 1 is dated on the contract's last day",
                cls(w, c -> c.toBuilder().amendments(List.of(new Amendment(1, LocalDate.of(2027, 12, 31), null))).build())));

        out.add(new Pair("rule.amendment-numbering", DEFAULT,
                "amendments numbered 1 and 3: number 2 is missing",
                cls(w, c -> c.toBuilder().amendments(List.of(new Amendment(1, LocalDate.of(2024, 5, 6), null),
                        new Amendment(3, LocalDate.of(2025, 1, 10), null))).build()),
                List.of(new Expected("rule.amendment-numbering", "/contracts/0/amendments")),
                "amendments 2 and 1 listed out of order, numbered 1 and 2",
                cls(w, c -> c.toBuilder().amendments(List.of(new Amendment(2, LocalDate.of(2025, 1, 10), null),
                        new Amendment(1, LocalDate.of(2024, 5, 6), null))).build())));

        out.add(new Pair("rule.amendment-order", DEFAULT,
                "amendment 2 is dated before amendment 1",
                cls(w, c -> c.toBuilder().amendments(List.of(new Amendment(1, LocalDate.of(2024, 5, 6), null),
                        new Amendment(2, LocalDate.of(2024, 1, 10), null))).build()),
                List.of(new Expected("rule.amendment-order", "/contracts/0/amendments/1/signatureDate")),
                "amendments 1 and 2 signed on the same day",
                cls(w, c -> c.toBuilder().amendments(List.of(new Amendment(1, LocalDate.of(2024, 5, 6), null),
                        new Amendment(2, LocalDate.of(2024, 5, 6), null))).build())));

        out.add(new Pair("rule.mandate-within-body", DEFAULT,
                "a mandate starts a month before the board was set up",
                mandateStart(w, LocalDate.of(2021, 5, 1)),
                List.of(new Expected("rule.mandate-within-body", "/organizations/5/memberships/8")),
                "the mandate starts the day the board was set up",
                mandateStart(w, LocalDate.of(2021, 6, 1))));

        out.add(new Pair("rule.signatory-dated", DEFAULT,
                "a signatory of a contract in force has no signature date",
                cls(w, c -> c.toBuilder().parties(replace(c.parties(), 1, new ContractParty(CC, PartyRole.SIGNATORY, null,
                        null))).build()),
                List.of(new Expected("rule.signatory-dated", "/contracts/0/parties/1")),
                "a partner (not a signatory) of a contract in force has no date",
                cls(w, c -> c.toBuilder().parties(replace(c.parties(), 2, new ContractParty(CPTS, PartyRole.PARTNER, null,
                        null))).build())));

        out.add(new Pair("rule.membership-one-member", DEFAULT,
                "a seat names both a person and an organisation",
                board(w, o -> o.toBuilder().memberships(replace(o.memberships(), 2, new Membership("p-cd", CC, null, null,
                        MembershipRole.MEMBER, College.LOCAL_AUTHORITIES, true, LocalDate.of(2021, 6, 1), null))).build()),
                List.of(new Expected("rule.membership-one-member", "/organizations/5/memberships/2")),
                "a seat names a person who sits on behalf of an organisation",
                board(w, o -> o.toBuilder().memberships(replace(o.memberships(), 2, new Membership("p-cd", null, null, CC,
                        MembershipRole.MEMBER, College.LOCAL_AUTHORITIES, true, LocalDate.of(2021, 6, 1), null))).build())));

        out.add(new Pair("rule.ght-membership-agrees", DEFAULT,
                "the site of the support hospital declares itself a mere member of the GHT",
                facility(w, f -> f.toBuilder().organization(HOSPITAL2).build()),
                List.of(new Expected("rule.ght-membership-agrees", "/facilities/0/ghtMemberships/0")),
                "the site of the support hospital declares the support role, as the GHT does",
                facility(w, f -> f.toBuilder().organization(HOSPITAL2).ghtMemberships(List.of(new GhtMembership(GHT,
                        GhtRole.SUPPORT, LocalDate.of(2016, 7, 1), null))).build())));

        // ---- local-health policy -------------------------------------------------------------
        out.add(new Pair("rule.cls-intercommunal", POLICY,
                "a CLS on one commune of the communauté de communes (the other commune is then uncovered)",
                cls(w, c -> c.toBuilder().territories(List.of(TerritoryLink.to(C1))).build()),
                List.of(new Expected("rule.cls-coverage", "/territories/1"),
                        new Expected("rule.cls-intercommunal", "/contracts/0/territories")),
                "a CLS on both communes, which make up the whole communauté de communes",
                cls(w, c -> c.toBuilder().territories(List.of(TerritoryLink.to(C1), TerritoryLink.to(C2))).build())));

        out.add(new Pair("rule.cls-coordinator-funded", POLICY,
                "the coordinator's post is not funded",
                cls(w, c -> c.toBuilder().coordinator(new Coordinator("p-coord", CC, false, BigDecimal.ONE,
                        LocalDate.of(2023, 3, 1), null)).build()),
                List.of(new Expected("rule.cls-coordinator-funded", "/contracts/0/coordinator")),
                "a funded coordinator's post, vacant (no person named)",
                cls(w, c -> c.toBuilder().coordinator(new Coordinator(null, CC, true, BigDecimal.ONE,
                        LocalDate.of(2023, 3, 1), null)).build())));

        out.add(new Pair("rule.cls-mental-health", POLICY,
                "the CLS has no mental-health axis",
                cls(w, c -> c.toBuilder().axes(List.of(c.axes().get(0))).build()),
                List.of(new Expected("rule.cls-mental-health", "/contracts/0/axes")),
                "one axis carries both access to care and mental health",
                cls(w, c -> c.toBuilder().axes(List.of(new ContractAxis("1", "Accès aux soins et santé mentale",
                        List.of(HealthTheme.ACCESS_TO_CARE, HealthTheme.MENTAL_HEALTH), List.of()))).build())));

        out.add(new Pair("rule.cls-local-partners", POLICY,
                "the CPTS of the territory is not a party of the CLS",
                cls(w, c -> c.toBuilder().parties(c.parties().stream().filter(p -> !p.organization().equals(CPTS)).toList())
                        .build()),
                List.of(new Expected("rule.cls-local-partners", "/contracts/0/parties")),
                "the CPTS, not a party, was dissolved before the reference date",
                cls(w, c -> c.toBuilder().parties(c.parties().stream().filter(p -> !p.organization().equals(CPTS)).toList())
                        .build()).change(CPTS, Organization.class, o -> o.toBuilder().validTo(LocalDate.of(2025, 6, 30)).build())));

        out.add(new Pair("rule.cls-coverage", POLICY,
                "the only CLS ended on 31 December 2025 (status not updated): no commune is covered on 1 January 2026",
                cls(w, c -> c.toBuilder().status(ContractStatus.SIGNED).validTo(LocalDate.of(2025, 12, 31)).build()),
                List.of(new Expected("rule.cls-coverage", "/territories/1")),
                "the CLS ends on the reference date itself",
                cls(w, c -> c.toBuilder().validTo(RuleWorld.REFERENCE).build())));

        out.add(new Pair("rule.closed-service-replaced", POLICY,
                "a maternity closed in 2020 and nothing followed",
                service(w, List.of(new ServiceStatusPeriod(ServiceStatus.OPEN, null, null, LocalDate.of(2019, 12, 31)),
                        new ServiceStatusPeriod(ServiceStatus.CLOSED, null, LocalDate.of(2020, 1, 1), null))),
                List.of(new Expected("rule.closed-service-replaced", "/facilities/0/services/0/statuses/1")),
                "a maternity closed for six months, then reopened",
                service(w, List.of(new ServiceStatusPeriod(ServiceStatus.OPEN, null, null, LocalDate.of(2019, 12, 31)),
                        new ServiceStatusPeriod(ServiceStatus.CLOSED, null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)),
                        new ServiceStatusPeriod(ServiceStatus.OPEN, null, LocalDate.of(2020, 7, 1), null)))));

        out.add(new Pair("rule.board-elected-officials", POLICY,
                "the local-authorities college holds three persons who represent no collectivité",
                board(w, o -> o.toBuilder().memberships(replace(replace(o.memberships(), 0, person(o.memberships().get(0),
                        "p-maire", null)), 1, person(o.memberships().get(1), "p-president-cc", null))).build()),
                List.of(new Expected("rule.board-elected-officials", "/organizations/5/memberships")),
                "one of them sits on behalf of the communauté de communes",
                board(w, o -> o.toBuilder().memberships(replace(replace(o.memberships(), 0, person(o.memberships().get(0),
                        "p-maire", null)), 1, person(o.memberships().get(1), "p-president-cc", CC))).build())));
        return out;
    }

    // ---- changes ---------------------------------------------------------------------------

    /** The pairs of cases for the rules about waivers, all on the unsigned CLS of {@code rule.cls-signatories}. */
    static List<WaiverPair> waivers() {
        Pair unsigned = all().get(0);
        List<Expected> finding = unsigned.expected();
        String scoped = waiver("\"entityId\": \"" + CLS + "\", \"pointer\": \"/contracts/0/parties\", ", "2099-12-31");
        List<WaiverPair> out = new ArrayList<>();
        out.add(new WaiverPair("waiver.expired",
                "the waiver of the unsigned CLS expired on 1 January 2000: it waives nothing and is reported",
                unsigned.triggering(), waiver("\"entityId\": \"" + CLS + "\", ", "2000-01-01"),
                plus(finding, new Expected("waiver.expired", "/waivers/0")),
                "the same waiver, in effect until 31 December 2099: the finding is waived",
                unsigned.triggering(), waiver("\"entityId\": \"" + CLS + "\", ", "2099-12-31")));
        out.add(new WaiverPair("waiver.unscoped",
                "a waiver of the rule with neither entity nor pointer: it waives nothing and is reported",
                unsigned.triggering(), waiver("", "2099-12-31"),
                plus(finding, new Expected("waiver.unscoped", "/waivers/0")),
                "a waiver scoped by a pointer above the finding's (/contracts/0): the finding is waived",
                unsigned.triggering(), waiver("\"pointer\": \"/contracts/0\", ", "2099-12-31")));
        out.add(new WaiverPair("waiver.unused",
                "a waiver of the unsigned CLS given with a file where the CLS is signed: it covers nothing",
                unsigned.nearMiss(), scoped,
                List.of(new Expected("waiver.unused", "/waivers/0")),
                "the same waiver with the file where the CLS is unsigned: it covers the finding",
                unsigned.triggering(), scoped));
        return out;
    }

    private static String waiver(String scope, String expires) {
        return "{\"waivers\": [{\"ruleId\": \"rule.cls-signatories\", " + scope
                + "\"justification\": \"La communauté de communes signe par avenant.\", \"expires\": \"" + expires + "\"}]}";
    }

    private static List<Expected> plus(List<Expected> list, Expected e) {
        List<Expected> out = new ArrayList<>(list);
        out.add(e);
        return List.copyOf(out);
    }

    private static <T> List<T> replace(List<T> list, int i, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(i, value);
        return copy;
    }

    private static RuleWorld cls(RuleWorld w, UnaryOperator<Contract> change) {
        return w.change(CLS, Contract.class, change);
    }

    private static RuleWorld board(RuleWorld w, UnaryOperator<Organization> change) {
        return w.change(BOARD, Organization.class, change);
    }

    private static RuleWorld facility(RuleWorld w, UnaryOperator<Facility> change) {
        return w.change(FACILITY, Facility.class, change);
    }

    private static RuleWorld ght(RuleWorld w, List<GhtMember> members) {
        return w.change(GHT, Organization.class, o -> o.toBuilder().ght(new GhtProfile(GhtType.GENERAL, members)).build());
    }

    private static RuleWorld service(RuleWorld w, List<ServiceStatusPeriod> statuses) {
        return facility(w, f -> f.toBuilder().services(List.of(new FacilityService(CodeRef.of("facility-service",
                "maternite"), statuses))).build());
    }

    private static RuleWorld apl(RuleWorld w, String value, ZoneCategory category) {
        return w.change(OBS, Observation.class, o -> new Observation(o.id(), o.indicator(), o.territory(), o.period(),
                new BigDecimal(value), o.profession(), o.status(), o.identifiers(), o.validFrom(), o.validTo()))
                .change(RuleWorld.ZONING, ZoningDecision.class, z -> z.toBuilder()
                        .assignments(List.of(new ZoneAssignment(RuleWorld.TVS, category))).build());
    }

    private static RuleWorld mandateStart(RuleWorld w, LocalDate start) {
        return board(w, o -> o.toBuilder().validFrom(LocalDate.of(2021, 6, 1)).memberships(replace(o.memberships(), 8,
                o.memberships().get(8).withMandate(true, start, null))).build());
    }

    private static Membership role(Membership m, MembershipRole role) {
        return new Membership(m.person(), m.organization(), m.office(), m.onBehalfOf(), role, m.college(), m.votingRight(),
                m.validFrom(), m.validTo());
    }

    private static Membership person(Membership m, String person, String onBehalfOf) {
        return new Membership(person, null, null, onBehalfOf, m.role(), m.college(), m.votingRight(), m.validFrom(),
                m.validTo());
    }
}
