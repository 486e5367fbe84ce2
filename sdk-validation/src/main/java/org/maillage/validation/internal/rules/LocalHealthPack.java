package org.maillage.validation.internal.rules;

import static org.maillage.validation.internal.rules.RuleSupport.date;
import static org.maillage.validation.internal.rules.RuleSupport.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.ServiceStatus;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Facility;
import org.maillage.core.model.FacilityService;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Organization;
import org.maillage.core.model.ServiceStatusPeriod;
import org.maillage.core.model.TerritoryLink;
import org.maillage.validation.internal.TerritoryHierarchy;
import org.maillage.validation.internal.rules.RuleSupport.Bound;
import org.maillage.validation.internal.rules.RuleSupport.Compositions;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.EntityRule;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RuleContext;
import org.maillage.validation.spi.RulePack;

/**
 * The {@code local-health} policy profile: what the associations of local elected officials
 * (AMF, Villes de France, Intercommunalités de France) and the other seed texts ask of local
 * health contracts, hospital services and boards. Its rules are recommendations (warnings,
 * priority recommended) and monitoring information (info, permitted), never errors: a dataset
 * that departs from a policy is not wrong. The profile runs the regulatory pack too.
 */
public final class LocalHealthPack implements RulePack {

    /** The pack's and the profile's name. */
    public static final String NAME = "local-health";

    private static final Set<EntityFamily> CONTRACTS = Set.of(EntityFamily.CONTRACTS);

    /** Creates the pack. */
    public LocalHealthPack() {
        // stateless
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "1.1.0";
    }

    @Override
    public List<Rule> rules() {
        return List.of(new ClsIntercommunal(), new ClsCoordinatorFunded(), new ClsMentalHealth(), new ClsLocalPartners(),
                new ClsCoverage(), new ClosedServiceReplaced(), new BoardElectedOfficials(),
                new LawRules.BodyComposition("rule.proposed-body-composition"),
                new SeedRules.ClsTheme("rule.cls-prevention-environment", Set.of(HealthTheme.PREVENTION, HealthTheme.ENVIRONMENTAL_HEALTH)),
                new SeedRules.ClsTheme("rule.cls-access-to-care", Set.of(HealthTheme.ACCESS_TO_CARE)),
                new SeedRules.ClsClsm(), new SeedRules.ClsFunding(), new SeedRules.ClsDiagnosis(), new SeedRules.ClsRenforceParties(),
                new SeedRules.ClsSteeringElectedOfficials(),
                new SeedRules.ElectedOfficials("rule.cpts-elected-officials", OrganizationKind.CPTS),
                new SeedRules.ElectedOfficials("rule.clsm-elected-officials", OrganizationKind.CLSM),
                new SeedRules.CptsReliesOnCls(), new SeedRules.CptsSizePopulation(), new SeedRules.GhtElectedCommittee(),
                new SeedRules.ArsDelegationPerDepartement(), new SeedRules.ServiceSuspendedTooLong(),
                new SeedRules.LocalHospitalLabelEnded(), new SeedRules.ZoningReviewOverdue(), new SeedRules.ZoningCriteria(),
                new SeedRules.SupplyIndicators(), new SeedRules.HealthTerritorySplitsEpci(), new SeedRules.PtsmCoordinator(),
                new SeedRules.PtsLocalAuthorities());
    }

    /** Whether a policy speaks of a contract: a CLS drafted, signed or in force, not a past one. */
    static boolean current(Contract c) {
        return RuleSupport.isCls(c.kind()) && c.status() != ContractStatus.EXPIRED && c.status() != ContractStatus.TERMINATED;
    }

    /** The CLS a policy speaks of. */
    static List<Bound<Contract>> currentCls(DatasetView dataset) {
        return models(dataset, EntityFamily.CONTRACTS, Contract.class).stream().filter(b -> current(b.model())).toList();
    }

    static List<String> territories(Contract c) {
        return c.territories().stream().map(TerritoryLink::territory).toList();
    }

    /** A CLS at intercommunal scale: an EPCI, EPT or PETR among its territories, or all communes of an EPCI. */
    static final class ClsIntercommunal implements Rule {
        private static final Set<TerritoryKind> INTERCOMMUNAL = Set.of(TerritoryKind.EPCI, TerritoryKind.EPT, TerritoryKind.PETR);

        @Override
        public String id() {
            return "rule.cls-intercommunal";
        }

