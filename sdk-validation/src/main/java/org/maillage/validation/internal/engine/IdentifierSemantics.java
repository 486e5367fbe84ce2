package org.maillage.validation.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;

/**
 * What an official identifier designates in its register, per scheme and family, read from
 * {@code identifier-semantics.json}: which holders of the same value may coexist, and the severity
 * of any other sharing. Entities are compared only when their periods overlap, and territories only
 * with territories of the same kind (a commune and its commune déléguée share their INSEE code).
 * Immutable and thread-safe.
 */
final class IdentifierSemantics {

    /** Holders that may share a value without a finding. */
    enum SharedBy {
        /** An organisation and the bodies under it (its {@code parent} member, followed up). */
        BODIES,
        /** Entities naming the same organisation in their {@code organization} member, or of which one names none. */
        SAME_ORGANIZATION
    }

    /** What is said of a sharing the register does not allow. */
    enum Outcome {
        /** {@code ref.duplicate-identifier}: the register gives the value to one entity only. */
        ERROR("ref.duplicate-identifier"),
        /** {@code ref.shared-identifier}: legal in the register, but suspicious. */
        WARNING("ref.shared-identifier");

        final String rule;

        Outcome(String rule) {
            this.rule = rule;
        }
    }

    /**
     * One row of the table.
     *
     * @param scheme the identifier scheme
     * @param family the family of the holders
     * @param sharedBy who may share a value
     * @param otherwise the outcome of any other sharing
     * @param whyFr the end of the French message
     * @param whyEn the end of the English message
     */
    record Semantics(IdentifierScheme scheme, EntityFamily family, Set<SharedBy> sharedBy,
            Outcome otherwise, String whyFr, String whyEn) {
        Semantics {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(family, "family");
            sharedBy = sharedBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sharedBy));
            Objects.requireNonNull(otherwise, "otherwise");
            Objects.requireNonNull(whyFr, "whyFr");
            Objects.requireNonNull(whyEn, "whyEn");
        }
    }

    /** The table shipped with the SDK. */
    static final IdentifierSemantics STANDARD = load();

    private final Map<String, Semantics> rows;

    private IdentifierSemantics(Map<String, Semantics> rows) {
        this.rows = Map.copyOf(rows);
    }

    /**
     * The row of a scheme and family.
     *
     * @param scheme the scheme
     * @param family the family of the holder
     * @return the row; empty when the register says nothing of that pair (never reported)
     */
    Optional<Semantics> of(IdentifierScheme scheme, EntityFamily family) {
        return Optional.ofNullable(rows.get(key(scheme, family)));
    }

    /** @return every row */
    List<Semantics> rows() {
        return List.copyOf(rows.values());
    }

    private static String key(IdentifierScheme scheme, EntityFamily family) {
        return scheme.code() + ' ' + family.member();
    }

    private static IdentifierSemantics load() {
        try (InputStream in = IdentifierSemantics.class.getResourceAsStream("identifier-semantics.json")) {
            if (in == null) {
                throw new IllegalStateException("identifier-semantics.json is missing from the maillage-validation jar");
            }
            Map<String, Semantics> rows = new LinkedHashMap<>();
            for (JsonNode n : MaillageJson.mapper().readTree(in).get("semantics")) {
                Set<SharedBy> sharedBy = EnumSet.noneOf(SharedBy.class);
                for (JsonNode s : n.get("sharedBy")) {
                    sharedBy.add(SharedBy.valueOf(s.stringValue().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
                }
                Semantics row = new Semantics(scheme(n.get("scheme").stringValue()), family(n.get("family").stringValue()),
                        sharedBy,
                        Outcome.valueOf(n.get("otherwise").stringValue().toUpperCase(java.util.Locale.ROOT)),
                        n.get("whyFr").stringValue(), n.get("whyEn").stringValue());
                if (rows.put(key(row.scheme(), row.family()), row) != null) {
                    throw new IllegalStateException("identifier-semantics.json: " + key(row.scheme(), row.family()) + " twice");
                }
            }
            return new IdentifierSemantics(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IdentifierScheme scheme(String code) {
        for (IdentifierScheme s : IdentifierScheme.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalStateException("identifier-semantics.json: unknown scheme " + code);
    }

    private static EntityFamily family(String member) {
        for (EntityFamily f : EntityFamily.values()) {
            if (f.member().equals(member)) {
                return f;
            }
        }
        throw new IllegalStateException("identifier-semantics.json: unknown family " + member);
    }
}
