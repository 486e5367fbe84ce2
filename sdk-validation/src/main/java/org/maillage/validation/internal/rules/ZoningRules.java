package org.maillage.validation.internal.rules;

import static org.maillage.validation.internal.rules.RuleSupport.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.codelist.ZoneCategory;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Observation;
import org.maillage.core.model.ZoneAssignment;
import org.maillage.core.model.ZoningDecision;
import org.maillage.json.MaillageJson;
import org.maillage.validation.internal.Texts;
import org.maillage.validation.internal.Periods;
import org.maillage.validation.internal.TerritoryHierarchy;
import org.maillage.validation.internal.rules.RuleSupport.Bound;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RuleContext;
import tools.jackson.databind.JsonNode;

/** Regulatory rules on zoning decisions. */
final class ZoningRules {
    private ZoningRules() {}

    /**
     * A row of {@code zoning-thresholds.json}: below {@code below}, an observation of the indicator
     * whose definition has code {@code indicator} on a territory of kind {@code unitKind} requires
     * {@code category} in the zoning decision of {@code profession}.
     */
    record Threshold(String indicator, String profession, TerritoryKind unitKind, BigDecimal below, ZoneCategory category) {
        Threshold {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(profession, "profession");
            Objects.requireNonNull(unitKind, "unitKind");
            Objects.requireNonNull(below, "below");
            Objects.requireNonNull(category, "category");
        }
    }

    /** The thresholds shipped with the SDK. */
    static final List<Threshold> THRESHOLDS = load();

    private static List<Threshold> load() {
        try (InputStream in = ZoningRules.class.getResourceAsStream("zoning-thresholds.json")) {
            if (in == null) {
                throw new IllegalStateException("zoning-thresholds.json is missing from the maillage-validation jar");
            }
            List<Threshold> out = new ArrayList<>();
            for (JsonNode n : MaillageJson.mapper().readTree(in).get("thresholds")) {
                out.add(new Threshold(n.get("indicator").stringValue(), n.get("profession").stringValue(),
                        TerritoryHierarchy.kind(n.get("unitKind").stringValue()), new BigDecimal(n.get("below").stringValue()),
                        category(n.get("category").stringValue())));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ZoneCategory category(String code) {
        for (ZoneCategory c : ZoneCategory.values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalStateException("zoning-thresholds.json: unknown zone category " + code);
    }

    /**
     * Arrêté du 13 novembre 2017: a TVS whose APL to GPs is below 2.5 is ZIP, in the doctor zoning
     * decision in force at the observation's period (the one in force on its last day, else the
     * latest that overlaps it). Observations of other territory kinds (APL is published per
     * commune) and periods no decision covers are not judged.
     */
    static final class AplZip implements Rule {
        private final List<Threshold> thresholds;

        AplZip() {
            this(THRESHOLDS);
        }

        AplZip(List<Threshold> thresholds) {
            this.thresholds = List.copyOf(thresholds);
        }

        @Override
        public String id() {
            return "rule.apl-zip";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.OBSERVATIONS, EntityFamily.ZONINGS);
        }

        /** Keeps every zoning decision, and only the observations below a threshold: the others cannot break the rule. */
        @Override
        public boolean retains(Entity entity) {
            if (!(entity instanceof Observation o)) {
                return true;
            }
            if (o.value() == null) {
                return false;
            }
            for (Threshold t : thresholds) {
                if (o.value().compareTo(t.below()) < 0) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            List<Bound<ZoningDecision>> decisions = models(dataset, EntityFamily.ZONINGS, ZoningDecision.class);
            List<Bound<Observation>> observations = models(dataset, EntityFamily.OBSERVATIONS, Observation.class);
            for (Threshold t : thresholds) {
                Set<String> indicators = new HashSet<>();
                for (IndexedEntity d : dataset.entities(EntityFamily.INDICATORS)) {
                    if (t.indicator().equals(d.code())) {
                        indicators.add(d.id());
                    }
                }
                List<ZoningDecision> zonings = decisions.stream().map(Bound::model)
                        .filter(z -> z.unitKind() == t.unitKind() && t.profession().equals(z.profession().code())).toList();
                for (Bound<Observation> b : observations) {
                    Observation o = b.model();
                    IndexedEntity territory = dataset.entity(o.territory()).orElse(null);
                    if (!indicators.contains(o.indicator()) || territory == null
                            || TerritoryHierarchy.kind(territory.kind()) != t.unitKind() || o.value().compareTo(t.below()) >= 0) {
                        continue;
                    }
                    // The decision that zones this territory: each ARS issues its own, so only one
                    // that assigns the territory speaks of it.
                    List<ZoningDecision> zoning = zonings.stream().filter(d -> assigns(d, o.territory())).toList();
                    ZoningDecision z = inForce(zoning.isEmpty() ? zonings : zoning, o.period().start(), o.period().end());
                    if (z == null) {
                        continue;
                    }
                    ZoneCategory found = null;
                    for (ZoneAssignment a : z.assignments()) {
                        if (a.territory().equals(o.territory())) {
                            found = a.category();
                        }
                    }
                    if (found != t.category()) {
                        context.report(b.entry(), "/value", Map.ofEntries(Map.entry("territory", o.territory()),
                                Map.entry("indicator", t.indicator()), Map.entry("value", o.value().toPlainString()),
                                Map.entry("valueFr", Texts.numberFr(o.value().toPlainString())),
                                Map.entry("period", Periods.format(o.period().start(), o.period().end())),
                                Map.entry("threshold", t.below().toPlainString()),
                                Map.entry("thresholdFr", Texts.numberFr(t.below().toPlainString())), Map.entry("decision", z.id()),
                                Map.entry("category", found == null ? "—" : found.code()),
                                Map.entry("categoryFr", zoneFr(found)), Map.entry("expected", t.category().code()),
                                Map.entry("expectedFr", zoneFr(t.category()))));
                    }
                }
            }
        }

        private static boolean assigns(ZoningDecision d, String territory) {
            for (ZoneAssignment a : d.assignments()) {
                if (a.territory().equals(territory)) {
                    return true;
                }
            }
            return false;
        }

        private static ZoningDecision inForce(List<ZoningDecision> zonings, LocalDate start, LocalDate end) {
            ZoningDecision best = null;
            for (ZoningDecision z : zonings) {
                if (z.isValidAt(end)) {
                    return z;
                }
                if (Periods.overlap(z.validFrom(), z.validTo(), start, end) && (best == null || z.validFrom() != null
                        && (best.validFrom() == null || z.validFrom().isAfter(best.validFrom())))) {
                    best = z;
                }
            }
            return best;
        }
    }

    /** A zone category as French reads it after «classe»: «en zone d'action complémentaire (ZAC)». */
    private static String zoneFr(ZoneCategory category) {
        if (category == null) {
            return "dans aucune zone";
        }
        return "en " + Texts.label("zone-category", category.code(), true) + " (" + category.code().toUpperCase(java.util.Locale.ROOT) + ")";
    }
}
