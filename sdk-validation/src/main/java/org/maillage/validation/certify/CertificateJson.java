package org.maillage.validation.certify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.maillage.json.MaillageJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link Certificate}: writing (members sorted, two-space indentation, UTF-8,
 * final newline), reading (strict: unknown or missing members and duplicate names are refused,
 * with their JSON Pointer), and the canonical bytes that the signature covers.
 */
final class CertificateJson {
    private CertificateJson() {}

    /** The name of the member that holds the signature, left out of the signed bytes. */
    public static final String SIGNATURE = "signature";

    private static final JsonNodeFactory NF = JsonNodeFactory.instance;

    /**
     * The certificate as written to a file.
     *
     * @param certificate the certificate
     * @return its JSON bytes, UTF-8
     */
    public static byte[] write(Certificate certificate) {
        return CanonicalJson.pretty(toTree(certificate));
    }

    /**
     * The bytes the signature of a certificate covers: the canonical form of the certificate
     * without its {@code signature} member.
     *
     * @param certificate the certificate
     * @return the canonical bytes
     */
    public static byte[] signedBytes(Certificate certificate) {
        return signedBytes(toTree(certificate));
    }

    /**
     * The bytes the signature covers, from a certificate's JSON tree as read.
     *
     * @param tree the certificate as a JSON object
     * @return the canonical bytes of the object without its {@code signature} member
     * @throws IllegalArgumentException when the tree holds a value without canonical form
     */
    static byte[] signedBytes(JsonNode tree) {
        ObjectNode copy = ((ObjectNode) tree).deepCopy();
        copy.remove(SIGNATURE);
        return CanonicalJson.canonical(copy);
    }

    /**
     * Parses JSON bytes as a tree, refusing duplicate member names.
     *
     * @param json the bytes
     * @return the tree
     * @throws InvalidCertificateException when the bytes are not a JSON object
     */
    static JsonNode parse(byte[] json) {
        JsonNode tree;
        try {
            tree = MaillageJson.mapper().readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new InvalidCertificateException("not readable as JSON: " + e.getOriginalMessage(), "",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidCertificateException("a certificate is a JSON object", "", 1, 1, null);
        }
        return tree;
    }

    /**
     * Reads a certificate.
     *
     * @param json the JSON bytes
     * @return the certificate
     * @throws InvalidCertificateException when it is not JSON or not a certificate
     */
    public static Certificate read(byte[] json) {
        return fromTree(parse(json));
    }

    static ObjectNode toTree(Certificate c) {
        ObjectNode o = NF.objectNode();
        o.put("format", c.format());
        ArrayNode files = o.putArray("files");
        c.files().forEach(f -> files.addObject().put("name", f.name()).put("sha256", f.sha256()).put("size", f.size()));
        o.put("schemaVersion", c.schemaVersion());
        o.put("ruleCatalogueVersion", c.ruleCatalogueVersion());
        if (c.profile() != null) {
            o.putObject("profile").put("name", c.profile().name()).put("version", c.profile().version());
        }
        o.put("levelRequested", c.levelRequested());
        o.put("levelReached", c.levelReached());
        ArrayNode blocking = o.putArray("blocking");
        c.blocking().forEach(b -> blocking.addObject().put("ruleId", b.ruleId()).put("level", b.level()).put("findings", b.findings()));
        ArrayNode rules = o.putArray("rules");
        c.rules().forEach(r -> rules.addObject().put("ruleId", r.ruleId()).put("layer", r.layer())
                .put("severity", r.severity()).put("priority", r.priority()).put("findings", r.findings())
                .put("waived", r.waived()).put("messageEn", r.messageEn()).put("messageFr", r.messageFr()));
        Summary s = c.summary();
        o.putObject("summary").put("errors", s.errors()).put("warnings", s.warnings()).put("infos", s.infos()).put("waived", s.waived());
        ArrayNode waivers = o.putArray("waivers");
        c.waivers().forEach(w -> waivers.addObject().put("ruleId", w.ruleId()).put("scope", w.scope())
                .put("justification", w.justification()).put("expires", w.expires().toString())
                .put("findingsWaived", w.findingsWaived()));
        o.putObject("tool").put("name", c.tool().name()).put("version", c.tool().version());
        o.put("issued", c.issued().toString());
        if (c.signature() != null) {
            Seal seal = c.signature();
            o.putObject(SIGNATURE).put("algorithm", seal.algorithm()).put("publicKey", seal.publicKey())
                    .put("publicKeyFingerprint", seal.publicKeyFingerprint()).put("value", seal.value());
        }
        return o;
    }

    static Certificate fromTree(JsonNode root) {
        Obj o = new Obj(root, "");
        o.only("format", "files", "schemaVersion", "ruleCatalogueVersion", "profile", "levelRequested", "levelReached",
                "blocking", "rules", "summary", "waivers", "tool", "issued", SIGNATURE);
        String format = o.string("format");
        if (!Certificate.FORMAT.equals(format)) {
            throw new InvalidCertificateException("unknown certificate format '" + format + "': this tool reads format "
                    + Certificate.FORMAT, "/format", 0, 0, null);
        }
        List<CertifiedFile> files = o.list("files", f -> {
            f.only("name", "sha256", "size");
            return f.make(() -> new CertifiedFile(f.string("name"), f.string("sha256"), f.integer("size")));
        });
        Certificate.Profile profile = o.optional("profile", p -> {
            p.only("name", "version");
            return p.make(() -> new Certificate.Profile(p.string("name"), p.string("version")));
        });
        List<BlockingRule> blocking = o.list("blocking", b -> {
            b.only("ruleId", "level", "findings");
            return b.make(() -> new BlockingRule(b.string("ruleId"), (int) b.integer("level"), b.integer("findings")));
        });
        List<RuleCount> rules = o.list("rules", r -> {
            r.only("ruleId", "layer", "severity", "priority", "findings", "waived", "messageEn", "messageFr");
            return r.make(() -> new RuleCount(r.string("ruleId"), r.string("layer"), r.string("severity"),
                    r.string("priority"), r.integer("findings"), r.integer("waived"), r.string("messageEn"),
                    r.string("messageFr")));
        });
        Obj s = o.object("summary");
        s.only("errors", "warnings", "infos", "waived");
        Summary summary = s.make(() -> new Summary(s.integer("errors"), s.integer("warnings"), s.integer("infos"), s.integer("waived")));
        List<WaiverEntry> waivers = o.list("waivers", w -> {
            w.only("ruleId", "scope", "justification", "expires", "findingsWaived");
            return w.make(() -> new WaiverEntry(w.string("ruleId"), w.string("scope"), w.string("justification"),
                    w.date("expires"), w.integer("findingsWaived")));
        });
        Obj t = o.object("tool");
        t.only("name", "version");
        Certificate.Tool tool = t.make(() -> new Certificate.Tool(t.string("name"), t.string("version")));
        Seal seal = o.optional(SIGNATURE, g -> {
            g.only("algorithm", "publicKey", "publicKeyFingerprint", "value");
            return g.make(() -> new Seal(g.string("algorithm"), g.string("publicKey"), g.string("publicKeyFingerprint"),
                    g.string("value")));
        });
        return o.make(() -> new Certificate(format, files, o.string("schemaVersion"), o.string("ruleCatalogueVersion"),
                profile, (int) o.integer("levelRequested"), (int) o.integer("levelReached"), blocking, rules, summary,
                waivers, tool, o.instant("issued"), seal));
    }

    /** A JSON object being read, with its pointer for messages. */
    private static final class Obj {
        private final JsonNode node;
        private final String pointer;

        Obj(JsonNode node, String pointer) {
            if (node == null || !node.isObject()) {
                throw bad(pointer, "must be an object");
            }
            this.node = node;
            this.pointer = pointer;
        }

        void only(String... names) {
            Set<String> allowed = new HashSet<>(List.of(names));
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!allowed.contains(e.getKey())) {
                    throw bad(pointer + "/" + e.getKey(), "is not a member of a certificate");
                }
            }
        }

