package org.maillage.core.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.maillage.core.codelist.ContactSystem;
import org.maillage.core.codelist.ActionStatus;
import org.maillage.core.codelist.CogEvent;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.CptsMission;
import org.maillage.core.codelist.CptsSizeClass;
import org.maillage.core.codelist.EpciLegalType;
import org.maillage.core.codelist.GhtRole;
import org.maillage.core.codelist.GhtType;
import org.maillage.core.codelist.HealthTheme;
import org.maillage.core.codelist.IndicatorDirection;
import org.maillage.core.codelist.MembershipRole;
import org.maillage.core.codelist.MissionStatus;
import org.maillage.core.codelist.ObservationStatus;
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
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Amendment;
import org.maillage.core.model.Capacity;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractAction;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.Address;
import org.maillage.core.model.ContactPoint;
import org.maillage.core.model.Coordinates;
import org.maillage.core.model.Coordinator;
import org.maillage.core.model.CptsProfile;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Facility;
import org.maillage.core.model.FacilityLabel;
import org.maillage.core.model.FacilityService;
import org.maillage.core.model.FundingLine;
import org.maillage.core.model.GhtMember;
import org.maillage.core.model.GhtMembership;
import org.maillage.core.model.GhtProfile;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.IndicatorDefinition;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Mission;
import org.maillage.core.model.Observation;
import org.maillage.core.model.Office;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Period;
import org.maillage.core.model.Person;
import org.maillage.core.model.Plan;
import org.maillage.core.model.PlanDecision;
import org.maillage.core.model.Population;
import org.maillage.core.model.Publisher;
import org.maillage.core.model.ServiceStatusPeriod;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.model.ZoneAssignment;
import org.maillage.core.model.ZoningDecision;

/**
 * jqwik arbitraries for random valid instances of every entity family and of whole datasets:
 * identifiers pass their check rules, territory codes fit their kind, periods are well-ordered,
 * open codes carry the list the schema expects. References are well-formed ids but need not
 * resolve. Reusable from other modules' tests (JSON round trips, diff properties).
 */
public final class ModelArbitraries {

    private static final LocalDate EPOCH = LocalDate.of(1990, 1, 1);
    private static final List<String> COMMUNES = List.of("25056", "2A004", "2B033", "58194", "97101", "01053", "75056", "69123");
    private static final List<String> DEPARTEMENTS = List.of("25", "2A", "2B", "58", "971", "976", "01", "95");
    private static final List<String> REGIONS = List.of("27", "94", "01", "11", "84", "06");

    private ModelArbitraries() {}

    // ---------- scalars

