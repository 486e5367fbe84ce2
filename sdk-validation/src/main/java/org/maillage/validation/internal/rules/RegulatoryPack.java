package org.maillage.validation.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.EntityFamily;
import org.maillage.validation.internal.TerritoryHierarchy;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Reference;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RuleContext;
import org.maillage.validation.spi.RulePack;

/**
 * The regulatory rule pack: what laws, decrees and methodology texts require of territories,
 * contracts, governance bodies and zoning decisions (Code général des collectivités
 * territoriales, Code de la santé publique, arrêtés de zonage). Part of the {@code default},
 * {@code regulatory} and {@code local-health} profiles.
 */
public final class RegulatoryPack implements RulePack {

    /** The pack's name. */
    public static final String NAME = "regulatory";

    /** Creates the pack. */
    public RegulatoryPack() {
        // stateless
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "1.2.0";
    }

    @Override
    public Set<String> profiles() {
        return Set.of("default", NAME, LocalHealthPack.NAME);
    }

    @Override
    public List<Rule> rules() {
        return List.of(new CommuneInEpci(), new EpciTwoCommunes(), new DelegueeOneCommune(),
                new ContractRules.ClsSignatories(), new ContractRules.SignedBeforeStart(), new ContractRules.SignatoryDated(),
                new ContractRules.AmendmentWithinPeriod(), new ContractRules.AmendmentNumbering(),
                new ContractRules.AmendmentOrder(), new GovernanceRules.BoardComposition(),
                new GovernanceRules.BoardPresidentCollege(), new GovernanceRules.GhtOneSupport(),
                new GovernanceRules.GhtMembershipAgrees(), new GovernanceRules.MandateWithinBody(),
                new GovernanceRules.MembershipOneMember(), new ZoningRules.AplZip(), new LawRules.ClsCollectivitySignatory(),
                new LawRules.BoardSeatMayor(), new LawRules.MandateTerm(), new LawRules.GhtChuAssociated(),
                new LawRules.BodyComposition("rule.body-composition"));
    }

    private static TerritoryKind kind(IndexedEntity e) {
        return TerritoryHierarchy.kind(e.kind());
    }

    /**
     * CGCT L5210-1-1: every commune belongs to an EPCI à fiscalité propre, except single-commune
     * islands (Bréhat, Sein, Ouessant, Yeu) and the communes of overseas collectivities. Checked only
     * when the dataset holds EPCI at all (a dataset of communes alone says nothing about them).
     */
    static final class CommuneInEpci implements Rule {
        private static final Set<String> ISLANDS = Set.of("22016", "29083", "29155", "85113");

        @Override
        public String id() {
            return "rule.commune-in-epci";
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            Iterable<IndexedEntity> territories = dataset.entities(EntityFamily.TERRITORIES);
            Set<String> inEpci = new HashSet<>();
            boolean anyEpci = false;
            for (IndexedEntity t : territories) {
                TerritoryKind k = kind(t);
                if (k == TerritoryKind.EPCI) {
                    anyEpci = true;
                    for (Reference r : t.references(TerritoryHierarchy.MEMBERS)) {
                        inEpci.add(r.target());
                    }
                } else if (k == TerritoryKind.COMMUNE) {
                    for (Reference r : t.references(TerritoryHierarchy.PARENTS)) {
                        dataset.entity(r.target()).filter(p -> kind(p) == TerritoryKind.EPCI)
                                .ifPresent(p -> inEpci.add(t.id()));
                    }
                }
            }
            if (!anyEpci) {
                return;
            }
            for (IndexedEntity t : territories) {
                String code = t.code() == null ? "" : t.code();
                if (kind(t) == TerritoryKind.COMMUNE && !inEpci.contains(t.id()) && !ISLANDS.contains(code)
                        && !code.startsWith("975") && !code.startsWith("977") && !code.startsWith("978")
                        && !code.startsWith("98")) {
                    context.report(t, "", Map.of("code", code));
                }
            }
        }
    }

    /** CGCT L5210-1-1 A and L5214-1 ff.: an EPCI à fiscalité propre groups at least two communes. */
    static final class EpciTwoCommunes implements Rule {
        @Override
        public String id() {
            return "rule.epci-two-communes";
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            Map<String, Set<String>> byParent = new java.util.HashMap<>();
            for (IndexedEntity t : dataset.entities(EntityFamily.TERRITORIES)) {
                if (kind(t) == TerritoryKind.COMMUNE) {
                    for (Reference r : t.references(TerritoryHierarchy.PARENTS)) {
                        byParent.computeIfAbsent(r.target(), k -> new HashSet<>()).add(t.id());
                    }
                }
            }
            for (IndexedEntity t : dataset.entities(EntityFamily.TERRITORIES)) {
                if (kind(t) != TerritoryKind.EPCI) {
                    continue;
                }
                // the communes it groups, whichever side declares the link: its members or the communes' parents
                Set<String> members = new HashSet<>(byParent.getOrDefault(t.id(), Set.of()));
                for (Reference r : t.references(TerritoryHierarchy.MEMBERS)) {
                    members.add(r.target());
                }
                int count = members.size();
                if (count < 2) {
                    boolean listsMembers = !t.references(TerritoryHierarchy.MEMBERS).isEmpty();
                    context.report(t, listsMembers ? "/members" : "", Map.of("code", String.valueOf(t.code()),
                            "count", Integer.toString(count)));
                }
            }
        }
    }

    /**
     * CGCT L2113-10: a commune déléguée belongs to one commune nouvelle; a commune associée to one
     * commune (former L2113-11).
     */
    static final class DelegueeOneCommune implements Rule {
        @Override
        public String id() {
            return "rule.deleguee-one-commune";
        }

        @Override
        public void check(DatasetView dataset, RuleContext context) {
            for (IndexedEntity t : dataset.entities(EntityFamily.TERRITORIES)) {
                TerritoryKind k = kind(t);
                if (k != TerritoryKind.COMMUNE_DELEGUEE && k != TerritoryKind.COMMUNE_ASSOCIEE) {
                    continue;
                }
                Set<String> communes = new HashSet<>();
                for (Reference r : t.references(TerritoryHierarchy.PARENTS)) {
                    dataset.entity(r.target()).filter(p -> kind(p) == TerritoryKind.COMMUNE)
                            .ifPresent(p -> communes.add(p.id()));
                }
                if (communes.size() != 1) {
                    context.report(t, "/parents", Map.of("kind", k.code(), "code", String.valueOf(t.code()),
                            "count", Integer.toString(communes.size())));
                }
            }
        }
    }
}
