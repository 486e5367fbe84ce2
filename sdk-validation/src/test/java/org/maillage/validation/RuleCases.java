package org.maillage.validation;

import static org.maillage.validation.RuleWorld.ARS;
import static org.maillage.validation.RuleWorld.BOARD;
import static org.maillage.validation.RuleWorld.C1;
import static org.maillage.validation.RuleWorld.C2;
import static org.maillage.validation.RuleWorld.CC;
import static org.maillage.validation.RuleWorld.CD;
import static org.maillage.validation.RuleWorld.CLS;
import static org.maillage.validation.RuleWorld.CLSM;
import static org.maillage.validation.RuleWorld.COMMUNE_ORG;
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
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.CptsSizeClass;
import org.maillage.core.codelist.GhtRole;
import org.maillage.core.codelist.GhtType;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.MembershipRole;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PartyRole;
import org.maillage.core.codelist.PlanDecisionKind;
import org.maillage.core.codelist.PlanKind;
import org.maillage.core.codelist.PlanStatus;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.ServiceStatus;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.codelist.ZoneCategory;
import org.maillage.core.model.Amendment;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractAction;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.Coordinator;
import org.maillage.core.model.CptsProfile;
import org.maillage.core.model.Facility;
import org.maillage.core.model.FacilityLabel;
import org.maillage.core.model.FacilityService;
import org.maillage.core.model.FundingLine;
import org.maillage.core.model.GhtMember;
import org.maillage.core.model.GhtMembership;
import org.maillage.core.model.GhtProfile;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Observation;
import org.maillage.core.model.Office;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Period;
import org.maillage.core.model.Plan;
import org.maillage.core.model.PlanDecision;
import org.maillage.core.model.Population;
import org.maillage.core.model.ServiceStatusPeriod;
import org.maillage.core.model.Territory;
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
                "a CLS in force signed by the communauté de communes: the ARS is a mere partner",
                cls(w, c -> c.toBuilder().parties(replace(c.parties(), 0, new ContractParty(ARS, PartyRole.PARTNER,
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
                board(w, o -> o.toBuilder().memberships(replace(o.memberships(), 2, new Membership("p-cd", CD, null, null,
                        MembershipRole.MEMBER, College.LOCAL_AUTHORITIES, true, LocalDate.of(2021, 6, 1), null))).build()),
                List.of(new Expected("rule.membership-one-member", "/organizations/5/memberships/2")),
                "a seat names a person who sits on behalf of an organisation",
                board(w, o -> o.toBuilder().memberships(replace(o.memberships(), 2, new Membership("p-cd", null, null, CD,
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
                cls(w, c -> c.toBuilder().axes(List.of(c.axes().get(0), c.axes().get(2))).build()),
                List.of(new Expected("rule.cls-mental-health", "/contracts/0/axes")),
                "one axis carries both access to care and mental health",
                cls(w, c -> c.toBuilder().axes(List.of(new ContractAxis("1", "Accès aux soins et santé mentale",
                        List.of(HealthTheme.ACCESS_TO_CARE, HealthTheme.MENTAL_HEALTH), List.of(), CLSM), c.axes().get(2))).build())));

        out.add(new Pair("rule.cls-local-partners", POLICY,
                "the CPTS of the territory is not a party of the CLS",
                cls(w, c -> c.toBuilder().parties(c.parties().stream().filter(p -> !p.organization().equals(CPTS)).toList())
                        .build()),
                List.of(new Expected("rule.cls-local-partners", "/contracts/0/parties")),
                "the CPTS, not a party, was dissolved before the reference date",
                cls(w, c -> c.toBuilder().parties(c.parties().stream().filter(p -> !p.organization().equals(CPTS)).toList())
                        .build()).change(CPTS, Organization.class, o -> o.toBuilder().validTo(LocalDate.of(2025, 6, 30))
                        .memberships(List.of(o.memberships().get(0).withMandate(false, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 6, 30))))
                        .build())));

        out.add(new Pair("rule.cls-coverage", POLICY,
                "the only CLS ended on 31 December 2025 (status not updated): no commune is covered on 1 January 2026",
                cls(w, c -> c.toBuilder().status(ContractStatus.SIGNED).validTo(LocalDate.of(2025, 12, 31)).build()),
                // The CPTS still names the CLS as the one it relies on: a reference to a contract no longer in force.
                List.of(new Expected("rule.cls-coverage", "/territories/1"),
                        new Expected("ref.not-valid-at-date", "/organizations/7/cpts/contracts/0")),
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
                "the board's previous mandates (June 2016 to May 2021) seated three persons who represent no collectivité",
                previousMandates(w, null),
                List.of(new Expected("rule.board-elected-officials", "/organizations/5/memberships")),
                "in those previous mandates, one of the three sat on behalf of the département council",
                previousMandates(w, CD)));

        // ---- added for the law the seeds lean on (regulatory) --------------------------------
        out.add(new Pair("rule.cls-collectivity-signatory", DEFAULT,
                "a CLS in force signed by the ARS only: the communauté de communes is a mere partner",
                cls(w, c -> c.toBuilder().parties(replace(c.parties(), 1, new ContractParty(CC, PartyRole.PARTNER,
                        LocalDate.of(2023, 3, 1), null))).build()),
                List.of(new Expected("rule.cls-collectivity-signatory", "/contracts/0/parties")),
                "the département council signs, the communauté de communes is a partner",
                cls(w, c -> c.toBuilder().parties(replace(c.parties(), 1, new ContractParty(CD, PartyRole.SIGNATORY,
                        LocalDate.of(2023, 3, 1), null))).build())));

        out.add(new Pair("rule.board-seat-mayor", DEFAULT,
                "the board is presided by the mayor of the other commune, not of the one where the hospital has its seat",
                board(w, o -> o.toBuilder().memberships(replace(o.memberships(), 0, Membership.ofOffice(Office.of(OfficeKind.MAYOR, C2),
                        MembershipRole.PRESIDENT, College.LOCAL_AUTHORITIES).withMandate(true, LocalDate.of(2021, 6, 1), null))).build()),
                List.of(new Expected("rule.board-seat-mayor", "/organizations/5/memberships")),
                "a person the mayor designated presides, on behalf of the commune",
                board(w, o -> o.toBuilder().memberships(replace(o.memberships(), 0, Membership.builder(MembershipRole.PRESIDENT)
                        .person("p-maire").onBehalfOf(COMMUNE_ORG).college(College.LOCAL_AUTHORITIES).votingRight(true)
                        .validFrom(LocalDate.of(2021, 6, 1)).build())).build())));

        out.add(new Pair("rule.mandate-term", DEFAULT,
                "the nine mandates, still running, began on 1 June 2020: five years and seven months on the reference date",
                mandatesFrom(w, LocalDate.of(2020, 6, 1)),
                java.util.stream.IntStream.range(0, 9).mapToObj(i -> new Expected("rule.mandate-term", "/organizations/5/memberships/" + i))
                        .toList(),
                "they began on 2 January 2021: five years less a day on the reference date",
                mandatesFrom(w, LocalDate.of(2021, 1, 2))));

        out.add(new Pair("rule.ght-chu-associated", DEFAULT,
                "the GHT lists its support and its member, and no CHU",
                w.change(GHT, Organization.class, o -> o.toBuilder().ght(new GhtProfile(GhtType.GENERAL,
                        o.ght().members().subList(0, 2))).build()),
                List.of(new Expected("rule.ght-chu-associated", "/organizations/6/ght")),
                "no associate either, but the support establishment is itself a CHU: its site is of FINESS category 101",
                w.change(GHT, Organization.class, o -> o.toBuilder().ght(new GhtProfile(GhtType.GENERAL,
                        o.ght().members().subList(0, 2))).build())
                        .put(Facility.builder("et-chi-val-ariege", "CHI du Val d'Ariège, site de Foix", CodeRef.of("finess-category", "101"))
                                .organization(HOSPITAL2).addGhtMembership(new GhtMembership(GHT, GhtRole.SUPPORT,
                                        LocalDate.of(2016, 7, 1), null)).build())));

        out.add(new Pair("rule.body-composition", DEFAULT,
                "the CODAMUPS-TS of the Ariège seats one mayor where the decree asks for two",
                codamups(w, 1),
                List.of(new Expected("rule.body-composition", "/organizations/14/memberships")),
                "it seats two mayors",
                codamups(w, 2)));

        // ---- local-health, drawn from the seeds' demands (docs/demands.md) ---------------------
        out.add(new Pair("rule.proposed-body-composition", POLICY,
                "a conseil local de santé publique with the mayor and the préfet, without the ARS",
                localPublicHealthCouncil(w, false),
                List.of(new Expected("rule.proposed-body-composition", "/organizations/14/memberships")),
                "the ARS's departmental delegate sits too",
                localPublicHealthCouncil(w, true)));

        out.add(new Pair("rule.cls-prevention-environment", POLICY,
                "the CLS loses its prevention and environmental-health axis",
                cls(w, c -> c.toBuilder().axes(c.axes().subList(0, 2)).build()),
                List.of(new Expected("rule.cls-prevention-environment", "/contracts/0/axes")),
                "the third axis is about environmental health only",
                cls(w, c -> c.toBuilder().axes(replace(c.axes(), 2, new ContractAxis("3", "Santé environnementale",
                        List.of(HealthTheme.ENVIRONMENTAL_HEALTH), List.of()))).build())));

        out.add(new Pair("rule.cls-access-to-care", POLICY,
                "the CLS's first axis is about attracting professionals only",
                cls(w, c -> c.toBuilder().axes(replace(c.axes(), 0, new ContractAxis("1", "Attractivité",
                        List.of(HealthTheme.PROFESSIONAL_ATTRACTIVENESS), List.of()))).build()),
                List.of(new Expected("rule.cls-access-to-care", "/contracts/0/axes")),
                "the first axis is about attracting professionals and access to care",
                cls(w, c -> c.toBuilder().axes(replace(c.axes(), 0, new ContractAxis("1", "Attractivité et accès aux soins",
                        List.of(HealthTheme.PROFESSIONAL_ATTRACTIVENESS, HealthTheme.ACCESS_TO_CARE), List.of()))).build())));

        out.add(new Pair("rule.cls-clsm", POLICY,
                "the mental-health axis names no CLSM",
                cls(w, c -> c.toBuilder().axes(replace(c.axes(), 1, new ContractAxis("2", "Santé mentale",
                        List.of(HealthTheme.MENTAL_HEALTH), List.of()))).build()),
                List.of(new Expected("rule.cls-clsm", "/contracts/0/axes/1")),
                "the axis names no body, but its action is carried by the CLSM",
                cls(w, c -> c.toBuilder().axes(replace(c.axes(), 1, new ContractAxis("2", "Santé mentale",
                        List.of(HealthTheme.MENTAL_HEALTH), List.of(new ContractAction("2.1", "Réunir le CLSM", null, CLSM, null, null)))))
                        .build())));

        out.add(new Pair("rule.cls-funding", POLICY,
                "the CLS in force states no funding line",
                cls(w, c -> c.toBuilder().funding(List.of()).build()),
                List.of(new Expected("rule.cls-funding", "/contracts/0")),
                "its only funding line is the communauté de communes'",
                cls(w, c -> c.toBuilder().funding(List.of(new FundingLine(CC, 2024, new BigDecimal("15000"), null))).build())));

        out.add(new Pair("rule.cls-diagnosis", POLICY,
                "the CLS names no plan",
                cls(w, c -> c.toBuilder().plans(List.of()).build()),
                List.of(new Expected("rule.cls-diagnosis", "/contracts/0")),
                "the CLS rests on the shared territorial diagnosis instead of a local one",
                cls(w, c -> c.toBuilder().plans(List.of("diagnostic-territorial-ariege")).build())
                        .put(Plan.builder("diagnostic-territorial-ariege", PlanKind.TERRITORIAL_DIAGNOSIS, PlanStatus.ADOPTED,
                                "Diagnostic territorial partagé de l'Ariège").organization(DD)
                                .addTerritory(TerritoryLink.to(RuleWorld.DEP)).validFrom(LocalDate.of(2021, 1, 1)).build())));

        out.add(new Pair("rule.cls-renforce-parties", POLICY,
                "a reinforced CLS signed by the commune instead of the communauté de communes",
                cls(w, c -> c.toBuilder().kind(ContractKind.CLS_RENFORCE).parties(replace(c.parties(), 1, new ContractParty(COMMUNE_ORG,
                        PartyRole.SIGNATORY, LocalDate.of(2023, 3, 1), null))).build()),
                List.of(new Expected("rule.cls-renforce-parties", "/contracts/0/parties")),
                "a reinforced CLS with the communauté de communes and the CPTS among its parties",
                cls(w, c -> c.toBuilder().kind(ContractKind.CLS_RENFORCE).build())));

        out.add(new Pair("rule.cls-steering-elected-officials", POLICY,
                "the CLS's steering committee seats the ARS's delegate only",
                w.change(RuleWorld.COPIL, Organization.class, o -> o.toBuilder().memberships(o.memberships().subList(1, 2)).build()),
                List.of(new Expected("rule.cls-steering-elected-officials", "/contracts/0/steeringCommittee")),
                "beside the delegate, a person sits on behalf of the communauté de communes",
                w.change(RuleWorld.COPIL, Organization.class, o -> o.toBuilder().memberships(List.of(o.memberships().get(1),
                        Membership.builder(MembershipRole.MEMBER).person("p-president-cc").onBehalfOf(CC).build())).build())));

        out.add(new Pair("rule.cpts-elected-officials", POLICY,
                "the CPTS seats nobody",
                w.change(CPTS, Organization.class, o -> o.toBuilder().memberships(List.of()).build()),
                List.of(new Expected("rule.cpts-elected-officials", "/organizations/7")),
                "the commune itself is an associated member of the CPTS",
                w.change(CPTS, Organization.class, o -> o.toBuilder().memberships(List.of(Membership.ofOrganization(COMMUNE_ORG,
                        MembershipRole.MEMBER, College.LOCAL_AUTHORITIES))).build())));

        out.add(new Pair("rule.clsm-elected-officials", POLICY,
                "the CLSM seats the hospital only",
                w.change(RuleWorld.CLSM, Organization.class, o -> o.toBuilder().memberships(o.memberships().subList(1, 2)).build()),
                List.of(new Expected("rule.clsm-elected-officials", "/organizations/11/memberships")),
                "beside the hospital, an intercommunal councillor",
                w.change(RuleWorld.CLSM, Organization.class, o -> o.toBuilder().memberships(List.of(o.memberships().get(1),
                        Membership.ofOffice(Office.of(OfficeKind.EPCI_COUNCILLOR, RuleWorld.EPCI), MembershipRole.MEMBER,
                                College.LOCAL_AUTHORITIES))).build())));

        out.add(new Pair("rule.cpts-relies-on-cls", POLICY,
                "the CPTS names no CLS, though one is in force on its territory",
                cpts(w, p -> new CptsProfile(p.sizeClass(), p.missions(), p.aciSignatureDate(), List.of())),
                List.of(new Expected("rule.cpts-relies-on-cls", "/organizations/7/cpts")),
                "the CPTS names no CLS, and its territory no longer meets the CLS's on the reference date",
                cpts(w, p -> new CptsProfile(p.sizeClass(), p.missions(), p.aciSignatureDate(), List.of()))
                        .change(CPTS, Organization.class, o -> o.toBuilder().jurisdiction(List.of(new TerritoryLink(RuleWorld.EPCI,
                                null, LocalDate.of(2025, 12, 31)))).build())));

        out.add(new Pair("rule.cpts-size-population", POLICY,
                "a CPTS of 621 inhabitants declared in size class 2",
                cpts(w, p -> new CptsProfile(CptsSizeClass.CLASS_2, p.missions(), p.aciSignatureDate(), p.contracts())),
                List.of(new Expected("rule.cpts-size-population", "/organizations/7/cpts/sizeClass")),
                "39,999 inhabitants, size class 1: just under the first threshold",
                w.change(C2, Territory.class, t -> t.toBuilder().population(List.of(new Population(39_968, 2022,
                        PopulationKind.MUNICIPALE))).build())));

        out.add(new Pair("rule.ght-elected-committee", POLICY,
                "the GHT's committee of elected officials seats the hospital director, not the mayor of the hospital's commune",
                w.change(RuleWorld.GHT_ELECTED, Organization.class, o -> o.toBuilder().memberships(List.of(Membership.ofOffice(
                        new Office(OfficeKind.HOSPITAL_DIRECTOR, null, HOSPITAL), MembershipRole.MEMBER, College.HEALTH_PROVIDERS)))
                        .build()),
                List.of(new Expected("rule.ght-elected-committee", "/organizations/13/memberships")),
                "a person sits on behalf of the commune, as the mayor designated",
                w.change(RuleWorld.GHT_ELECTED, Organization.class, o -> o.toBuilder().memberships(List.of(Membership
                        .builder(MembershipRole.MEMBER).person("p-maire").onBehalfOf(COMMUNE_ORG).build())).build())));

        out.add(new Pair("rule.ars-delegation-per-departement", POLICY,
                "the Haute-Garonne, in the ARS's région, has no délégation départementale",
                w.put(Territory.builder("departement:31", TerritoryKind.DEPARTEMENT, "31", "Haute-Garonne")
                        .addParent(TerritoryLink.to(RuleWorld.REGION)).build()),
                List.of(new Expected("rule.ars-delegation-per-departement", "/organizations/0/jurisdiction")),
                "the Haute-Garonne has its délégation",
                w.put(Territory.builder("departement:31", TerritoryKind.DEPARTEMENT, "31", "Haute-Garonne")
                        .addParent(TerritoryLink.to(RuleWorld.REGION)).build())
                        .put(Organization.builder("ars-dd-31", OrganizationKind.ARS_DELEGATION, "Délégation départementale de la Haute-Garonne")
                                .parent(RuleWorld.ARS).addJurisdiction(TerritoryLink.to("departement:31")).build())));

        out.add(new Pair("rule.service-suspended-too-long", POLICY,
                "the maternity has been suspended since 1 January 2025: a year on the reference date",
                service(w, List.of(new ServiceStatusPeriod(ServiceStatus.OPEN, null, null, LocalDate.of(2024, 12, 31)),
                        new ServiceStatusPeriod(ServiceStatus.SUSPENDED, null, LocalDate.of(2025, 1, 1), null))),
                List.of(new Expected("rule.service-suspended-too-long", "/facilities/0/services/0/statuses/1")),
                "suspended since 1 July 2025: six months exactly on the reference date",
                service(w, List.of(new ServiceStatusPeriod(ServiceStatus.OPEN, null, null, LocalDate.of(2025, 6, 30)),
                        new ServiceStatusPeriod(ServiceStatus.SUSPENDED, null, LocalDate.of(2025, 7, 1), null)))));

        out.add(new Pair("rule.local-hospital-label-ended", POLICY,
                "the site's label hôpital de proximité ended on 30 June 2025",
                facility(w, f -> f.toBuilder().labels(List.of(new FacilityLabel(CodeRef.of("facility-label", "hopital-de-proximite"),
                        RuleWorld.ARS, LocalDate.of(2022, 6, 15), LocalDate.of(2025, 6, 30)))).build()),
                List.of(new Expected("rule.local-hospital-label-ended", "/facilities/0/labels/0/validTo")),
                "the label was renewed from 1 July 2025",
                facility(w, f -> f.toBuilder().labels(List.of(new FacilityLabel(CodeRef.of("facility-label", "hopital-de-proximite"),
                        RuleWorld.ARS, LocalDate.of(2022, 6, 15), LocalDate.of(2025, 6, 30)), new FacilityLabel(CodeRef.of(
                        "facility-label", "hopital-de-proximite"), RuleWorld.ARS, LocalDate.of(2025, 7, 1), null))).build())));

        out.add(new Pair("rule.zoning-review-overdue", POLICY,
                "the doctor zoning in force was adopted on 1 October 2022, more than three years before the reference date",
                zoning(w, z -> z.toBuilder().adoptionDate(LocalDate.of(2022, 10, 1)).build()),
                List.of(new Expected("rule.zoning-review-overdue", "/zonings/0/adoptionDate")),
                "adopted on 2 January 2023: three years less a day",
                zoning(w, z -> z.toBuilder().adoptionDate(LocalDate.of(2023, 1, 2)).build())));

        out.add(new Pair("rule.zoning-criteria", POLICY,
                "the doctor zoning lists the APL only among its criteria",
                zoning(w, z -> z.toBuilder().indicators(List.of(RuleWorld.APL)).build()),
                List.of(new Expected("rule.zoning-criteria", "/zonings/0/indicators")),
                "it lists the waiting time, the APL and the density, in that order",
                zoning(w, z -> z.toBuilder().indicators(List.of(RuleWorld.WAIT, RuleWorld.APL, "ind-densite-professionnels")).build())));

        out.add(new Pair("rule.supply-indicators", POLICY,
                "no departures of professionals are published for the zoned TVS",
                w.remove("obs-departs-professionnels-tvs-2024"),
                List.of(new Expected("rule.supply-indicators", "/zonings/0/assignments")),
                "the departures are published for 2023 rather than 2024",
                w.remove("obs-departs-professionnels-tvs-2024").put(Observation.of("obs-departs-professionnels-tvs-2023",
                        "ind-departs-professionnels", RuleWorld.TVS, Period.ofYear(2023), BigDecimal.ONE))));

        out.add(new Pair("rule.health-territory-splits-epci", POLICY,
                "the TVS takes one of the two communes of the communauté de communes",
                w.change(RuleWorld.TVS, Territory.class, t -> t.toBuilder().members(List.of(TerritoryLink.to(C1))).build()),
                List.of(new Expected("rule.health-territory-splits-epci", "/territories/5/members")),
                "the TVS takes both",
                w.change(RuleWorld.TVS, Territory.class, t -> t.toBuilder().members(List.of(TerritoryLink.to(C1), TerritoryLink.to(C2)))
                        .build())));

        out.add(new Pair("rule.ptsm-coordinator", POLICY,
                "the PTSM in force names a coordinator whose post is not funded",
                w.put(ptsm(false)),
                List.of(new Expected("rule.ptsm-coordinator", "/plans/1/coordinator")),
                "the coordinator's post is funded",
                w.put(ptsm(true))));

        out.add(new Pair("rule.pts-local-authorities", POLICY,
                "a territorial health project drawn up by the CPTS, with the ARS's opinion only",
                w.put(pts(false)),
                List.of(new Expected("rule.pts-local-authorities", "/plans/1/decisions")),
                "the communauté de communes contributed to it",
                w.put(pts(true))));
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

    /** The board with previous mandates (June 2016 to May 2021), its local-authorities seats held by persons. */
    private static RuleWorld previousMandates(RuleWorld w, String onBehalfOf) {
        LocalDate from = LocalDate.of(2016, 6, 1);
        LocalDate to = LocalDate.of(2021, 5, 31);
        return board(w, o -> {
            Organization.Builder b = o.toBuilder();
            String[] people = {"p-maire", "p-president-cc", "p-cd", "p-med1", "p-med2", "p-inf", "p-pq1", "p-pq2", "p-usager"};
            for (int i = 0; i < people.length; i++) {
                College college = i < 3 ? College.LOCAL_AUTHORITIES : i < 6 ? College.STAFF : College.QUALIFIED_PERSONS;
                b.addMembership(Membership.builder(i == 0 ? MembershipRole.PRESIDENT : MembershipRole.MEMBER).person(people[i])
                        .onBehalfOf(i == 1 ? onBehalfOf : null).college(college).votingRight(true).validFrom(from).validTo(to).build());
            }
            return b.build();
        });
    }

    /** The board with every mandate begun on a day, still running. */
    private static RuleWorld mandatesFrom(RuleWorld w, LocalDate from) {
        return board(w, o -> o.toBuilder().memberships(o.memberships().stream().map(m -> m.toBuilder().validFrom(from).build())
                .toList()).build());
    }

    private static RuleWorld codamups(RuleWorld w, int mayors) {
        Organization.Builder b = Organization.builder("codamups-ts-09", OrganizationKind.CODAMUPS_TS, "CODAMUPS-TS de l'Ariège")
                .addJurisdiction(TerritoryLink.to(RuleWorld.DEP))
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.PREFET, RuleWorld.DEP), MembershipRole.CO_CHAIR,
                        College.STATE_AND_SOCIAL_SECURITY))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.ARS_DELEGATE, null, DD), MembershipRole.CO_CHAIR,
                        College.STATE_AND_SOCIAL_SECURITY))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.DEPARTEMENTAL_COUNCILLOR, RuleWorld.DEP, CD), MembershipRole.MEMBER,
                        College.LOCAL_AUTHORITIES));
        for (String commune : List.of(C1, C2).subList(0, mayors)) {
            b.addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, commune), MembershipRole.MEMBER, College.LOCAL_AUTHORITIES));
        }
        return w.put(b.build());
    }

    private static RuleWorld localPublicHealthCouncil(RuleWorld w, boolean ars) {
        Organization.Builder b = Organization.builder("clsp-aigues-juntes", OrganizationKind.CONSEIL_LOCAL_SANTE_PUBLIQUE,
                        "Conseil local de santé publique d'Aigues-Juntes")
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, C1), MembershipRole.CO_CHAIR, College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.PREFET, RuleWorld.DEP), MembershipRole.CO_CHAIR,
                        College.STATE_AND_SOCIAL_SECURITY))
                .addMembership(Membership.ofOrganization(CPTS, MembershipRole.MEMBER, College.HEALTH_PROVIDERS));
        if (ars) {
            b.addMembership(Membership.ofOffice(new Office(OfficeKind.ARS_DELEGATE, null, DD), MembershipRole.MEMBER,
                    College.STATE_AND_SOCIAL_SECURITY));
        }
        return w.put(b.build());
    }

    private static RuleWorld cpts(RuleWorld w, UnaryOperator<CptsProfile> change) {
        return w.change(CPTS, Organization.class, o -> o.toBuilder().cpts(change.apply(o.cpts())).build());
    }

    private static RuleWorld zoning(RuleWorld w, UnaryOperator<ZoningDecision> change) {
        return w.change(RuleWorld.ZONING, ZoningDecision.class, change);
    }

    private static Plan ptsm(boolean funded) {
        return Plan.builder("ptsm-ariege", PlanKind.PTSM, PlanStatus.IN_FORCE, "Projet territorial de santé mentale de l'Ariège")
                .organization(RuleWorld.ARS).addTerritory(TerritoryLink.to(RuleWorld.DEP))
                .coordinator(Coordinator.builder().person("p-coord").organization(HOSPITAL).funded(funded).build())
                .validFrom(LocalDate.of(2022, 1, 1)).validTo(LocalDate.of(2026, 12, 31)).build();
    }

    private static Plan pts(boolean collectivite) {
        Plan.Builder b = Plan.builder("pts-haute-ariege", PlanKind.PTS, PlanStatus.DRAFT, "Projet territorial de santé de la Haute Ariège")
                .organization(CPTS).addTerritory(TerritoryLink.to(RuleWorld.EPCI))
                .addDecision(new PlanDecision(CPTS, PlanDecisionKind.CONTRIBUTION, null, null))
                .addDecision(new PlanDecision(DD, PlanDecisionKind.OPINION, LocalDate.of(2025, 10, 1), null));
        if (collectivite) {
            b.addDecision(new PlanDecision(CC, PlanDecisionKind.CONTRIBUTION, null, null));
        }
        return b.build();
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

    /** The GHT with other support and member establishments; the CHU stays associated. */
    private static RuleWorld ght(RuleWorld w, List<GhtMember> members) {
        List<GhtMember> all = new ArrayList<>(members);
        all.add(new GhtMember(RuleWorld.CHU, GhtRole.ASSOCIATE, LocalDate.of(2016, 7, 1), null));
        return w.change(GHT, Organization.class, o -> o.toBuilder().ght(new GhtProfile(GhtType.GENERAL, all)).build());
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
