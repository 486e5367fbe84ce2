package org.maillage.validation.internal.rules;

import static org.maillage.validation.internal.rules.RuleSupport.date;
import static org.maillage.validation.internal.rules.RuleSupport.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.GhtRole;
import org.maillage.core.codelist.OfficeKind;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PartyRole;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Facility;
import org.maillage.core.model.GhtMember;
import org.maillage.core.model.GhtMembership;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Organization;
import org.maillage.validation.internal.rules.RuleSupport.Bound;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.EntityRule;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RuleContext;

/**
 * Regulatory rules added for the law the seeds lean on: who sits on a hospital board and for how long,
 * the CHU every GHT associates, the collectivité that signs a CLS alongside the ARS, and the
 * compositions decrees set for bodies (read from {@code body-compositions.json}).
 */
final class LawRules {
    private LawRules() {}

    /**
     * CSP L6143-5: the supervisory board of a public hospital seats the mayor of the commune where its
     * main establishment has its seat and the president of the département council, or the
     * representatives they designate (a seat on behalf of the commune or the département). Judged at
     * the reference date, on boards with seats then, for hospitals whose seat commune the data gives.
     */
    static final class BoardSeatMayor implements Rule {
        @Override
        public String id() {
            return "rule.board-seat-mayor";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.ORGANIZATIONS, EntityFamily.FACILITIES);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            Map<String, String> seat = Bodies.seatCommunes(dataset, date);
            for (Bound<Organization> b : models(dataset, EntityFamily.ORGANIZATIONS, Organization.class)) {
                Organization board = b.model();
                String commune = board.parent() == null ? null : seat.get(board.parent());
                List<Membership> seats = Bodies.seatsAt(board, date);
                if (board.kind() != OrganizationKind.CONSEIL_SURVEILLANCE || commune == null || seats.isEmpty()) {
                    continue;
                }
                if (seats.stream().noneMatch(m -> Bodies.holds(dataset, m, Set.of(OfficeKind.MAYOR), commune,
                        Set.of(OrganizationKind.COMMUNE)))) {
                    report(dataset, context, b, "le maire de la commune siège (commune " + Bodies.code(dataset, commune) + ")",
                            "the mayor of the seat commune (commune " + Bodies.code(dataset, commune) + ")", date);
                }
                String departement = Bodies.parentOfKind(dataset, commune, TerritoryKind.DEPARTEMENT, date);
                String region = Bodies.parentOfKind(dataset, commune, TerritoryKind.REGION, date);
                if (departement == null) {
                    continue;
                }
                boolean president = seats.stream().anyMatch(m -> Bodies.holds(dataset, m, Set.of(OfficeKind.DEPARTEMENT_PRESIDENT),
                        departement, Set.of(OrganizationKind.DEPARTEMENT, OrganizationKind.COLLECTIVITE_UNIQUE))
                        || region != null && Bodies.holds(dataset, m, Set.of(), region, Set.of(OrganizationKind.COLLECTIVITE_UNIQUE)));
                if (!president) {
                    String code = Bodies.code(dataset, departement);
                    report(dataset, context, b, "le président du conseil départemental (département " + code + ")",
                            "the president of the département council (département " + code + ")", date);
                }
            }
        }

