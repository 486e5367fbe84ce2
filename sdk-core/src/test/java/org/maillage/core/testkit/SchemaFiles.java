package org.maillage.core.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The normative schemas and codelists of the source tree ({@code schemas/json}, {@code schemas/codelists}),
 * loaded for tests: by {@code $id}, with {@code $ref} resolution and a small CSV reader.
 */
public final class SchemaFiles {

    /** The base of every schema {@code $id}. */
    public static final String BASE = "https://schemas.maillage.org/1.0/";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Path root;
    private final Map<String, JsonNode> byId = new LinkedHashMap<>();
    private final Map<String, String> fileById = new LinkedHashMap<>();

    private SchemaFiles(Path root) {
        this.root = root;
        try (Stream<Path> files = Files.list(root.resolve("json"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList()) {
                JsonNode node = MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8));
                String id = node.path("$id").asString();
                byId.put(id, node);
                fileById.put(id, f.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schemas of the source tree: {@code ../schemas} from the module directory, where Surefire runs.
     *
     * @return the loaded schemas
     */
    public static SchemaFiles load() {
        Path p = Path.of("..", "schemas").toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("json"))) {
            p = Path.of("schemas").toAbsolutePath();
        }
        return new SchemaFiles(p);
    }

    /** @return the schemas directory root ({@code schemas/}) */
    public Path root() {
        return root;
    }

    /** @return every schema document by {@code $id} */
    public Map<String, JsonNode> byId() {
        return byId;
    }

    /** @param id a schema {@code $id} @return its file name */
    public String fileName(String id) {
        return fileById.get(id);
    }

    /** @param name a file name without {@code .schema.json} @return the schema */
    public JsonNode schema(String name) {
        JsonNode n = byId.get(BASE + name + ".schema.json");
        if (n == null) {
            throw new IllegalArgumentException("no schema " + name);
        }
        return n;
    }

    /** @return the common definitions */
    public JsonNode common() {
        return schema("common");
    }

    /**
     * Resolves a {@code $ref} found in a document.
     *
     * @param ref the reference
     * @param document the {@code $id} of the document it was found in
     * @return the {@code $id} of the target document and the target node, or null when it does not resolve
     */
    public Resolved resolve(String ref, String document) {
        int hash = ref.indexOf('#');
        String doc = hash == 0 ? document : hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        JsonNode d = byId.get(doc);
        if (d == null) {
            return null;
        }
        JsonNode target = pointer.isEmpty() ? d : d.at(pointer);
        return target.isMissingNode() ? null : new Resolved(doc, target);
    }

    /**
     * A resolved reference.
     *
     * @param document the {@code $id} of the document holding the node
     * @param node the node
     */
    public record Resolved(String document, JsonNode node) {}

    /**
     * Reads a codelist CSV: header then rows, RFC 4180 quoting.
     *
     * @param name the codelist name
     * @return the rows, header first, or null when there is no such file
     */
    public List<List<String>> codelist(String name) {
        Path f = root.resolve("codelists").resolve(name + ".csv");
        if (!Files.exists(f)) {
            return null;
        }
        try {
            return parseCsv(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the names of every codelist CSV (not {@code index.csv}, which lists them) */
    public List<String> codelistNames() {
        try (Stream<Path> files = Files.list(root.resolve("codelists"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv") && !n.equals("index.csv"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index of the codelists ({@code codelists/index.csv}): name, kind, version, source, verification.
     *
     * @return the rows, header first
     */
    public List<List<String>> codelistIndex() {
        try {
            return parseCsv(Files.readString(root.resolve("codelists").resolve("index.csv"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses CSV as RFC 4180 writes it (quotes, doubled quotes, CRLF or LF): the codelists and the flat FINESS extract.
     *
     * @param text the whole file
     * @return the rows, header first
     */
    public static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
