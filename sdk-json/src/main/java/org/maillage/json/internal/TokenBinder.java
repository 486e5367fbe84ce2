package org.maillage.json.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillage.core.codelist.Coded;
import org.maillage.core.model.Entity;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds an entity's record straight from the token stream, without a tree and without Jackson
 * databind, and checks on the way what a {@link ValueShape} asks of each value. Compiled once per
 * record type from its components (the model's records have no Jackson annotations: a member is
 * named after its component) and its shape.
 *
 * <p>It binds only what it can vouch for: a string where a string is declared, an integer that fits,
 * a known code, every required member present. On anything else (a null, a number written as a
 * string, an unknown member, a value the shape cannot vouch for, a record whose constructor refuses
 * its arguments) it gives up with {@link Unsure}, and the caller reads the entity again the full way
 * (a tree, the schema layer, Jackson databind), which decides and words every problem. So what it
 * binds equals what databind binds, and whatever its shape accepts the full schema path accepts too;
 * tests hold both in step over generated and mutated entities. Immutable and thread-safe.
 */
public final class TokenBinder {

    /** The binder cannot vouch for the value at the parser's current token. Carries no stack trace. */
    public static final class Unsure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unsure INSTANCE = new Unsure();

        private Unsure() {
            super("not vouched for by the token binder", null, false, false);
        }
    }

    /** Reads one value: the parser is on its first token, and is left on its last. */
    @FunctionalInterface
    private interface Reader {
        Object read(JsonParser p);
    }

    private final Reader root;

    private TokenBinder(Reader root) {
        this.root = root;
    }

    /**
     * Compiles the binder of an entity type.
     *
     * @param type the record type (an entity type, or another record such as the header)
     * @param shape what the schema asks of the entity, or {@link ValueShape#ANY} to bind without checks
     * @return the binder
     */
    public static TokenBinder of(Class<?> type, ValueShape shape) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        return new TokenBinder(new Compiler().reader(type, shape));
    }

    /**
     * Binds the entity whose {@code START_OBJECT} is the parser's current token, and leaves the
     * parser on its {@code END_OBJECT}.
     *
     * @param p the parser
     * @return the record
     * @throws Unsure when the entity must be read the full way; the parser is then on the token the
     *     binder could not vouch for
     */
    public Entity bind(JsonParser p) {
        return (Entity) root.read(p);
    }

    /**
     * Binds the record whose {@code START_OBJECT} is the parser's current token, as {@link #bind}.
     *
     * @param p the parser
     * @return the record
     * @throws Unsure when the record must be bound the full way
     */
    public Object bindRecord(JsonParser p) {
        return root.read(p);
    }

    private static final java.util.regex.Pattern UTC_INSTANT =
            java.util.regex.Pattern.compile("[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z");

    /** An instant written {@code 2026-01-15T10:00:00Z}, or null for any other text. */
    private static Instant utcInstant(String v) {
        try {
            return UTC_INSTANT.matcher(v).matches() ? Instant.parse(v) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Unsure unsure() {
        return Unsure.INSTANCE;
    }

    /** Builds readers, one per (Java type, shape) pair met. */
    private static final class Compiler {
        private final Map<Class<?>, Map<ValueShape, Reader>> records = new HashMap<>();

        Reader reader(Type type, ValueShape shape) {
            ValueShape s = shape == null ? ValueShape.ANY : shape;
            if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
                return list(reader(pt.getActualTypeArguments()[0], s.items()), s);
            }
            if (!(type instanceof Class<?> c)) {
                return p -> {
                    throw unsure();
                };
            }
            if (c == String.class) {
                return string(s, v -> v);
            }
            if (c == LocalDate.class) {
                return string(s, IsoDates::parseOrNull);
            }
            if (c == Instant.class) {
                // UTC instants written in full: what Jackson reads as Instant.parse does
                return string(s, TokenBinder::utcInstant);
            }
            if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
                Map<String, Object> byCode = new HashMap<>();
                for (Object k : c.getEnumConstants()) {
                    byCode.putIfAbsent(((Coded) k).code(), k);
                }
                return string(s, byCode::get);
            }
            if (c == Boolean.class || c == boolean.class) {
                return bool(s);
            }
            if (c == Integer.class || c == int.class) {
                return number(s, false, p -> p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : null);
            }
            if (c == Long.class || c == long.class) {
                return number(s, false, p -> p.getNumberType() == JsonParser.NumberType.INT
                        || p.getNumberType() == JsonParser.NumberType.LONG ? p.getLongValue() : null);
            }
            if (c == Double.class || c == double.class) {
                return number(s, true, JsonParser::getDoubleValue);
            }
            if (c == BigDecimal.class) {
                return number(s, true, JsonParser::getDecimalValue);
            }
            if (c.isRecord()) {
                return record(c, s);
            }
            return p -> {
                throw unsure();
            };
        }

        private static Reader string(ValueShape s, java.util.function.Function<String, Object> convert) {
            if (!s.allows(ValueShape.TYPE_STRING) || s.stringsUnsure()) {
                return p -> {
                    throw unsure();
                };
            }
            java.util.function.Predicate<String> check = s.string();
            return p -> {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw unsure();
                }
                String v = p.getString();
                if (check != null && !check.test(v)) {
                    throw unsure();
                }
                Object o = convert.apply(v);
                if (o == null) {
                    throw unsure();
                }
                return o;
            };
        }

        private static Reader bool(ValueShape s) {
            if (!s.allows(ValueShape.TYPE_BOOLEAN) || s.enumerated()) {
                return p -> {
                    throw unsure();
                };
            }
            return p -> switch (p.currentToken()) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> throw unsure();
            };
        }

        /**
         * @param decimals whether the Java type takes a number with a fraction or an exponent
         * @param value the value of the current number token, or null when it does not fit
         */
        private static Reader number(ValueShape s, boolean decimals, java.util.function.Function<JsonParser, Object> value) {
            if (s.enumerated()) {
                return p -> {
                    throw unsure();
                };
            }
            boolean integers = s.allows(ValueShape.TYPE_INTEGER) || s.allows(ValueShape.TYPE_NUMBER);
            boolean fractions = decimals && s.allows(ValueShape.TYPE_NUMBER);
            ValueShape.NumberCheck check = s.number();
            return p -> {
                JsonToken t = p.currentToken();
                boolean integral = t == JsonToken.VALUE_NUMBER_INT;
                if (!(integral ? integers : t == JsonToken.VALUE_NUMBER_FLOAT && fractions)) {
                    throw unsure();
                }
                if (check != null && !check.passes(integral, p.getDecimalValue(), p.getDoubleValue())) {
                    throw unsure();
                }
                Object v = value.apply(p);
                if (v == null) {
                    throw unsure();
                }
                return v;
            };
        }

        private static Reader list(Reader item, ValueShape s) {
            if (!s.allows(ValueShape.TYPE_ARRAY) || s.enumerated()) {
                return p -> {
                    throw unsure();
                };
            }
            int min = s.minItems();
            int max = s.maxItems();
            return p -> {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw unsure();
                }
                List<Object> out = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    out.add(item.read(p));
                }
                if (out.size() < min || out.size() > max) {
                    throw unsure();
                }
                return out;
            };
        }

        private Reader record(Class<?> c, ValueShape s) {
            Map<ValueShape, Reader> byShape = records.computeIfAbsent(c, k -> new java.util.IdentityHashMap<>());
            Reader known = byShape.get(s);
            if (known != null) {
                return known;
            }
            RecordReader r = new RecordReader();
            byShape.put(s, r); // before its members: a recursive type finds itself
            r.compile(c, s, this);
            return r;
        }
    }

    /** A record: its members by name, each with its reader, and its canonical constructor. */
    private static final class RecordReader implements Reader {
        private Map<String, Integer> members;
        private Reader[] readers;
        private long requiredMask;
        private boolean impossible;
        private boolean refused;
        private Constructor<?> constructor;

        void compile(Class<?> c, ValueShape s, Compiler compiler) {
            RecordComponent[] components = c.getRecordComponents();
            refused = !s.allows(ValueShape.TYPE_OBJECT) || s.enumerated() || components.length > 64;
            members = new HashMap<>();
            readers = new Reader[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent rc = components[i];
                types[i] = rc.getType();
                members.put(rc.getName(), i);
                ValueShape member = s.properties() == null ? ValueShape.ANY : s.properties().get(rc.getName());
                if (member == null) {
                    // a member the schema does not declare: refused, or checked by a schema of its own
                    member = s.closed() || s.otherMembersUnsure() ? null : ValueShape.ANY;
                }
                readers[i] = member == null ? p -> {
                    throw unsure();
                } : compiler.reader(rc.getGenericType(), member);
                if (rc.getType().isPrimitive()) {
                    requiredMask |= 1L << i; // databind refuses a missing primitive (FAIL_ON_NULL_FOR_PRIMITIVES)
                }
            }
            for (String r : s.required()) {
                Integer i = members.get(r);
                if (i == null) {
                    impossible = true; // required, yet no component can hold it
                } else {
                    requiredMask |= 1L << i;
                }
            }
            try {
                constructor = c.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                refused = true;
            }
        }

        @Override
        public Object read(JsonParser p) {
            if (refused || impossible || p.currentToken() != JsonToken.START_OBJECT) {
                throw unsure();
            }
            Object[] args = new Object[readers.length];
            long seen = 0;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                Integer i = members.get(p.currentName());
                if (i == null) {
                    throw unsure();
                }
                p.nextToken();
                args[i] = readers[i].read(p);
                seen |= 1L << i;
            }
            if (t != JsonToken.END_OBJECT || (seen & requiredMask) != requiredMask) {
                throw unsure();
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException | InstantiationException | IllegalAccessException | RuntimeException e) {
                throw unsure(); // refused: databind words why
            }
        }
    }
}