        private static void report(DatasetView dataset, RuleContext context, Bound<Organization> b, String missingFr, String missing,
                LocalDate date) {
            context.report(b.entry(), "/memberships", Map.of("board", b.model().id(), "boardName", b.model().name(),
                    "hospital", b.model().parent(), "hospitalName", Bodies.name(dataset, b.model().parent()),
                    "missingFr", missingFr, "missing", missing, "date", date(date)));
        }
    }

    /**
     * CSP R6143-12: a supervisory-board mandate lasts five years (the term per kind of body is
     * {@code policy-data.json}). A mandate with no end counts until the reference date.
     */
    static final class MandateTerm extends EntityRule<Organization> {
        MandateTerm() {
            super("rule.mandate-term", Organization.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Organization o, RuleContext context) {
            int years = PolicyData.mandateYears(o.kind());
            if (years == 0) {
                return;
            }
            for (int i = 0; i < o.memberships().size(); i++) {
                Membership m = o.memberships().get(i);
                if (m.validFrom() == null) {
                    continue;
                }
                LocalDate limit = m.validFrom().plusYears(years);
                LocalDate end = m.validTo() != null ? m.validTo() : dataset.referenceDate();
                if (!end.isBefore(limit)) {
                    context.report(entry, "/memberships/" + i + (m.validTo() != null ? "/validTo" : ""), Map.of("body", o.id(),
                            "bodyName", o.name(), "seat", Integer.toString(i + 1), "from", date(m.validFrom()),
                            "to", m.validTo() != null ? date(m.validTo()) : "…", "years", Integer.toString(years)));
                }
            }
        }
    }

    /**
     * CSP L6132-1: every GHT associates a CHU for its hospital-university activities: a member of role
     * A, or among its establishments one with a site of FINESS category 101 (CHR, where CHU are filed).
     * Judged on GHT in being at the reference date.
     */
    static final class GhtChuAssociated implements Rule {
        @Override
        public String id() {
            return "rule.ght-chu-associated";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.ORGANIZATIONS, EntityFamily.FACILITIES);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            LocalDate date = dataset.referenceDate();
            Set<String> chu = new HashSet<>();
            List<Facility> facilities = new ArrayList<>();
            for (Bound<Facility> f : models(dataset, EntityFamily.FACILITIES, Facility.class)) {
                facilities.add(f.model());
                if (f.model().organization() != null && "101".equals(f.model().category().code())) {
                    chu.add(f.model().organization());
                }
            }
            for (Bound<Organization> b : models(dataset, EntityFamily.ORGANIZATIONS, Organization.class)) {
                Organization ght = b.model();
                if (ght.kind() != OrganizationKind.GHT || ght.ght() == null || !ght.isValidAt(date)) {
                    continue;
                }
                boolean associated = false;
                for (GhtMember m : ght.ght().members()) {
                    associated |= m.isValidAt(date) && (m.role() == GhtRole.ASSOCIATE || chu.contains(m.organization()));
                }
                for (Facility f : facilities) {
                    for (GhtMembership gm : f.ghtMemberships()) {
                        associated |= gm.organization().equals(ght.id()) && gm.isValidAt(date)
                                && (gm.role() == GhtRole.ASSOCIATE || chu.contains(f.organization()));
                    }
                }
                if (!associated) {
                    context.report(b.entry(), "/ght", Map.of("ght", ght.id(), "ghtName", ght.name(), "date", date(date)));
                }
            }
        }
    }

    /**
     * CSP L1434-10: the ARS concludes local health contracts « notamment avec les collectivités
     * territoriales et leurs groupements »: a CLS no collectivité signs is lawful, but departs from
     * the usual case (a warning; rule.cls-signatories keeps the ARS's signature an error).
     */
    static final class ClsCollectivitySignatory extends EntityRule<Contract> {
        ClsCollectivitySignatory() {
            super("rule.cls-collectivity-signatory", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            if (!RuleSupport.isCls(c.kind()) || c.status() == ContractStatus.DRAFT) {
                return;
            }
            for (ContractParty p : c.parties()) {
                OrganizationKind k = RuleSupport.organizationKind(dataset, p.organization());
                if (p.role() == PartyRole.SIGNATORY && k != null && RuleSupport.COLLECTIVITES.contains(k)) {
                    return;
                }
            }
            context.report(entry, "/parties", Map.of("contract", c.id(), "contractName", c.title(),
                    "status", c.status().code()));
        }
    }

    /**
     * The composition a text sets for a kind of body, from {@code body-compositions.json}: each
     * requirement met by enough seats held at the reference date. One finding per body, listing what
     * is missing. The same check serves the bodies decrees set (rule.body-composition, regulatory) and
     * those the seeds propose (rule.proposed-body-composition, local-health).
     */
    static final class BodyComposition extends EntityRule<Organization> {
        private final Map<OrganizationKind, PolicyData.Body> bodies;

        BodyComposition(String id) {
            super(id, Organization.class);
            this.bodies = PolicyData.bodies(id);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Organization o, RuleContext context) {
            PolicyData.Body body = bodies.get(o.kind());
            LocalDate date = dataset.referenceDate();
            if (body == null || !o.isValidAt(date)) {
                return;
            }
            String region = Bodies.region(dataset, o, date);
            List<Membership> seats = Bodies.seatsAt(o, date);
            List<String> fr = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (PolicyData.Seat s : body.seats(region == null ? null : Bodies.code(dataset, region))) {
                long held = seats.stream().filter(m -> meets(dataset, m, s)).count();
                if (held < s.count()) {
                    fr.add(s.labelFr());
                    en.add(s.labelEn());
                }
            }
            if (!fr.isEmpty()) {
                context.report(entry, o.memberships().isEmpty() ? "" : "/memberships", Map.of("body", o.id(), "bodyName", o.name(),
                        "date", date(date), "missingFr", String.join(", ", fr), "missing", String.join(", ", en)));
            }
        }

        private static boolean meets(DatasetView dataset, Membership m, PolicyData.Seat s) {
            if (!s.offices().isEmpty() && m.office() != null && m.office().kind() != null && s.offices().contains(m.office().kind())) {
                return s.roles().isEmpty() || s.roles().contains(m.role());
            }
            if (!s.colleges().isEmpty() && m.college() != null && s.colleges().contains(m.college())) {
                return true;
            }
            return s.elected() && Bodies.elected(dataset, m);
        }
    }
}
