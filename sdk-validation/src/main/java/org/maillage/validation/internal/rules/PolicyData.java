package org.maillage.validation.internal.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.Coded;
import org.maillage.core.codelist.MembershipRole;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.ZoneCategory;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;

/**
 * The figures and compositions the rules drawn from the law and the seeds read, from
 * {@code policy-data.json} and {@code body-compositions.json} in this package: data, not code, so
 * that a correction (an unverified threshold, a decree that changes a composition) is a change of a
 * table.
 */
final class PolicyData {
    private PolicyData() {}

    /** The longest mandate a body's seats may run, in years. */
    record MandateTerm(OrganizationKind kind, int years) {}

    /** A size class of the ACI CPTS and the population it stops below (null for the last class). */
    record CptsSize(String sizeClass, Long below) {}

    /** The indicators a zoning decision of a profession must list among its criteria. */
    record Criteria(String profession, List<String> indicators) {}

    /**
     * What a body must seat: {@code count} seats whose office is one of {@code offices} (and role one of
     * {@code roles} when not empty), or whose college is one of {@code colleges}, or held by an elected
     * official when {@code elected}.
     */
    record Seat(Set<OfficeKind> offices, Set<MembershipRole> roles, Set<College> colleges, boolean elected, int count,
            String labelFr, String labelEn) {
        Seat {
            Objects.requireNonNull(labelFr, "labelFr");
            Objects.requireNonNull(labelEn, "labelEn");
        }
    }

    /** The composition of a kind of body, read by one rule, with the régions where the text provides otherwise. */
    record Body(OrganizationKind kind, String rule, List<Seat> seats, Map<String, List<Seat>> byRegion) {
        List<Seat> seats(String region) {
            return region != null && byRegion.containsKey(region) ? byRegion.get(region) : seats;
        }
    }

    static final List<MandateTerm> MANDATE_TERMS;
    static final int SUSPENDED_SERVICE_MONTHS;
    static final int ZONING_REVIEW_YEARS;
    static final List<Criteria> ZONING_CRITERIA;
    static final List<String> SUPPLY_INDICATORS;
    static final Set<ZoneCategory> OVER_SERVED;
    static final List<CptsSize> CPTS_SIZES;
    static final List<Body> BODIES;

    static {
        JsonNode p = read("policy-data.json");
        List<MandateTerm> terms = new ArrayList<>();
        for (JsonNode n : p.get("mandateTerms")) {
            terms.add(new MandateTerm(code(OrganizationKind.class, n.get("kind").stringValue()), n.get("years").intValue()));
        }
        MANDATE_TERMS = List.copyOf(terms);
        SUSPENDED_SERVICE_MONTHS = p.get("suspendedServiceMonths").get("months").intValue();
        ZONING_REVIEW_YEARS = p.get("zoningReviewYears").get("years").intValue();
        List<Criteria> criteria = new ArrayList<>();
        for (JsonNode n : p.get("zoningCriteria")) {
            criteria.add(new Criteria(n.get("profession").stringValue(), strings(n.get("indicators"))));
        }
        ZONING_CRITERIA = List.copyOf(criteria);
        SUPPLY_INDICATORS = strings(p.get("supplyIndicators"));
        List<ZoneCategory> over = new ArrayList<>();
        for (String c : strings(p.get("overServedCategories"))) {
            over.add(code(ZoneCategory.class, c));
        }
        OVER_SERVED = Set.copyOf(over);
        List<CptsSize> sizes = new ArrayList<>();
        for (JsonNode n : p.get("cptsSizeClasses")) {
            sizes.add(new CptsSize(n.get("sizeClass").stringValue(), n.get("below").isNull() ? null : n.get("below").longValue()));
        }
        CPTS_SIZES = List.copyOf(sizes);

        List<Body> bodies = new ArrayList<>();
        for (JsonNode n : read("body-compositions.json").get("bodies")) {
            Map<String, List<Seat>> byRegion = new LinkedHashMap<>();
            if (n.has("regions")) {
                for (var e : n.get("regions").properties()) {
                    byRegion.put(e.getKey(), seats(e.getValue()));
                }
            }
            bodies.add(new Body(code(OrganizationKind.class, n.get("kind").stringValue()), n.get("rule").stringValue(),
                    seats(n.get("seats")), Map.copyOf(byRegion)));
        }
        BODIES = List.copyOf(bodies);
    }

    /** The mandate term of a kind of body, or 0 when no text fixes one. */
    static int mandateYears(OrganizationKind kind) {
        for (MandateTerm t : MANDATE_TERMS) {
            if (t.kind() == kind) {
                return t.years();
            }
        }
        return 0;
    }

    /** The bodies one rule reads, by kind. */
    static Map<OrganizationKind, Body> bodies(String rule) {
        Map<OrganizationKind, Body> out = new HashMap<>();
        for (Body b : BODIES) {
            if (b.rule().equals(rule)) {
                out.put(b.kind(), b);
            }
        }
        return out;
    }

    private static List<Seat> seats(JsonNode array) {
        List<Seat> out = new ArrayList<>();
        for (JsonNode s : array) {
            List<OfficeKind> offices = new ArrayList<>();
            for (String c : strings(s.path("offices"))) {
                offices.add(code(OfficeKind.class, c));
            }
            List<MembershipRole> roles = new ArrayList<>();
            for (String c : strings(s.path("roles"))) {
                roles.add(code(MembershipRole.class, c));
            }
            List<College> colleges = new ArrayList<>();
            for (String c : strings(s.path("colleges"))) {
                colleges.add(code(College.class, c));
            }
            out.add(new Seat(Set.copyOf(offices), Set.copyOf(roles), Set.copyOf(colleges), s.path("elected").asBoolean(false),
                    s.path("count").asInt(1), s.get("labelFr").stringValue(), s.get("labelEn").stringValue()));
        }
        return List.copyOf(out);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode n : array) {
                out.add(n.stringValue());
            }
        }
        return List.copyOf(out);
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        try {
            return Coded.fromCode(type, code);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a table of maillage-validation names an unknown code: " + e.getMessage(), e);
        }
    }

    private static JsonNode read(String name) {
        try (InputStream in = PolicyData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the maillage-validation jar");
            }
            return MaillageJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