    /**
     * Entity ids.
     *
     * @param prefix what they start with, for example {@code org}
     * @return ids such as {@code org:k3x}
     */
    public static Arbitrary<String> ids(String prefix) {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '.', '_')
                .ofMinLength(1).ofMaxLength(12).map(s -> prefix + ":" + s);
    }

    /**
     * Non-blank human text with accents and punctuation.
     *
     * @return names
     */
    public static Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("ÉéèàçôÎ '-").ofMinLength(0).ofMaxLength(30)
                .map(s -> "L" + s);
    }

    /** @return short codes such as {@code axe-3} */
    public static Arbitrary<String> codes() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8);
    }

    /** @return dates between 1990 and about 2045 */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 20_000).map(EPOCH::plusDays);
    }

    /** @return dates, or null for about a third of them */
    public static Arbitrary<LocalDate> optionalDates() {
        return dates().injectNull(0.3);
    }

    /** @return well-ordered (validFrom, validTo) pairs, each possibly null */
    public static Arbitrary<LocalDate[]> periods() {
        return Combinators.combine(optionalDates(), Arbitraries.integers().between(0, 4000).injectNull(0.4))
                .as((from, days) -> new LocalDate[] {from, days == null ? null : (from == null ? EPOCH : from).plusDays(days)});
    }

    /** @return closed {@link Period}s */
    public static Arbitrary<Period> closedPeriods() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 3650)).as((s, d) -> new Period(s, s.plusDays(d)));
    }

    /** @return amounts in euros, with cents */
    public static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000000")).ofScale(2);
    }

    /**
     * Codes of an open codelist, carrying the list.
     *
     * @param list the codelist name
     * @param known codes of that list to draw from
     * @return references
     */
    public static Arbitrary<CodeRef> codeRefs(String list, String... known) {
        return Combinators.combine(Arbitraries.of(known), Arbitraries.of("1.0", "2021-01").injectNull(0.6))
                .as((code, version) -> new CodeRef(list, code, version));
    }

    private static <T> Arbitrary<List<T>> lists(Arbitrary<T> element) {
        return element.list().ofMaxSize(3);
    }

    // ---------- identifiers

    /** The digit that makes {@code digits + key} pass the Luhn check. */
    static String withLuhnKey(String digits) {
        for (char k = '0'; k <= '9'; k++) {
            String candidate = digits + k;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(digits);
    }

    private static boolean luhn(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(s.length() - 1 - i) - '0';
            if ((i & 1) == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().numeric().ofLength(n);
    }

    /** @return valid SIREN numbers of public bodies */
    public static Arbitrary<String> sirens() {
        return digits(7).map(d -> withLuhnKey("2" + d));
    }

    /** @return valid SIRET numbers */
    public static Arbitrary<String> sirets() {
        return Combinators.combine(sirens(), digits(4)).as((s, d) -> withLuhnKey(s + d));
    }

    /** @return valid FINESS numbers, Corsican ones included */
    public static Arbitrary<String> finess() {
        return Combinators.combine(Arbitraries.of("25", "58", "01", "21", "22", "97"), digits(6)).as((dep, d) -> {
            String n = withLuhnKey(dep + d);
            return dep.equals("21") ? "2A" + n.substring(2) : dep.equals("22") ? "2B" + n.substring(2) : n;
        });
    }

    /** @return valid RPPS numbers */
    public static Arbitrary<String> rpps() {
        return digits(10).map(d -> withLuhnKey("1" + d.substring(1)));
    }

    /** @return official identifiers whose values pass their scheme's check */
    public static Arbitrary<Identifier> identifiers() {
        return Arbitraries.of(IdentifierScheme.class).flatMap(s -> identifiers(s));
    }

    /**
     * @param scheme a scheme
     * @return identifiers of that scheme whose values pass its check
     */
    public static Arbitrary<Identifier> identifiers(IdentifierScheme scheme) {
        Arbitrary<String> values = switch (scheme) {
            case INSEE_COMMUNE -> Arbitraries.of(COMMUNES);
            case INSEE_DEPARTEMENT -> Arbitraries.of(DEPARTEMENTS);
            case INSEE_REGION -> Arbitraries.of(REGIONS);
            case SIREN -> sirens();
            case SIRET -> sirets();
            case FINESS_EJ, FINESS_ET -> finess();
            case RPPS -> rpps();
            case ADELI -> digits(9);
            case QPV -> Arbitraries.strings().withCharRange('A', 'Z').numeric().ofLength(6).map(s -> "QN" + s);
        };
        return values.map(v -> new Identifier(scheme, v));
    }

    // ---------- territories

    /** @return dated links to territories */
    public static Arbitrary<TerritoryLink> territoryLinks() {
        return Combinators.combine(ids("territory"), periods()).as((t, p) -> new TerritoryLink(t, p[0], p[1]));
    }

    /** @return valid territories, with a code that fits their kind */
    public static Arbitrary<Territory> territories() {
        return Arbitraries.of(TerritoryKind.class).flatMap(kind -> {
            Arbitrary<String> code = switch (kind) {
                case COMMUNE, COMMUNE_DELEGUEE, COMMUNE_ASSOCIEE, ARRONDISSEMENT_MUNICIPAL -> Arbitraries.of(COMMUNES);
                case DEPARTEMENT -> Arbitraries.of(DEPARTEMENTS);
                case REGION -> Arbitraries.of(REGIONS);
                case EPCI, EPT -> sirens();
                case COLLECTIVITE_OUTRE_MER -> Arbitraries.of("975", "977", "978", "986", "987", "988");
                default -> codes();
            };
            Arbitrary<EpciLegalType> legal = kind == TerritoryKind.EPCI ? Arbitraries.of(EpciLegalType.class)
                    : Arbitraries.just(null);
            Arbitrary<Population> pop = Combinators.combine(Arbitraries.longs().between(0, 3_000_000),
                    Arbitraries.integers().between(1968, 2026), Arbitraries.of(PopulationKind.class)).as(Population::new);
            Arbitrary<Lineage> lineage = Combinators.combine(Arbitraries.of(COMMUNES), ids("territory").injectNull(0.5),
                    Arbitraries.of(CogEvent.class).injectNull(0.3), optionalDates()).as(Lineage::new);
            return Combinators.combine(
                    Combinators.combine(ids(kind.code()), code, texts(), legal).as(Tuple::of),
                    Combinators.combine(lists(identifiers()), lists(territoryLinks()), lists(territoryLinks()), lists(pop)).as(Tuple::of),
                    Combinators.combine(lists(lineage), lists(lineage), periods()).as(Tuple::of))
                    .as((a, b, c) -> new Territory(a.get1(), kind, a.get2(), a.get3(), a.get4(), b.get1(), b.get2(), b.get3(),
                            b.get4(), c.get1(), c.get2(), c.get3()[0], c.get3()[1]));
        });
    }

    // ---------- organisations and people

    /** @return seats in bodies, held by a person, an organisation or an office */
    public static Arbitrary<Membership> memberships() {
        Arbitrary<Office> office = Combinators.combine(Arbitraries.of(OfficeKind.class), ids("territory").injectNull(0.3),
                ids("org").injectNull(0.7)).as(Office::new);
        return Combinators.combine(
                Arbitraries.integers().between(0, 2), ids("person"), ids("org"), office,
                ids("org").injectNull(0.7), Arbitraries.of(MembershipRole.class), Arbitraries.of(College.class).injectNull(0.3),
                Combinators.combine(Arbitraries.of(true, false).injectNull(0.3), periods()).as(Tuple::of))
                .as((which, person, org, off, behalf, role, college, rest) -> new Membership(
                        which == 0 ? person : null, which == 1 ? org : null, which == 2 ? off : null, behalf, role, college,
                        rest.get1(), rest.get2()[0], rest.get2()[1]));
    }

    /** @return valid organisations, GHT and CPTS particulars included when their kind has them */
    public static Arbitrary<Organization> organizations() {
        Arbitrary<GhtProfile> ght = Combinators.combine(Arbitraries.of(GhtType.class), lists(
                Combinators.combine(ids("org"), Arbitraries.of(GhtRole.class), periods()).as((o, r, p) -> new GhtMember(o, r, p[0], p[1]))))
                .as(GhtProfile::new);
        Arbitrary<CptsProfile> cpts = Combinators.combine(Arbitraries.of(CptsSizeClass.class).injectNull(0.2), lists(
                Combinators.combine(Arbitraries.of(CptsMission.class), Arbitraries.of(MissionStatus.class), periods())
                        .as((m, s, p) -> new Mission(m, s, p[0], p[1]))), optionalDates(), ids("contract").list().ofMaxSize(2))
                .as(CptsProfile::new);
        return Arbitraries.of(OrganizationKind.class).flatMap(kind -> Combinators.combine(
                Combinators.combine(ids("org"), texts(), codes().injectNull(0.5), lists(identifiers())).as(Tuple::of),
                Combinators.combine(ids("territory").injectNull(0.5), lists(territoryLinks()), ids("org").injectNull(0.5),
                        lists(memberships())).as(Tuple::of),
                kind == OrganizationKind.GHT ? ght : Arbitraries.just(null),
                kind == OrganizationKind.CPTS ? cpts : Arbitraries.just(null),
                periods())
                .as((a, b, g, c, p) -> new Organization(a.get1(), kind, a.get2(), a.get3(), a.get4(), b.get1(), b.get2(),
                        b.get3(), b.get4(), g, c, p[0], p[1])));
    }

    /** @return valid people */
    public static Arbitrary<Person> people() {
        return Combinators.combine(ids("person"), texts(), texts().injectNull(0.2),
                codeRefs("profession", "medecin-generaliste", "infirmier", "sage-femme").injectNull(0.5),
                identifiers(IdentifierScheme.RPPS).list().ofMaxSize(1), periods())
                .as((id, family, given, prof, ids, p) -> new Person(id, family, given, prof, ids, p[0], p[1]));
    }

    // ---------- contracts

    /** @return valid contracts */
    public static Arbitrary<Contract> contracts() {
        Arbitrary<ContractParty> party = Combinators.combine(ids("org"), Arbitraries.of(PartyRole.class), optionalDates(),
                ids("person").injectNull(0.6)).as(ContractParty::new);
        Arbitrary<Amendment> amendment = Combinators.combine(Arbitraries.integers().between(1, 20), dates(), texts().injectNull(0.3))
                .as(Amendment::new);
        Arbitrary<ContractAction> action = Combinators.combine(codes(), texts(), Arbitraries.of(ActionStatus.class).injectNull(0.3),
                ids("org").injectNull(0.5), periods()).as((c, t, s, o, p) -> new ContractAction(c, t, s, o, p[0], p[1]));
        Arbitrary<ContractAxis> axis = Combinators.combine(codes(), texts(), Arbitraries.of(HealthTheme.class).list().uniqueElements().ofMaxSize(3),
                lists(action), ids("org").injectNull(0.7)).as(ContractAxis::new);
        Arbitrary<Coordinator> coordinator = Combinators.combine(ids("person").injectNull(0.3), ids("org").injectNull(0.3),
                Arbitraries.of(true, false).injectNull(0.3),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(2).injectNull(0.3), periods())
                .as((person, org, funded, fte, p) -> new Coordinator(person, org, funded, fte, p[0], p[1]));
        Arbitrary<FundingLine> funding = Combinators.combine(ids("org"), Arbitraries.integers().between(1990, 2200), amounts(),
                codes().injectNull(0.5)).as(FundingLine::new);
        return Combinators.combine(
                Combinators.combine(ids("contract"), Arbitraries.of(ContractKind.class), Arbitraries.of(ContractStatus.class), texts())
                        .as(Tuple::of),
                Combinators.combine(identifiers(IdentifierScheme.SIREN).list().ofMaxSize(1), lists(party), lists(territoryLinks()), periods())
                        .as(Tuple::of),
                Combinators.combine(lists(amendment), lists(axis), coordinator.injectNull(0.4), lists(funding)).as(Tuple::of),
                ids("org").injectNull(0.5), ids("contract").injectNull(0.5), ids("plan").list().ofMaxSize(2))
                .as((a, b, c, steering, predecessor, plans) -> new Contract(a.get1(), a.get2(), a.get3(), a.get4(), b.get1(), b.get2(),
                        b.get3(), b.get4()[0], b.get4()[1], c.get1(), c.get2(), c.get3(), c.get4(), steering, predecessor, plans));
    }

    // ---------- facilities

    /** @return valid facilities */
    public static Arbitrary<Facility> facilities() {
        Arbitrary<Address> address = Combinators.combine(texts().list().ofMaxSize(3), Arbitraries.strings().numeric().ofLength(5).injectNull(0.2),
                texts().injectNull(0.2), Arbitraries.of("France").injectNull(0.5)).as(Address::new);
        Arbitrary<ContactPoint> contact = Combinators.combine(Arbitraries.of(ContactSystem.class), texts()).as(ContactPoint::new);
        Arbitrary<Coordinates> coordinates = Combinators.combine(Arbitraries.doubles().between(-90, 90).ofScale(6),
                Arbitraries.doubles().between(-180, 180).ofScale(6)).as(Coordinates::new);
        Arbitrary<FacilityLabel> label = Combinators.combine(codeRefs("facility-label", "hopital-de-proximite", "centre-ressources-territorial"),
                ids("org").injectNull(0.5), periods()).as((l, o, p) -> new FacilityLabel(l, o, p[0], p[1]));
        Arbitrary<Capacity> capacity = Combinators.combine(codeRefs("capacity-kind", "lits-medecine", "places-hebergement-permanent"),
                Arbitraries.integers().between(0, 2000), periods()).as((k, v, p) -> new Capacity(k, v, p[0], p[1]));
        Arbitrary<ServiceStatusPeriod> status = Combinators.combine(Arbitraries.of(ServiceStatus.class), ids("facility").injectNull(0.7),
                periods()).as((s, f, p) -> new ServiceStatusPeriod(s, f, p[0], p[1]));
        Arbitrary<FacilityService> service = Combinators.combine(codeRefs("facility-service", "urgences", "maternite", "smur"),
                status.list().ofMinSize(1).ofMaxSize(3)).as(FacilityService::new);
        Arbitrary<GhtMembership> ght = Combinators.combine(ids("org"), Arbitraries.of(GhtRole.class), periods())
                .as((o, r, p) -> new GhtMembership(o, r, p[0], p[1]));
        Arbitrary<List<Identifier>> ids = Combinators.combine(identifiers(IdentifierScheme.FINESS_ET), identifiers(IdentifierScheme.FINESS_EJ),
                identifiers(IdentifierScheme.SIRET).injectNull(0.5)).as((et, ej, siret) -> siret == null ? List.of(et, ej) : List.of(et, ej, siret));
        return Combinators.combine(
                Combinators.combine(ids("facility"), texts(), codeRefs("finess-category", "355", "500", "603", "124", "106"), ids).as(Tuple::of),
                Combinators.combine(ids("org").injectNull(0.3), ids("commune").injectNull(0.2), address.injectNull(0.3),
                        lists(contact), coordinates.injectNull(0.3)).as(Tuple::of),
                Combinators.combine(lists(label), lists(capacity), lists(service), lists(ght)).as(Tuple::of),
                periods())
                .as((a, b, c, p) -> new Facility(a.get1(), a.get2(), a.get3(), a.get4(), b.get1(), b.get2(), b.get3(), b.get4(),
                        b.get5(), c.get1(), c.get2(), c.get3(), c.get4(), p[0], p[1]));
    }

    // ---------- indicators, observations, zoning

    /** @return valid indicator definitions */
    public static Arbitrary<IndicatorDefinition> indicators() {
        return Combinators.combine(
                Combinators.combine(ids("indicator"), Arbitraries.of("apl-mg", "apl-inf", "delai-rendez-vous"), texts(), texts().injectNull(0.3))
                        .as(Tuple::of),
                Combinators.combine(texts(), ids("org").injectNull(0.3), texts().injectNull(0.5),
                        Arbitraries.of(IndicatorDirection.class).injectNull(0.3)).as(Tuple::of),
                codeRefs("profession", "medecin-generaliste", "infirmier").injectNull(0.5), periods())
                .as((a, b, prof, p) -> new IndicatorDefinition(a.get1(), a.get2(), a.get3(), a.get4(), b.get1(), b.get2(), b.get3(),
                        b.get4(), prof, List.of(), p[0], p[1]));
    }

    /** @return valid observations */
    public static Arbitrary<Observation> observations() {
        return Combinators.combine(
                Combinators.combine(ids("observation"), ids("indicator"), ids("commune"), closedPeriods()).as(Tuple::of),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("100000")).ofScale(3),
                codeRefs("profession", "medecin-generaliste", "infirmier").injectNull(0.5),
                Arbitraries.of(ObservationStatus.class).injectNull(0.3), periods())
                .as((a, value, prof, status, p) -> new Observation(a.get1(), a.get2(), a.get3(), a.get4(), value, prof, status,
                        List.of(), p[0], p[1]));
    }

    /** @return valid zoning decisions */
    public static Arbitrary<ZoningDecision> zonings() {
        Arbitrary<ZoneAssignment> assignment = Combinators.combine(ids("tvs"), Arbitraries.of(ZoneCategory.class)).as(ZoneAssignment::new);
        return Combinators.combine(
                Combinators.combine(ids("zoning"), ids("org"), codeRefs("profession", "medecin-generaliste", "infirmier", "masseur-kinesitherapeute"),
                        texts().injectNull(0.3)).as(Tuple::of),
                Combinators.combine(optionalDates(), Arbitraries.of(TerritoryKind.TVS, TerritoryKind.COMMUNE, TerritoryKind.BASSIN_DE_VIE),
                        assignment.list().ofMaxSize(5).uniqueElements(ZoneAssignment::territory), ids("zoning").injectNull(0.5)).as(Tuple::of),
                ids("indicator").list().ofMaxSize(3), periods())
                .as((a, b, criteria, p) -> new ZoningDecision(a.get1(), a.get2(), a.get3(), a.get4(), b.get1(), b.get2(), b.get3(), criteria,
                        b.get4(), List.of(), p[0], p[1]));
    }

    /** @return valid plans */
    public static Arbitrary<Plan> plans() {
        Arbitrary<PlanDecision> decision = Combinators.combine(ids("org"), Arbitraries.of(PlanDecisionKind.class), optionalDates(),
                texts().injectNull(0.5)).as(PlanDecision::new);
        Arbitrary<ContractAxis> axis = Combinators.combine(codes(), texts(), Arbitraries.of(HealthTheme.class).list().uniqueElements().ofMaxSize(3),
                ids("org").injectNull(0.7)).as((c, t, th, o) -> new ContractAxis(c, t, th, List.of(), o));
        Arbitrary<Coordinator> coordinator = Combinators.combine(ids("person").injectNull(0.3), ids("org").injectNull(0.3),
                Arbitraries.of(true, false).injectNull(0.3), periods())
                .as((person, org, funded, p) -> new Coordinator(person, org, funded, null, p[0], p[1]));
        return Combinators.combine(
                Combinators.combine(ids("plan"), Arbitraries.of(PlanKind.class), Arbitraries.of(PlanStatus.class), texts()).as(Tuple::of),
                Combinators.combine(identifiers(IdentifierScheme.SIREN).list().ofMaxSize(1), ids("org").injectNull(0.3),
                        lists(territoryLinks()), lists(decision)).as(Tuple::of),
                Combinators.combine(ids("plan").injectNull(0.5), lists(axis), coordinator.injectNull(0.6), ids("plan").injectNull(0.5))
                        .as(Tuple::of),
                periods())
                .as((a, b, c, p) -> new Plan(a.get1(), a.get2(), a.get3(), a.get4(), b.get1(), b.get2(), b.get3(), b.get4(), c.get1(),
                        c.get2(), c.get3(), c.get4(), p[0], p[1]));
    }

    /**
     * Valid entities of one family.
     *
     * @param family the family
     * @return the arbitrary
     */
    public static Arbitrary<? extends Entity> entities(EntityFamily family) {
        return switch (family) {
            case TERRITORIES -> territories();
            case ORGANIZATIONS -> organizations();
            case PEOPLE -> people();
            case CONTRACTS -> contracts();
            case FACILITIES -> facilities();
            case INDICATORS -> indicators();
            case OBSERVATIONS -> observations();
            case ZONINGS -> zonings();
            case PLANS -> plans();
        };
    }

    /** @return dataset headers of the current schema version */
    public static Arbitrary<DatasetHeader> headers() {
        return Combinators.combine(ids("dataset"), texts().injectNull(0.2),
                texts().map(Publisher::named).injectNull(0.3),
                Arbitraries.longs().between(0, 2_000_000_000L).map(Instant::ofEpochSecond).injectNull(0.3),
                optionalDates(), Arbitraries.of("COG2024", "COG2025", "COG2026").injectNull(0.3),
                Arbitraries.of("Licence Ouverte 2.0", "ODbL-1.0").injectNull(0.3))
                .as((id, title, publisher, issued, ref, geo, licence) -> new DatasetHeader(DatasetHeader.CURRENT_SCHEMA_URI,
                        DatasetHeader.CURRENT_SCHEMA_VERSION, id, title, publisher, issued, ref, geo, licence));
    }

    /** @return valid datasets with a few entities of every family; ids are unique within each family */
    public static Arbitrary<Dataset> datasets() {
        return Combinators.combine(headers(),
                Combinators.combine(
                        territories().list().ofMaxSize(3).uniqueElements(Territory::id),
                        organizations().list().ofMaxSize(3).uniqueElements(Organization::id),
                        people().list().ofMaxSize(3).uniqueElements(Person::id),
                        contracts().list().ofMaxSize(2).uniqueElements(Contract::id)).as(Tuple::of),
                Combinators.combine(
                        facilities().list().ofMaxSize(2).uniqueElements(Facility::id),
                        indicators().list().ofMaxSize(2).uniqueElements(IndicatorDefinition::id),
                        observations().list().ofMaxSize(3).uniqueElements(Observation::id),
                        zonings().list().ofMaxSize(2).uniqueElements(ZoningDecision::id)).as(Tuple::of),
                plans().list().ofMaxSize(2).uniqueElements(Plan::id))
                .as((h, a, b, plans) -> new Dataset(h, a.get1(), a.get2(), a.get3(), a.get4(), b.get1(), b.get2(), b.get3(), b.get4(),
                        plans));
    }
}
