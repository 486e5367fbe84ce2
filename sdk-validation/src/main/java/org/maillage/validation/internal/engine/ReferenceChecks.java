package org.maillage.validation.internal.engine;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.DepartementCode;
import org.maillage.core.id.InseeCommuneCode;
import org.maillage.core.model.EntityFamily;
import org.maillage.validation.Finding;
import org.maillage.validation.internal.Texts;
import org.maillage.validation.internal.Located;
import org.maillage.validation.internal.Periods;
import org.maillage.validation.internal.TerritoryHierarchy;
import org.maillage.validation.spi.Reference;

/**
 * The REFERENCES layer, once the index is complete: every reference resolves to an entity of a
 * suitable family and kind, valid at the date the reference speaks of; territory hierarchies have
 * no cycle and agree with INSEE codes; EPCI compositions do not overlap at a date; official
 * identifiers are shared only as their registers allow ({@link IdentifierChecks}).
 */
final class ReferenceChecks {
    static final String PARENTS = TerritoryHierarchy.PARENTS;
    static final String MEMBERS = TerritoryHierarchy.MEMBERS;

    private final Index index;
    private final LocalDate referenceDate;
    private final Function<IndexEntry, Located> at;
    private final Consumer<Finding> out;

    ReferenceChecks(Index index, LocalDate referenceDate, Function<IndexEntry, Located> at, Consumer<Finding> out) {
        this.index = index;
        this.referenceDate = referenceDate;
        this.at = at;
        this.out = out;
    }

    void run() {
        for (EntityFamily f : EntityFamily.values()) {
            for (IndexEntry e : index.scan(f)) {
                for (Reference r : e.references()) {
                    check(e, r);
                }
            }
        }
        new IdentifierChecks(index, IdentifierSemantics.STANDARD, at, out).run();
        List<IndexEntry> territories = index.entries(EntityFamily.TERRITORIES);
        cycles(territories);
        communeDepartements(territories);
        epciOverlaps(territories);
    }

    private void check(IndexEntry e, Reference r) {
        IndexEntry target = index.get(r.target());
        if (target == null) {
            report(e, "ref.unknown", r.pointer(), Map.of("target", r.target()));
            return;
        }
        if (!r.families().contains(target.family())) {
            report(e, "ref.wrong-kind", r.pointer(), Map.of("target", r.target(), "actual", target.family().type(),
                    "actualFr", Texts.STANDARD.familyFr(target.family().type()), "role", r.role(), "source", e.id(),
                    "sourceKind", "", "sourceKindFr", "", "expected", families(r)));
            return;
        }
        if (e.family() == EntityFamily.TERRITORIES && target.family() == EntityFamily.TERRITORIES) {
            TerritoryKind self = TerritoryHierarchy.kind(e.kind());
            TerritoryKind other = TerritoryHierarchy.kind(target.kind());
            if (self != null && other != null) {
                if (r.role().equals(PARENTS) && !TerritoryHierarchy.mayBelongTo(self, other)) {
                    report(e, "ref.wrong-kind", r.pointer(), Map.of("target", r.target(), "actual", other.code(),
                            "actualFr", Texts.label("territory-kind", other.code(), true), "role", PARENTS, "source", e.id(),
                            "sourceKind", " (" + self.code() + ")",
                            "sourceKindFr", ", " + Texts.label("territory-kind", self.code(), true),
                            "expected", TerritoryHierarchy.allowedParents(self)));
                    return;
                }
                if (r.role().equals(MEMBERS) && !TerritoryHierarchy.mayBelongTo(other, self)) {
                    report(e, "ref.wrong-kind", r.pointer(), Map.of("target", r.target(), "actual", other.code(),
                            "actualFr", Texts.label("territory-kind", other.code(), true), "role", MEMBERS, "source", e.id(),
                            "sourceKind", " (" + self.code() + ")",
                            "sourceKindFr", ", " + Texts.label("territory-kind", self.code(), true),
                            "expected", TerritoryHierarchy.allowedMembers(self)));
                    return;
                }
            }
        }
        if (r.dated()) {
            LocalDate d = r.date() != null ? r.date() : referenceDate;
            if (d != null && !target.isValidAt(d)) {
                report(e, "ref.not-valid-at-date", r.pointer(), Map.of("target", r.target(), "date", d.toString(),
                        "period", Periods.format(target.validFrom(), target.validTo())));
            }
        }
    }

