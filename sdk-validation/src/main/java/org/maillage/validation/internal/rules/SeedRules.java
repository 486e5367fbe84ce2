package org.maillage.validation.internal.rules;

import static org.maillage.validation.internal.rules.RuleSupport.date;
import static org.maillage.validation.internal.rules.RuleSupport.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PlanKind;
import org.maillage.core.codelist.PlanStatus;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.ServiceStatus;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractAction;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Facility;
import org.maillage.core.model.FacilityLabel;
import org.maillage.core.model.FacilityService;
import org.maillage.core.model.GhtMember;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Plan;
import org.maillage.core.model.PlanDecision;
import org.maillage.core.model.Population;
import org.maillage.core.model.ServiceStatusPeriod;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.model.ZoneAssignment;
import org.maillage.core.model.ZoningDecision;
import org.maillage.validation.internal.TerritoryHierarchy;
import org.maillage.validation.internal.Texts;
import org.maillage.validation.internal.rules.RuleSupport.Bound;
import org.maillage.validation.internal.rules.RuleSupport.Compositions;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.EntityRule;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Reference;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RuleContext;

/**
 * The local-health rules drawn from the seeds' demands listed in {@code docs/demands.md}: local health
 * contracts, CPTS, elected officials in bodies, hospital services and labels, zoning and the supply of
 * professionals, plans. Warnings with priority recommended, or infos for what is monitoring rather
 * than a departure (a territory splitting an EPCI, supply data missing).
 */
final class SeedRules {
    private SeedRules() {}

    /** A CLS a policy speaks of, as {@link LocalHealthPack#current}. */
    private static boolean current(Contract c) {
        return LocalHealthPack.current(c);
    }

    /** A CLS signed or in force whose period holds the date. */
    private static boolean inForce(Contract c, LocalDate date) {
        return RuleSupport.isCls(c.kind()) && (c.status() == ContractStatus.SIGNED || c.status() == ContractStatus.IN_FORCE)
                && c.isValidAt(date);
    }

