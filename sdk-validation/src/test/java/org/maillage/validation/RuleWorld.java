package org.maillage.validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.CptsSizeClass;
import org.maillage.core.codelist.EpciLegalType;
import org.maillage.core.codelist.GhtRole;
import org.maillage.core.codelist.GhtType;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.MembershipRole;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PartyRole;
import org.maillage.core.codelist.PlanKind;
import org.maillage.core.codelist.PlanStatus;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.ServiceStatus;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.codelist.ZoneCategory;
import org.maillage.core.model.Amendment;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.Coordinator;
import org.maillage.core.model.CptsProfile;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.Facility;
import org.maillage.core.model.FacilityService;
import org.maillage.core.model.FundingLine;
import org.maillage.core.model.GhtMember;
import org.maillage.core.model.GhtMembership;
import org.maillage.core.model.GhtProfile;
import org.maillage.core.model.IndicatorDefinition;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Observation;
import org.maillage.core.model.Office;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Period;
import org.maillage.core.model.Person;
import org.maillage.core.model.Plan;
import org.maillage.core.model.Population;
import org.maillage.core.model.ServiceStatusPeriod;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.model.ZoneAssignment;
import org.maillage.core.model.ZoningDecision;

/**
 * A small, complete territory (Haute-Ariège) that every rule of the regulatory pack and of the
 * {@code local-health} profile accepts: the base each rule test and corpus case changes in one
 * place to trigger one rule, or to come close without triggering it. Immutable: each change
 * gives a new world.
 */
public final class RuleWorld {
    public static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

    public static final String REGION = "region:76";
    public static final String DEP = "departement:09";
    public static final String C1 = "commune:09001";
    public static final String C2 = "commune:09002";
    public static final String EPCI = "epci:200066363";
    public static final String TVS = "tvs:09225";
    public static final String ARS = "ars-occitanie";
    public static final String DD = "ars-dd-09";
    public static final String CC = "cc-haute-ariege";
    public static final String HOSPITAL = "ch-ariege-couserans";
    public static final String HOSPITAL2 = "chi-val-ariege";
    public static final String BOARD = "cs-ch-ariege-couserans";
    public static final String GHT = "ght-ariege";
    public static final String CPTS = "cpts-haute-ariege";
    public static final String FACILITY = "et-ch-ariege-couserans";
    public static final String CLS = "cls-haute-ariege";
    public static final String APL = "ind-apl-mg";
    public static final String OBS = "obs-apl-tvs-2024";
    public static final String ZONING = "zonage-mg-occitanie-2023";
    public static final String CD = "cd-ariege";
    public static final String COMMUNE_ORG = "commune-aigues-juntes";
    public static final String CHU = "chu-toulouse";
    public static final String CLSM = "clsm-haute-ariege";
    public static final String COPIL = "copil-cls-haute-ariege";
    public static final String GHT_ELECTED = "comite-elus-ght-ariege";
    public static final String DIAGNOSIS = "diagnostic-haute-ariege";
    public static final String WAIT = "ind-delai-rendez-vous";
    /** The professional supply indicators and their observations on the TVS, in the order of {@code policy-data.json}. */
    public static final List<String> SUPPLY = List.of("densite-professionnels", "part-professionnels-60-ans-et-plus",
            "installations-professionnels", "departs-professionnels");

    private final Map<String, Entity> entities;

    private RuleWorld(Map<String, Entity> entities) {
        this.entities = entities;
    }

