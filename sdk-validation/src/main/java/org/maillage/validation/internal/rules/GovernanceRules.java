package org.maillage.validation.internal.rules;

import static org.maillage.validation.internal.rules.RuleSupport.date;
import static org.maillage.validation.internal.rules.RuleSupport.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.maillage.core.codelist.College;
import org.maillage.core.codelist.GhtRole;
import org.maillage.core.codelist.MembershipRole;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.model.Dated;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Facility;
import org.maillage.core.model.GhtMember;
import org.maillage.core.model.GhtMembership;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Organization;
import org.maillage.validation.internal.Periods;
import org.maillage.validation.internal.rules.RuleSupport.Bound;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.EntityRule;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RuleContext;

/** Regulatory rules on governance bodies: hospital boards, GHT, seats and mandates. */
final class GovernanceRules {
    private GovernanceRules() {}

    /** Whether a seat carries a deliberative vote: as stated, else by its role. */
    static boolean votes(Membership m) {
        if (m.votingRight() != null) {
            return m.votingRight();
        }
        return m.role() == MembershipRole.PRESIDENT || m.role() == MembershipRole.VICE_PRESIDENT
                || m.role() == MembershipRole.MEMBER;
    }

    /** CSP L6143-5, R6143-1: three colleges of equal size, 9 or 15 voting members, at every date. */
    static final class BoardComposition extends EntityRule<Organization> {
        BoardComposition() {
            super("rule.board-composition", Organization.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Organization o, RuleContext context) {
            if (o.kind() != OrganizationKind.CONSEIL_SURVEILLANCE) {
                return;
            }
            String[] last = {null};
            RuleSupport.eachSeating(o, dataset.referenceDate(), (d, seats) -> {
                int[] n = new int[4]; // local authorities, staff, qualified persons, other
                for (Membership m : seats) {
                    if (votes(m)) {
                        n[m.college() == College.LOCAL_AUTHORITIES ? 0 : m.college() == College.STAFF ? 1
                                : m.college() == College.QUALIFIED_PERSONS ? 2 : 3]++;
                    }
                }
                int total = n[0] + n[1] + n[2] + n[3];
                boolean ok = seats.isEmpty() || n[3] == 0 && n[0] == n[1] && n[1] == n[2] && (total == 9 || total == 15);
                String counts = n[0] + "/" + n[1] + "/" + n[2] + "/" + n[3];
                if (!ok && !counts.equals(last[0])) {
                    context.report(entry, "/memberships", Map.of("board", o.id(), "date", date(d), "total",
                            Integer.toString(total), "local", Integer.toString(n[0]), "staff", Integer.toString(n[1]),
                            "qualified", Integer.toString(n[2]), "other", Integer.toString(n[3])));
                }
                last[0] = ok ? null : counts;
            });
        }
    }

    /** CSP L6143-5: the president is elected among colleges 1 and 3. */
    static final class BoardPresidentCollege extends EntityRule<Organization> {
        BoardPresidentCollege() {
            super("rule.board-president-college", Organization.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Organization o, RuleContext context) {
            if (o.kind() != OrganizationKind.CONSEIL_SURVEILLANCE) {
                return;
            }
            for (int i = 0; i < o.memberships().size(); i++) {
                Membership m = o.memberships().get(i);
                if (m.role() == MembershipRole.PRESIDENT && m.college() != College.LOCAL_AUTHORITIES
                        && m.college() != College.QUALIFIED_PERSONS) {
                    context.report(entry, "/memberships/" + i + (m.college() == null ? "" : "/college"),
                            Map.of("board", o.id(), "college", m.college() == null ? "—" : m.college().code()));
                }
            }
        }
    }

    /** CSP L6132-1: a GHT has exactly one support establishment, at every date. */
    static final class GhtOneSupport implements Rule {
        @Override
        public String id() {
            return "rule.ght-one-support";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.ORGANIZATIONS, EntityFamily.FACILITIES);
        }

