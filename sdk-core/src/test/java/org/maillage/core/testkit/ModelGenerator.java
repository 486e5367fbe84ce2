package org.maillage.core.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.maillage.core.codelist.ActionStatus;
import org.maillage.core.codelist.CogEvent;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.ContactSystem;
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
import org.maillage.core.model.Address;
import org.maillage.core.model.Amendment;
import org.maillage.core.model.Capacity;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.ContactPoint;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractAction;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
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
 * Random valid instances of every entity family, every nested record and whole datasets, drawn
 * through a {@link Choices}: seeded for plain JUnit tests over fixed seeds, or from a fuzz input
 * for Jazzer's {@code @FuzzTest}. Identifiers pass their check rules, territory codes fit their
 * kind, periods are well-ordered, open codes carry the list the schema expects; references are
 * well-formed ids but need not resolve. Ids are unique within each family of a dataset.
 *
 * <p>Besides ordinary values it draws, often enough for a few hundred seeds to meet each, the
 * edges: empty, one-item and large lists, absent optional members, ids of the longest allowed
 * length, text with accents, typographic and JSON-significant characters, controls, bidi marks,
 * combining marks and characters beyond the BMP, the first and last days of the calendar and leap
 * days, zero and the largest values of numbers, amounts with and without cents, every constant of
 * every enum (kinds with particulars of their own, such as EPCI, GHT and CPTS, are drawn more
 * often).
 *
 * <p>Not thread-safe: one instance per test case, like its {@link Choices}.
 */
public final class ModelGenerator {

    /** The earliest date drawn: the calendar's first day as four-digit ISO years allow. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    /** The latest date drawn. */
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private static final LocalDate EPOCH = LocalDate.of(1990, 1, 1);
    private static final List<LocalDate> EDGE_DATES = List.of(FIRST_DAY, LAST_DAY, LocalDate.of(1970, 1, 1),
            LocalDate.of(1900, 2, 28), LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(1999, 12, 31),
            LocalDate.of(2026, 1, 1));
    private static final List<String> COMMUNES = List.of("25056", "2A004", "2B033", "58194", "97101", "01053", "75056",
            "69123", "97611", "13055");
    private static final List<String> DEPARTEMENTS = List.of("25", "2A", "2B", "58", "971", "976", "01", "95", "974");
    private static final List<String> REGIONS = List.of("27", "94", "01", "11", "84", "06", "76");
    private static final List<String> OVERSEAS = List.of("975", "977", "978", "980", "984", "986", "987", "988", "989");
    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-._";
    private static final String ID_EDGE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._:";
    private static final int ID_MAX = 128;
    /** Letters a text starts with, so that it is never blank. */
    private static final int[] FIRST_LETTERS = codePoints("LAbcÉéÎŒœ中Ωع𝔸");
    /** Ordinary letters of French names. */
    private static final int[] LETTERS = codePoints("abcdefghijklmnopqrstuvwxyzÉéèêàâçôîïûùœÿ -'");
    /** The characters that tend to break writers, escapers and terminals. */
    private static final int[] ODD = codePoints("’«»–\u00a0\"\\/~{}[]<>&#*_`|\t\n\r\u0000\u0007\u001b\u007f\u0085\u200b\u200d"
            + "\u200e\u202e\u2028\u2029\ufeff\u0301中文العربيةΩ😀𝔸\uD83C\uDDEB\uD83C\uDDF7");
    /** Kinds with members of their own (legal type, GHT profile, CPTS profile), drawn more often. */
    private static final List<TerritoryKind> PARTICULAR_TERRITORIES = List.of(TerritoryKind.EPCI, TerritoryKind.COMMUNE,
            TerritoryKind.COLLECTIVITE_OUTRE_MER);
    private static final List<OrganizationKind> PARTICULAR_ORGANIZATIONS = List.of(OrganizationKind.GHT,
            OrganizationKind.CPTS);

    private final Choices choices;

    /**
     * A generator drawing through some choices.
     *
     * @param choices where its decisions come from
     */
    public ModelGenerator(Choices choices) {
        this.choices = Objects.requireNonNull(choices, "choices");
    }

