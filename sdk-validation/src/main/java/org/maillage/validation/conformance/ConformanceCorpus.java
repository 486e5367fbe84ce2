package org.maillage.validation.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.maillage.core.InvalidDataException;
import org.maillage.json.MaillageJson;
import org.maillage.validation.Layer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The conformance corpus: groups of cases in the manner of the JSON-Schema-Test-Suite.
 *
 * <p>Layout: every {@code *.json} file under the corpus folder whose root is a group object, or
 * an array of them, is a group file; other files (inputs referred to by cases) are not. A group:
 *
 * <pre>{@code
 * {"description": "...", "rule": "ref.unknown",            // "rule" optional
 *  "profile": "local-health",                               // optional: the profile every case runs under
 *  "waivers": {"waivers": [ ... ]},                         // optional: waivers for every case, inline, or
 *  "waiversFile": "inputs/waivers.json",                    // a waivers file, relative to the group file
 *  "layers": ["read", "constraints", "references", "rules"], // optional: the layers to run (default: all)
 *  "tests": [
 *    {"description": "...",
 *     "data": { ...a dataset... },                          // the input inline, or
 *     "file": "inputs/broken.json",                         // an input file, relative to the group file
 *     "waivers": {"waivers": [ ... ]},                      // optional: this case's waivers (replace the group's)
 *     "layers": [ ... ],                                    // optional: this case's layers (replace the group's)
 *     "valid": false,
 *     "findings": [{"ruleId": "ref.unknown", "pointer": "/contracts/0/parties/1/party"}]}]}
 * }</pre>
 *
 * <p>Without {@code profile}, a case runs under the implementation's default profile; with it, the
 * implementation is given {@code --profile NAME}. Waivers are a waivers file as
 * {@code waivers.schema.json} describes it, given inline ({@code waivers}) or as a file
 * ({@code waiversFile}), at group level or, replacing the group's, at case level; the
 * implementation is given {@code --waivers FILE}. Findings about waivers point into the waivers
 * file ({@code /waivers/0}). A waiver's expiry is compared with the day the case runs, and the
 * corpus gives no date: its waivers expire far in the past (expired) or far in the future (in
 * effect), so that a case gives the same result for decades. Without {@code layers}, a case runs
 * every layer; with it (on the group or, replacing the group's, on the case), only the layers it
 * lists and {@code read}, which always runs, and the implementation is given
 * {@code --layers read,...}: it is how the constraints layer's own findings are reached, which
 * the schema layer reports first when it runs.
 *
 * <p>Cases are ordered by group file path, then by position. Immutable.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ConformanceCorpus {

    /** Where the corpus is in the {@code maillage-schemas} jar. */
    public static final String BUNDLED = "org/maillage/schemas/1.0/conformance/";

    private final List<ConformanceCase> cases;

    private ConformanceCorpus(List<ConformanceCase> cases) {
        this.cases = List.copyOf(cases);
    }

    /** @return every case, in corpus order */
    public List<ConformanceCase> cases() {
        return cases;
    }

    /**
     * The corpus shipped in the {@code maillage-schemas} jar.
     *
     * @return the corpus
     * @throws IllegalStateException when the jar holds no corpus
     */
    public static ConformanceCorpus bundled() {
        URL url = ConformanceCorpus.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("no conformance corpus on the class path at " + BUNDLED);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return load(fs.provider().getPath(uri));
            }
            return load(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad corpus location " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a corpus folder.
     *
     * @param folder the folder
     * @return the corpus
     * @throws IOException when a file cannot be read
     * @throws InvalidDataException when a group file is not of the expected shape
     */
    public static ConformanceCorpus load(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .sorted(java.util.Comparator.comparing(p -> slash(folder.relativize(p)))).toList();
        }
        List<ConformanceCase> cases = new ArrayList<>();
        for (Path file : files) {
            JsonNode root;
            try {
                root = MaillageJson.mapper().readTree(Files.readAllBytes(file));
            } catch (JacksonException e) {
                continue; // an input file that is deliberately not JSON
            }
            List<JsonNode> groups = root != null && root.isArray() ? listOf(root) : Collections.singletonList(root);
            if (groups.isEmpty() || !groups.stream().allMatch(g -> g != null && g.isObject() && g.has("tests"))) {
                continue; // an input file
            }
            String name = slash(folder.relativize(file));
            int index = 0;
            for (int g = 0; g < groups.size(); g++) {
                index = readGroup(groups.get(g), name, "/" + (root.isArray() ? g + "/" : ""), file, index, cases);
            }
        }
        return new ConformanceCorpus(cases);
    }

    private static int readGroup(JsonNode group, String name, String at, Path file, int index, List<ConformanceCase> into)
            throws IOException {
        String description = text(group, "description", name, at);
        String rule = group.hasNonNull("rule") ? group.get("rule").asString() : null;
        String profile = group.hasNonNull("profile") ? text(group, "profile", name, at) : null;
        byte[] groupWaivers = waivers(group, file, name, at);
        Set<Layer> groupLayers = layers(group, name, at);
        JsonNode tests = group.get("tests");
        if (!tests.isArray()) {
            throw bad(name, at + "tests", "must be an array");
        }
        for (int t = 0; t < tests.size(); t++) {
            JsonNode test = tests.get(t);
            String p = at + "tests/" + t + "/";
            byte[] input;
            String fileName;
            if (test.has("data")) {
                input = MaillageJson.mapper().writeValueAsBytes(test.get("data"));
                fileName = "case-" + index + ".json";
            } else if (test.hasNonNull("file")) {
                Path in = file.resolveSibling(test.get("file").asString());
                input = Files.readAllBytes(in);
                fileName = "case-" + index + "-" + in.getFileName();
            } else {
                throw bad(name, p, "a case has its input in 'data' or 'file'");
            }
            JsonNode valid = test.get("valid");
            if (valid == null || !valid.isBoolean()) {
                throw bad(name, p + "valid", "must be true or false");
            }
            List<FindingKey> findings = new ArrayList<>();
            JsonNode fs = test.get("findings");
            if (fs != null) {
                for (int i = 0; i < fs.size(); i++) {
                    findings.add(new FindingKey(text(fs.get(i), "ruleId", name, p + "findings/" + i + "/"),
                            fs.get(i).hasNonNull("pointer") ? fs.get(i).get("pointer").asString() : ""));
                }
            }
            byte[] caseWaivers = waivers(test, file, name, p);
            Set<Layer> caseLayers = layers(test, name, p);
            into.add(new ConformanceCase(name + "#" + index, description, text(test, "description", name, p), rule, fileName,
                    input, valid.booleanValue(), findings, profile, caseWaivers != null ? caseWaivers : groupWaivers,
                    caseLayers != null ? caseLayers : groupLayers));
            index++;
        }
        return index;
    }

    /** The waivers of a group or case: its inline {@code waivers} object or its {@code waiversFile}; null for none. */
    private static byte[] waivers(JsonNode node, Path file, String name, String at) throws IOException {
        if (node.has("waivers") && node.hasNonNull("waiversFile")) {
            throw bad(name, at + "waiversFile", "is given with 'waivers': use one of them");
        }
        if (node.has("waivers")) {
            if (!node.get("waivers").isObject()) {
                throw bad(name, at + "waivers", "must be a waivers object {\"waivers\": [...]}");
            }
            return MaillageJson.mapper().writeValueAsBytes(node.get("waivers"));
        }
        return node.hasNonNull("waiversFile") ? Files.readAllBytes(file.resolveSibling(text(node, "waiversFile", name, at)))
                : null;
    }

    /** The layers of a group or case: its {@code layers} array of layer codes; null when it has none. */
    private static Set<Layer> layers(JsonNode node, String name, String at) {
        if (!node.has("layers")) {
            return null;
        }
        JsonNode list = node.get("layers");
        if (!list.isArray() || list.isEmpty()) {
            throw bad(name, at + "layers", "must be a non-empty array of layer names (read, schema, constraints, references, rules)");
        }
        Set<Layer> out = EnumSet.noneOf(Layer.class);
        for (int i = 0; i < list.size(); i++) {
            try {
                out.add(Layer.of(text(list, i, name, at + "layers/")));
            } catch (IllegalArgumentException e) {
                throw bad(name, at + "layers/" + i, e.getMessage());
            }
        }
        return out;
    }

    private static String text(JsonNode array, int i, String file, String at) {
        JsonNode v = array.get(i);
        if (v == null || !v.isString()) {
            throw bad(file, at + i, "must be a string");
        }
        return v.stringValue();
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static String text(JsonNode node, String member, String file, String at) {
        JsonNode v = node == null ? null : node.get(member);
        if (v == null || !v.isString()) {
            throw bad(file, at + member, "must be a string");
        }
        return v.stringValue();
    }

    private static InvalidDataException bad(String file, String pointer, String what) {
        return new InvalidDataException("conformance corpus " + file + ": " + pointer + " " + what, pointer, 0, 0, null);
    }

    private static String slash(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
