package org.maillage.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.maillage.imports.ImportNotes;

/**
 * The FHIR inputs of an import: NDJSON files (one resource per line), JSON files (one resource, often
 * a Bundle), and folders of them; read resource by resource with HAPI's R4 JSON parser.
 */
final class FhirInputs {

    /** One FHIR context for the process: building one scans the R4 model, about a second. */
    private static final class Context {
        static final FhirContext R4 = FhirContext.forR4();
    }

    /** A file to read: its name as given, where to read it, whether it is NDJSON. */
    record Input(String name, Path path, boolean ndjson) {}

    /** A resource read, where it was read. */
    record Located(String file, long line, Resource resource, String fullUrl) {
        /** @return {@code Type/id}, or the type alone when the resource has no id */
        String label() {
            String id = resource.getIdElement().getIdPart();
            return resource.fhirType() + (id == null ? "" : "/" + id);
        }
    }

    /** Receives the resources of the inputs, Bundles opened. */
    interface Visitor {
        void resource(Located r);
    }

    private final List<Input> inputs;
    private final List<Path> temporary;

    private FhirInputs(List<Input> inputs, List<Path> temporary) {
        this.inputs = inputs;
        this.temporary = temporary;
    }

    /**
     * The files of the paths given: files as they are, folders walked for {@code .ndjson},
     * {@code .jsonl} and {@code .json} files in name order; a pipe is copied to a temporary file.
     */
    static FhirInputs of(List<Path> paths) throws IOException {
        List<Input> inputs = new ArrayList<>();
        List<Path> temporary = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).filter(FhirInputs::fhirName).sorted().toList()) {
                        inputs.add(new Input(f.toString(), f, ndjson(f)));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                inputs.add(new Input(p.toString(), p, ndjson(p)));
            } else if (Files.exists(p)) {
                Path copy = Files.createTempFile("maillage-fhir-", ".tmp");
                temporary.add(copy);
                try (InputStream in = Files.newInputStream(p)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                inputs.add(new Input(p.toString(), copy, ndjson(p) || !p.toString().toLowerCase(Locale.ROOT).endsWith(".json")));
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
        }
        return new FhirInputs(inputs, temporary);
    }

    private static boolean fhirName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ndjson") || n.endsWith(".jsonl") || n.endsWith(".json");
    }

    private static boolean ndjson(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ndjson") || n.endsWith(".jsonl");
    }

    List<Input> inputs() {
        return inputs;
    }

    /** Deletes the copies of pipes. */
    void close() {
        for (Path t : temporary) {
            try {
                Files.deleteIfExists(t);
            } catch (IOException e) {
                // harmless: a temporary file left behind
            }
        }
    }

    /**
     * Reads every resource. Resources that cannot be parsed, and shapes that are not FHIR JSON, are
     * problems; elements HAPI does not know are notes.
     *
     * @param notes where problems and notes go (a pass that only re-reads passes null for notes)
     * @param visitor receives each resource
     */
    void read(ImportNotes notes, Visitor visitor) throws IOException {
        for (Input in : inputs) {
            if (in.ndjson()) {
                try (BufferedReader r = Files.newBufferedReader(in.path(), StandardCharsets.UTF_8)) {
                    String line;
                    long n = 0;
                    while ((line = r.readLine()) != null) {
                        n++;
                        if (n == 1 && line.startsWith("\uFEFF")) {
                            line = line.substring(1);
                        }
                        if (!line.isBlank()) {
                            parse(in.name(), n, line, notes, visitor);
                        }
                    }
                }
            } else {
                String text = Files.readString(in.path(), StandardCharsets.UTF_8);
                parse(in.name(), 0, text.startsWith("\uFEFF") ? text.substring(1) : text, notes, visitor);
            }
        }
    }

    /** @return a JSON parser of R4 resources (not thread-safe: one per use) */
    static IParser parser() {
        return Context.R4.newJsonParser();
    }

    private static void parse(String file, long line, String json, ImportNotes notes, Visitor visitor) {
        List<String> events = new ArrayList<>();
        List<String> shape = new ArrayList<>();
        IParser parser = Context.R4.newJsonParser().setParserErrorHandler(new ErrorHandlerAdapter() {
            @Override
            public void unknownElement(IParseLocation location, String name) {
                events.add("unknown element '" + name + "'" + in(location));
            }

            @Override
            public void invalidValue(IParseLocation location, String value, String error) {
                events.add("invalid value '" + cut(value) + "'" + in(location) + ": " + error);
            }

            @Override
            public void missingRequiredElement(IParseLocation location, String name) {
                events.add("required element '" + name + "' is missing" + in(location));
            }

            @Override
            public void incorrectJsonType(IParseLocation location, String name, BaseJsonLikeValue.ValueType expected,
                    BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                    BaseJsonLikeValue.ScalarType foundScalar) {
                shape.add("'" + name + "'" + in(location) + " is a JSON " + type(found, foundScalar) + ", a "
                        + type(expected, expectedScalar) + " is expected");
            }
        });
        IBaseResource parsed;
        try {
            parsed = parser.parseResource(json);
        } catch (DataFormatException e) {
            if (notes != null) {
                notes.problem(file, "", line, "not a FHIR R4 resource in JSON: " + hapiMessage(e));
            }
            return;
        } catch (RuntimeException e) {
            if (notes != null) {
                notes.problem(file, "", line, "not a FHIR R4 resource in JSON: " + e.getMessage());
            }
            return;
        }
        Resource resource = (Resource) parsed;
        Located here = new Located(file, line, resource, null);
        if (notes != null) {
            for (String s : shape) {
                notes.problem(file, here.label(), line, "not FHIR R4 JSON: " + s);
            }
            for (String e : events) {
                notes.grouped("event\u0000" + resource.fhirType() + "\u0000" + e, file, here.label(), line,
                        e + ": not imported");
            }
        }
        if (!shape.isEmpty()) {
            return;
        }
        if (resource instanceof Bundle b) {
            int i = 0;
            for (Bundle.BundleEntryComponent entry : b.getEntry()) {
                if (entry.getResource() == null) {
                    if (notes != null) {
                        notes.problem(file, here.label() + " entry " + i, line, "a Bundle entry without a resource");
                    }
                } else {
                    visitor.resource(new Located(file, line, entry.getResource(), entry.getFullUrl()));
                }
                i++;
            }
            return;
        }
        visitor.resource(here);
    }

    private static String in(ca.uhn.fhir.parser.IParserErrorHandler.IParseLocation location) {
        return location == null || location.getParentElementName() == null ? "" : " in " + location.getParentElementName();
    }

    private static String type(BaseJsonLikeValue.ValueType value, BaseJsonLikeValue.ScalarType scalar) {
        if (value == null) {
            return "value";
        }
        if (value == BaseJsonLikeValue.ValueType.SCALAR && scalar != null) {
            return scalar.name().toLowerCase(Locale.ROOT);
        }
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** HAPI's message without its {@code HAPI-1234: } prefix. */
    static String hapiMessage(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replaceFirst("^HAPI-\\d+: ", "");
    }

    static String cut(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
