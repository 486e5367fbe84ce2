package org.maillage.validation.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Facility;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Organization;
import org.maillage.validation.internal.TerritoryHierarchy;
import org.maillage.validation.internal.rules.RuleSupport.Bound;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Reference;

/**
 * What the rules on bodies and their seats share: who is an elected official, which seats are held at
 * a date, where an establishment has its seat, and how an entity is named in a message.
 */
final class Bodies {
    private Bodies() {}

    /** Offices held by elected officials of local authorities. */
    static final Set<OfficeKind> ELECTED_OFFICES = Set.of(OfficeKind.MAYOR, OfficeKind.DEPUTY_MAYOR,
            OfficeKind.MUNICIPAL_COUNCILLOR, OfficeKind.EPCI_PRESIDENT, OfficeKind.EPCI_COUNCILLOR,
            OfficeKind.DEPARTEMENT_PRESIDENT, OfficeKind.DEPARTEMENTAL_COUNCILLOR, OfficeKind.REGION_PRESIDENT,
            OfficeKind.REGIONAL_COUNCILLOR);

    /**
     * Whether a seat is held by a local elected official: by an elective office, or by (or on behalf of) a
     * collectivité.
     */
    static boolean elected(DatasetView dataset, Membership m) {
        if (m.office() != null && m.office().kind() != null && ELECTED_OFFICES.contains(m.office().kind())) {
            return true;
        }
        for (String id : new String[] {m.organization(), m.onBehalfOf()}) {
            OrganizationKind k = RuleSupport.organizationKind(dataset, id);
            if (k != null && RuleSupport.COLLECTIVITES.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** The seats of a body held at a date. */
    static List<Membership> seatsAt(Organization body, LocalDate date) {
        return body.memberships().stream().filter(m -> m.isValidAt(date)).toList();
    }

    /** The organisation's name with its id, for a message: « name » (id). */
    static String name(DatasetView dataset, String id) {
        if (id == null) {
            return "—";
        }
        Organization o = organization(dataset, id);
        return o == null ? id : o.name();
    }

    /**
     * The commune where each legal entity has its seat: the commune of its main site, the facility
     * opened first (file order among equals), among those valid at the date.
     */
    static Map<String, String> seatCommunes(DatasetView dataset, LocalDate date) {
        Map<String, Facility> main = new HashMap<>();
        Comparator<Facility> opened = Comparator.comparing(Facility::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));
        for (Bound<Facility> b : RuleSupport.models(dataset, EntityFamily.FACILITIES, Facility.class)) {
            Facility f = b.model();
            if (f.organization() == null || f.commune() == null || !f.isValidAt(date)) {
                continue;
            }
            Facility known = main.get(f.organization());
            if (known == null || opened.compare(f, known) < 0) {
                main.put(f.organization(), f);
            }
        }
        Map<String, String> out = new HashMap<>();
        main.forEach((ej, f) -> out.put(ej, f.commune()));
        return out;
    }

    /** The parent of a kind of a territory in the index (a commune's département or région), at a date; or null. */
    static String parentOfKind(DatasetView dataset, String territory, TerritoryKind kind, LocalDate date) {
        IndexedEntity t = territory == null ? null : dataset.entity(territory).orElse(null);
        if (t == null) {
            return null;
        }
        if (TerritoryHierarchy.kind(t.kind()) == kind) {
            return t.id();
        }
        for (Reference r : t.references(TerritoryHierarchy.PARENTS)) {
            boolean valid = (r.from() == null || !date.isBefore(r.from())) && (r.to() == null || !date.isAfter(r.to()));
            IndexedEntity p = dataset.entity(r.target()).orElse(null);
            if (valid && p != null && TerritoryHierarchy.kind(p.kind()) == kind) {
                return p.id();
            }
        }
        return null;
    }

    /**
     * The région of a body: of a territory of its jurisdiction, else of its parent organisation's
     * jurisdiction (a delegation's or a board's ARS); null when none is known.
     */
    static String region(DatasetView dataset, Organization body, LocalDate date) {
        Organization o = body;
        for (int depth = 0; o != null && depth < 4; depth++) {
            List<String> places = new ArrayList<>();
            o.jurisdiction().forEach(l -> places.add(l.territory()));
            if (o.territory() != null) {
                places.add(o.territory());
            }
            for (String t : places) {
                String r = parentOfKind(dataset, t, TerritoryKind.REGION, date);
                if (r != null) {
                    return r;
                }
            }
            o = organization(dataset, o.parent());
        }
        return null;
    }

    /** The organisation with an id, when organisations are read; else null. */
    static Organization organization(DatasetView dataset, String id) {
        return id == null ? null : dataset.entity(id).flatMap(e -> dataset.model(e, Organization.class)).orElse(null);
    }

    /** The INSEE code of a territory of the index, else its id. */
    static String code(DatasetView dataset, String territory) {
        return dataset.entity(territory).map(e -> e.code() == null ? e.id() : e.code()).orElse(territory);
    }

    /** Whether a seat is held by the holder of an office of a territory, or on behalf of the collectivité governing it. */
    static boolean holds(DatasetView dataset, Membership m, Set<OfficeKind> offices, String territory, Set<OrganizationKind> collectivites) {
        if (m.office() != null && m.office().kind() != null && offices.contains(m.office().kind()) && territory.equals(m.office().territory())) {
            return true;
        }
        List<String> ids = new ArrayList<>();
        ids.add(m.organization());
        ids.add(m.onBehalfOf());
        if (m.office() != null) {
            ids.add(m.office().organization());
        }
        for (String id : ids) {
            Organization o = organization(dataset, id);
            if (o != null && o.kind() != null && collectivites.contains(o.kind()) && territory.equals(o.territory())) {
                return true;
            }
        }
        return false;
    }
}
