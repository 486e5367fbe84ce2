package org.maillage.json.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a schema asks of one JSON value, in the form the {@link TokenBinder} checks while it binds:
 * compiled by the validator from its schema documents, conservatively. A value the shape cannot
 * vouch for (a keyword it does not model, a number against an enum) makes the binder give up, and
 * the entity then takes the full path (a tree, networknt, Jackson databind), which decides. So a
 * shape never says "invalid"; it only says "certainly valid" or "not sure".
 *
 * @param types the JSON types allowed, a mask of the {@code TYPE_} bits ({@link #ANY_TYPE} when the
 *     schema does not restrict the type)
 * @param string what a string value must satisfy (pattern, lengths, enum, date format); null for
 *     nothing
 * @param stringsUnsure true when no string value can be vouched for (a format other than
 *     {@code date})
 * @param number what a number value must satisfy (bounds); null for nothing
 * @param enumerated true when the schema holds an {@code enum} or {@code const}: only string values
 *     are then vouched for (numbers and containers are left to networknt)
 * @param properties the shapes of the members an object declares; null when the schema says nothing
 *     of objects
 * @param closed true when members other than {@code properties} are refused
 *     ({@code additionalProperties: false})
 * @param otherMembersUnsure true when other members have a schema of their own
 *     ({@code additionalProperties} as a schema): the binder does not vouch for them
 * @param required the members an object must have
 * @param items the shape of an array's items; null when the schema says nothing of them
 * @param minItems the fewest items, 0 for no bound
 * @param maxItems the most items, {@link Integer#MAX_VALUE} for no bound
 */
public record ValueShape(int types, Predicate<String> string, boolean stringsUnsure, NumberCheck number,
        boolean enumerated, Map<String, ValueShape> properties, boolean closed, boolean otherMembersUnsure,
        List<String> required, ValueShape items, int minItems, int maxItems) {

    /** An object. */
    public static final int TYPE_OBJECT = 1;
    /** An array. */
    public static final int TYPE_ARRAY = 2;
    /** A string. */
    public static final int TYPE_STRING = 4;
    /** A boolean. */
    public static final int TYPE_BOOLEAN = 8;
    /** A number written without fraction or exponent: what the binder takes for an integer. */
    public static final int TYPE_INTEGER = 16;
    /** Any number. */
    public static final int TYPE_NUMBER = 32;
    /** Null. */
    public static final int TYPE_NULL = 64;
    /** Every type. */
    public static final int ANY_TYPE = 127;

    /** A shape that asks nothing. */
    public static final ValueShape ANY = new ValueShape(ANY_TYPE, null, false, null, false, null, false, false, List.of(),
            null, 0, Integer.MAX_VALUE);

    /** Bounds on a number, checked as the schema's fast path checks them. */
    @FunctionalInterface
    public interface NumberCheck {
        /**
         * @param integral true when the number was written as an integer
         * @param decimal the number as written
         * @param asDouble the number as a double
         * @return true only when the number certainly satisfies the bounds
         */
        boolean passes(boolean integral, BigDecimal decimal, double asDouble);
    }

    /**
     * Requires the lists and copies them.
     *
     * @param types the JSON types allowed
     * @param string what a string must satisfy, or null
     * @param stringsUnsure true when no string is vouched for
     * @param number what a number must satisfy, or null
     * @param enumerated true when the schema holds an enum or const
     * @param properties the declared members' shapes, or null
     * @param closed true when other members are refused
     * @param otherMembersUnsure true when other members have a schema of their own
     * @param required the required members
     * @param items the items' shape, or null
     * @param minItems the fewest items
     * @param maxItems the most items
     */
    public ValueShape {
        Objects.requireNonNull(required, "required");
        required = List.copyOf(required);
        properties = properties == null ? null : Map.copyOf(properties);
    }

    /**
     * Whether a JSON type is allowed.
     *
     * @param type one of the {@code TYPE_} bits
     * @return true when allowed
     */
    public boolean allows(int type) {
        return (types & type) != 0;
    }
}
