package org.maillage.validation.differential;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.MaillageJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts faults into a valid dataset file, streaming, so that the engines compared by the
 * differential harness meet every layer's findings on files of any size: one entity in
 * {@code every} is changed, chosen and changed by a hash of the seed and its rank (the same bytes
 * for the same input, seed and rate). Faults: a member replaced, removed or added anywhere in the
 * entity with a value from a pool of awkward values (the schema layer's differential test uses the
 * same pool); an id taken from an earlier entity; a reference to nothing; an identifier with a bad
 * key; a period ending before it starts; an impossible date; a null list item.
 */
public final class Faults {
    private Faults() {}

    private static final JsonMapper MAPPER = MaillageJson.mapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Identifier schemes with a check key, preferred by the "bad key" fault. */
    private static final java.util.Set<String> CHECKED = java.util.Set.of("siren", "siret", "finess-ej", "finess-et", "rpps");

    /**
     * For {@code scripts/differential-large.sh}: {@code Faults IN OUT SEED EVERY}.
     *
     * @param args the input, the output, the seed and the rate
     */
    public static void main(String[] args) {
        long n = inject(Path.of(args[0]), Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]));
        System.out.println(n + " entities changed");
    }

    /**
     * Copies a dataset with faults, in the format of the input's name (JSON or NDJSON).
     *
     * @param in a dataset file
     * @param out where to write the faulty copy
     * @param seed chooses the entities and the faults
     * @param every one entity in this many is changed
     * @return the number of entities changed
     */
    public static long inject(Path in, Path out, long seed, int every) {
        try {
            return in.toString().endsWith(".ndjson") ? ndjson(in, out, seed, every) : json(in, out, seed, every);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long json(Path in, Path out, long seed, int every) throws IOException {
        State s = new State(seed, every);
        try (InputStream is = Files.newInputStream(in);
                OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                JsonParser p = MAPPER.createParser(is);
                JsonGenerator g = MAPPER.writer().with(MaillageJson.canonicalPrettyPrinter()).createGenerator(os)) {
            p.nextToken();
            g.writeStartObject();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                g.writeName(name);
                EntityFamily family = EntityFamily.ofMember(name);
                if (family == null || t != JsonToken.START_ARRAY) {
                    g.copyCurrentStructure(p);
                    continue;
                }
                g.writeStartArray();
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    ObjectNode entity = (ObjectNode) MAPPER.readTree(p);
                    g.writeTree(s.next(family, entity));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.flush();
            os.write('\n');
        }
        return s.changed;
    }

    private static long ndjson(Path in, Path out, long seed, int every) throws IOException {
        State s = new State(seed, every);
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                ObjectNode o = (ObjectNode) MAPPER.readTree(line);
                EntityFamily family = EntityFamily.ofType(o.path("type").asString(""));
                w.write(family == null ? line : MAPPER.writeValueAsString(s.next(family, o)));
                w.write('\n');
            }
        }
        return s.changed;
    }

    /** The running state: entity rank, earlier ids, count of changes. */
    private static final class State {
        private final long seed;
        private final int every;
        private long rank;
        private long changed;
        private final Map<EntityFamily, String> lastId = new HashMap<>();

        State(long seed, int every) {
            this.seed = seed;
            this.every = every;
        }

        JsonNode next(EntityFamily family, ObjectNode entity) {
            long h = mix(seed, rank++);
            String id = entity.path("id").asString(null);
            JsonNode result = entity;
            if (Long.remainderUnsigned(h, every) == 0) {
                changed++;
                result = mutate(family, entity.deepCopy(), mix(h, 7));
            }
            if (id != null) {
                lastId.put(family, id);
            }
            return result;
        }

        private JsonNode mutate(EntityFamily family, ObjectNode e, long h) {
            int kind = (int) Long.remainderUnsigned(h, 16);
            long r = mix(h, 11);
            switch (kind) {
                case 8 -> {
                    String earlier = lastId.get(family);
                    if (earlier != null) {
                        e.put("id", earlier);
                        return e;
                    }
                }
                case 9 -> {
                    if (referTo(e, "missing:" + Long.toHexString(r & 0xffff))) {
                        return e;
                    }
                }
                case 10 -> {
                    if (e.get("identifiers") instanceof ArrayNode ids && !ids.isEmpty()) {
                        ObjectNode id = null;
                        for (JsonNode i : ids) {
                            if (i instanceof ObjectNode o && (id == null || CHECKED.contains(o.path("scheme").asString("")))) {
                                id = o;
                            }
                        }
                        String v = id == null ? "" : id.path("value").asString("");
                        if (v.length() > 2) {
                            int at = 1 + (int) Long.remainderUnsigned(r, v.length() - 1);
                            char c = v.charAt(at);
                            char d = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1) % 10) : c;
                            id.put("value", v.substring(0, at) + d + v.substring(at + 1));
                            return e;
                        }
                    }
                }
                case 11 -> {
                    e.put("validFrom", "2030-01-01");
                    e.put("validTo", "2020-12-31");
                    return e;
                }
                case 12 -> {
                    e.put("validFrom", "2025-02-30");
                    return e;
                }
                case 14 -> {
                    if (e.has("name")) {
                        e.put("name", " ");
                        return e;
                    }
                }
                case 15 -> {
                    JsonNode code = e.get("code");
                    if (code != null && code.isString()) {
                        e.put("code", code.stringValue() + (r % 2 == 0 ? "0" : "A"));
                        return e;
                    }
                }
                case 13 -> {
                    for (var m : e.properties()) {
                        if (m.getValue() instanceof ArrayNode a) {
                            a.addNull();
                            return e;
                        }
                    }
                }
                default -> {
                    // below: a member replaced, removed or added somewhere
                }
            }
            int n = 1 + (int) Long.remainderUnsigned(mix(h, 13), 3);
            for (int i = 0; i < n; i++) {
                long m = mix(h, 17 + i);
                generic(e, (int) (m & 0x3ff), (int) ((m >>> 10) & 0x3ff), VALUES.get((int) Long.remainderUnsigned(m >>> 20,
                        VALUES.size())));
            }
            return e;
        }
    }

    /** Makes the first reference-like member (a string {@code family:code} that is not the entity's id) name another id. */
    private static boolean referTo(ObjectNode root, String target) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        for (JsonNode c : containers) {
            if (c instanceof ObjectNode o) {
                for (var m : o.properties()) {
                    if (o != root || !m.getKey().equals("id")) {
                        JsonNode v = m.getValue();
                        if (v.isString() && v.stringValue().matches("[a-z-]+:[^ ]+")) {
                            o.put(m.getKey(), target);
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Replaces, removes or adds a member somewhere in the entity (as the schema fast path's differential test does). */
    private static void generic(ObjectNode root, int where, int what, JsonNode value) {
        JsonNode v = value.deepCopy();
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(Math.floorMod(where, containers.size()));
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>(o.propertyNames());
            if (what % 4 == 3 || names.isEmpty()) {
                o.set("extra" + what, v);
            } else if (what % 4 == 2) {
                o.remove(names.get(Math.floorMod(what, names.size())));
            } else {
                o.set(names.get(Math.floorMod(what, names.size())), v);
            }
        } else if (target instanceof ArrayNode a) {
            if (a.isEmpty() || what % 3 == 2) {
                a.add(v);
            } else if (what % 3 == 1) {
                a.remove(Math.floorMod(what, a.size()));
            } else {
                a.set(Math.floorMod(what, a.size()), v);
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainer()) {
            out.add(n);
            for (JsonNode c : n) {
                collect(c, out);
            }
        }
    }

    /** Awkward values: near misses of every pattern, enum and format of the schemas, wrong types, extremes. */
    static final List<JsonNode> VALUES = values();

    private static List<JsonNode> values() {
        List<JsonNode> v = new ArrayList<>();
        for (String s : List.of("", " ", "x", "A", "commune:09001", "region:76", "epci:200066363", "indicator:apl-mg",
                "2025-01-01", "2025-02-29", "2024-02-29", "2025-1-01", "0000-01-01", "9999-12-31", "+12025-01-01",
                "2025-01-01\n", "abc\n", "commune", "medecin-generaliste", "final", "provisional", "ZIP", "ZAC", "zip",
                "CC", "CA", "municipale", "230007601", "230007602", "09", "2A", "-a", "a-", "a--b", "é", "\u0000",
                "x".repeat(129), "a:".repeat(70), "https://example.test/x", "signed", "in-force", "member", "2.5")) {
            v.add(F.stringNode(s));
        }
        for (long l : new long[] {-1L, 0L, 1L, 2L, 3L, 9L, 15L, 2023L, 2026L, 100_000L, Long.MAX_VALUE}) {
            v.add(F.numberNode(l));
        }
        for (String d : List.of("-0.5", "0.0", "1.0", "2.0", "2.5", "2.4999999", "6.43", "99.99", "100.0", "100.5", "1E+300",
                "2.50", "1E+2", "-0.0")) {
            v.add(F.numberNode(new BigDecimal(d)));
        }
        v.add(F.booleanNode(true));
        v.add(F.booleanNode(false));
        v.add(F.nullNode());
        v.add(F.objectNode());
        v.add(F.arrayNode());
        for (String k : List.of("list", "code", "territory", "start", "end")) {
            v.add(F.objectNode().put(k, "x"));
        }
        return List.copyOf(v);
    }

    /** SplitMix64 of two numbers. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
