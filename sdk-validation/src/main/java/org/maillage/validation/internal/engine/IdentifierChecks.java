package org.maillage.validation.internal.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.maillage.core.codelist.CodelistEntry;
import org.maillage.core.codelist.Codelists;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Identifier;
import org.maillage.validation.Finding;
import org.maillage.validation.internal.Located;
import org.maillage.validation.internal.Periods;
import org.maillage.validation.spi.Reference;

/**
 * Part of the REFERENCES layer, once the index is complete: an official identifier carried by
 * several entities at the same time is reported only where its register forbids it
 * ({@code ref.duplicate-identifier}) or where the sharing is legal but suspicious
 * ({@code ref.shared-identifier}), as {@link IdentifierSemantics} says per scheme and family.
 * Each later holder is reported once, against the first earlier holder it may not share with.
 */
final class IdentifierChecks {
    /** How far a {@code parent} chain is followed; deeper chains (or cycles) stop there. */
    private static final int MAX_DEPTH = 64;

    private static final String ORGANIZATION = "organization";
    private static final String PARENT = "parent";

    private final Index index;
    private final IdentifierSemantics semantics;
    private final Function<IndexEntry, Located> at;
    private final Consumer<Finding> out;

    IdentifierChecks(Index index, IdentifierSemantics semantics, Function<IndexEntry, Located> at, Consumer<Finding> out) {
        this.index = index;
        this.semantics = semantics;
        this.at = at;
        this.out = out;
    }

    void run() {
        for (Index.Holders h : index.sharedIdentifiers()) {
            check(h.key().identifier(), h.holders());
        }
    }

    private void check(Identifier shared, List<IndexEntry> holders) {
        Optional<IdentifierSemantics.Semantics> row = semantics.of(shared.scheme(), holders.get(0).family());
        if (row.isEmpty()) {
            return;
        }
        IdentifierSemantics.Semantics s = row.get();
        for (int j = 1; j < holders.size(); j++) {
            IndexEntry later = holders.get(j);
            IndexEntry against = null;
            IdentifierSemantics.Outcome outcome = null;
            for (int i = 0; i < j && outcome != IdentifierSemantics.Outcome.ERROR; i++) {
                IndexEntry earlier = holders.get(i);
                if (!Periods.overlap(earlier.validFrom(), earlier.validTo(), later.validFrom(), later.validTo())
                        || mayShare(s, earlier, later)) {
                    continue;
                }
                if (outcome == null || s.otherwise() == IdentifierSemantics.Outcome.ERROR) {
                    outcome = s.otherwise();
                    against = earlier;
                }
            }
            if (outcome != null) {
                report(s, outcome, shared, later, against);
            }
        }
    }

    private boolean mayShare(IdentifierSemantics.Semantics s, IndexEntry a, IndexEntry b) {
        if (s.sharedBy().contains(IdentifierSemantics.SharedBy.BODIES) && Objects.equals(root(a), root(b))) {
            return true;
        }
        if (s.sharedBy().contains(IdentifierSemantics.SharedBy.SAME_ORGANIZATION)) {
            String oa = target(a, ORGANIZATION);
            String ob = target(b, ORGANIZATION);
            return oa == null || ob == null || oa.equals(ob);
        }
        return false;
    }

    /** The organisation at the top of an organisation's {@code parent} chain (itself when it has no parent). */
    private String root(IndexEntry e) {
        IndexEntry current = e;
        Set<String> seen = new HashSet<>();
        for (int depth = 0; depth < MAX_DEPTH && seen.add(current.id()); depth++) {
            String parent = target(current, PARENT);
            IndexEntry next = parent == null ? null : index.get(parent);
            if (next == null || next.family() != EntityFamily.ORGANIZATIONS) {
                return current.id();
            }
            current = next;
        }
        return current.id();
    }

    private static String target(IndexEntry e, String role) {
        for (Reference r : e.references()) {
            if (r.role().equals(role)) {
                return r.target();
            }
        }
        return null;
    }

    private void report(IdentifierSemantics.Semantics s, IdentifierSemantics.Outcome outcome, Identifier id,
            IndexEntry holder, IndexEntry other) {
        String organization = target(holder, ORGANIZATION);
        String otherOrganization = target(other, ORGANIZATION);
        Map<String, String> params = Map.of(
                "scheme", schemeLabel(id.scheme(), false),
                "schemeFr", schemeLabel(id.scheme(), true),
                "value", id.value(),
                "other", index.label(other.id()),
                "organization", organization == null ? "—" : index.label(organization),
                "otherOrganization", otherOrganization == null ? "—" : index.label(otherOrganization));
        out.accept(at.apply(holder).finding(outcome.rule, Map.of("why", s.whyEn(), "whyFr", s.whyFr()), params,
                "/identifiers/" + holder.identifiers().indexOf(id) + "/value"));
    }

    /** The scheme as a message names it: «le numéro SIRET», «SIRET number», from the codelist's labels. */
    private static String schemeLabel(IdentifierScheme scheme, boolean french) {
        Optional<CodelistEntry> e = SCHEMES.entry(scheme.code());
        String label = e.map(french ? CodelistEntry::labelFr : CodelistEntry::labelEn).filter(l -> !l.isBlank())
                .orElse(scheme.code());
        return french ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }

    private static final org.maillage.core.codelist.Codelist SCHEMES = Codelists.bundled().get("identifier-scheme");
}
