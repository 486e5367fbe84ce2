package org.maillage.core.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.testkit.SchemaFiles;
import tools.jackson.databind.JsonNode;

/**
 * Generates the Markdown schema reference ({@code docs/reference/}) from the normative schemas and
 * codelists: one page per family, one for the common definitions, one for the codelists, and an
 * index. Run by {@code ReferenceDocsTest}; {@code main} writes the files.
 */
public final class ReferenceDocs {

    /** The command that regenerates the reference, printed when it is stale. */
    public static final String REGENERATE = "mvn -q -pl sdk-core -am test -Dtest=ReferenceDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dmaillage.regenerateDocs=true";

    private final SchemaFiles schemas;

    /** @param schemas the schemas to document */
    public ReferenceDocs(SchemaFiles schemas) {
        this.schemas = schemas;
    }

    /**
     * Writes the reference into {@code docs/reference} of the source tree.
     *
     * @param args unused
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        SchemaFiles s = SchemaFiles.load();
        new ReferenceDocs(s).write(directory(s));
    }

    /**
     * @param s the schemas
     * @return {@code docs/reference} beside {@code schemas/}
     */
    public static Path directory(SchemaFiles s) {
        return s.root().getParent().resolve("docs").resolve("reference");
    }

    /**
     * Writes every page, replacing what is there.
     *
     * @param dir the target directory
     * @throws IOException when a file cannot be written
     */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : pages().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** @return the pages by file name, in a stable order */
    public Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("README.md", index());
        for (EntityFamily f : EntityFamily.values()) {
            pages.put(f.type() + ".md", family(f));
        }
        pages.put("common.md", common());
        pages.put("codelists.md", codelists());
        return pages;
    }

    private String index() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Maillage schema reference (1.0)\n\n");
        sb.append("Generated from `schemas/json` and `schemas/codelists` by `ReferenceDocs` (sdk-core test sources); do not edit by hand.\n");
        sb.append("Regenerate with:\n\n```\n").append(REGENERATE).append("\n```\n\n");
        sb.append("A dataset is one JSON document (`dataset.schema.json`) with an envelope and one array per entity family; ")
                .append("large exports may be NDJSON with one entity per line and a `type` member. ")
                .append("Entities refer to each other by `id`; dates are ISO 8601; empty arrays and nulls are omitted.\n\n");
        sb.append("## Envelope\n\n");
        JsonNode ds = schemas.schema("dataset");
        table(sb, ds, SchemaFiles.BASE + "dataset.schema.json");
        sb.append("\n## Entity families\n\n| envelope member | NDJSON `type` | schema | entity |\n|---|---|---|---|\n");
        for (EntityFamily f : EntityFamily.values()) {
            JsonNode s = schemas.schema(f.type());
            sb.append("| `").append(f.member()).append("` | `").append(f.type()).append("` | `").append(f.type())
                    .append(".schema.json` | [").append(s.path("title").asString()).append("](").append(f.type()).append(".md) |\n");
        }
        sb.append("\nShared definitions: [common.md](common.md). Codelists with their French and English labels: [codelists.md](codelists.md).\n");
        if (ds.has("$defs")) {
            defs(sb, ds, SchemaFiles.BASE + "dataset.schema.json");
        }
        return sb.toString();
    }

    private String family(EntityFamily f) {
        String id = SchemaFiles.BASE + f.type() + ".schema.json";
        JsonNode s = schemas.schema(f.type());
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(s.path("title").asString()).append("\n\n");
        sb.append(s.path("description").asString()).append("\n\n");
        sb.append("Schema `").append(id).append("`; envelope member `").append(f.member()).append("`; NDJSON type `")
                .append(f.type()).append("`. [Index](README.md)\n\n");
        table(sb, s, id);
        defs(sb, s, id);
        return sb.toString();
    }

    private String common() {
        String id = SchemaFiles.BASE + "common.schema.json";
        JsonNode s = schemas.common();
        StringBuilder sb = new StringBuilder("# Common definitions\n\n").append(s.path("description").asString())
                .append(" [Index](README.md)\n");
        JsonNode defs = s.path("$defs");
        for (String name : names(defs)) {
            JsonNode d = defs.path(name);
            if (d.has("properties") && !d.path("properties").path("list").has("const")) {
                sb.append("\n## ").append(name).append("\n\n").append(d.path("description").asString()).append("\n\n");
                table(sb, d, id);
            } else if (!d.has("properties") && !d.has("enum")) {
                sb.append("\n## ").append(name).append("\n\n").append(d.path("description").asString())
                        .append(" Pattern: `").append(d.path("pattern").asString()).append("`.\n");
            }
        }
        return sb.toString();
    }

    private String codelists() {
        StringBuilder sb = new StringBuilder("# Codelists\n\n");
        sb.append("Closed codelists are schema `enum`s: a new code is a new schema version. Open codelists are objects ")
                .append("`{\"list\": …, \"code\": …, \"version\": …}`; a code missing from the shipped list is a warning. ")
                .append("Files: `schemas/codelists/<name>.csv` (`code,label_fr,label_en,description,deprecated`, optionally ")
                .append("`valid_from,valid_to`); `schemas/codelists/index.csv` gives each list's kind, version, source and ")
                .append("how it was checked against that source. [Index](README.md)\n");
        JsonNode defs = schemas.common().path("$defs");
        java.util.Map<String, List<String>> index = new java.util.HashMap<>();
        for (List<String> r : schemas.codelistIndex()) {
            index.put(r.get(0), r);
        }
        for (String name : schemas.codelistNames()) {
            JsonNode d = defs.path(name);
            boolean open = d.path("properties").path("list").has("const");
            List<String> meta = index.get(name);
            sb.append("\n## ").append(name).append("\n\n").append(open ? "Open" : "Closed").append(" codelist. ")
                    .append(d.path("description").asString()).append("\n\n");
            if (meta != null) {
                sb.append("Version ").append(meta.get(2)).append(". Source: ").append(meta.get(3)).append(". ")
                        .append(Character.toUpperCase(meta.get(4).charAt(0))).append(meta.get(4).substring(1)).append(".\n\n");
            }
            List<List<String>> rows = schemas.codelist(name);
            boolean dated = rows.get(0).size() > 5;
            sb.append(dated ? "| code | label (fr) | label (en) | description | valid |\n|---|---|---|---|---|\n"
                    : "| code | label (fr) | label (en) | description |\n|---|---|---|---|\n");
            for (List<String> r : rows.subList(1, rows.size())) {
                sb.append("| `").append(r.get(0)).append("` | ").append(cell(r.get(1))).append(" | ").append(cell(r.get(2)))
                        .append(" | ").append(cell(r.get(3))).append("true".equals(r.get(4)) ? " **Deprecated.**" : "");
                if (dated) {
                    sb.append(" | ").append(r.get(5).isEmpty() ? "" : "from " + r.get(5))
                            .append(r.get(6).isEmpty() ? "" : (r.get(5).isEmpty() ? "" : " ") + "to " + r.get(6));
                }
                sb.append(" |\n");
            }
        }
        return sb.toString();
    }

    private void defs(StringBuilder sb, JsonNode schema, String id) {
        JsonNode defs = schema.path("$defs");
        for (String name : names(defs)) {
            JsonNode d = defs.path(name);
            sb.append("\n## ").append(name).append("\n\n").append(d.path("description").asString()).append("\n\n");
            table(sb, d, id);
        }
    }

    private void table(StringBuilder sb, JsonNode object, String doc) {
        List<String> required = new ArrayList<>();
        object.path("required").forEach(r -> required.add(r.asString()));
        sb.append("| member | type | required | description |\n|---|---|---|---|\n");
        JsonNode props = object.path("properties");
        for (String name : names(props)) {
            JsonNode p = props.path(name);
            sb.append("| `").append(name).append("` | ").append(type(p, doc)).append(" | ")
                    .append(required.contains(name) ? "yes" : "").append(" | ").append(cell(p.path("description").asString()))
                    .append(constraints(p)).append(" |\n");
        }
    }

    private String type(JsonNode p, String doc) {
        String t = p.path("type").asString();
        if (t.equals("array")) {
            return "array of " + type(p.path("items"), doc);
        }
        if (p.has("$ref")) {
            String ref = p.path("$ref").asString();
            int hash = ref.indexOf('#');
            String file = hash == 0 ? doc : hash < 0 ? ref : ref.substring(0, hash);
            String name = hash < 0 ? "" : ref.substring(ref.lastIndexOf('/') + 1);
            String page = file.substring(SchemaFiles.BASE.length()).replace(".schema.json", ".md").replace("dataset.md", "README.md");
            if (name.equals("id") || name.equals("idRef")) {
                return name.equals("id") ? "id" : "id of another entity";
            }
            SchemaFiles.Resolved r = schemas.resolve(ref, doc);
            boolean codelist = r != null && (r.node().has("enum") || r.node().path("properties").path("list").has("const"));
            if (codelist) {
                return "[" + name + "](codelists.md#" + name + ")";
            }
            if (name.isEmpty()) {
                return "[" + schemas.byId().get(file).path("title").asString() + "](" + page + ")";
            }
            return "[" + name + "](" + page + "#" + name.toLowerCase(java.util.Locale.ROOT) + ")";
        }
        String format = p.path("format").asString();
        return format.isEmpty() ? t : t + " (" + format + ")";
    }

    private static String constraints(JsonNode p) {
        List<String> c = new ArrayList<>();
        if (p.has("pattern") && !p.has("$ref")) {
            c.add("pattern `" + p.path("pattern").asString() + "`");
        }
        if (p.has("minimum")) {
            c.add("minimum " + p.path("minimum").asString());
        }
        if (p.has("maximum")) {
            c.add("maximum " + p.path("maximum").asString());
        }
        if (p.has("minItems")) {
            c.add("at least " + p.path("minItems").asString() + " item");
        }
        return c.isEmpty() ? "" : " (" + String.join(", ", c) + ")";
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