        @Override
        public Set<EntityFamily> reads() {
            return CONTRACTS;
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            Compositions compositions = new Compositions(dataset, dataset.referenceDate());
            for (Bound<Contract> b : currentCls(dataset)) {
                boolean ok = false;
                Set<String> communes = new HashSet<>();
                for (String t : territories(b.model())) {
                    IndexedEntity e = dataset.entity(t).orElse(null);
                    TerritoryKind k = e == null ? null : TerritoryHierarchy.kind(e.kind());
                    ok |= k != null && INTERCOMMUNAL.contains(k);
                    if (k == TerritoryKind.COMMUNE) {
                        communes.add(t);
                    }
                }
                for (IndexedEntity epci : dataset.entities(EntityFamily.TERRITORIES)) {
                    if (ok || communes.isEmpty()) {
                        break;
                    }
                    if (TerritoryHierarchy.kind(epci.kind()) == TerritoryKind.EPCI) {
                        Set<String> members = compositions.communes(epci.id());
                        ok = !members.isEmpty() && communes.containsAll(members);
                    }
                }
                if (!ok) {
                    context.report(b.entry(), b.model().territories().isEmpty() ? "" : "/territories",
                            Map.of("contract", b.model().id()));
                }
            }
        }
    }

    /** A CLS has a coordinator whose post is funded. */
    static final class ClsCoordinatorFunded extends EntityRule<Contract> {
        ClsCoordinatorFunded() {
            super("rule.cls-coordinator-funded", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            if (!current(c)) {
                return;
            }
            if (c.coordinator() == null) {
                context.report(entry, "", Map.of("contract", c.id(), "state", "no coordinator", "stateFr", "aucun coordinateur"));
            } else if (!Boolean.TRUE.equals(c.coordinator().funded())) {
                context.report(entry, "/coordinator", Map.of("contract", c.id(),
                        "state", "a coordinator whose post is not stated as funded",
                        "stateFr", "un coordinateur dont le poste n'est pas indiqué comme financé"));
            }
        }
    }

    /** A CLS has a mental-health part (the CLSM). */
    static final class ClsMentalHealth extends EntityRule<Contract> {
        ClsMentalHealth() {
            super("rule.cls-mental-health", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            if (current(c) && c.axes().stream().noneMatch(a -> a.themes().contains(HealthTheme.MENTAL_HEALTH))) {
                context.report(entry, c.axes().isEmpty() ? "" : "/axes", Map.of("contract", c.id()));
            }
        }
    }

    /**
     * The CPTS whose jurisdiction meets the CLS's communes, and the hospitals (legal entities of
     * kind hospital) running a facility in one of them, are parties of the CLS.
     */
    static final class ClsLocalPartners implements Rule {
        @Override
        public String id() {
            return "rule.cls-local-partners";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.CONTRACTS, EntityFamily.ORGANIZATIONS, EntityFamily.FACILITIES);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            Compositions compositions = new Compositions(dataset, date);
            Map<String, Set<String>> cptsCommunes = new HashMap<>();
            for (Bound<Organization> o : models(dataset, EntityFamily.ORGANIZATIONS, Organization.class)) {
                if (o.model().kind() == OrganizationKind.CPTS && o.model().isValidAt(date)) {
                    List<String> ts = o.model().jurisdiction().stream().filter(l -> l.isValidAt(date))
                            .map(TerritoryLink::territory).toList();
                    cptsCommunes.put(o.model().id(), compositions.communes(ts));
                }
            }
            Map<String, Set<String>> hospitalCommunes = new HashMap<>();
            for (Bound<Facility> f : models(dataset, EntityFamily.FACILITIES, Facility.class)) {
                String ej = f.model().organization();
                if (ej != null && f.model().commune() != null && f.model().isValidAt(date)
                        && RuleSupport.organizationKind(dataset, ej) == OrganizationKind.HOSPITAL
                        && dataset.entity(ej).map(e -> e.isValidAt(date)).orElse(false)) {
                    hospitalCommunes.computeIfAbsent(ej, k -> new HashSet<>()).add(f.model().commune());
                }
            }
            for (Bound<Contract> b : currentCls(dataset)) {
                Set<String> communes = compositions.communes(territories(b.model()));
                Set<String> parties = new HashSet<>();
                for (ContractParty p : b.model().parties()) {
                    parties.add(p.organization());
                }
                report(context, b, missing(cptsCommunes, communes, parties), "the CPTS", "la CPTS");
                report(context, b, missing(hospitalCommunes, communes, parties), "the hospital", "l'établissement de santé");
            }
        }

        private static List<String> missing(Map<String, Set<String>> actors, Set<String> communes, Set<String> parties) {
            List<String> out = new ArrayList<>();
            actors.forEach((id, where) -> {
                if (!parties.contains(id) && where.stream().anyMatch(communes::contains)) {
                    out.add(id);
                }
            });
            out.sort(null);
            return out;
        }

        private static void report(RuleContext context, Bound<Contract> b, List<String> actors, String kind, String kindFr) {
            for (String a : actors) {
                context.report(b.entry(), "/parties", Map.of("contract", b.model().id(), "actor", a, "kind", kind,
                        "kindFr", kindFr));
            }
        }
    }

    /** Every commune of a département is covered by a CLS in force: one finding per département. */
    static final class ClsCoverage implements Rule {
        @Override
        public String id() {
            return "rule.cls-coverage";
        }