    /** The base world: clean under every built-in profile. */
    public static RuleWorld base() {
        Map<String, Entity> m = new LinkedHashMap<>();
        add(m, Territory.builder(REGION, TerritoryKind.REGION, "76", "Occitanie").build());
        add(m, Territory.builder(DEP, TerritoryKind.DEPARTEMENT, "09", "Ariège").addParent(TerritoryLink.to(REGION)).build());
        add(m, Territory.builder(C1, TerritoryKind.COMMUNE, "09001", "Aigues-Juntes").addParent(TerritoryLink.to(DEP))
                .addPopulation(new Population(31, 2022, PopulationKind.MUNICIPALE)).build());
        add(m, Territory.builder(C2, TerritoryKind.COMMUNE, "09002", "Aigues-Vives").addParent(TerritoryLink.to(DEP))
                .addPopulation(new Population(590, 2022, PopulationKind.MUNICIPALE)).build());
        add(m, Territory.builder(EPCI, TerritoryKind.EPCI, "200066363", "CC de la Haute Ariège").legalType(EpciLegalType.CC)
                .addMember(TerritoryLink.to(C1)).addMember(TerritoryLink.to(C2)).build());
        add(m, Territory.builder(TVS, TerritoryKind.TVS, "09225", "Foix").addParent(TerritoryLink.to(DEP)).build());
        for (String p : List.of("p-maire", "p-president-cc", "p-cd", "p-med1", "p-med2", "p-inf", "p-pq1", "p-pq2", "p-usager",
                "p-coord")) {
            add(m, Person.of(p, "Prénom", p.substring(2)));
        }
        add(m, Organization.builder(ARS, OrganizationKind.ARS, "ARS Occitanie").addJurisdiction(TerritoryLink.to(REGION))
                .validFrom(LocalDate.of(2016, 1, 1)).build());
        add(m, Organization.builder(DD, OrganizationKind.ARS_DELEGATION, "Délégation départementale de l'Ariège")
                .parent(ARS).addJurisdiction(TerritoryLink.to(DEP)).validFrom(LocalDate.of(2016, 1, 1)).build());
        add(m, Organization.builder(CC, OrganizationKind.EPCI, "Communauté de communes de la Haute Ariège").territory(EPCI)
                .validFrom(LocalDate.of(2017, 1, 1)).build());
        add(m, Organization.builder(HOSPITAL, OrganizationKind.HOSPITAL, "CH Ariège Couserans").build());
        add(m, Organization.builder(HOSPITAL2, OrganizationKind.HOSPITAL, "CHI du Val d'Ariège").build());
        add(m, board());
        add(m, Organization.builder(GHT, OrganizationKind.GHT, "GHT de l'Ariège").validFrom(LocalDate.of(2016, 7, 1))
                .ght(new GhtProfile(GhtType.GENERAL, List.of(
                        new GhtMember(HOSPITAL2, GhtRole.SUPPORT, LocalDate.of(2016, 7, 1), null),
                        new GhtMember(HOSPITAL, GhtRole.MEMBER, LocalDate.of(2016, 7, 1), null),
                        new GhtMember(CHU, GhtRole.ASSOCIATE, LocalDate.of(2016, 7, 1), null)))).build());
        add(m, Organization.builder(CPTS, OrganizationKind.CPTS, "CPTS Haute Ariège").addJurisdiction(TerritoryLink.to(EPCI))
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, C1), MembershipRole.MEMBER, College.LOCAL_AUTHORITIES)
                        .withMandate(false, LocalDate.of(2021, 1, 1), null))
                .cpts(new CptsProfile(CptsSizeClass.CLASS_1, List.of(), null, List.of(CLS)))
                .validFrom(LocalDate.of(2021, 1, 1)).build());
        add(m, Facility.builder(FACILITY, "CH Ariège Couserans, site de Saint-Girons", CodeRef.of("finess-category", "355"))
                .organization(HOSPITAL).commune(C1)
                .addGhtMembership(new GhtMembership(GHT, GhtRole.MEMBER, LocalDate.of(2016, 7, 1), null))
                .addService(new FacilityService(CodeRef.of("facility-service", "maternite"), List.of(
                        new ServiceStatusPeriod(ServiceStatus.OPEN, null, null, LocalDate.of(2019, 12, 31)),
                        new ServiceStatusPeriod(ServiceStatus.CLOSED, null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)),
                        new ServiceStatusPeriod(ServiceStatus.REPLACED_BY_ADVANCED_CONSULTATIONS, FACILITY,
                                LocalDate.of(2020, 7, 1), null))))
                .build());
        add(m, cls());
        add(m, IndicatorDefinition.builder(APL, "apl-mg", "Accessibilité potentielle localisée aux médecins généralistes",
                "consultations/an/habitant").build());
        add(m, Observation.of(OBS, APL, TVS, Period.ofYear(2024), new BigDecimal("3.1")));
        add(m, ZoningDecision.builder(ZONING, ARS, CodeRef.of("profession", "medecin-generaliste"), TerritoryKind.TVS)
                .adoptionDate(LocalDate.of(2023, 6, 15)).validFrom(LocalDate.of(2023, 7, 1))
                .addAssignment(new ZoneAssignment(TVS, ZoneCategory.ZAC)).addIndicator(APL).addIndicator(WAIT).build());
        // Added after the entities above so that their places (and the corpus's pointers) do not move.
        add(m, Organization.builder(CD, OrganizationKind.DEPARTEMENT, "Département de l'Ariège").territory(DEP).build());
        add(m, Organization.builder(COMMUNE_ORG, OrganizationKind.COMMUNE, "Commune d'Aigues-Juntes").territory(C1).build());
        add(m, Organization.builder(CHU, OrganizationKind.HOSPITAL, "CHU de Toulouse").build());
        add(m, Organization.builder(CLSM, OrganizationKind.CLSM, "Conseil local de santé mentale de la Haute Ariège")
                .addJurisdiction(TerritoryLink.to(EPCI))
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.EPCI_PRESIDENT, EPCI), MembershipRole.PRESIDENT,
                        College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOrganization(HOSPITAL, MembershipRole.MEMBER, College.HEALTH_PROVIDERS)).build());
        add(m, Organization.builder(COPIL, OrganizationKind.CLS_STEERING_COMMITTEE, "Comité de pilotage du CLS de la Haute Ariège")
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, C1), MembershipRole.CO_CHAIR, College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.ARS_DELEGATE, null, DD), MembershipRole.CO_CHAIR,
                        College.STATE_AND_SOCIAL_SECURITY)).build());
        add(m, Organization.builder(GHT_ELECTED, OrganizationKind.GHT_ELECTED_COMMITTEE, "Comité territorial des élus locaux du GHT")
                .parent(GHT).addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, C1), MembershipRole.MEMBER,
                        College.LOCAL_AUTHORITIES)).build());
        add(m, Plan.builder(DIAGNOSIS, PlanKind.CLS_LOCAL_DIAGNOSIS, PlanStatus.ADOPTED, "Diagnostic local de santé de la Haute Ariège")
                .organization(CC).addTerritory(TerritoryLink.to(EPCI)).validFrom(LocalDate.of(2022, 10, 1)).build());
        add(m, IndicatorDefinition.builder(WAIT, "delai-rendez-vous", "Délai d'obtention d'un rendez-vous", "jours").build());
        for (String code : SUPPLY) {
            add(m, IndicatorDefinition.builder("ind-" + code, code, code, "nombre").build());
        }
        for (String code : SUPPLY) {
            add(m, Observation.of("obs-" + code + "-tvs-2024", "ind-" + code, TVS, Period.ofYear(2024), BigDecimal.TEN));
        }
        return new RuleWorld(m);
    }

    private static Organization board() {
        LocalDate from = LocalDate.of(2021, 6, 1);
        Organization.Builder b = Organization.builder(BOARD, OrganizationKind.CONSEIL_SURVEILLANCE,
                "Conseil de surveillance du CH Ariège Couserans").parent(HOSPITAL).validFrom(LocalDate.of(2010, 7, 1));
        b.addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, C1), MembershipRole.PRESIDENT, College.LOCAL_AUTHORITIES)
                .withMandate(true, from, null));
        b.addMembership(Membership.ofOffice(Office.of(OfficeKind.EPCI_PRESIDENT, EPCI), MembershipRole.MEMBER,
                College.LOCAL_AUTHORITIES).withMandate(true, from, null));
        b.addMembership(Membership.builder(MembershipRole.MEMBER).person("p-cd").onBehalfOf(CD).college(College.LOCAL_AUTHORITIES)
                .votingRight(true).validFrom(from).build());
        for (String p : List.of("p-med1", "p-med2", "p-inf")) {
            b.addMembership(Membership.ofPerson(p, MembershipRole.MEMBER, College.STAFF).withMandate(true, from, null));
        }
        for (String p : List.of("p-pq1", "p-pq2", "p-usager")) {
            b.addMembership(Membership.ofPerson(p, MembershipRole.MEMBER, College.QUALIFIED_PERSONS).withMandate(true, from, null));
        }
        return b.build();
    }

    private static Contract cls() {
        LocalDate signed = LocalDate.of(2023, 3, 1);
        return Contract.builder(CLS, ContractKind.CLS, ContractStatus.IN_FORCE, "Contrat local de santé de la Haute Ariège")
                .addParty(new ContractParty(ARS, PartyRole.SIGNATORY, signed, null))
                .addParty(new ContractParty(CC, PartyRole.SIGNATORY, signed, null))
                .addParty(new ContractParty(CPTS, PartyRole.PARTNER, signed, null))
                .addParty(new ContractParty(HOSPITAL, PartyRole.PARTNER, signed, null))
                .addTerritory(TerritoryLink.to(EPCI)).validFrom(signed).validTo(LocalDate.of(2027, 12, 31))
                .addAmendment(new Amendment(1, LocalDate.of(2024, 5, 6), "Ajout d'un axe santé mentale"))
                .addAxis(new ContractAxis("1", "Accès aux soins", List.of(HealthTheme.ACCESS_TO_CARE), List.of()))
                .addAxis(new ContractAxis("2", "Santé mentale (CLSM)", List.of(HealthTheme.MENTAL_HEALTH), List.of(), CLSM))
                .addAxis(new ContractAxis("3", "Prévention et santé environnementale", List.of(HealthTheme.PREVENTION,
                        HealthTheme.ENVIRONMENTAL_HEALTH), List.of()))
                .coordinator(new Coordinator("p-coord", CC, true, BigDecimal.ONE, signed, null))
                .addFunding(new FundingLine(ARS, 2024, new BigDecimal("30000"), null))
                .steeringCommittee(COPIL).addPlan(DIAGNOSIS)
                .build();
    }

    private static void add(Map<String, Entity> m, Entity e) {
        if (m.put(e.id(), e) != null) {
            throw new IllegalArgumentException("two entities " + e.id());
        }
    }

    /** The world with an entity replaced, or added at the end. */
    public RuleWorld put(Entity e) {
        Map<String, Entity> m = new LinkedHashMap<>(entities);
        m.put(e.id(), e);
        return new RuleWorld(m);
    }

    /** The world without an entity. */
    public RuleWorld remove(String id) {
        Map<String, Entity> m = new LinkedHashMap<>(entities);
        if (m.remove(id) == null) {
            throw new IllegalArgumentException("no entity " + id);
        }
        return new RuleWorld(m);
    }

    /** The world with one entity changed. */
    public <T extends Entity> RuleWorld change(String id, Class<T> type, UnaryOperator<T> change) {
        return put(change.apply(type.cast(entities.get(id))));
    }

    public Organization organization(String id) {
        return (Organization) entities.get(id);
    }

    public Dataset dataset() {
        return Dataset.of(DatasetHeader.of("rules-haute-ariege", "Haute Ariège, rule test world")
                .withDates(Instant.parse("2026-01-15T10:00:00Z"), REFERENCE), entities.values());
    }
}