    private static String families(Reference r) {
        StringBuilder sb = new StringBuilder();
        for (EntityFamily f : EntityFamily.values()) {
            if (r.families().contains(f)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(f.type());
            }
        }
        return sb.toString();
    }


    /** An edge of the territory hierarchy, child to parent, with the reference that declares it. */
    private record Edge(String to, IndexEntry declaredBy, String pointer) {}

    /**
     * Finds cycles in the territory hierarchy by depth-first search. Edges declared as
     * {@code parents} are read from the index as the search goes; only those declared the other
     * way round ({@code members}, parent to child) are gathered first, so the extra memory is one
     * entry per such reference.
     */
    private void cycles(List<IndexEntry> territories) {
        Map<String, List<Edge>> fromMembers = new HashMap<>();
        for (IndexEntry t : territories) {
            for (Reference r : t.references()) {
                IndexEntry target = index.get(r.target());
                if (target != null && target.family() == EntityFamily.TERRITORIES && r.role().equals(MEMBERS)) {
                    fromMembers.computeIfAbsent(target.id(), k -> new ArrayList<>(1)).add(new Edge(t.id(), t, r.pointer()));
                }
            }
        }
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the stack, 2: done
        for (IndexEntry start : territories) {
            if (state.containsKey(start.id())) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<Edge>> stack = new ArrayDeque<>();
            state.put(start.id(), 1);
            path.addLast(start.id());
            stack.push(up(start.id(), fromMembers));
            while (!stack.isEmpty()) {
                Iterator<Edge> it = stack.peek();
                if (!it.hasNext()) {
                    stack.pop();
                    state.put(path.removeLast(), 2);
                    continue;
                }
                Edge e = it.next();
                Integer s = state.get(e.to());
                if (s == null) {
                    state.put(e.to(), 1);
                    path.addLast(e.to());
                    stack.push(up(e.to(), fromMembers));
                } else if (s == 1) {
                    report(e.declaredBy(), "ref.cycle", e.pointer(), Map.of("cycle", describeCycle(path, e.to())));
                }
            }
        }
    }

    /** The edges up from a territory: its own {@code parents}, then the {@code members} lists it is in. */
    private Iterator<Edge> up(String id, Map<String, List<Edge>> fromMembers) {
        List<Edge> edges = new ArrayList<>();
        IndexEntry t = index.get(id);
        if (t != null && t.family() == EntityFamily.TERRITORIES) {
            for (Reference r : t.references()) {
                IndexEntry target = index.get(r.target());
                if (target != null && target.family() == EntityFamily.TERRITORIES && r.role().equals(PARENTS)) {
                    edges.add(new Edge(target.id(), t, r.pointer()));
                }
            }
        }
        edges.addAll(fromMembers.getOrDefault(id, List.of()));
        return edges.iterator();
    }

    private static String describeCycle(Deque<String> path, String back) {
        List<String> ids = new ArrayList<>();
        boolean in = false;
        for (String id : path) {
            in |= id.equals(back);
            if (in) {
                ids.add(id);
            }
        }
        ids.add(back);
        if (ids.size() > 8) {
            List<String> cut = new ArrayList<>(ids.subList(0, 4));
            cut.add("…");
            cut.addAll(ids.subList(ids.size() - 3, ids.size()));
            ids = cut;
        }
        return String.join(" → ", ids);
    }