    /**
     * A generator over a seeded source: the same seed gives the same values.
     *
     * @param seed the seed
     * @return the generator
     */
    public static ModelGenerator seeded(long seed) {
        return new ModelGenerator(Choices.seeded(seed));
    }

    /** @return the choices it draws through, to draw more of the same case */
    public Choices choices() {
        return choices;
    }

    /** A validity period: both ends optional, well-ordered when both are given. */
    public record Validity(LocalDate from, LocalDate to) {}

    // ---------- scalars

    /**
     * An entity id: {@code prefix:} and up to 12 characters, sometimes as long as the id pattern
     * allows (128 characters) or with capitals and colons.
     *
     * @param prefix what it starts with, for example {@code org}; a letter or digit first
     * @return the id
     */
    public String id(String prefix) {
        StringBuilder s = new StringBuilder(prefix).append(':');
        if (choices.percent(4)) {
            while (s.length() < ID_MAX) {
                s.append(ID_EDGE_CHARS.charAt(choices.between(0, ID_EDGE_CHARS.length() - 1)));
            }
            return s.toString();
        }
        String chars = choices.percent(10) ? ID_EDGE_CHARS : ID_CHARS;
        int n = choices.between(1, 12);
        for (int i = 0; i < n; i++) {
            s.append(chars.charAt(choices.between(0, chars.length() - 1)));
        }
        return s.toString();
    }

