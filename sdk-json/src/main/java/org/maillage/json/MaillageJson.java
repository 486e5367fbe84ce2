package org.maillage.json;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.apiguardian.api.API;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configured Jackson mapper for Maillage data, and the pretty printer of the canonical form.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class MaillageJson {
    private MaillageJson() {}

    private static final JsonMapper MAPPER = build(ReadLimits.defaults());

    /**
     * A mapper with the {@link MaillageModule}, the default {@link ReadLimits}, strict duplicate
     * detection, members that are null or empty lists left out, and no failure on trailing
     * tokens (so that entities can be bound one by one from a stream). Immutable and
     * thread-safe; {@code rebuild()} it to change anything.
     *
     * @return the shared mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * A mapper like {@link #mapper()} with other read limits.
     *
     * @param limits the limits
     * @return a new mapper
     */
    public static JsonMapper mapper(ReadLimits limits) {
        return limits.equals(ReadLimits.defaults()) ? MAPPER : build(limits);
    }

    private static JsonMapper build(ReadLimits limits) {
        StreamReadConstraints.Builder c = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength());
        if (limits.maxDocumentLength() > 0) {
            c.maxDocumentLength(limits.maxDocumentLength());
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(c.build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new MaillageModule())
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // Decimals keep their text: 12.50 stays 12.50 through a tree (amounts, indicator values).
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                // Only record components are members: helpers such as Dated.isWellOrdered() are not.
                .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(
                        JsonInclude.Include.CUSTOM, JsonInclude.Include.ALWAYS, OmitEmpty.class, null))
                .build();
    }

    /**
     * The pretty printer of the canonical form: two-space indentation, one member or array item
     * per line, {@code "name": value}, LF line ends.
     *
     * @return a new pretty printer
     */
    public static DefaultPrettyPrinter canonicalPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