        JsonNode get(String name) {
            JsonNode v = node.get(name);
            if (v == null) {
                throw bad(pointer + "/" + name, "is missing");
            }
            return v;
        }

        String string(String name) {
            JsonNode v = get(name);
            if (!v.isString()) {
                throw bad(pointer + "/" + name, "must be a string");
            }
            return v.stringValue();
        }

        long integer(String name) {
            JsonNode v = get(name);
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw bad(pointer + "/" + name, "must be an integer");
            }
            return v.longValue();
        }

        LocalDate date(String name) {
            try {
                return LocalDate.parse(string(name));
            } catch (DateTimeParseException e) {
                throw bad(pointer + "/" + name, "must be a date (YYYY-MM-DD)");
            }
        }

        Instant instant(String name) {
            try {
                return Instant.parse(string(name));
            } catch (DateTimeParseException e) {
                throw bad(pointer + "/" + name, "must be an instant (YYYY-MM-DDThh:mm:ssZ)");
            }
        }

        Obj object(String name) {
            return new Obj(get(name), pointer + "/" + name);
        }

        <T> T optional(String name, Function<Obj, T> read) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : read.apply(new Obj(v, pointer + "/" + name));
        }

        <T> List<T> list(String name, Function<Obj, T> read) {
            JsonNode v = get(name);
            if (!v.isArray()) {
                throw bad(pointer + "/" + name, "must be an array");
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                out.add(read.apply(new Obj(v.get(i), pointer + "/" + name + "/" + i)));
            }
            return out;
        }

        <T> T make(java.util.function.Supplier<T> maker) {
            try {
                return maker.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw bad(pointer, e.getMessage());
            }
        }

        private static InvalidCertificateException bad(String pointer, String what) {
            return new InvalidCertificateException((pointer.isEmpty() ? "the certificate" : pointer) + ": " + what,
                    pointer, 0, 0, null);
        }
    }
}