    /**
     * Human text, never blank: a letter, then French letters and punctuation, sometimes odd
     * characters (controls, bidi marks, combining marks, characters beyond the BMP), sometimes long.
     *
     * @return the text
     */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.appendCodePoint(FIRST_LETTERS[choices.between(0, FIRST_LETTERS.length - 1)]);
        int n = choices.percent(3) ? choices.between(200, 2000) : choices.between(0, 30);
        int oddPercent = choices.percent(25) ? 20 : 0;
        for (int i = 0; i < n; i++) {
            int[] pool = choices.percent(oddPercent) ? ODD : LETTERS;
            s.appendCodePoint(pool[choices.between(0, pool.length - 1)]);
        }
        return s.toString();
    }

    /** @return short codes such as {@code axe3} or {@code a1-b2} */
    public String code() {
        String word = word("abcdefghijklmnopqrstuvwxyz0123456789", 1, 8);
        return choices.percent(10) ? word + "-" + word("abcdefghijklmnopqrstuvwxyz0123456789", 1, 4) : word;
    }

    /** @return a date: mostly between 1990 and 2044, sometimes a calendar edge or a leap day */
    public LocalDate date() {
        if (choices.percent(8)) {
            return choices.pick(EDGE_DATES);
        }
        return EPOCH.plusDays(choices.between(0, 20_000));
    }

    /** @return a date, or null for about a third of them */
    public LocalDate optionalDate() {
        return choices.percent(30) ? null : date();
    }

    /** @return a well-ordered validity, each end possibly absent, sometimes a single day */
    public Validity validity() {
        LocalDate from = optionalDate();
        if (choices.percent(40)) {
            return new Validity(from, null);
        }
        LocalDate start = from == null ? EPOCH : from;
        int days = choices.percent(10) ? 0 : choices.between(0, 4000);
        return new Validity(from, plusDays(start, days));
    }

    /** @return closed periods, sometimes of one day */
    public Period closedPeriod() {
        LocalDate start = date();
        return new Period(start, plusDays(start, choices.percent(10) ? 0 : choices.between(0, 3650)));
    }

    /** @return amounts in euros: with cents, whole, zero, or very large */
    public BigDecimal amount() {
        int roll = choices.between(0, 19);
        if (roll == 0) {
            return new BigDecimal("0.00");
        }
        if (roll == 1) {
            return BigDecimal.ZERO;
        }
        if (roll == 2) {
            return new BigDecimal("999999999999999999.99");
        }
        return BigDecimal.valueOf(choices.between(0L, 1_000_000_000L), roll < 6 ? 0 : 2);
    }

    /**
     * A code of an open codelist, carrying the list.
     *
     * @param list the codelist name
     * @param known codes of that list to draw from
     * @return the reference
     */
    public CodeRef codeRef(String list, List<String> known) {
        String version = choices.percent(60) ? null : choices.pick(List.of("1.0", "2021-01", "20260505120000"));
        return new CodeRef(list, choices.pick(known), version);
    }

    /**
     * A list of a size that is often empty, usually small and sometimes large.
     *
     * @param <T> the items
     * @param item makes one item
     * @return the list
     */
    public <T> List<T> list(Supplier<T> item) {
        return list(item, 3);
    }

    /**
     * A list of a size that is often empty, usually at most {@code max} and sometimes large.
     *
     * @param <T> the items
     * @param item makes one item
     * @param max the usual largest size
     * @return the list
     */
    public <T> List<T> list(Supplier<T> item, int max) {
        int roll = choices.between(0, 19);
        int n = roll < 6 ? 0 : roll == 19 ? choices.between(max + 1, max + 20) : choices.between(1, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item.get());
        }
        return out;
    }

    /**
     * A list without two items of the same key (later ones are dropped).
     *
     * @param <T> the items
     * @param item makes one item
     * @param max the usual largest size
     * @param key the key of an item
     * @return the list
     */
    public <T> List<T> uniqueList(Supplier<T> item, int max, Function<T, ?> key) {
        Set<Object> seen = new HashSet<>();
        List<T> out = new ArrayList<>();
        for (T x : list(item, max)) {
            if (seen.add(key.apply(x))) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * A value or, with the given probability, null.
     *
     * @param <T> the value
     * @param percent the probability of null, in percent
     * @param value makes the value
     * @return the value or null
     */
    public <T> T orNull(int percent, Supplier<T> value) {
        return choices.percent(percent) ? null : value.get();
    }

    /**
     * One constant of an enum.
     *
     * @param <E> the enum
     * @param type its class
     * @return one of its constants
     */
    public <E extends Enum<E>> E pick(Class<E> type) {
        return choices.pick(type);
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

    private String digits(int n) {
        return word("0123456789", n, n);
    }

    /** @return valid SIREN numbers of public bodies */
    public String siren() {
        return withLuhnKey("2" + digits(7));
    }

    /** @return valid SIRET numbers */
    public String siret() {
        return withLuhnKey(siren() + digits(4));
    }

    /** @return valid FINESS numbers, Corsican and overseas ones included */
    public String finess() {
        String dep = choices.pick(List.of("25", "58", "01", "21", "22", "97"));
        String n = withLuhnKey(dep + digits(6));
        return dep.equals("21") ? "2A" + n.substring(2) : dep.equals("22") ? "2B" + n.substring(2) : n;
    }

    /** @return valid RPPS numbers */
    public String rpps() {
        return withLuhnKey("1" + digits(9));
    }

    /** @return an official identifier of any scheme whose value passes its scheme's check */
    public Identifier identifier() {
        return identifier(pick(IdentifierScheme.class));
    }

    /**
     * @param scheme a scheme
     * @return an identifier of that scheme whose value passes its check
     */
    public Identifier identifier(IdentifierScheme scheme) {
        String value = switch (scheme) {
            case INSEE_COMMUNE -> choices.pick(COMMUNES);
            case INSEE_DEPARTEMENT -> choices.pick(DEPARTEMENTS);
            case INSEE_REGION -> choices.pick(REGIONS);
            case SIREN -> siren();
            case SIRET -> siret();
            case FINESS_EJ, FINESS_ET -> finess();
            case RPPS -> rpps();
            case ADELI -> digits(9);
            case QPV -> choices.pick(List.of("QN", "QP")) + word("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 6, 6);
        };
        return new Identifier(scheme, value);
    }

    // ---------- territories

    /** @return a dated link to a territory */
    public TerritoryLink territoryLink() {
        Validity v = validity();
        return new TerritoryLink(id("territory"), v.from(), v.to());
    }

    /** @return a population figure: zero, the largest, or ordinary; years at their bounds too */
    public Population population() {
        long value = choices.percent(5) ? 0 : choices.percent(3) ? Long.MAX_VALUE : choices.between(0L, 3_000_000L);
        int year = choices.percent(5) ? choices.pick(List.of(1800, 2200)) : choices.between(1968, 2026);
        return new Population(value, year, pick(PopulationKind.class));
    }

    /** @return a lineage entry */
    public Lineage lineage() {
        return new Lineage(choices.pick(COMMUNES), orNull(50, () -> id("territory")), orNull(30, () -> pick(CogEvent.class)),
                optionalDate());
    }

    /** @return a valid territory of any kind, EPCI and communes more often */
    public Territory territory() {
        return territory(choices.percent(25) ? choices.pick(PARTICULAR_TERRITORIES) : pick(TerritoryKind.class));
    }

    /**
     * @param kind the kind
     * @return a valid territory of that kind, with a code that fits it
     */
    public Territory territory(TerritoryKind kind) {
        String code = switch (kind) {
            case COMMUNE, COMMUNE_DELEGUEE, COMMUNE_ASSOCIEE, ARRONDISSEMENT_MUNICIPAL -> choices.pick(COMMUNES);
            case DEPARTEMENT -> choices.pick(DEPARTEMENTS);
            case REGION -> choices.pick(REGIONS);
            case EPCI, EPT -> siren();
            case COLLECTIVITE_OUTRE_MER -> choices.pick(OVERSEAS);
            default -> code();
        };
        EpciLegalType legal = kind == TerritoryKind.EPCI ? pick(EpciLegalType.class) : null;
        String id = id(kind.code());
        String name = text();
        List<Identifier> identifiers = list(this::identifier);
        List<TerritoryLink> parents = list(this::territoryLink);
        List<TerritoryLink> members = list(this::territoryLink);
        List<Population> population = list(this::population);
        List<Lineage> replaces = list(this::lineage);
        List<Lineage> replacedBy = list(this::lineage);
        Validity v = validity();
        return new Territory(id, kind, code, name, legal, identifiers, parents, members, population, replaces, replacedBy,
                v.from(), v.to());
    }

    // ---------- organisations and people

    /** @return an office such as "the mayor of" a territory */
    public Office office() {
        return new Office(pick(OfficeKind.class), orNull(30, () -> id("territory")), orNull(70, () -> id("org")));
    }

    /** @return a seat in a body, held by a person, an organisation or an office */
    public Membership membership() {
        int which = choices.between(0, 2);
        String person = which == 0 ? id("person") : null;
        String org = which == 1 ? id("org") : null;
        Office office = which == 2 ? office() : null;
        String behalf = orNull(70, () -> id("org"));
        MembershipRole role = pick(MembershipRole.class);
        College college = orNull(30, () -> pick(College.class));
        Boolean voting = orNull(30, () -> choices.between(0, 1) == 1);
        Validity v = validity();
        return new Membership(person, org, office, behalf, role, college, voting, v.from(), v.to());
    }

    /** @return the particulars of a GHT */
    public GhtProfile ghtProfile() {
        return new GhtProfile(pick(GhtType.class), list(() -> {
            String org = id("org");
            GhtRole role = pick(GhtRole.class);
            Validity v = validity();
            return new GhtMember(org, role, v.from(), v.to());
        }));
    }

    /** @return the particulars of a CPTS */
    public CptsProfile cptsProfile() {
        CptsSizeClass size = orNull(20, () -> pick(CptsSizeClass.class));
        List<Mission> missions = list(() -> {
            CptsMission mission = pick(CptsMission.class);
            MissionStatus status = pick(MissionStatus.class);
            Validity v = validity();
            return new Mission(mission, status, v.from(), v.to());
        });
        return new CptsProfile(size, missions, optionalDate(), list(() -> id("contract"), 2));
    }

    /** @return a valid organisation of any kind, GHT and CPTS more often */
    public Organization organization() {
        return organization(choices.percent(20) ? choices.pick(PARTICULAR_ORGANIZATIONS) : pick(OrganizationKind.class));
    }

    /**
     * @param kind the kind
     * @return a valid organisation of that kind, with its GHT or CPTS particulars when it has them
     */
    public Organization organization(OrganizationKind kind) {
        String id = id("org");
        String name = text();
        String shortName = orNull(50, this::code);
        List<Identifier> identifiers = list(this::identifier);
        String territory = orNull(50, () -> id("territory"));
        List<TerritoryLink> jurisdiction = list(this::territoryLink);
        String parent = orNull(50, () -> id("org"));
        List<Membership> memberships = list(this::membership, 4);
        GhtProfile ght = kind == OrganizationKind.GHT ? ghtProfile() : null;
        CptsProfile cpts = kind == OrganizationKind.CPTS ? cptsProfile() : null;
        Validity v = validity();
        return new Organization(id, kind, name, shortName, identifiers, territory, jurisdiction, parent, memberships, ght,
                cpts, v.from(), v.to());
    }

    /** @return a valid person */
    public Person person() {
        String id = id("person");
        String family = text();
        String given = orNull(20, this::text);
        CodeRef profession = orNull(50, () -> codeRef("profession", List.of("medecin-generaliste", "infirmier", "sage-femme")));
        List<Identifier> identifiers = choices.percent(50) ? List.of() : List.of(identifier(IdentifierScheme.RPPS));
        Validity v = validity();
        return new Person(id, family, given, profession, identifiers, v.from(), v.to());
    }

    // ---------- contracts

    /** @return a party to a contract */
    public ContractParty contractParty() {
        return new ContractParty(id("org"), pick(PartyRole.class), optionalDate(), orNull(60, () -> id("person")));
    }

    /** @return a numbered amendment: numbers from 1 to the largest int */
    public Amendment amendment() {
        int number = choices.percent(5) ? Integer.MAX_VALUE : choices.between(1, 20);
        return new Amendment(number, date(), orNull(30, this::text));
    }

    /** @return an action of a contract axis */
    public ContractAction contractAction() {
        String code = code();
        String title = text();
        ActionStatus status = orNull(30, () -> pick(ActionStatus.class));
        String org = orNull(50, () -> id("org"));
        Validity v = validity();
        return new ContractAction(code, title, status, org, v.from(), v.to());
    }

    /** @return an axis of a contract, its themes without repetition */
    public ContractAxis contractAxis() {
        String code = code();
        String title = text();
        List<HealthTheme> themes = uniqueList(() -> pick(HealthTheme.class), 3, t -> t);
        return new ContractAxis(code, title, themes, list(this::contractAction), orNull(70, () -> id("org")));
    }

    /** @return a contract's coordinator, with a full-time equivalent between 0 and 10 */
    public Coordinator coordinator() {
        String person = orNull(30, () -> id("person"));
        String org = orNull(30, () -> id("org"));
        Boolean funded = orNull(30, () -> choices.between(0, 1) == 1);
        BigDecimal fte = orNull(30, () -> choices.percent(10) ? choices.pick(List.of(BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("10.00")))
                : BigDecimal.valueOf(choices.between(0, 1000), 2));
        Validity v = validity();
        return new Coordinator(person, org, funded, fte, v.from(), v.to());
    }

    /** @return a funding line, years at their bounds too */
    public FundingLine fundingLine() {
        int year = choices.percent(5) ? choices.pick(List.of(1990, 2200)) : choices.between(1990, 2200);
        return new FundingLine(id("org"), year, amount(), orNull(50, this::code));
    }

    /** @return a valid contract */
    public Contract contract() {
        String id = id("contract");
        ContractKind kind = pick(ContractKind.class);
        ContractStatus status = pick(ContractStatus.class);
        String title = text();
        List<Identifier> identifiers = choices.percent(50) ? List.of() : List.of(identifier(IdentifierScheme.SIREN));
        List<ContractParty> parties = list(this::contractParty);
        List<TerritoryLink> territories = list(this::territoryLink);
        Validity v = validity();
        List<Amendment> amendments = list(this::amendment);
        List<ContractAxis> axes = list(this::contractAxis);
        Coordinator coordinator = orNull(40, this::coordinator);
        List<FundingLine> funding = list(this::fundingLine);
        String steering = orNull(50, () -> id("org"));
        String predecessor = orNull(50, () -> id("contract"));
        return new Contract(id, kind, status, title, identifiers, parties, territories, v.from(), v.to(), amendments, axes,
                coordinator, funding, steering, predecessor, list(() -> id("plan"), 2));
    }

    // ---------- facilities

    /** @return coordinates: the poles, the antimeridian, zero, rounded or full-precision values */
    public Coordinates coordinates() {
        return new Coordinates(degrees(90), degrees(180));
    }

    private double degrees(int bound) {
        int roll = choices.between(0, 9);
        if (roll == 0) {
            return choices.pick(List.of((double) -bound, (double) bound, 0.0, -0.0));
        }
        long micro = choices.between(-bound * 1_000_000L, bound * 1_000_000L);
        if (roll == 1) {
            double full = micro / 1_000_000.0 + choices.between(0, 999_999) / 1e12;
            return Math.max(-bound, Math.min(bound, full));
        }
        return micro / 1_000_000.0;
    }

    /** @return a facility label */
    public FacilityLabel facilityLabel() {
        CodeRef label = codeRef("facility-label", List.of("hopital-de-proximite", "centre-ressources-territorial"));
        String org = orNull(50, () -> id("org"));
        Validity v = validity();
        return new FacilityLabel(label, org, v.from(), v.to());
    }

    /** @return a capacity, from zero to the largest int */
    public Capacity capacity() {
        CodeRef kind = codeRef("capacity-kind", List.of("lits-medecine", "places-hebergement-permanent"));
        int value = choices.percent(5) ? choices.pick(List.of(0, Integer.MAX_VALUE)) : choices.between(0, 2000);
        Validity v = validity();
        return new Capacity(kind, value, v.from(), v.to());
    }

    /** @return a service status period */
    public ServiceStatusPeriod serviceStatus() {
        ServiceStatus status = pick(ServiceStatus.class);
        String facility = orNull(70, () -> id("facility"));
        Validity v = validity();
        return new ServiceStatusPeriod(status, facility, v.from(), v.to());
    }

    /** @return a facility service with at least one status */
    public FacilityService facilityService() {
        CodeRef service = codeRef("facility-service", List.of("urgences", "maternite", "smur"));
        List<ServiceStatusPeriod> statuses = new ArrayList<>();
        statuses.add(serviceStatus());
        statuses.addAll(list(this::serviceStatus, 2));
        return new FacilityService(service, statuses);
    }

    /** @return a facility's membership of a GHT */
    public GhtMembership ghtMembership() {
        String org = id("org");
        GhtRole role = pick(GhtRole.class);
        Validity v = validity();
        return new GhtMembership(org, role, v.from(), v.to());
    }

    /** @return a valid facility, with its FINESS ET and EJ numbers */
    public Facility facility() {
        String id = id("facility");
        String name = text();
        CodeRef category = codeRef("finess-category", List.of("355", "500", "603", "124", "106"));
        List<Identifier> identifiers = new ArrayList<>(List.of(identifier(IdentifierScheme.FINESS_ET),
                identifier(IdentifierScheme.FINESS_EJ)));
        if (choices.percent(50)) {
            identifiers.add(identifier(IdentifierScheme.SIRET));
        }
        String org = orNull(30, () -> id("org"));
        String commune = orNull(20, () -> id("commune"));
        Address address = orNull(30, this::address);
        List<ContactPoint> telecom = list(this::contactPoint);
        Coordinates coordinates = orNull(30, this::coordinates);
        List<FacilityLabel> labels = list(this::facilityLabel);
        List<Capacity> capacities = list(this::capacity);
        List<FacilityService> services = list(this::facilityService);
        List<GhtMembership> ght = list(this::ghtMembership);
        Validity v = validity();
        return new Facility(id, name, category, identifiers, org, commune, address, telecom, coordinates, labels, capacities,
                services, ght, v.from(), v.to());
    }

    /** @return a postal address, its parts each possibly missing */
    public Address address() {
        return new Address(list(this::text, 3), orNull(20, () -> String.format("%05d", choices.between(1000, 98999))),
                orNull(20, this::text), orNull(50, () -> "France"));
    }

    /** @return a contact point of any system */
    public ContactPoint contactPoint() {
        return new ContactPoint(pick(ContactSystem.class), text());
    }

    // ---------- indicators, observations, zoning

    /** @return a valid indicator definition */
    public IndicatorDefinition indicator() {
        String id = id("indicator");
        String code = choices.pick(List.of("apl-mg", "apl-inf", "delai-rendez-vous"));
        String labelFr = text();
        String labelEn = orNull(30, this::text);
        String unit = text();
        String producer = orNull(30, () -> id("org"));
        String method = orNull(50, this::text);
        IndicatorDirection direction = orNull(30, () -> pick(IndicatorDirection.class));
        CodeRef profession = orNull(50, () -> codeRef("profession", List.of("medecin-generaliste", "infirmier")));
        List<Identifier> identifiers = list(this::identifier, 2);
        Validity v = validity();
        return new IndicatorDefinition(id, code, labelFr, labelEn, unit, producer, method, direction, profession, identifiers,
                v.from(), v.to());
    }

    /** @return an observed value: negative, zero, large, with up to six decimals */
    public BigDecimal observedValue() {
        int roll = choices.between(0, 19);
        if (roll == 0) {
            return choices.pick(List.of(BigDecimal.ZERO, new BigDecimal("0.000"), new BigDecimal("-0.5"),
                    new BigDecimal("123456789012345678901234567890.123456")));
        }
        return BigDecimal.valueOf(choices.between(-1_000_000L, 100_000_000L), choices.between(0, 6));
    }

    /** @return a valid observation */
    public Observation observation() {
        String id = id("observation");
        String indicator = id("indicator");
        String territory = id("commune");
        Period period = closedPeriod();
        BigDecimal value = observedValue();
        CodeRef profession = orNull(50, () -> codeRef("profession", List.of("medecin-generaliste", "infirmier")));
        ObservationStatus status = orNull(30, () -> pick(ObservationStatus.class));
        List<Identifier> identifiers = list(this::identifier, 2);
        Validity v = validity();
        return new Observation(id, indicator, territory, period, value, profession, status, identifiers, v.from(), v.to());
    }

    /** @return a zone assignment */
    public ZoneAssignment zoneAssignment() {
        return new ZoneAssignment(id("tvs"), pick(ZoneCategory.class));
    }

    /** @return a valid zoning decision, one assignment per territory */
    public ZoningDecision zoning() {
        String id = id("zoning");
        String issuer = id("org");
        CodeRef profession = codeRef("profession", List.of("medecin-generaliste", "infirmier", "masseur-kinesitherapeute"));
        String legal = orNull(30, this::text);
        LocalDate adoption = optionalDate();
        TerritoryKind unit = choices.pick(List.of(TerritoryKind.TVS, TerritoryKind.COMMUNE, TerritoryKind.BASSIN_DE_VIE));
        List<ZoneAssignment> assignments = uniqueList(this::zoneAssignment, 5, ZoneAssignment::territory);
        String predecessor = orNull(50, () -> id("zoning"));
        List<Identifier> identifiers = list(this::identifier, 2);
        Validity v = validity();
        List<String> indicators = list(() -> id("indicator"), 3);
        return new ZoningDecision(id, issuer, profession, legal, adoption, unit, assignments, indicators, predecessor, identifiers,
                v.from(), v.to());
    }

    // ---------- plans

    /** @return a decision on a plan: who adopted, approved or consulted, and when */
    public PlanDecision planDecision() {
        return new PlanDecision(id("org"), pick(PlanDecisionKind.class), optionalDate(), orNull(50, this::text));
    }

    /** @return a valid plan: axes without actions, a coordinator without a full-time equivalent */
    public Plan plan() {
        String id = id("plan");
        PlanKind kind = pick(PlanKind.class);
        PlanStatus status = pick(PlanStatus.class);
        String title = text();
        List<Identifier> identifiers = choices.percent(50) ? List.of() : List.of(identifier(IdentifierScheme.SIREN));
        String organization = orNull(30, () -> id("org"));
        List<TerritoryLink> territories = list(this::territoryLink);
        List<PlanDecision> decisions = list(this::planDecision);
        String parent = orNull(50, () -> id("plan"));
        List<ContractAxis> axes = list(() -> new ContractAxis(code(), text(), uniqueList(() -> pick(HealthTheme.class), 3, t -> t), List.of(),
                orNull(70, () -> id("org"))));
        Coordinator coordinator = orNull(60, () -> {
            Validity cv = validity();
            return new Coordinator(orNull(30, () -> id("person")), orNull(30, () -> id("org")), orNull(30, () -> choices.between(0, 1) == 1),
                    null, cv.from(), cv.to());
        });
        String predecessor = orNull(50, () -> id("plan"));
        Validity v = validity();
        return new Plan(id, kind, status, title, identifiers, organization, territories, decisions, parent, axes, coordinator, predecessor,
                v.from(), v.to());
    }

    /**
     * A valid entity of one family.
     *
     * @param family the family
     * @return the entity
     */
    public Entity entity(EntityFamily family) {
        return switch (family) {
            case TERRITORIES -> territory();
            case ORGANIZATIONS -> organization();
            case PEOPLE -> person();
            case CONTRACTS -> contract();
            case FACILITIES -> facility();
            case INDICATORS -> indicator();
            case OBSERVATIONS -> observation();
            case ZONINGS -> zoning();
            case PLANS -> plan();
        };
    }

    /** @return a publisher, sometimes with identifiers and an address */
    public Publisher publisher() {
        if (choices.percent(50)) {
            return Publisher.named(text());
        }
        return new Publisher(text(), list(() -> identifier(IdentifierScheme.SIREN), 2),
                orNull(50, () -> "https://example.org/" + code()));
    }

    /** @return an instant: whole seconds, or with milli- or nanoseconds, at the calendar's edges too */
    public Instant instant() {
        int roll = choices.between(0, 19);
        if (roll == 0) {
            return choices.pick(List.of(Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"),
                    Instant.parse("9999-12-31T23:59:59.999999999Z")));
        }
        Instant second = Instant.ofEpochSecond(choices.between(0L, 2_000_000_000L));
        return roll == 1 ? second.plusMillis(choices.between(0, 999)) : roll == 2 ? second.plusNanos(choices.between(0, 999_999_999))
                : second;
    }

    /** @return a dataset header of the current schema version */
    public DatasetHeader header() {
        String id = id("dataset");
        String title = orNull(20, this::text);
        Publisher publisher = orNull(30, this::publisher);
        Instant issued = orNull(30, this::instant);
        LocalDate reference = optionalDate();
        String geography = orNull(30, () -> choices.pick(List.of("COG2024", "COG2025", "COG2026", "COG0000", "COG9999")));
        String licence = orNull(30, () -> choices.pick(List.of("Licence Ouverte 2.0", "ODbL-1.0")));
        return new DatasetHeader(DatasetHeader.CURRENT_SCHEMA_URI, DatasetHeader.CURRENT_SCHEMA_VERSION, id, title, publisher,
                issued, reference, geography, licence);
    }

    /** @return a valid dataset with a few entities of every family (sometimes many); ids are unique within each family */
    public Dataset dataset() {
        DatasetHeader header = header();
        List<Territory> territories = uniqueList(this::territory, 3, Territory::id);
        List<Organization> organizations = uniqueList(this::organization, 3, Organization::id);
        List<Person> people = uniqueList(this::person, 3, Person::id);
        List<Contract> contracts = uniqueList(this::contract, 2, Contract::id);
        List<Facility> facilities = uniqueList(this::facility, 2, Facility::id);
        List<IndicatorDefinition> indicators = uniqueList(this::indicator, 2, IndicatorDefinition::id);
        List<Observation> observations = uniqueList(this::observation, 3, Observation::id);
        List<ZoningDecision> zonings = uniqueList(this::zoning, 2, ZoningDecision::id);
        List<Plan> plans = uniqueList(this::plan, 2, Plan::id);
        return new Dataset(header, territories, organizations, people, contracts, facilities, indicators, observations, zonings, plans);
    }

    // ---------- helpers

    private String word(String alphabet, int min, int max) {
        int n = choices.between(min, max);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(choices.between(0, alphabet.length() - 1)));
        }
        return s.toString();
    }

    private static LocalDate plusDays(LocalDate start, int days) {
        LocalDate end = start.plusDays(days);
        return end.isAfter(LAST_DAY) ? LAST_DAY : end;
    }

    private static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }
}
