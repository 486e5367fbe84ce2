package org.maillage.validation.internal.rules;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Dated;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.validation.internal.TerritoryHierarchy;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Reference;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RuleContext;

/** What the rules of the built-in packs share: typed entities, kinds, dates and territory compositions. */
final class RuleSupport {
    private RuleSupport() {}

    /**
     * Calls {@code action} at each date the seats of a body change (inside its period) with the
     * seats held on that date, skipping dates when none is held.
     */
    static void eachSeating(org.maillage.core.model.Organization body, LocalDate fallback,
            java.util.function.BiConsumer<LocalDate, List<org.maillage.core.model.Membership>> action) {
        for (LocalDate d : breakpoints(body, body.memberships(), fallback)) {
            List<org.maillage.core.model.Membership> seats = body.memberships().stream().filter(m -> m.isValidAt(d)).toList();
            action.accept(d, seats);
        }
    }

    /** An index entry and its typed entity. */
    record Bound<T extends Entity>(IndexedEntity entry, T model) {}

    /** The kinds of organisation that are collectivités territoriales or their groupings. */
    static final Set<OrganizationKind> COLLECTIVITES = Set.of(OrganizationKind.COMMUNE, OrganizationKind.EPCI,
            OrganizationKind.EPT, OrganizationKind.PETR, OrganizationKind.DEPARTEMENT, OrganizationKind.REGION,
            OrganizationKind.COLLECTIVITE_UNIQUE);

    /** The entities of a family with their typed form (those a rule reads). */
    static <T extends Entity> List<Bound<T>> models(DatasetView d, EntityFamily family, Class<T> type) {
        List<Bound<T>> out = new ArrayList<>();
        for (IndexedEntity e : d.entities(family)) {
            d.model(e, type).ifPresent(m -> out.add(new Bound<>(e, m)));
        }
        return out;
    }

    static boolean isCls(ContractKind k) {
        return k == ContractKind.CLS || k == ContractKind.CLS_RENFORCE;
    }

    /** The organisation kind of an index entry, or null. */
    static OrganizationKind organizationKind(IndexedEntity e) {
        if (e == null || e.family() != EntityFamily.ORGANIZATIONS || e.kind() == null) {
            return null;
        }
        for (OrganizationKind k : OrganizationKind.values()) {
            if (k.code().equals(e.kind())) {
                return k;
            }
        }
        return null;
    }

    static OrganizationKind organizationKind(DatasetView d, String id) {
        return id == null ? null : d.entity(id).map(RuleSupport::organizationKind).orElse(null);
    }

    static String date(LocalDate d) {
        return d == null ? "—" : d.toString();
    }

    /**
     * The dates at which what is valid among {@code items} changes, inside the period of
     * {@code holder}: each item's first day and the day after its last, and the holder's first
     * day. When nothing is dated, the one date {@code fallback} (which may be null: any date).
     */
    static List<LocalDate> breakpoints(Dated holder, Collection<? extends Dated> items, LocalDate fallback) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (holder.validFrom() != null) {
            dates.add(holder.validFrom());
        }
        for (Dated i : items) {
            if (i.validFrom() != null) {
                dates.add(i.validFrom());
            }
            if (i.validTo() != null) {
                dates.add(i.validTo().plusDays(1));
            }
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d : dates) {
            if (holder.isValidAt(d)) {
                out.add(d);
            }
        }
        if (out.isEmpty()) {
            List<LocalDate> one = new ArrayList<>(1);
            one.add(fallback != null && holder.isValidAt(fallback) ? fallback : holder.validFrom());
            return one;
        }
        return out;
    }

    /**
     * Territory compositions read from the index: which territories each one contains, from
     * {@code members} and, read backwards, from {@code parents}; links are taken at a date.
     */
    static final class Compositions {
        private final DatasetView dataset;
        private final Map<String, Set<String>> children = new HashMap<>();

        Compositions(DatasetView dataset, LocalDate date) {
            this.dataset = dataset;
            for (IndexedEntity t : dataset.entities(EntityFamily.TERRITORIES)) {
                for (Reference r : t.references(TerritoryHierarchy.PARENTS)) {
                    if (validAt(r, date)) {
                        children.computeIfAbsent(r.target(), k -> new HashSet<>()).add(t.id());
                    }
                }
                for (Reference r : t.references(TerritoryHierarchy.MEMBERS)) {
                    if (validAt(r, date)) {
                        children.computeIfAbsent(t.id(), k -> new HashSet<>()).add(r.target());
                    }
                }
            }
        }

        private static boolean validAt(Reference r, LocalDate d) {
            return d == null || (r.from() == null || !d.isBefore(r.from())) && (r.to() == null || !d.isAfter(r.to()));
        }

        /** The communes a territory is or contains, at any depth. */
        Set<String> communes(String territory) {
            Set<String> out = new HashSet<>();
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            todo.add(territory);
            while (!todo.isEmpty()) {
                String id = todo.poll();
                if (!seen.add(id)) {
                    continue;
                }
                IndexedEntity e = dataset.entity(id).orElse(null);
                if (e == null || e.family() != EntityFamily.TERRITORIES) {
                    continue;
                }
                if (TerritoryHierarchy.kind(e.kind()) == TerritoryKind.COMMUNE) {
                    out.add(id);
                    continue;
                }
                todo.addAll(children.getOrDefault(id, Set.of()));
            }
            return out;
        }

        /** The communes of many territories. */
        Set<String> communes(Collection<String> territories) {
            Set<String> out = new HashSet<>();
            for (String t : territories) {
                out.addAll(communes(t));
            }
            return out;
        }
    }
}
