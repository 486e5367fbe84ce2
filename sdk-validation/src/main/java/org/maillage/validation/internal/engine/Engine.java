package org.maillage.validation.internal.engine;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.maillage.core.model.Dataset;
import org.maillage.json.DatasetFormat;
import org.maillage.json.ReadLimits;
import org.maillage.json.internal.StreamingReader;
import org.maillage.json.internal.TokenBinder;
import org.maillage.json.internal.ValueShape;
import org.maillage.validation.Layer;
import org.maillage.validation.ProgressListener;
import org.maillage.validation.Report;
import org.maillage.validation.RuleCatalogue;
import org.maillage.validation.internal.Quiet;
import org.maillage.core.codelist.Codelists;
import org.maillage.validation.internal.constraint.CodelistCheck;
import org.maillage.validation.internal.constraint.ConstraintLayer;
import org.maillage.validation.internal.schema.SchemaLayer;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RulePack;
import org.maillage.validation.waiver.Waivers;

/**
 * The configured pipeline behind {@link org.maillage.validation.Validator}: immutable and
 * thread-safe; each validation is a {@link Run} of its own.
 */
public final class Engine {
    final Set<Layer> layers;
    final StreamingReader reader;
    final SchemaLayer schemas;
    final ConstraintLayer constraints;
    final CodelistCheck codelists;
    final IndexBuilder indexBuilder = new IndexBuilder();
    final FindingFactory findings;
    final List<Rule> rules;
    /** By family ordinal, the rules that read the family: empty without the RULES layer. */
    private final Rule[][] readers;
    final int parallelism;
    final Waivers waivers;
    final Clock clock;
    /** The token binders, by family ordinal, compiled on first use; empty for a family read as trees. */
    private final AtomicReferenceArray<Optional<TokenBinder>> tokenBinders =
            new AtomicReferenceArray<>(org.maillage.core.model.EntityFamily.values().length);

    /**
     * @param layers the layers to run (READ always runs)
     * @param limits the read limits
     * @param schemaBase the base IRI of the schemas
     * @param schemaDir the class-path folder the base IRI maps to
     * @param loader the class loader holding the schemas
     * @param catalogue the rule catalogue, with the packs' definitions
     * @param packs the rule packs of the profile
     * @param parallelism the number of worker threads, 1 to validate on the calling thread
     * @param waivers the waivers to apply
     * @param clock the clock giving the validation date
     */
    public Engine(Set<Layer> layers, ReadLimits limits, String schemaBase, String schemaDir, ClassLoader loader,
            RuleCatalogue catalogue, List<RulePack> packs, int parallelism, Waivers waivers, Clock clock) {
        Quiet.ensure();
        EnumSet<Layer> l = EnumSet.of(Layer.READ);
        l.addAll(layers);
        this.layers = Set.copyOf(l);
        this.reader = StreamingReader.withLimits(limits);
        this.schemas = l.contains(Layer.SCHEMA) ? new SchemaLayer(schemaBase, schemaDir, loader) : null;
        this.constraints = l.contains(Layer.CONSTRAINTS) ? new ConstraintLayer() : null;
        this.codelists = l.contains(Layer.CONSTRAINTS) ? new CodelistCheck(Codelists.bundled()) : null;
        this.findings = new FindingFactory(catalogue);
        List<Rule> all = new ArrayList<>();
        for (RulePack p : packs) {
            for (Rule r : p.rules()) {
                catalogue.rule(r.id());
                all.add(r);
            }
        }
        this.rules = List.copyOf(all);
        this.readers = new Rule[org.maillage.core.model.EntityFamily.values().length][];
        for (org.maillage.core.model.EntityFamily f : org.maillage.core.model.EntityFamily.values()) {
            // a rule's reads() is asked once here, not once per entity
            readers[f.ordinal()] = l.contains(Layer.RULES)
                    ? all.stream().filter(r -> r.reads().contains(f)).toArray(Rule[]::new) : new Rule[0];
        }
        this.parallelism = Math.max(1, parallelism);
        this.waivers = waivers;
        this.clock = clock;
    }

    /**
     * The token binder of a family: it checks what the family's schema asks (when the SCHEMA layer
     * runs) while it binds, so an entity it binds needs neither a tree, nor networknt, nor databind.
     *
     * @param family the family
     * @return the binder, or null when the family's schema uses something the binder does not model
     */
    TokenBinder tokenBinder(org.maillage.core.model.EntityFamily family) {
        Optional<TokenBinder> b = tokenBinders.get(family.ordinal());
        if (b == null) {
            if (schemas == null) {
                b = Optional.of(reader.plainBinder(family));
            } else {
                ValueShape shape = schemas.shape(family);
                b = shape == null ? Optional.empty() : Optional.of(TokenBinder.of(family.javaType(), shape));
            }
            tokenBinders.compareAndSet(family.ordinal(), null, b);
        }
        return b.orElse(null);
    }

    /**
     * Whether a typed entity must be kept for the RULES layer: some rule reads its family and
     * retains it.
     *
     * @param entity the entity
     * @return true to keep it
     */
    boolean keepsModel(org.maillage.core.model.Entity entity) {
        for (Rule r : readers[entity.family().ordinal()]) {
            if (r.retains(entity)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The schema version the SCHEMA layer uses.
     *
     * @return for example {@code 1.0}, or {@code none} when the layer is off
     */
    public String schemaVersion() {
        return schemas == null ? "none" : schemas.version();
    }

    /**
     * Validates a file.
     *
     * @param file the file
     * @param progress told of the entities read
     * @return the report
     * @throws UncheckedIOException when the file cannot be read
     */
    public Report validate(Path file, ProgressListener progress) {
        if (Files.isDirectory(file)) {
            throw new UncheckedIOException(new IOException(file + ": is a directory"));
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return new Run(this, file.toString(), file, progress).execute(in, DatasetFormat.of(file));
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(new NoSuchFileException(file.toString(), null, "no such file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a dataset held in memory, without writing it out: see {@link Run#execute(Dataset)}.
     *
     * @param dataset the dataset
     * @param sourceName the name reported for the source
     * @return the report
     */
    public Report validate(Dataset dataset, String sourceName) {
        return new Run(this, sourceName, null, ProgressListener.NONE).execute(dataset);
    }

    /**
     * Validates a stream, which is not closed.
     *
     * @param in the bytes
     * @param format the layout
     * @param sourceName the name reported for the source
     * @return the report
     */
    public Report validate(InputStream in, DatasetFormat format, String sourceName) {
        InputStream buffered = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        return new Run(this, sourceName, null, ProgressListener.NONE).execute(buffered, format);
    }
}
