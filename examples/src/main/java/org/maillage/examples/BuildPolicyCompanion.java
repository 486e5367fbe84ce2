package org.maillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.CptsSizeClass;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.MembershipRole;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PartyRole;
import org.maillage.core.codelist.PlanDecisionKind;
import org.maillage.core.codelist.PlanKind;
import org.maillage.core.codelist.PlanStatus;
import org.maillage.core.codelist.ServiceStatus;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.codelist.ZoneCategory;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.Coordinator;
import org.maillage.core.model.CptsProfile;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Entity;
import org.maillage.core.model.Facility;
import org.maillage.core.model.FacilityLabel;
import org.maillage.core.model.FacilityService;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Office;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Person;
import org.maillage.core.model.Plan;
import org.maillage.core.model.PlanDecision;
import org.maillage.core.model.ServiceStatusPeriod;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.model.ZoneAssignment;
import org.maillage.core.model.ZoningDecision;
import org.maillage.json.DatasetWriter;

/**
 * Builds {@code examples/data/corse-du-sud-policy.json}, the companion of the Corse-du-Sud sample in
 * which every rule of the {@code local-health} policy pack is broken exactly once, and no regulatory
 * rule: the same dataset with one departure per rule, each made in a method named after the rule. It
 * shows a reader what each policy rule reports and on what data; its report is pinned by
 * {@code PolicyCompanionTest}.
 */
public final class BuildPolicyCompanion {

    /** Where the companion lives, relative to the repository root. */
    public static final Path SAMPLE = Path.of("examples", "data", "corse-du-sud-policy.json");

    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final String CLS_AJACCIO = "contract:cls-pays-ajaccien-2024-illustratif";
    private static final String CLS_SUD = "contract:cls-sud-ouest-2025-illustratif";
    private static final String CPTS_AJACCIO = "org:cpts-pays-ajaccien-illustratif";
    private static final String CPTS_SUD = "org:cpts-extreme-sud-illustratif";
    private static final String CLSM_SUD = "org:clsm-sud-corse-du-sud-illustratif";
    private static final String COPIL_SUD = "org:copil-cls-sud-ouest";
    private static final String GHT_ELECTED = "org:comite-elus-ght-corse-illustratif";
    private static final String ARS = "org:ars-corse";
    private static final String ARS_DD = "org:ars-corse-dd2a";
    private static final String PREFECTURE = "org:prefecture-2a";
    private static final String CH_SARTENE = "org:finess-ej-2a0002606";
    private static final String CH_BONIFACIO = "org:finess-ej-2a0000170";
    private static final String SARTENE_SITE = "facility:finess-et-2a0002614";
    private static final String BONIFACIO = "commune:2A041";
    private static final String SARTENE = "commune:2A272";
    private static final String AJACCIO = "commune:2A004";
    private static final String CAPA = "epci:242010056";
    private static final String SUD_CORSE = "epci:200040764";
    private static final String ALTA_ROCCA = "epci:242000495";
    private static final String REGION = "region:94";
    private static final String DEP = "departement:2A";
    private static final String GP_ZONING = "zoning:ars-corse-medecins-2024-illustratif";

    private final Map<String, Entity> entities = new LinkedHashMap<>();

    private BuildPolicyCompanion(Dataset clean) {
        clean.allEntities().forEach(e -> entities.put(e.id(), e));
    }

