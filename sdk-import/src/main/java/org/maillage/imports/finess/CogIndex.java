package org.maillage.imports.finess;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.maillage.core.InvalidDataException;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.SourcePosition;
import org.maillage.json.internal.DatasetHandler;
import org.maillage.json.internal.EntityNode;
import org.maillage.json.internal.ReadProblem;
import org.maillage.json.internal.StreamingReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * The communes of a COG dataset (as {@code maillage import cog} writes it), indexed by INSEE code,
 * read as a stream: only codes, ids and parent links are kept, so the national COG fits in a few
 * megabytes. {@link #copy} streams the file again to hand over the territories a dataset needs.
 */
final class CogIndex {

    /** Kinds a FINESS commune code may name, in the order they are preferred. */
    private static final List<TerritoryKind> COMMUNE_KINDS = List.of(TerritoryKind.COMMUNE,
            TerritoryKind.ARRONDISSEMENT_MUNICIPAL, TerritoryKind.COMMUNE_DELEGUEE, TerritoryKind.COMMUNE_ASSOCIEE);

    /**
     * Saint-Barthélemy and Saint-Martin became overseas collectivities on 15 July 2007 and took the
     * INSEE codes 97701 and 97801; FINESS still files their establishments under Guadeloupe (9A)
     * with their former codes 97123 and 97127.
     */
    static final Map<String, String> FORMER_CODES = Map.of("97123", "97701", "97127", "97801");

    private final Path file;
    private final DatasetHeader header;
    private final Map<String, String> byCode;
    private final Map<String, String> successors;
    private final Map<String, List<String>> parents;

    private CogIndex(Path file, DatasetHeader header, Map<String, String> byCode, Map<String, String> successors,
            Map<String, List<String>> parents) {
        this.file = file;
        this.header = header;
        this.byCode = byCode;
        this.successors = successors;
        this.parents = parents;
    }

    /**
     * Reads the index of a COG dataset.
     *
     * @param file a Maillage dataset holding territories (JSON or NDJSON)
     * @return the index
     * @throws InvalidDataException when the file is not a readable dataset
     */
    static CogIndex read(Path file) {
        StreamingReader reader = StreamingReader.standard();
        Map<String, String[]> best = new HashMap<>();
        Map<String, String> successors = new HashMap<>();
        Map<String, List<String>> parents = new HashMap<>();
        ObjectNode[] envelope = new ObjectNode[1];
        reader.scan(file, new DatasetHandler() {
            @Override
            public void entity(EntityNode node) {
                if (node.family() != EntityFamily.TERRITORIES) {
                    return;
                }
                Territory t = (Territory) reader.bind(node);
                List<String> links = new java.util.ArrayList<>();
                t.parents().stream().map(TerritoryLink::territory).forEach(links::add);
                for (List<Lineage> lineage : List.of(t.replaces(), t.replacedBy())) {
                    lineage.stream().map(Lineage::territory).filter(java.util.Objects::nonNull).forEach(links::add);
                }
                parents.put(t.id(), List.copyOf(links));
                int rank = COMMUNE_KINDS.indexOf(t.kind());
                if (rank >= 0 && t.validTo() == null) {
                    String[] seen = best.get(t.code());
                    if (seen == null || Integer.parseInt(seen[1]) > rank) {
                        best.put(t.code(), new String[] {t.id(), Integer.toString(rank)});
                    }
                    if (t.kind() == TerritoryKind.COMMUNE) {
                        for (Lineage l : t.replaces()) {
                            successors.putIfAbsent(l.code(), t.id());
                        }
                    }
                }
            }

            @Override
            public void problem(ReadProblem problem) {
                throw new InvalidDataException(problem.message(), problem.pointer(), problem.position().line(),
                        problem.position().column(), null);
            }

            @Override
            public void envelope(ObjectNode node, SourcePosition start) {
                envelope[0] = node;
            }
        });
        Map<String, String> byCode = new HashMap<>();
        best.forEach((code, v) -> byCode.put(code, v[0]));
        return new CogIndex(file, reader.bindHeader(envelope[0]), byCode, successors, parents);
    }

    /** @return the envelope of the COG dataset */
    DatasetHeader header() {
        return header;
    }

    /** How a FINESS commune code was found in the COG. */
    enum Match {
        /** The code is a current commune (or arrondissement, commune déléguée or associée). */
        EXACT,
        /** Saint-Barthélemy or Saint-Martin, under their codes of before 2007. */
        FORMER_OVERSEAS_CODE,
        /** A commune that has merged into another: its successor. */
        SUCCESSOR
    }

    /**
     * The territory of an INSEE code.
     *
     * @param code the code
     * @return the id and how it was found, or null when the COG has no such code
     */
    Map.Entry<String, Match> find(String code) {
        String id = byCode.get(code);
        if (id != null) {
            return Map.entry(id, Match.EXACT);
        }
        String current = FORMER_CODES.get(code);
        if (current != null && byCode.containsKey(current)) {
            return Map.entry(byCode.get(current), Match.FORMER_OVERSEAS_CODE);
        }
        id = successors.get(code);
        if (id != null) {
            return Map.entry(id, Match.SUCCESSOR);
        }
        return null;
    }

    /**
     * The territories to ship with facilities that refer to some of them: those, their parents up
     * to the région and the territories their lineage names, so that every reference resolves
     * inside the dataset.
     *
     * @param ids the ids referred to
     * @return the closure, in no particular order
     */
    Set<String> closure(Set<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (out.add(id)) {
                todo.addAll(parents.getOrDefault(id, List.of()));
            }
        }
        out.retainAll(parents.keySet());
        return out;
    }

    /**
     * Streams the COG dataset again and hands over the territories whose id is in a set, in file order.
     *
     * @param ids the ids to keep
     * @param sink receives the territories
     */
    void copy(Set<String> ids, Consumer<Territory> sink) {
        StreamingReader reader = StreamingReader.standard();
        reader.scan(file, new DatasetHandler() {
            @Override
            public void entity(EntityNode node) {
                if (node.family() == EntityFamily.TERRITORIES && ids.contains(node.id())) {
                    sink.accept((Territory) reader.bind(node));
                }
            }
        });
    }
}
