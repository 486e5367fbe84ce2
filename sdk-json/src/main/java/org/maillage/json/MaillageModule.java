package org.maillage.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.maillage.core.codelist.Coded;
import org.maillage.core.id.DepartementCode;
import org.maillage.core.id.Finess;
import org.maillage.core.id.InseeCommuneCode;
import org.maillage.core.id.RegionCode;
import org.maillage.core.id.Rpps;
import org.maillage.core.id.Siren;
import org.maillage.core.id.Siret;
import org.maillage.json.internal.IsoDates;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for the Maillage model: closed-codelist enums are written and read as their
 * {@link Coded#code() code}, and official identifier types ({@link Siren}, {@link Finess}…) as
 * plain strings. Register it on any {@code JsonMapper} to read and write Maillage records in your
 * own documents; {@link MaillageJson#mapper()} has it already.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class MaillageModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    private static final Map<Class<?>, Function<String, ?>> IDENTIFIERS = Map.of(
            Siren.class, Siren::new,
            Siret.class, Siret::new,
            Finess.class, Finess::new,
            Rpps.class, Rpps::new,
            InseeCommuneCode.class, InseeCommuneCode::new,
            DepartementCode.class, DepartementCode::new,
            RegionCode.class, RegionCode::new);

    /** Creates the module. */
    public MaillageModule() {
        super("maillage", Version.unknownVersion());
        addSerializer(Coded.class, new CodedSerializer());
        addDeserializer(LocalDate.class, new DateDeserializer());
        for (Map.Entry<Class<?>, Function<String, ?>> e : IDENTIFIERS.entrySet()) {
            register(e.getKey(), e.getValue());
        }
    }

    private <T> void register(Class<T> type, Function<String, ?> parse) {
        addSerializer(type, new ToStringSerializer<>());
        addDeserializer(type, new IdentifierDeserializer<>(type, parse));
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new CodedDeserializers());
    }

    /** Writes a closed-codelist constant as its code. */
    private static final class CodedSerializer extends ValueSerializer<Coded> {
        @Override
        public void serialize(Coded value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.code());
        }
    }

    /** Writes an identifier value type as its string form. */
    private static final class ToStringSerializer<T> extends ValueSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }
    }

    /** Reads an identifier value type from a string, reporting a bad key as a format error. */
    private static final class IdentifierDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Function<String, ?> parse;

        IdentifierDeserializer(Class<T> type, Function<String, ?> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String s = p.getString();
            try {
                return type.cast(parse.apply(s));
            } catch (IllegalArgumentException e) {
                return type.cast(ctxt.handleWeirdStringValue(type, s, e.getMessage()));
            }
        }
    }

    /**
     * Reads a {@link LocalDate}: {@code yyyy-mm-dd} directly, anything else (and every error) as
     * Jackson's own deserializer does.
     */
    private static final class DateDeserializer extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                LocalDate d = IsoDates.parseOrNull(p.getString());
                if (d != null) {
                    return d;
                }
            }
            return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
        }
    }

    /** Finds a code-based deserializer for every enum implementing {@link Coded}. */
    private static final class CodedDeserializers extends Deserializers.Base {
        @Override
        public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription.Supplier beanDescRef) {
            Class<?> raw = type.getRawClass();
            return Coded.class.isAssignableFrom(raw) ? new CodedDeserializer(raw) : null;
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return valueType.isEnum() && Coded.class.isAssignableFrom(valueType);
        }
    }

    /** Reads a closed-codelist constant from its code. */
    private static final class CodedDeserializer extends ValueDeserializer<Object> {
        private final Class<?> type;
        private final Map<String, Object> byCode;

        CodedDeserializer(Class<?> type) {
            this.type = type;
            Map<String, Object> m = new java.util.HashMap<>();
            for (Object c : type.getEnumConstants()) {
                m.putIfAbsent(((Coded) c).code(), c);
            }
            this.byCode = Map.copyOf(m);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            String s = p.getString();
            Object c = byCode.get(s);
            if (c != null) {
                return c;
            }
            return ctxt.handleWeirdStringValue(type, s, "not a code of this closed codelist");
        }
    }
}