        @Override
        public Set<EntityFamily> reads() {
            return CONTRACTS;
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            Compositions compositions = new Compositions(dataset, date);
            Set<String> covered = new HashSet<>();
            for (Bound<Contract> b : models(dataset, EntityFamily.CONTRACTS, Contract.class)) {
                Contract c = b.model();
                if (RuleSupport.isCls(c.kind()) && (c.status() == ContractStatus.SIGNED || c.status() == ContractStatus.IN_FORCE)
                        && c.isValidAt(date)) {
                    covered.addAll(compositions.communes(c.territories().stream().filter(l -> l.isValidAt(date))
                            .map(TerritoryLink::territory).toList()));
                }
            }
            for (IndexedEntity d : dataset.entities(EntityFamily.TERRITORIES)) {
                if (TerritoryHierarchy.kind(d.kind()) != TerritoryKind.DEPARTEMENT || !d.isValidAt(date)) {
                    continue;
                }
                int all = 0;
                int uncovered = 0;
                for (String commune : compositions.communes(d.id())) {
                    if (dataset.entity(commune).map(e -> e.isValidAt(date)).orElse(false)) {
                        all++;
                        uncovered += covered.contains(commune) ? 0 : 1;
                    }
                }
                if (uncovered > 0) {
                    context.report(d, "", Map.of("uncovered", Integer.toString(uncovered), "communes", Integer.toString(all),
                            "departement", d.code() == null ? d.id() : d.code(), "date", date(date)));
                }
            }
        }
    }

    /**
     * A closed service is followed by advanced consultations (or reopens): the status after a
     * closed period is replaced-by-advanced-consultations or open.
     */
    static final class ClosedServiceReplaced implements Rule {
        @Override
        public String id() {
            return "rule.closed-service-replaced";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.FACILITIES);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            for (Bound<Facility> b : models(dataset, EntityFamily.FACILITIES, Facility.class)) {
                List<FacilityService> services = b.model().services();
                for (int s = 0; s < services.size(); s++) {
                    List<ServiceStatusPeriod> statuses = services.get(s).statuses();
                    for (int i = 0; i < statuses.size(); i++) {
                        if (statuses.get(i).status() != ServiceStatus.CLOSED) {
                            continue;
                        }
                        ServiceStatus next = i + 1 < statuses.size() ? statuses.get(i + 1).status() : null;
                        if (next != ServiceStatus.REPLACED_BY_ADVANCED_CONSULTATIONS && next != ServiceStatus.OPEN) {
                            context.report(b.entry(), "/services/" + s + "/statuses/" + i, Map.of("service",
                                    services.get(s).service().code(), "facility", b.model().id(), "date",
                                    date(statuses.get(i).validFrom())));
                        }
                    }
                }
            }
        }
    }

    /** Elected officials sit in the local-authorities college of hospital boards, at every date. */
    static final class BoardElectedOfficials implements Rule {
        private static final Set<OfficeKind> ELECTED = Set.of(OfficeKind.MAYOR, OfficeKind.DEPUTY_MAYOR,
                OfficeKind.MUNICIPAL_COUNCILLOR, OfficeKind.EPCI_PRESIDENT, OfficeKind.EPCI_COUNCILLOR,
                OfficeKind.DEPARTEMENT_PRESIDENT, OfficeKind.DEPARTEMENTAL_COUNCILLOR, OfficeKind.REGION_PRESIDENT,
                OfficeKind.REGIONAL_COUNCILLOR);

        @Override
        public String id() {
            return "rule.board-elected-officials";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.ORGANIZATIONS);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            for (Bound<Organization> b : models(dataset, EntityFamily.ORGANIZATIONS, Organization.class)) {
                Organization o = b.model();
                if (o.kind() != OrganizationKind.CONSEIL_SURVEILLANCE || o.memberships().isEmpty()) {
                    continue;
                }
                boolean[] lastOk = {true};
                RuleSupport.eachSeating(o, dataset.referenceDate(), (d, seats) -> {
                    boolean ok = seats.isEmpty()
                            || seats.stream().anyMatch(m -> m.college() == College.LOCAL_AUTHORITIES && elected(dataset, m));
                    if (!ok && lastOk[0]) {
                        context.report(b.entry(), "/memberships", Map.of("board", o.id(), "date", date(d)));
                    }
                    lastOk[0] = ok;
                });
            }
        }

        private static boolean elected(DatasetView dataset, Membership m) {
            if (m.office() != null) {
                return m.office().kind() != null && ELECTED.contains(m.office().kind());
            }
            OrganizationKind k = RuleSupport.organizationKind(dataset, m.organization() != null ? m.organization() : m.onBehalfOf());
            return k != null && RuleSupport.COLLECTIVITES.contains(k);
        }
    }
}
