package org.maillage.validation;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.maillage.core.model.Dataset;
import org.maillage.json.DatasetFormat;
import org.maillage.json.ReadLimits;
import org.maillage.validation.internal.engine.Engine;
import org.maillage.validation.spi.RulePack;
import org.maillage.validation.waiver.Waiver;
import org.maillage.validation.waiver.Waivers;

/**
 * Validates Maillage datasets through the five layers (read, schema, constraints, references,
 * rules) and returns a {@link Report}. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * Validator v = Validator.builder().profile("default").build();
 * Report r = v.validate(Path.of("dataset.json"));
 * if (!r.valid()) r.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.pointer()));
 * }</pre>
 *
 * <p>Files stream: memory is bounded by the index of ids and references, not by the file; entity
 * checks run on {@link Builder#parallelism} threads and the report does not depend on it. Nothing
 * is ever fetched from the network: schemas come from the class path only.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class Validator {

    /** The base IRI of the Maillage schemas. */
    public static final String SCHEMA_BASE = "https://schemas.maillage.org/1.0/";
    /** The class-path folder the schemas are served from. */
    public static final String SCHEMA_DIR = "org/maillage/schemas/1.0/";
    /** The profile used when none is named. */
    public static final String DEFAULT_PROFILE = "default";

    private final Engine engine;
    private final Set<Layer> layers;
    private final String profile;
    private final RuleCatalogue catalogue;
    private final List<RulePack> packs;
    private final Waivers waivers;
    private final Clock clock;

    private Validator(Builder b) {
        List<RulePack> available = new ArrayList<>(builtInPacks());
        if (b.serviceLoader) {
            Set<Class<?>> known = new HashSet<>();
            available.forEach(p -> known.add(p.getClass()));
            for (RulePack p : ServiceLoader.load(RulePack.class, b.loader)) {
                if (known.add(p.getClass())) {
                    available.add(p);
                }
            }
        }
        available.addAll(b.packs);
        Map<String, RulePack> selected = new LinkedHashMap<>();
        Set<String> profiles = new TreeSet<>();
        List<RuleDefinition> extra = new ArrayList<>();
        for (RulePack p : available) {
            profiles.addAll(p.profiles());
            if (p.profiles().contains(b.profile)) {
                if (selected.putIfAbsent(p.name(), p) != null) {
                    throw new IllegalArgumentException("two rule packs are named '" + p.name() + "'");
                }
                extra.addAll(p.definitions());
            }
        }
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("unknown profile '" + b.profile + "' (known: " + String.join(", ", profiles) + ")");
        }
        this.layers = Set.copyOf(b.layers);
        this.profile = b.profile;
        this.catalogue = RuleCatalogue.standard().with(extra);
        this.packs = List.copyOf(selected.values());
        this.waivers = b.waivers;
        this.clock = b.clock;
        for (Waiver w : b.waivers.waivers()) {
            if (!catalogue.contains(w.ruleId()) && !RuleCatalogue.standard().contains(w.ruleId())) {
                throw new IllegalArgumentException(b.waivers.source() + ": the waiver of '" + w.ruleId()
                        + "' names no rule of the catalogue");
            }
        }
        this.engine = new Engine(layers, b.limits, b.schemaBase, b.schemaDir, b.loader, catalogue, packs, b.parallelism,
                b.waivers, b.clock);
    }

    /**
     * The packs shipped in this module, found with the {@link ServiceLoader} through this module's
     * own class loader ({@code provides} on the module path, {@code META-INF/services} on the class
     * path), whatever class loader the builder was given.
     */
    private static List<RulePack> builtInPacks() {
        Module self = Validator.class.getModule();
        // Provider types are looked at before any is instantiated: other packs are not built here.
        List<RulePack> out = ServiceLoader.load(RulePack.class, Validator.class.getClassLoader()).stream()
                .filter(p -> p.type().getModule() == self && p.type().getPackageName().startsWith(BUILT_IN_PACKAGE))
                .map(ServiceLoader.Provider::get).toList();
        if (out.isEmpty()) {
            throw new IllegalStateException("the built-in rule packs of maillage-validation were not found: a jar that "
                    + "repackages it must keep META-INF/services/" + RulePack.class.getName());
        }
        return out;
    }

    /** The package of the built-in rule packs. */
    private static final String BUILT_IN_PACKAGE = "org.maillage.validation.internal.";

    /**
     * A builder with every layer, the default profile, the default read limits, the Maillage
     * schemas and one thread per processor.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a file; the format is chosen by its name ({@code .ndjson}, {@code .jsonl}: NDJSON).
     *
     * @param file the file
     * @return the report; its source name is the path as given
     * @throws UncheckedIOException when the file cannot be read (missing, a directory, no permission)
     */
    public Report validate(Path file) {
        return validate(file, ProgressListener.NONE);
    }

    /**
     * Validates a file, telling a listener how many entities have been read as it goes.
     *
     * @param file the file
     * @param progress the listener
     * @return the report; its source name is the path as given
     * @throws UncheckedIOException when the file cannot be read (missing, a directory, no permission)
     */
    public Report validate(Path file, ProgressListener progress) {
        return engine.validate(Objects.requireNonNull(file, "file"), Objects.requireNonNull(progress, "progress"));
    }

    /**
     * Validates a stream, which is not closed. Findings have lines and columns of the entities, not
     * of members inside them (the stream cannot be read again to find them).
     *
     * @param in the bytes
     * @param format the layout
     * @param sourceName the name reported for the source
     * @return the report
     */
    public Report validate(InputStream in, DatasetFormat format, String sourceName) {
        return engine.validate(Objects.requireNonNull(in, "in"), Objects.requireNonNull(format, "format"),
                Objects.requireNonNull(sourceName, "sourceName"));
    }

    /**
     * Validates a dataset held in memory, checking its records as they are, without writing them
     * out. Pointers name its canonical JSON form ({@code /territories/3/parents/0}); findings have
     * no line or column. Otherwise the report is the one validating the canonical form's bytes
     * gives (the read limits, which guard against hostile files, do not apply to records).
     *
     * @param dataset the dataset
     * @return the report; the source name is {@code dataset:<id>}
     */
    public Report validate(Dataset dataset) {
        return engine.validate(Objects.requireNonNull(dataset, "dataset"), "dataset:" + dataset.header().id());
    }

    /**
     * The layers this validator runs (READ always runs).
     *
     * @return the layers
     */
    public Set<Layer> layers() {
        return layers;
    }

    /**
     * The profile.
     *
     * @return its name
     */
    public String profile() {
        return profile;
    }

    /**
     * The catalogue, with the definitions of the packs of the profile.
     *
     * @return the catalogue
     */
    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /**
     * The rule packs of the profile.
     *
     * @return the packs, built-in first
     */
    public List<RulePack> rulePacks() {
        return packs;
    }

    /**
     * The waivers applied to every validation.
     *
     * @return the waivers, {@link Waivers#none()} by default
     */
    public Waivers waivers() {
        return waivers;
    }

    /**
     * The clock that gives the validation date (waiver expiry, and the date rules speak of when a
     * dataset has no reference date).
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Configures a {@link Validator}. Not thread-safe; used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private EnumSet<Layer> layers = EnumSet.allOf(Layer.class);
        private String profile = DEFAULT_PROFILE;
        private ReadLimits limits = ReadLimits.defaults();
        private String schemaBase = SCHEMA_BASE;
        private String schemaDir = SCHEMA_DIR;
        private ClassLoader loader = Validator.class.getClassLoader();
        private final List<RulePack> packs = new ArrayList<>();
        private boolean serviceLoader = true;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private Waivers waivers = Waivers.none();
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {}

        /**
         * Waivers: findings they cover stay in reports, marked waived with their justification,
         * and do not make a dataset invalid; unscoped, expired and unused waivers are findings.
         *
         * @param value the waivers
         * @return this builder
         */
        public Builder waivers(Waivers value) {
            this.waivers = Objects.requireNonNull(value, "waivers");
            return this;
        }

        /**
         * The clock that gives the validation date ("today"): waivers expire against it, and rules
         * use it when a dataset has no reference date. The system clock by default.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The layers to run. READ always runs: nothing else can without it.
         *
         * @param value the layers
         * @return this builder
         */
        public Builder layers(Set<Layer> value) {
            this.layers = value.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(value);
            return this;
        }

        /**
         * The profile: the rule packs that declare it run in the RULES layer.
         *
         * @param value the profile name, for example {@code default} or {@code regulatory}
         * @return this builder
         */
        public Builder profile(String value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /**
         * The read limits.
         *
         * @param value the limits
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * Where the schemas are: a base IRI and the class-path folder it maps to. The folder holds
         * {@code dataset.schema.json} for the envelope and {@code <type>.schema.json} per family
         * ({@code territory.schema.json}). Nothing outside it is ever loaded. {@link #build()} refuses
         * (with an {@link IllegalArgumentException} naming them) a folder that lacks one of these
         * schemas, and schemas that use a keyword no schema rule reports (such as {@code oneOf}).
         *
         * @param baseIri the base IRI, for example {@link #SCHEMA_BASE}
         * @param classpathDir the folder, for example {@link #SCHEMA_DIR}
         * @param classLoader the class loader to find it with
         * @return this builder
         */
        public Builder schemas(String baseIri, String classpathDir, ClassLoader classLoader) {
            this.schemaBase = Objects.requireNonNull(baseIri, "baseIri");
            this.schemaDir = Objects.requireNonNull(classpathDir, "classpathDir");
            this.loader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Adds a rule pack (besides those found by the {@link ServiceLoader}).
         *
         * @param value the pack
         * @return this builder
         */
        public Builder rulePack(RulePack value) {
            packs.add(Objects.requireNonNull(value, "pack"));
            return this;
        }

        /**
         * Whether to look for rule packs with the {@link ServiceLoader} (on by default).
         *
         * @param value true to look
         * @return this builder
         */
        public Builder discoverRulePacks(boolean value) {
            this.serviceLoader = value;
            return this;
        }

        /**
         * The number of threads that check entities; 1 checks them on the calling thread.
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder parallelism(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1");
            }
            this.parallelism = value;
            return this;
        }

        /**
         * Builds the validator: loads the schemas and the rule packs.
         *
         * @return the validator
         * @throws IllegalArgumentException when no rule pack belongs to the profile, a waiver names a
         *     rule the catalogue does not have, or (with the schema layer) the schema folder lacks a
         *     schema or its schemas use a keyword no rule reports
         */
        public Validator build() {
            return new Validator(this);
        }
    }
}