        /** A claim that a legal entity supports a GHT over a period, from either side. */
        private record Support(String legalEntity, LocalDate validFrom, LocalDate validTo) implements Dated {}

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            Map<String, List<Support>> fromFacilities = new HashMap<>();
            Map<String, List<Dated>> facilityPeriods = new HashMap<>();
            for (Bound<Facility> f : models(dataset, EntityFamily.FACILITIES, Facility.class)) {
                for (GhtMembership gm : f.model().ghtMemberships()) {
                    String entity = f.model().organization() != null ? f.model().organization() : f.model().id();
                    facilityPeriods.computeIfAbsent(gm.organization(), k -> new ArrayList<>()).add(gm);
                    if (gm.role() == GhtRole.SUPPORT) {
                        fromFacilities.computeIfAbsent(gm.organization(), k -> new ArrayList<>())
                                .add(new Support(entity, gm.validFrom(), gm.validTo()));
                    }
                }
            }
            for (Bound<Organization> b : models(dataset, EntityFamily.ORGANIZATIONS, Organization.class)) {
                Organization o = b.model();
                if (o.kind() != OrganizationKind.GHT) {
                    continue;
                }
                List<GhtMember> members = o.ght() == null ? List.of() : o.ght().members();
                List<Support> supports = new ArrayList<>(fromFacilities.getOrDefault(o.id(), List.of()));
                for (GhtMember m : members) {
                    if (m.role() == GhtRole.SUPPORT) {
                        supports.add(new Support(m.organization(), m.validFrom(), m.validTo()));
                    }
                }
                List<Dated> all = new ArrayList<>(members);
                all.addAll(facilityPeriods.getOrDefault(o.id(), List.of()));
                int last = 1;
                for (LocalDate d : RuleSupport.breakpoints(o, all, dataset.referenceDate())) {
                    Set<String> at = new TreeSet<>();
                    for (Support s : supports) {
                        if (s.isValidAt(d)) {
                            at.add(s.legalEntity());
                        }
                    }
                    if (at.size() != 1 && at.size() != last) {
                        context.report(b.entry(), members.isEmpty() ? "" : "/ght/members", Map.of("ght", o.id(),
                                "count", Integer.toString(at.size()), "date", date(d)));
                    }
                    last = at.size();
                }
            }
        }
    }

    /** Mandates are held within the existence of the body. */
    static final class MandateWithinBody extends EntityRule<Organization> {
        MandateWithinBody() {
            super("rule.mandate-within-body", Organization.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Organization o, RuleContext context) {
            for (int i = 0; i < o.memberships().size(); i++) {
                Membership m = o.memberships().get(i);
                boolean early = m.validFrom() != null && o.validFrom() != null && m.validFrom().isBefore(o.validFrom());
                boolean late = o.validTo() != null && (m.validTo() == null || m.validTo().isAfter(o.validTo()));
                if (early || late) {
                    context.report(entry, "/memberships/" + i, Map.of("body", o.id(),
                            "mandate", Periods.format(m.validFrom(), m.validTo()),
                            "period", Periods.format(o.validFrom(), o.validTo())));
                }
            }
        }
    }

    /** A seat names exactly one holder: a person, an organisation or an office. */
    static final class MembershipOneMember extends EntityRule<Organization> {
        MembershipOneMember() {
            super("rule.membership-one-member", Organization.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Organization o, RuleContext context) {
            List<Membership> seats = o.memberships();
            for (int i = 0; i < seats.size(); i++) {
                Membership m = seats.get(i);
                int n = (m.person() != null ? 1 : 0) + (m.organization() != null ? 1 : 0) + (m.office() != null ? 1 : 0);
                if (n != 1) {
                    context.report(entry, "/memberships/" + i, Map.of("seat", Integer.toString(i),
                            "body", o.id(), "count", Integer.toString(n)));
                }
            }
        }
    }

    /** GHT membership stated from the facility agrees with the GHT's own list. */
    static final class GhtMembershipAgrees implements Rule {
        @Override
        public String id() {
            return "rule.ght-membership-agrees";
        }

        @Override
        public Set<EntityFamily> reads() {
            return Set.of(EntityFamily.ORGANIZATIONS, EntityFamily.FACILITIES);
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            for (Bound<Facility> f : models(dataset, EntityFamily.FACILITIES, Facility.class)) {
                String entity = f.model().organization();
                for (int i = 0; i < f.model().ghtMemberships().size(); i++) {
                    GhtMembership gm = f.model().ghtMemberships().get(i);
                    Organization ght = dataset.entity(gm.organization())
                            .flatMap(e -> dataset.model(e, Organization.class)).orElse(null);
                    if (entity == null || ght == null || ght.ght() == null || ght.ght().members().isEmpty()) {
                        continue; // one side only: nothing to compare
                    }
                    LocalDate d = gm.validFrom() != null ? gm.validFrom() : dataset.referenceDate();
                    Set<String> roles = new TreeSet<>();
                    for (GhtMember m : ght.ght().members()) {
                        if (m.organization().equals(entity) && m.isValidAt(d)) {
                            roles.add(m.role().code());
                        }
                    }
                    if (!roles.contains(gm.role().code())) {
                        context.report(f.entry(), "/ghtMemberships/" + i, Map.of("facility", f.model().id(),
                                "ght", gm.organization(), "role", gm.role().code(), "date", date(d),
                                "found", roles.isEmpty() ? "no membership of " + entity : "role " + String.join(", ", roles),
                                "foundFr", roles.isEmpty() ? "aucune appartenance de " + entity
                                        : "le rôle " + String.join(", ", roles)));
                    }
                }
            }
        }
    }
}