    private void communeDepartements(List<IndexEntry> territories) {
        for (IndexEntry t : territories) {
            TerritoryKind kind = TerritoryHierarchy.kind(t.kind());
            if (kind == null || !kind.isCommuneLevel() || t.code() == null || !InseeCommuneCode.isValid(t.code())) {
                continue;
            }
            String expected = new InseeCommuneCode(t.code()).departement().map(DepartementCode::value).orElse(null);
            if (expected == null) {
                continue;
            }
            for (Reference r : t.references(PARENTS)) {
                IndexEntry dep = index.get(r.target());
                if (dep == null || TerritoryHierarchy.kind(dep.kind()) != TerritoryKind.DEPARTEMENT
                        || expected.equals(dep.code())) {
                    continue;
                }
                Map<String, String> p = Map.of("code", t.code(), "expected", expected, "actual",
                        String.valueOf(dep.code()), "kind", kind.code(), "kindFr", Texts.label("territory-kind", kind.code(), true));
                if (kind == TerritoryKind.COMMUNE_ASSOCIEE || kind == TerritoryKind.COMMUNE_DELEGUEE) {
                    if (!chefLieuIn(t, dep.code())) {
                        report(t, "ref.associee-departement-mismatch", r.pointer(), p);
                    }
                } else {
                    report(t, "ref.commune-departement-mismatch", r.pointer(), p);
                }
            }
        }
    }

    /** Whether a commune déléguée or associée has a parent commune that belongs to the département. */
    private boolean chefLieuIn(IndexEntry t, String departementCode) {
        for (Reference r : t.references(PARENTS)) {
            IndexEntry commune = index.get(r.target());
            if (commune == null || TerritoryHierarchy.kind(commune.kind()) != TerritoryKind.COMMUNE) {
                continue;
            }
            for (Reference cr : commune.references(PARENTS)) {
                IndexEntry dep = index.get(cr.target());
                if (dep != null && TerritoryHierarchy.kind(dep.kind()) == TerritoryKind.DEPARTEMENT
                        && departementCode.equals(dep.code())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A commune's membership of an EPCI over a period, and the reference that declares it. */
    private record Membership(IndexEntry epci, LocalDate from, LocalDate to, IndexEntry declaredBy, String pointer) {}

    private void epciOverlaps(List<IndexEntry> territories) {
        Map<String, List<Membership>> byCommune = new TreeMap<>();
        for (IndexEntry t : territories) {
            TerritoryKind kind = TerritoryHierarchy.kind(t.kind());
            for (Reference r : t.references()) {
                IndexEntry other = index.get(r.target());
                if (other == null) {
                    continue;
                }
                TerritoryKind otherKind = TerritoryHierarchy.kind(other.kind());
                if (kind == TerritoryKind.EPCI && r.role().equals(MEMBERS) && otherKind == TerritoryKind.COMMUNE) {
                    add(byCommune, other.id(), t, r, t);
                } else if (kind == TerritoryKind.COMMUNE && r.role().equals(PARENTS) && otherKind == TerritoryKind.EPCI) {
                    add(byCommune, t.id(), other, r, t);
                }
            }
        }
        for (Map.Entry<String, List<Membership>> e : byCommune.entrySet()) {
            List<Membership> ms = e.getValue();
            for (int j = 1; j < ms.size(); j++) {
                for (int i = 0; i < j; i++) {
                    Membership a = ms.get(i);
                    Membership b = ms.get(j);
                    if (!a.epci().id().equals(b.epci().id()) && Periods.overlap(a.from(), a.to(), b.from(), b.to())) {
                        LocalDate start = a.from() == null ? b.from()
                                : b.from() == null ? a.from() : a.from().isAfter(b.from()) ? a.from() : b.from();
                        report(b.declaredBy(), "ref.epci-overlap", b.pointer(), Map.of("commune", e.getKey(),
                                "first", a.epci().id(), "second", b.epci().id(),
                                "date", start == null ? "—" : start.toString()));
                        break;
                    }
                }
            }
        }
    }

    private static void add(Map<String, List<Membership>> byCommune, String commune, IndexEntry epci, Reference r,
            IndexEntry declaredBy) {
        LocalDate from = later(r.from(), epci.validFrom());
        LocalDate to = earlier(r.to(), epci.validTo());
        List<Membership> list = byCommune.computeIfAbsent(commune, k -> new ArrayList<>(2));
        for (Membership m : list) {
            if (m.epci().id().equals(epci.id()) && Periods.overlap(m.from(), m.to(), from, to)) {
                return; // the same membership declared from both sides
            }
        }
        list.add(new Membership(epci, from, to, declaredBy, r.pointer()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private void report(IndexEntry e, String rule, String pointer, Map<String, String> params) {
        out.accept(at.apply(e).finding(rule, index.named(params), pointer));
    }
}