    /**
     * Builds the companion from a COG 2026 data folder and writes it in canonical form.
     *
     * @param args the {@code data/} folder of {@code @etalab/decoupage-administratif} 6.0.0, then the
     *     output file (default {@code examples/data/corse-du-sud-policy.json})
     */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BuildPolicyCompanion <cog-6.0.0-data-folder> [output.json]");
            System.exit(2);
        }
        Path output = args.length == 2 ? Path.of(args[1]) : SAMPLE;
        Dataset dataset = build(BuildCorseDuSudSample.build(Path.of(args[0])));
        DatasetWriter.canonical().write(dataset, output);
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println("wrote " + output + ": "
                + dataset.allEntities().size() + " entities");
    }

    /**
     * The companion of a clean Corse-du-Sud sample.
     *
     * @param clean the sample built by {@link BuildCorseDuSudSample#build(Path)}
     * @return the dataset with one departure per policy rule
     */
    public static Dataset build(Dataset clean) {
        BuildPolicyCompanion c = new BuildPolicyCompanion(clean);
        c.clsIntercommunalAndClsRenforceParties();
        c.clsCoordinatorFunded();
        c.clsMentalHealthAndClsFunding();
        c.clsLocalPartnersAndCptsReliesOnCls();
        c.clsCoverage();
        c.closedServiceReplacedAndServiceSuspendedTooLong();
        c.boardElectedOfficials();
        c.proposedBodyComposition();
        c.clsPreventionEnvironmentAndClsClsmAndClsDiagnosis();
        c.clsAccessToCare();
        c.clsSteeringElectedOfficials();
        c.cptsElectedOfficialsAndCptsSizePopulation();
        c.clsmElectedOfficials();
        c.ghtElectedCommittee();
        c.arsDelegationPerDepartement();
        c.localHospitalLabelEnded();
        c.zoningReviewOverdue();
        c.zoningCriteria();
        c.supplyIndicators();
        c.healthTerritorySplitsEpci();
        c.ptsmCoordinator();
        c.ptsLocalAuthorities();
        return Dataset.of(clean.header().toBuilder().id("maillage-sample-corse-du-sud-2026-politique")
                .title("Corse-du-Sud, compagnon de l'exemple : chaque règle du profil local-health y est enfreinte une fois "
                        + "(illustratif)").build(), new ArrayList<>(c.entities.values()));
    }

    private <T extends Entity> void change(String id, Class<T> type, UnaryOperator<T> f) {
        Entity e = entities.get(id);
        if (e == null) {
            throw new IllegalStateException("the Corse-du-Sud sample has no entity " + id);
        }
        entities.put(id, f.apply(type.cast(e)));
    }

    private void add(Entity e) {
        if (entities.put(e.id(), e) != null) {
            throw new IllegalStateException("the Corse-du-Sud sample already has " + e.id());
        }
    }

    private static List<ContractAxis> without(List<ContractAxis> axes, String code) {
        return axes.stream().filter(a -> !a.code().equals(code)).toList();
    }

    /**
     * rule.cls-intercommunal and rule.cls-renforce-parties: a draft reinforced CLS of the commune of
     * Bonifacio alone, with the CPTS and the hospital of the commune but without the intercommunality.
     */
    private void clsIntercommunalAndClsRenforceParties() {
        add(Contract.builder("contract:cls-renforce-bonifacio-projet-illustratif", ContractKind.CLS_RENFORCE, ContractStatus.DRAFT,
                        "Projet de contrat local de santé renforcé de Bonifacio (illustratif)")
                .addParty(new ContractParty(ARS, PartyRole.SIGNATORY, null, null))
                .addParty(new ContractParty("org:commune-2a041", PartyRole.SIGNATORY, null, null))
                .addParty(new ContractParty(CPTS_SUD, PartyRole.PARTNER, null, null))
                .addParty(new ContractParty(CH_BONIFACIO, PartyRole.PARTNER, null, null))
                .addTerritory(TerritoryLink.to(BONIFACIO))
                .addAxis(new ContractAxis("axe-1", "Accès aux soins", List.of(HealthTheme.ACCESS_TO_CARE), List.of()))
                .addAxis(new ContractAxis("axe-2", "Santé mentale", List.of(HealthTheme.MENTAL_HEALTH), List.of(), CLSM_SUD))
                .addAxis(new ContractAxis("axe-3", "Prévention", List.of(HealthTheme.PREVENTION), List.of()))
                .coordinator(Coordinator.builder().organization("org:commune-2a041").funded(true).build())
                .steeringCommittee(COPIL_SUD)
                .addPlan("plan:diagnostic-cls-sud-ouest-illustratif")
                .build());
    }

    /** rule.cls-coordinator-funded: the coordinator of the Pays Ajaccien's CLS is no longer stated as funded. */
    private void clsCoordinatorFunded() {
        change(CLS_AJACCIO, Contract.class, c -> c.toBuilder().coordinator(c.coordinator().toBuilder().funded(null).build()).build());
    }

    /** rule.cls-mental-health and rule.cls-funding: the second CLS loses its mental-health axis and its funding lines. */
    private void clsMentalHealthAndClsFunding() {
        change(CLS_SUD, Contract.class, c -> c.toBuilder().axes(without(c.axes(), "axe-2")).funding(List.of()).build());
    }

    /** rule.cls-local-partners and rule.cpts-relies-on-cls: the CPTS du Pays Ajaccien and its CLS ignore each other. */
    private void clsLocalPartnersAndCptsReliesOnCls() {
        change(CLS_AJACCIO, Contract.class, c -> c.toBuilder().parties(c.parties().stream()
                .filter(p -> !p.organization().equals(CPTS_AJACCIO)).toList()).build());
        change(CPTS_AJACCIO, Organization.class, o -> o.toBuilder().cpts(new CptsProfile(o.cpts().sizeClass(), o.cpts().missions(),
                o.cpts().aciSignatureDate(), List.of())).build());
    }

    /** rule.cls-coverage: the second CLS no longer covers the Alta Rocca. */
    private void clsCoverage() {
        change(CLS_SUD, Contract.class, c -> c.toBuilder().territories(c.territories().stream()
                .filter(t -> !t.territory().equals(ALTA_ROCCA)).toList()).build());
    }

    /**
     * rule.closed-service-replaced and rule.service-suspended-too-long: the maternity of the CH de Sartène
     * closed in 2024 with nothing after, and its emergency department suspended since 1 March 2025.
     */
    private void closedServiceReplacedAndServiceSuspendedTooLong() {
        change(SARTENE_SITE, Facility.class, f -> f.toBuilder()
                .addService(new FacilityService(CodeRef.of("facility-service", "maternite"), List.of(
                        new ServiceStatusPeriod(ServiceStatus.OPEN, null, null, LocalDate.of(2023, 12, 31)),
                        new ServiceStatusPeriod(ServiceStatus.CLOSED, null, LocalDate.of(2024, 1, 1), null))))
                .addService(new FacilityService(CodeRef.of("facility-service", "urgences"), List.of(
                        new ServiceStatusPeriod(ServiceStatus.OPEN, null, null, LocalDate.of(2025, 2, 28)),
                        new ServiceStatusPeriod(ServiceStatus.SUSPENDED, null, LocalDate.of(2025, 3, 1), null))))
                .build());
    }

    /**
     * rule.board-elected-officials: the supervisory board of the CH de Sartène, whose previous mandates
     * (2017–2021) seated no elected official in the local-authorities college.
     */
    private void boardElectedOfficials() {
        LocalDate before = LocalDate.of(2017, 1, 1);
        LocalDate beforeEnd = LocalDate.of(2021, 12, 31);
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        Organization.Builder b = Organization.builder("org:conseil-surveillance-ch-sartene-illustratif",
                OrganizationKind.CONSEIL_SURVEILLANCE, "Conseil de surveillance du Centre hospitalier de Sartène (composition illustrative)")
                .parent(CH_SARTENE);
        for (int i = 1; i <= 3; i++) {
            add(Person.of("person:cs-sartene-" + i + "-illustratif", "Membre " + i, "Exemple (illustratif)"));
        }
        for (int i = 1; i <= 3; i++) {
            b.addMembership(Membership.builder(i == 1 ? MembershipRole.PRESIDENT : MembershipRole.MEMBER)
                    .person("person:cs-sartene-" + i + "-illustratif").college(College.LOCAL_AUTHORITIES).votingRight(true)
                    .validFrom(before).validTo(beforeEnd).build());
        }
        b.addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, SARTENE), MembershipRole.PRESIDENT, College.LOCAL_AUTHORITIES)
                .withMandate(true, from, to));
        b.addMembership(Membership.ofOffice(Office.of(OfficeKind.EPCI_PRESIDENT, "epci:242010130"), MembershipRole.MEMBER,
                College.LOCAL_AUTHORITIES).withMandate(true, from, to));
        b.addMembership(Membership.ofOffice(new Office(OfficeKind.REGIONAL_COUNCILLOR, REGION, "org:collectivite-de-corse"),
                MembershipRole.MEMBER, College.LOCAL_AUTHORITIES).withMandate(true, from, to));
        for (College college : List.of(College.STAFF, College.QUALIFIED_PERSONS)) {
            for (int i = 1; i <= 3; i++) {
                String person = "person:cs-sartene-" + college.code() + "-" + i + "-illustratif";
                add(Person.of(person, "Membre " + i, "Exemple (illustratif)"));
                b.addMembership(Membership.ofPerson(person, MembershipRole.MEMBER, college).withMandate(true, before, beforeEnd));
                b.addMembership(Membership.ofPerson(person, MembershipRole.MEMBER, college).withMandate(true, from, to));
            }
        }
        add(b.build());
    }

    /** rule.proposed-body-composition: a conseil local de santé publique of Ajaccio without the ARS. */
    private void proposedBodyComposition() {
        add(Organization.builder("org:conseil-local-sante-publique-ajaccio-illustratif", OrganizationKind.CONSEIL_LOCAL_SANTE_PUBLIQUE,
                        "Conseil local de santé publique d'Ajaccio (illustratif)")
                .addJurisdiction(TerritoryLink.to(AJACCIO))
                .addMembership(Membership.ofOffice(Office.of(OfficeKind.MAYOR, AJACCIO), MembershipRole.CO_CHAIR, College.LOCAL_AUTHORITIES))
                .addMembership(Membership.ofOffice(new Office(OfficeKind.PREFET, DEP, PREFECTURE), MembershipRole.CO_CHAIR,
                        College.STATE_AND_SOCIAL_SECURITY))
                .addMembership(Membership.ofOrganization(CPTS_AJACCIO, MembershipRole.MEMBER, College.HEALTH_PROVIDERS))
                .build());
    }

    /**
     * rule.cls-prevention-environment, rule.cls-clsm and rule.cls-diagnosis: the Pays Ajaccien's CLS loses
     * its prevention axis, the CLSM behind its mental-health part, and its local diagnosis.
     */
    private void clsPreventionEnvironmentAndClsClsmAndClsDiagnosis() {
        change(CLS_AJACCIO, Contract.class, c -> {
            List<ContractAxis> axes = new ArrayList<>();
            for (ContractAxis a : without(c.axes(), "axe-3")) {
                axes.add(a.code().equals("axe-2") ? new ContractAxis(a.code(), a.title(), a.themes(), a.actions()) : a);
            }
            return c.toBuilder().axes(axes).plans(c.plans().stream().filter(p -> !p.startsWith("plan:diagnostic")).toList()).build();
        });
    }

    /** rule.cls-access-to-care: the second CLS's first axis keeps telehealth only. */
    private void clsAccessToCare() {
        change(CLS_SUD, Contract.class, c -> {
            List<ContractAxis> axes = new ArrayList<>();
            for (ContractAxis a : c.axes()) {
                axes.add(a.code().equals("axe-1") ? new ContractAxis(a.code(), "Télésanté et consultations avancées",
                        List.of(HealthTheme.TELEHEALTH), a.actions(), a.organization()) : a);
            }
            return c.toBuilder().axes(axes).build();
        });
    }

    /** rule.cls-steering-elected-officials: the draft CLS of Bonifacio names no steering committee. */
    private void clsSteeringElectedOfficials() {
        change("contract:cls-renforce-bonifacio-projet-illustratif", Contract.class, c -> c.toBuilder().steeringCommittee(null).build());
    }

    /** rule.cpts-elected-officials and rule.cpts-size-population: the CPTS de l'Extrême-Sud without its mayor, in size class 2. */
    private void cptsElectedOfficialsAndCptsSizePopulation() {
        change(CPTS_SUD, Organization.class, o -> o.toBuilder()
                .memberships(o.memberships().stream().filter(m -> m.office() == null).toList())
                .cpts(new CptsProfile(CptsSizeClass.CLASS_2, o.cpts().missions(), o.cpts().aciSignatureDate(), o.cpts().contracts()))
                .build());
    }

    /** rule.clsm-elected-officials: the CLSM of the south seats its hospitals only. */
    private void clsmElectedOfficials() {
        change(CLSM_SUD, Organization.class, o -> o.toBuilder()
                .memberships(o.memberships().stream().filter(m -> m.office() == null).toList()).build());
    }

    /** rule.ght-elected-committee: the mayor of Bonifacio no longer sits on the GHT's committee of elected officials. */
    private void ghtElectedCommittee() {
        change(GHT_ELECTED, Organization.class, o -> o.toBuilder().memberships(o.memberships().stream()
                .filter(m -> m.office() == null || !BONIFACIO.equals(m.office().territory())).toList()).build());
    }

    /** rule.ars-delegation-per-departement: Haute-Corse joins the dataset, without a délégation of the ARS. */
    private void arsDelegationPerDepartement() {
        add(Territory.builder("departement:2B", TerritoryKind.DEPARTEMENT, "2B", "Haute-Corse").addParent(TerritoryLink.to(REGION))
                .build());
    }

    /** rule.local-hospital-label-ended: the CH de Sartène's label hôpital de proximité ended on 30 June 2025. */
    private void localHospitalLabelEnded() {
        change(SARTENE_SITE, Facility.class, f -> f.toBuilder().labels(f.labels().stream()
                .map(l -> new FacilityLabel(l.label(), l.organization(), l.validFrom(), LocalDate.of(2025, 6, 30))).toList()).build());
    }

    /** rule.zoning-review-overdue: a nurses' zoning adopted in 2021 and never revised. */
    private void zoningReviewOverdue() {
        ZoningDecision.Builder b = ZoningDecision.builder("zoning:ars-corse-infirmiers-2021-illustratif", ARS,
                        CodeRef.of("profession", "infirmier"), TerritoryKind.TVS)
                .legalReference("Arrêté du directeur général de l'ARS de Corse relatif aux zones de la profession d'infirmier "
                        + "(référence illustrative)")
                .adoptionDate(LocalDate.of(2021, 3, 1)).validFrom(LocalDate.of(2021, 4, 1));
        for (String tvs : List.of("ajaccio", "prunelli-ornano", "ouest-corse", "alta-rocca", "extreme-sud")) {
            b.addAssignment(new ZoneAssignment("tvs:2a-" + tvs + "-illustratif",
                    tvs.equals("ajaccio") ? ZoneCategory.TRES_DOTE : ZoneCategory.INTERMEDIAIRE));
        }
        add(b.build());
    }

    /** rule.zoning-criteria: the GPs' zoning no longer lists the waiting time among its criteria. */
    private void zoningCriteria() {
        change(GP_ZONING, ZoningDecision.class, z -> z.toBuilder().indicators(z.indicators().stream()
                .filter(i -> !i.equals("indicator:delai-rendez-vous")).toList()).build());
    }

    /** rule.supply-indicators: the departures of GPs in the Sartenais-Valinco are not published. */
    private void supplyIndicators() {
        String id = "observation:departs-professionnels-mg-2024-2a-sartenais-valinco-illustratif";
        if (entities.remove(id) == null) {
            throw new IllegalStateException("the Corse-du-Sud sample has no entity " + id);
        }
    }

    /** rule.health-territory-splits-epci: a health territory of the CPTS du Pays Ajaccien taking Ajaccio alone from its EPCI. */
    private void healthTerritorySplitsEpci() {
        add(Territory.builder("territoire:sante-ajaccio-ville-illustratif", TerritoryKind.OTHER_HEALTH_TERRITORY, "2A-AJACCIO-VILLE",
                        "Territoire de santé d'Ajaccio-ville (illustratif)")
                .addParent(TerritoryLink.to(DEP)).addMember(TerritoryLink.to(AJACCIO)).build());
    }

    /** rule.ptsm-coordinator: the PTSM's coordinator is no longer stated as funded. */
    private void ptsmCoordinator() {
        change("plan:ptsm-corse-du-sud-illustratif", Plan.class, p -> p.toBuilder()
                .coordinator(p.coordinator().toBuilder().funded(false).build()).build());
    }

    /** rule.pts-local-authorities: a PTS of the Extrême-Sud drawn up by the CPTS and approved by the ARS, without the collectivités. */
    private void ptsLocalAuthorities() {
        add(Plan.builder("plan:pts-extreme-sud-illustratif", PlanKind.PTS, PlanStatus.DRAFT,
                        "Projet territorial de santé de l'Extrême-Sud (illustratif)")
                .organization(CPTS_SUD).addTerritory(TerritoryLink.to(SUD_CORSE)).addTerritory(TerritoryLink.to(ALTA_ROCCA))
                .addDecision(new PlanDecision(CPTS_SUD, PlanDecisionKind.CONTRIBUTION, null, null))
                .addDecision(new PlanDecision(ARS_DD, PlanDecisionKind.OPINION, LocalDate.of(2025, 11, 4), null))
                .validFrom(DAY).build());
    }
}
