package org.maillage.validation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.maillage.json.MaillageJson;
import org.maillage.validation.Finding;
import org.maillage.validation.Language;
import org.maillage.validation.Report;
import org.maillage.validation.RuleDefinition;
import org.maillage.validation.Severity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;

/**
 * SARIF 2.1.0 (OASIS): one run whose driver lists every rule of the catalogue, one result per
 * finding. SARIF has one text per message: the chosen language goes there, the other language in
 * {@code properties}. Waived findings carry an accepted external suppression with the waiver's
 * justification. Nothing depends on the clock: no invocation times are written.
 */
final class SarifWriter {
    /** The {@code $schema} written, and the {@code id} of the OASIS schema the tests check against. */
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Where the tool is described. */
    static final String INFORMATION_URI = "https://maillage.org";
    /** The page that documents every rule, one anchor per rule id. */
    static final String RULES_PAGE = INFORMATION_URI + "/docs/rules.md#";
    /** The name of the fingerprint: bump the version if its input ever changes. */
    static final String FINGERPRINT = "maillageFinding/v1";

    private static final Pattern ENTITY_PREFIX = Pattern.compile("^(/[a-z]+)?/[0-9]+");

    private SarifWriter() {}

    static void write(Report report, ReportSettings settings, Writer w) {
        Language lang = settings.language();
        Language other = lang == Language.FR ? Language.EN : Language.FR;
        List<RuleDefinition> rules = settings.catalogue().rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        Map<String, Integer> artifactIndex = new HashMap<>();
        for (String s : report.sources()) {
            artifactIndex.putIfAbsent(s, artifactIndex.size());
        }
        try (JsonGenerator g = MaillageJson.mapper().writer().with(MaillageJson.canonicalPrettyPrinter())
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(w)) {
            g.writeStartObject();
            g.writeStringProperty("$schema", SCHEMA);
            g.writeStringProperty("version", "2.1.0");
            g.writeArrayPropertyStart("runs");
            g.writeStartObject();
            g.writeObjectPropertyStart("tool");
            g.writeObjectPropertyStart("driver");
            g.writeStringProperty("name", "maillage");
            g.writeStringProperty("version", settings.toolVersion());
            g.writeStringProperty("informationUri", INFORMATION_URI);
            g.writeArrayPropertyStart("rules");
            for (RuleDefinition r : rules) {
                rule(g, r, lang, other);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringProperty("language", lang.code());
            g.writeArrayPropertyStart("artifacts");
            for (String s : report.sources().stream().distinct().toList()) {
                g.writeStartObject();
                g.writeObjectPropertyStart("location");
                g.writeStringProperty("uri", uri(s, settings.baseDirectory()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("results");
            for (Finding f : report.findings()) {
                result(g, f, lang, other, ruleIndex.get(f.ruleId()),
                        artifactIndex.getOrDefault(f.file(), -1), settings.baseDirectory());
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("properties");
            g.writeBooleanProperty("valid", report.valid());
            g.writeStringProperty("catalogueVersion", report.catalogueVersion());
            g.writeStringProperty("schemaVersion", report.schemaVersion());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        newline(w);
    }

    private static void rule(JsonGenerator g, RuleDefinition r, Language lang, Language other) {
        g.writeStartObject();
        g.writeStringProperty("id", r.id());
        g.writeObjectPropertyStart("shortDescription");
        g.writeStringProperty("text", template(r, lang));
        g.writeEndObject();
        g.writeObjectPropertyStart("help");
        g.writeStringProperty("text", hint(r, lang));
        g.writeEndObject();
        g.writeStringProperty("helpUri", RULES_PAGE + r.id());
        g.writeObjectPropertyStart("defaultConfiguration");
        g.writeStringProperty("level", level(r.severity()));
        g.writeEndObject();
        g.writeObjectPropertyStart("properties");
        g.writeStringProperty("shortDescription" + suffix(other), template(r, other));
        g.writeStringProperty("help" + suffix(other), hint(r, other));
        g.writeStringProperty("layer", lower(r.layer()));
        g.writeStringProperty("priority", lower(r.priority()));
        g.writeStringProperty("source", r.source());
        g.writeArrayPropertyStart("tags");
        g.writeString(lower(r.layer()));
        g.writeString(lower(r.priority()));
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f, Language lang, Language other, Integer ruleIndex,
            int artifactIndex, Path base) {
        g.writeStartObject();
        g.writeStringProperty("ruleId", f.ruleId());
        if (ruleIndex != null) {
            g.writeNumberProperty("ruleIndex", ruleIndex);
        }
        g.writeStringProperty("level", level(f.severity()));
        g.writeObjectPropertyStart("message");
        g.writeStringProperty("text", f.message(lang));
        g.writeEndObject();
        g.writeArrayPropertyStart("locations");
        g.writeStartObject();
        g.writeObjectPropertyStart("physicalLocation");
        g.writeObjectPropertyStart("artifactLocation");
        g.writeStringProperty("uri", uri(f.file(), base));
        if (artifactIndex >= 0) {
            g.writeNumberProperty("index", artifactIndex);
        }
        g.writeEndObject();
        if (f.line() > 0) {
            g.writeObjectPropertyStart("region");
            g.writeNumberProperty("startLine", f.line());
            if (f.column() > 0) {
                g.writeNumberProperty("startColumn", f.column());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        if (f.entityId() != null) {
            g.writeArrayPropertyStart("logicalLocations");
            g.writeStartObject();
            g.writeStringProperty("name", f.entityId());
            g.writeStringProperty("kind", "object");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectPropertyStart("partialFingerprints");
        g.writeStringProperty(FINGERPRINT, fingerprint(f));
        g.writeEndObject();
        if (f.waived()) {
            g.writeArrayPropertyStart("suppressions");
            g.writeStartObject();
            g.writeStringProperty("kind", "external");
            g.writeStringProperty("status", "accepted");
            if (f.waiverJustification() != null) {
                g.writeStringProperty("justification", f.waiverJustification());
            }
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectPropertyStart("properties");
        g.writeStringProperty("pointer", f.pointer());
        g.writeStringProperty("priority", lower(f.priority()));
        g.writeStringProperty("layer", lower(f.layer()));
        g.writeStringProperty("message" + suffix(other), f.message(other));
        g.writeStringProperty("hint", f.hint(lang));
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A fingerprint that survives edits elsewhere in the file: the rule, the entity id and the
     * pointer inside the entity (not the entity's position, nor the line, nor the message).
     * Findings without an entity use the whole pointer.
     */
    static String fingerprint(Finding f) {
        String where = f.entityId() == null ? "\u0000" + f.pointer()
                : f.entityId() + "\u0000" + ENTITY_PREFIX.matcher(f.pointer()).replaceFirst("");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((f.ruleId() + "\u0000" + where).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * A source name as a URI reference relative to the base directory: '/' separators, each
     * segment percent-encoded, {@code ./} in front when the first segment holds a colon (so that it
     * does not read as a scheme).
     */
    static String uri(String source, Path base) {
        String rel;
        try {
            Path p = base.resolve(Path.of(source)).normalize();
            rel = base.relativize(p).toString().replace(java.io.File.separatorChar, '/');
        } catch (IllegalArgumentException e) { // InvalidPathException, or a path on another root
            rel = source;
        }
        StringBuilder sb = new StringBuilder();
        String[] segments = rel.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(encode(segments[i]));
        }
        String out = sb.toString();
        int slash = out.indexOf('/');
        String first = slash < 0 ? out : out.substring(0, slash);
        return first.contains(":") ? "./" + out : out;
    }

    private static String encode(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String template(RuleDefinition r, Language lang) {
        return lang == Language.FR ? r.messageFr() : r.messageEn();
    }

    private static String hint(RuleDefinition r, Language lang) {
        return lang == Language.FR ? r.hintFr() : r.hintEn();
    }

    private static String suffix(Language lang) {
        return lang == Language.FR ? "Fr" : "En";
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static void newline(Writer w) {
        try {
            w.write('\n');
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