    private static Map<String, String> contract(Contract c, String... more) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("contract", c.id());
        p.put("contractName", c.title());
        for (int i = 0; i + 1 < more.length; i += 2) {
            p.put(more[i], more[i + 1]);
        }
        return p;
    }

    /** A CLS has an axis with one of some themes (IdF: prevention and environmental health; AMF: access to care). */
    static final class ClsTheme extends EntityRule<Contract> {
        private final Set<HealthTheme> themes;

        ClsTheme(String id, Set<HealthTheme> themes) {
            super(id, Contract.class);
            this.themes = Set.copyOf(themes);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            if (current(c) && c.axes().stream().noneMatch(a -> a.themes().stream().anyMatch(themes::contains))) {
                context.report(entry, c.axes().isEmpty() ? "" : "/axes", contract(c));
            }
        }
    }

    /** A CLS's mental-health part names the CLSM it creates or relies on, as the body carrying the axis or one of its actions. */
    static final class ClsClsm extends EntityRule<Contract> {
        ClsClsm() {
            super("rule.cls-clsm", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            if (!current(c)) {
                return;
            }
            int first = -1;
            for (int i = 0; i < c.axes().size(); i++) {
                ContractAxis a = c.axes().get(i);
                if (!a.themes().contains(HealthTheme.MENTAL_HEALTH)) {
                    continue;
                }
                first = first < 0 ? i : first;
                if (clsm(dataset, a.organization()) || a.actions().stream().map(ContractAction::organization).anyMatch(o -> clsm(dataset, o))) {
                    return;
                }
            }
            if (first >= 0) {
                context.report(entry, "/axes/" + first, contract(c, "axis", c.axes().get(first).code(),
                        "axisTitle", c.axes().get(first).title()));
            }
        }

        private static boolean clsm(DatasetView dataset, String id) {
            return RuleSupport.organizationKind(dataset, id) == OrganizationKind.CLSM;
        }
    }

    /** A CLS signed or in force has funding lines (AMF: « un meilleur accompagnement de cet outil, notamment financier »). */
    static final class ClsFunding extends EntityRule<Contract> {
        ClsFunding() {
            super("rule.cls-funding", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            if (current(c) && c.status() != ContractStatus.DRAFT && c.funding().isEmpty()) {
                context.report(entry, "", contract(c));
            }
        }
    }

    /** A CLS names among the plans it implements the diagnosis of its territory it rests on (VdF: responsabilité populationnelle). */
    static final class ClsDiagnosis extends EntityRule<Contract> {
        private static final Set<String> DIAGNOSES = Set.of(PlanKind.CLS_LOCAL_DIAGNOSIS.code(), PlanKind.TERRITORIAL_DIAGNOSIS.code());

        ClsDiagnosis() {
            super("rule.cls-diagnosis", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            if (current(c) && c.plans().stream().map(dataset::entity)
                    .noneMatch(e -> e.isPresent() && e.get().family() == EntityFamily.PLANS && e.get().kind() != null && DIAGNOSES.contains(e.get().kind()))) {
                context.report(entry, c.plans().isEmpty() ? "" : "/plans", contract(c));
            }
        }
    }

    /** A CLS renforcé counts its EPCI (or PETR) and a CPTS among its parties (IdF). */
    static final class ClsRenforceParties extends EntityRule<Contract> {
        ClsRenforceParties() {
            super("rule.cls-renforce-parties", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            if (c.kind() != ContractKind.CLS_RENFORCE || !current(c)) {
                return;
            }
            boolean epci = false;
            boolean cpts = false;
            for (ContractParty p : c.parties()) {
                OrganizationKind k = RuleSupport.organizationKind(dataset, p.organization());
                epci |= k == OrganizationKind.EPCI || k == OrganizationKind.EPT || k == OrganizationKind.PETR;
                cpts |= k == OrganizationKind.CPTS;
            }
            if (!epci || !cpts) {
                String fr = !epci && !cpts ? "son intercommunalité ni une CPTS" : !epci ? "son intercommunalité" : "une CPTS";
                String en = !epci && !cpts ? "its intercommunality or a CPTS" : !epci ? "its intercommunality" : "a CPTS";
                context.report(entry, c.parties().isEmpty() ? "" : "/parties", contract(c, "missingFr", fr, "missing", en));
            }
        }
    }

    /** The steering committee of a CLS seats an elected official at the reference date (AMF). */
    static final class ClsSteeringElectedOfficials implements Rule {
        @Override
        public String id() {
            return "rule.cls-steering-elected-officials";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.CONTRACTS, EntityFamily.ORGANIZATIONS);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            for (Bound<Contract> b : models(dataset, EntityFamily.CONTRACTS, Contract.class)) {
                Contract c = b.model();
                if (!current(c)) {
                    continue;
                }
                Organization copil = Bodies.organization(dataset, c.steeringCommittee());
                if (c.steeringCommittee() == null) {
                    context.report(b.entry(), "", contract(c, "stateFr", "ne désigne aucun comité de pilotage",
                            "state", "names no steering committee"));
                } else if (copil != null && Bodies.seatsAt(copil, date).stream().noneMatch(m -> Bodies.elected(dataset, m))) {
                    context.report(b.entry(), "/steeringCommittee", contract(c, "stateFr", "a un comité de pilotage, « "
                            + copil.name() + " » (" + copil.id() + "), où ne siège aucun élu le " + date(date),
                            "state", "has a steering committee, '" + copil.name() + "' (" + copil.id()
                            + "), with no elected official on " + date(date)));
                }
            }
        }
    }

    /** A body of a kind seats an elected official at the reference date (AMF: CPTS, CLSM). */
    static final class ElectedOfficials extends EntityRule<Organization> {
        private final OrganizationKind kind;

        ElectedOfficials(String id, OrganizationKind kind) {
            super(id, Organization.class);
            this.kind = kind;
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Organization o, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            if (o.kind() == kind && o.isValidAt(date) && Bodies.seatsAt(o, date).stream().noneMatch(m -> Bodies.elected(dataset, m))) {
                context.report(entry, o.memberships().isEmpty() ? "" : "/memberships", Map.of("body", o.id(), "bodyName", o.name(),
                        "date", date(date)));
            }
        }
    }

    /**
     * A CPTS relies on the CLS of its territory (AMF: « que leur mise en place s'appuie sur les CLS,
     * lorsqu'ils existent »): when a CLS in force covers one of its communes at the reference date, its
     * profile names one of those CLS.
     */
    static final class CptsReliesOnCls implements Rule {
        @Override
        public String id() {
            return "rule.cpts-relies-on-cls";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.ORGANIZATIONS, EntityFamily.CONTRACTS);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            Compositions compositions = new Compositions(dataset, date);
            Map<Contract, Set<String>> cls = new LinkedHashMap<>();
            for (Bound<Contract> b : models(dataset, EntityFamily.CONTRACTS, Contract.class)) {
                if (inForce(b.model(), date)) {
                    cls.put(b.model(), compositions.communes(LocalHealthPack.territories(b.model())));
                }
            }
            for (Bound<Organization> b : models(dataset, EntityFamily.ORGANIZATIONS, Organization.class)) {
                Organization cpts = b.model();
                if (cpts.kind() != OrganizationKind.CPTS || !cpts.isValidAt(date)) {
                    continue;
                }
                Set<String> communes = compositions.communes(cpts.jurisdiction().stream().filter(l -> l.isValidAt(date))
                        .map(TerritoryLink::territory).toList());
                List<String> named = cpts.cpts() == null ? List.of() : cpts.cpts().contracts();
                Contract first = null;
                boolean relies = false;
                for (Map.Entry<Contract, Set<String>> e : cls.entrySet()) {
                    if (e.getValue().stream().anyMatch(communes::contains)) {
                        first = first == null ? e.getKey() : first;
                        relies |= named.contains(e.getKey().id());
                    }
                }
                if (first != null && !relies) {
                    context.report(b.entry(), cpts.cpts() == null ? "" : "/cpts", Map.of("cpts", cpts.id(), "cptsName", cpts.name(),
                            "contract", first.id(), "contractName", first.title()));
                }
            }
        }
    }

    /**
     * ACI CPTS: the size class agrees with the population the CPTS covers at the reference date (the
     * latest population municipale of the communes of its jurisdiction). Thresholds are in
     * {@code policy-data.json}; beyond 40,000 they are unverified, so the rule is a warning.
     */
    static final class CptsSizePopulation implements Rule {
        @Override
        public String id() {
            return "rule.cpts-size-population";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.ORGANIZATIONS, EntityFamily.TERRITORIES);
        }

        /** Only communes carry the figures summed; other territories are read from the index. */
        @Override
        public boolean retains(Entity entity) {
            return !(entity instanceof Territory t) || t.kind() == TerritoryKind.COMMUNE && !t.population().isEmpty();
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            Compositions compositions = new Compositions(dataset, date);
            for (Bound<Organization> b : models(dataset, EntityFamily.ORGANIZATIONS, Organization.class)) {
                Organization cpts = b.model();
                if (cpts.kind() != OrganizationKind.CPTS || cpts.cpts() == null || cpts.cpts().sizeClass() == null
                        || !cpts.isValidAt(date)) {
                    continue;
                }
                long population = 0;
                boolean known = true;
                for (String commune : compositions.communes(cpts.jurisdiction().stream().filter(l -> l.isValidAt(date))
                        .map(TerritoryLink::territory).toList())) {
                    Long p = dataset.entity(commune).flatMap(e -> dataset.model(e, Territory.class)).map(SeedRules::latest).orElse(null);
                    known &= p != null;
                    population += p == null ? 0 : p;
                }
                String expected = sizeClass(population);
                if (known && population > 0 && !expected.equals(cpts.cpts().sizeClass().code())) {
                    context.report(b.entry(), "/cpts/sizeClass", Map.of("cpts", cpts.id(), "cptsName", cpts.name(),
                            "sizeClass", cpts.cpts().sizeClass().code(), "expected", expected,
                            "population", String.format(java.util.Locale.ROOT, "%,d", population),
                            "populationFr", String.format(java.util.Locale.ROOT, "%,d", population).replace(',', ' ')));
                }
            }
        }

        static String sizeClass(long population) {
            for (PolicyData.CptsSize s : PolicyData.CPTS_SIZES) {
                if (s.below() == null || population < s.below()) {
                    return s.sizeClass();
                }
            }
            return PolicyData.CPTS_SIZES.get(PolicyData.CPTS_SIZES.size() - 1).sizeClass();
        }
    }

    /** The latest population municipale of a territory, or null. */
    private static Long latest(Territory t) {
        Population best = null;
        for (Population p : t.population()) {
            if (p.kind() == PopulationKind.MUNICIPALE && (best == null || p.year() > best.year())) {
                best = p;
            }
        }
        return best == null ? null : best.value();
    }

    /**
     * R6132-13 and the AMF's demand: a GHT in being has its comité territorial des élus locaux, which
     * seats the mayor of each commune where a party establishment (support or member) has its seat.
     */
    static final class GhtElectedCommittee implements Rule {
        @Override
        public String id() {
            return "rule.ght-elected-committee";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.ORGANIZATIONS, EntityFamily.FACILITIES);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            Map<String, String> seat = Bodies.seatCommunes(dataset, date);
            Map<String, Bound<Organization>> committees = new HashMap<>();
            List<Bound<Organization>> ghts = new ArrayList<>();
            for (Bound<Organization> b : models(dataset, EntityFamily.ORGANIZATIONS, Organization.class)) {
                Organization o = b.model();
                if (o.kind() == OrganizationKind.GHT_ELECTED_COMMITTEE && o.parent() != null && o.isValidAt(date)) {
                    committees.putIfAbsent(o.parent(), b);
                } else if (o.kind() == OrganizationKind.GHT && o.ght() != null && o.isValidAt(date)) {
                    ghts.add(b);
                }
            }
            for (Bound<Organization> g : ghts) {
                Bound<Organization> committee = committees.get(g.model().id());
                Map<String, String> params = new LinkedHashMap<>();
                params.put("ght", g.model().id());
                params.put("ghtName", g.model().name());
                if (committee == null) {
                    params.put("stateFr", "n'a aucun comité territorial des élus locaux");
                    params.put("state", "has no comité territorial des élus locaux");
                    context.report(g.entry(), "", params);
                    continue;
                }
                Set<String> communes = new TreeSet<>();
                for (GhtMember m : g.model().ght().members()) {
                    if (m.isValidAt(date) && (m.role() == org.maillage.core.codelist.GhtRole.SUPPORT
                            || m.role() == org.maillage.core.codelist.GhtRole.MEMBER) && seat.containsKey(m.organization())) {
                        communes.add(seat.get(m.organization()));
                    }
                }
                List<Membership> seats = Bodies.seatsAt(committee.model(), date);
                List<String> missing = new ArrayList<>();
                for (String commune : communes) {
                    if (seats.stream().noneMatch(m -> Bodies.holds(dataset, m, Set.of(OfficeKind.MAYOR), commune,
                            Set.of(OrganizationKind.COMMUNE)))) {
                        missing.add(Bodies.code(dataset, commune));
                    }
                }
                if (!missing.isEmpty()) {
                    params.put("stateFr", "a un comité territorial des élus locaux (" + committee.model().id()
                            + ") où ne siège pas le maire de la commune " + String.join(", ", missing));
                    params.put("state", "has a comité territorial des élus locaux (" + committee.model().id()
                            + ") without the mayor of commune " + String.join(", ", missing));
                    context.report(committee.entry(), committee.model().memberships().isEmpty() ? "" : "/memberships", params);
                }
            }
        }
    }

    /** The ARS works through a délégation départementale in each département of its région (AMF, Sénat). */
    static final class ArsDelegationPerDepartement implements Rule {
        @Override
        public String id() {
            return "rule.ars-delegation-per-departement";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.ORGANIZATIONS);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            Compositions compositions = new Compositions(dataset, date);
            Map<String, Set<String>> delegated = new HashMap<>();
            List<Bound<Organization>> agencies = new ArrayList<>();
            for (Bound<Organization> b : models(dataset, EntityFamily.ORGANIZATIONS, Organization.class)) {
                Organization o = b.model();
                if (!o.isValidAt(date)) {
                    continue;
                }
                if (o.kind() == OrganizationKind.ARS_DELEGATION && o.parent() != null) {
                    o.jurisdiction().stream().filter(l -> l.isValidAt(date))
                            .forEach(l -> delegated.computeIfAbsent(o.parent(), k -> new HashSet<>()).add(l.territory()));
                } else if (o.kind() == OrganizationKind.ARS) {
                    agencies.add(b);
                }
            }
            Map<String, List<String>> departementsOf = new HashMap<>();
            for (IndexedEntity d : dataset.entities(EntityFamily.TERRITORIES)) {
                if (TerritoryHierarchy.kind(d.kind()) == TerritoryKind.DEPARTEMENT && d.isValidAt(date)) {
                    String region = Bodies.parentOfKind(dataset, d.id(), TerritoryKind.REGION, date);
                    if (region != null) {
                        departementsOf.computeIfAbsent(region, k -> new ArrayList<>()).add(d.id());
                    }
                }
            }
            for (Bound<Organization> b : agencies) {
                Set<String> covered = delegated.getOrDefault(b.model().id(), Set.of());
                for (TerritoryLink l : b.model().jurisdiction()) {
                    if (!l.isValidAt(date)) {
                        continue;
                    }
                    for (String d : departementsOf.getOrDefault(l.territory(), List.of())) {
                        if (!covered.contains(d) && compositions.communes(d).stream().noneMatch(c -> covered.contains(c))) {
                            context.report(b.entry(), "/jurisdiction", Map.of("ars", b.model().id(), "arsName", b.model().name(),
                                    "departement", Bodies.code(dataset, d)));
                        }
                    }
                }
            }
        }
    }

    /** A service suspended longer than {@code policy-data.json} allows is a closure in all but name (AMF). */
    static final class ServiceSuspendedTooLong extends EntityRule<Facility> {
        ServiceSuspendedTooLong() {
            super("rule.service-suspended-too-long", Facility.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Facility f, RuleContext context) {
            int months = PolicyData.SUSPENDED_SERVICE_MONTHS;
            for (int s = 0; s < f.services().size(); s++) {
                FacilityService service = f.services().get(s);
                for (int i = 0; i < service.statuses().size(); i++) {
                    ServiceStatusPeriod p = service.statuses().get(i);
                    if (p.status() != ServiceStatus.SUSPENDED || p.validFrom() == null) {
                        continue;
                    }
                    LocalDate end = p.validTo() != null ? p.validTo() : dataset.referenceDate();
                    if (end.isAfter(p.validFrom().plusMonths(months))) {
                        context.report(entry, "/services/" + s + "/statuses/" + i, Map.of("facility", f.id(), "facilityName", f.name(),
                                "service", service.service().code(), "from", date(p.validFrom()),
                                "to", date(end), "months", Integer.toString(months)));
                    }
                }
            }
        }
    }

    /** A label hôpital de proximité that ended without a renewal (VdF: « Sanctuariser la carte des hôpitaux de proximité »). */
    static final class LocalHospitalLabelEnded extends EntityRule<Facility> {
        private static final String LABEL = "hopital-de-proximite";

        LocalHospitalLabelEnded() {
            super("rule.local-hospital-label-ended", Facility.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Facility f, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            int last = -1;
            for (int i = 0; i < f.labels().size(); i++) {
                FacilityLabel l = f.labels().get(i);
                if (LABEL.equals(l.label().code()) && (last < 0 || later(l, f.labels().get(last)))) {
                    last = i;
                }
            }
            if (last >= 0 && f.labels().get(last).validTo() != null && f.labels().get(last).validTo().isBefore(date)) {
                context.report(entry, "/labels/" + last + "/validTo", Map.of("facility", f.id(), "facilityName", f.name(),
                        "to", date(f.labels().get(last).validTo())));
            }
        }

        private static boolean later(FacilityLabel a, FacilityLabel b) {
            if (a.validTo() == null || b.validTo() == null) {
                return a.validTo() == null && b.validTo() != null;
            }
            return a.validTo().isAfter(b.validTo());
        }
    }

    /** The decisions of a zoning issuer and profession that another one succeeds, by predecessor. */
    private static Set<String> succeeded(List<Bound<ZoningDecision>> decisions) {
        Set<String> out = new HashSet<>();
        for (Bound<ZoningDecision> b : decisions) {
            if (b.model().predecessor() != null) {
                out.add(b.model().predecessor());
            }
        }
        return out;
    }

    /** A zoning decision in force and not succeeded was adopted more than {@code policy-data.json}'s years ago (AMF). */
    static final class ZoningReviewOverdue implements Rule {
        @Override
        public String id() {
            return "rule.zoning-review-overdue";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.ZONINGS, EntityFamily.ORGANIZATIONS);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            List<Bound<ZoningDecision>> decisions = models(dataset, EntityFamily.ZONINGS, ZoningDecision.class);
            Set<String> succeeded = succeeded(decisions);
            int years = PolicyData.ZONING_REVIEW_YEARS;
            for (Bound<ZoningDecision> b : decisions) {
                ZoningDecision z = b.model();
                LocalDate adopted = z.adoptionDate() != null ? z.adoptionDate() : z.validFrom();
                if (adopted == null || !z.isValidAt(date) || succeeded.contains(z.id())) {
                    continue;
                }
                if (date.isAfter(adopted.plusYears(years))) {
                    context.report(b.entry(), z.adoptionDate() != null ? "/adoptionDate" : "/validFrom", Map.of("zoning", z.id(),
                            "issuer", z.issuer(), "issuerName", Bodies.name(dataset, z.issuer()), "profession", z.profession().code(),
                            "professionFr", Texts.label("profession", z.profession().code(), true), "adopted", date(adopted),
                            "years", Integer.toString(years), "date", date(date)));
                }
            }
        }
    }

    /** A zoning decision lists the criteria it used, among them those {@code policy-data.json} asks for its profession (AMF). */
    static final class ZoningCriteria extends EntityRule<ZoningDecision> {
        ZoningCriteria() {
            super("rule.zoning-criteria", ZoningDecision.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, ZoningDecision z, RuleContext context) {
            if (!z.isValidAt(dataset.referenceDate())) {
                return;
            }
            Set<String> listed = new HashSet<>();
            for (String id : z.indicators()) {
                dataset.entity(id).filter(e -> e.family() == EntityFamily.INDICATORS && e.code() != null).ifPresent(e -> listed.add(e.code()));
            }
            for (PolicyData.Criteria c : PolicyData.ZONING_CRITERIA) {
                if (!c.profession().equals(z.profession().code())) {
                    continue;
                }
                List<String> missing = c.indicators().stream().filter(i -> !listed.contains(i)).toList();
                if (!missing.isEmpty()) {
                    context.report(entry, z.indicators().isEmpty() ? "" : "/indicators", Map.of("zoning", z.id(),
                            "profession", z.profession().code(), "professionFr", Texts.label("profession", z.profession().code(), true),
                            "missing", String.join(", ", missing), "missingFr", quoted(missing)));
                }
            }
        }
    }

    /**
     * For the territories a zoning decision in force classifies, the dataset holds observations of the
     * professional supply indicators of {@code policy-data.json} (density, share aged 60 or over,
     * installations, departures). Read from the index (observations are not kept whole), so the
     * observation's profession is not matched. One info per decision.
     */
    static final class SupplyIndicators implements Rule {
        @Override
        public String id() {
            return "rule.supply-indicators";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.ZONINGS);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            Set<String> wanted = Set.copyOf(PolicyData.SUPPLY_INDICATORS);
            Map<String, Set<String>> observed = new HashMap<>();
            for (IndexedEntity o : dataset.entities(EntityFamily.OBSERVATIONS)) {
                String indicator = null;
                String territory = null;
                for (Reference r : o.references()) {
                    if (r.role().equals("indicator")) {
                        indicator = dataset.entity(r.target()).map(IndexedEntity::code).orElse(null);
                    } else if (r.role().equals("territory")) {
                        territory = r.target();
                    }
                }
                if (indicator != null && territory != null && wanted.contains(indicator)) {
                    observed.computeIfAbsent(territory, k -> new HashSet<>()).add(indicator);
                }
            }
            for (Bound<ZoningDecision> b : models(dataset, EntityFamily.ZONINGS, ZoningDecision.class)) {
                ZoningDecision z = b.model();
                if (!z.isValidAt(date) || z.assignments().isEmpty()) {
                    continue;
                }
                Set<String> missing = new TreeSet<>();
                int lacking = 0;
                for (ZoneAssignment a : z.assignments()) {
                    Set<String> have = observed.getOrDefault(a.territory(), Set.of());
                    boolean any = false;
                    for (String i : PolicyData.SUPPLY_INDICATORS) {
                        if (!have.contains(i)) {
                            missing.add(i);
                            any = true;
                        }
                    }
                    lacking += any ? 1 : 0;
                }
                if (lacking > 0) {
                    context.report(b.entry(), "/assignments", Map.of("zoning", z.id(), "profession", z.profession().code(),
                            "professionFr", Texts.label("profession", z.profession().code(), true),
                            "lacking", Integer.toString(lacking), "territories", Integer.toString(z.assignments().size()),
                            "missing", String.join(", ", missing), "missingFr", quoted(missing)));
                }
            }
        }
    }

    /**
     * A health territory (TVS, territoire de démocratie sanitaire, other health territory) whose
     * communes take part of an EPCI and leave the rest (IdF: articulate health territories with the
     * collectivities' perimeters). One info per territory, naming the first EPCI it splits.
     */
    static final class HealthTerritorySplitsEpci implements Rule {
        private static final Map<TerritoryKind, String> KIND_FR = Map.of(TerritoryKind.TVS, "territoire de vie-santé",
                TerritoryKind.TERRITOIRE_DEMOCRATIE_SANITAIRE, "territoire de démocratie sanitaire",
                TerritoryKind.OTHER_HEALTH_TERRITORY, "territoire de santé");
        private static final Map<TerritoryKind, String> KIND_EN = Map.of(TerritoryKind.TVS, "health living area",
                TerritoryKind.TERRITOIRE_DEMOCRATIE_SANITAIRE, "health democracy territory",
                TerritoryKind.OTHER_HEALTH_TERRITORY, "health territory");
        private static final Set<TerritoryKind> HEALTH = KIND_FR.keySet();

        @Override
        public String id() {
            return "rule.health-territory-splits-epci";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of();
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            Compositions compositions = new Compositions(dataset, date);
            Map<String, String> epciOf = new HashMap<>();
            Map<String, Integer> size = new HashMap<>();
            for (IndexedEntity e : dataset.entities(EntityFamily.TERRITORIES)) {
                if (TerritoryHierarchy.kind(e.kind()) == TerritoryKind.EPCI && e.isValidAt(date)) {
                    Set<String> communes = compositions.communes(e.id());
                    size.put(e.id(), communes.size());
                    communes.forEach(c -> epciOf.putIfAbsent(c, e.id()));
                }
            }
            for (IndexedEntity t : dataset.entities(EntityFamily.TERRITORIES)) {
                TerritoryKind tk = TerritoryHierarchy.kind(t.kind());
                if (tk == null || !HEALTH.contains(tk) || !t.isValidAt(date)) {
                    continue;
                }
                Map<String, Integer> taken = new LinkedHashMap<>();
                for (String c : new TreeSet<>(compositions.communes(t.id()))) {
                    String epci = epciOf.get(c);
                    if (epci != null) {
                        taken.merge(epci, 1, Integer::sum);
                    }
                }
                for (Map.Entry<String, Integer> e : taken.entrySet()) {
                    if (e.getValue() < size.get(e.getKey())) {
                        TerritoryKind kind = TerritoryHierarchy.kind(t.kind());
                        context.report(t, "/members", Map.of("territory", t.id(), "kindFr", KIND_FR.get(kind),
                                "kind", KIND_EN.get(kind), "epci", e.getKey(),
                                "taken", Integer.toString(e.getValue()), "communes", Integer.toString(size.get(e.getKey()))));
                        break;
                    }
                }
            }
        }
    }

    /** A PTSM adopted or in force has a funded coordinator (PS: « nommer un médecin coordonnateur des PTSM […] doté d'un budget »). */
    static final class PtsmCoordinator extends EntityRule<Plan> {
        PtsmCoordinator() {
            super("rule.ptsm-coordinator", Plan.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Plan p, RuleContext context) {
            if (p.kind() != PlanKind.PTSM || (p.status() != PlanStatus.ADOPTED && p.status() != PlanStatus.IN_FORCE)) {
                return;
            }
            if (p.coordinator() == null || !Boolean.TRUE.equals(p.coordinator().funded())) {
                context.report(entry, p.coordinator() == null ? "" : "/coordinator", Map.of("plan", p.id(), "planName", p.title(),
                        "stateFr", p.coordinator() == null ? "n'a aucun coordonnateur"
                                : "a un coordonnateur dont le poste n'est pas indiqué comme financé",
                        "state", p.coordinator() == null ? "has no coordinator" : "has a coordinator whose post is not stated as funded"));
            }
        }
    }

    /** A PTS is drawn up with the local authorities: one of its decisions is a collectivité's (AMF). */
    static final class PtsLocalAuthorities extends EntityRule<Plan> {
        PtsLocalAuthorities() {
            super("rule.pts-local-authorities", Plan.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Plan p, RuleContext context) {
            if (p.kind() != PlanKind.PTS || p.status() == PlanStatus.EXPIRED || p.status() == PlanStatus.REPEALED) {
                return;
            }
            for (PlanDecision d : p.decisions()) {
                OrganizationKind k = RuleSupport.organizationKind(dataset, d.organization());
                if (k != null && RuleSupport.COLLECTIVITES.contains(k)) {
                    return;
                }
            }
            context.report(entry, p.decisions().isEmpty() ? "" : "/decisions", Map.of("plan", p.id(), "planName", p.title()));
        }
    }

    /** Codes as French quotes data: « delai-rendez-vous », « densite ». */
    private static String quoted(java.util.Collection<String> codes) {
        return String.join(", ", codes.stream().map(c -> "« " + c + " »").toList());
    }
}
