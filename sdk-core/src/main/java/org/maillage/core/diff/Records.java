package org.maillage.core.diff;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillage.core.model.DatasetHeader;

/**
 * Reflection over record components, cached per class: read a component, rebuild a record with one
 * component changed, resolve the Java type at a path. Component names are the JSON member names,
 * except {@code DatasetHeader.schema}, written {@code $schema}.
 */
final class Records {
    private Records() {}

    /** The shape of one record class. */
    static final class Shape {
        final RecordComponent[] components;
        final String[] names;
        final Map<String, Integer> byName = new HashMap<>();
        final Constructor<?> constructor;

        Shape(Class<?> type) {
            components = type.getRecordComponents();
            names = new String[components.length];
            Class<?>[] params = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = jsonName(type, components[i].getName());
                byName.put(names[i], i);
                params[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(params);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
            }
        }

        int index(String name, Class<?> type, String pointer) {
            Integer i = byName.get(name);
            if (i == null) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no member '" + name + "' (path '"
                        + pointer + "')");
            }
            return i;
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private static String jsonName(Class<?> type, String component) {
        return type == DatasetHeader.class && component.equals("schema") ? "$schema" : component;
    }

    static Shape shape(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        return SHAPES.get(type);
    }

    static Object get(Object record, int component) {
        try {
            return shape(record.getClass()).components[component].getAccessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("accessor of " + record.getClass().getName() + " failed", e.getCause());
        }
    }

    /** A copy of the record with one component replaced, through its canonical constructor. */
    static Object with(Object record, int component, Object value) {
        Shape s = shape(record.getClass());
        Object[] args = new Object[s.components.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = i == component ? value : get(record, i);
        }
        if (value == null && s.components[component].getType().isPrimitive()) {
            throw new IllegalArgumentException("member '" + s.names[component] + "' of "
                    + record.getClass().getSimpleName() + " cannot be removed");
        }
        if (value == null && List.class.isAssignableFrom(s.components[component].getType())) {
            args[component] = List.of();
        }
        try {
            return s.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            String type = record.getClass().getSimpleName();
            if (c instanceof NullPointerException && c.getMessage() != null && c.getMessage().matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
                // Objects.requireNonNull(kind, "kind"): a required member left without a value
                throw new IllegalArgumentException("'" + c.getMessage() + "' is required in a " + type
                        + (c.getMessage().equals(s.names[component]) ? " and cannot be removed"
                                : " (it has no value after setting '" + s.names[component] + "')"), c);
            }
            throw new IllegalArgumentException(type + " refuses " + (value == null ? "the removal of '" + s.names[component] + "'"
                    : "this value of '" + s.names[component] + "'") + ": " + (c.getMessage() == null ? c.getClass().getSimpleName()
                    : c.getMessage()), c);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot rebuild " + record.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The Java type of the value at a pointer inside a value of the root type.
     *
     * @throws IllegalArgumentException when the pointer does not name a place in that type
     */
    static Type typeAt(Type root, String pointer) {
        Type t = root;
        for (String token : Pointers.parse(pointer)) {
            Class<?> raw = raw(t);
            if (raw.isRecord()) {
                Shape s = shape(raw);
                t = s.components[s.index(token, raw, pointer)].getGenericType();
            } else if (List.class.isAssignableFrom(raw)) {
                Pointers.index(token, pointer);
                t = typeArgument(t, 0, pointer);
            } else if (Map.class.isAssignableFrom(raw)) {
                t = typeArgument(t, 1, pointer);
            } else {
                throw new IllegalArgumentException("'" + token + "' goes inside a " + raw.getSimpleName()
                        + ", which has no members (path '" + pointer + "')");
            }
        }
        return t;
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + t);
    }

    private static Type typeArgument(Type t, int i, String pointer) {
        if (t instanceof ParameterizedType p) {
            Type a = p.getActualTypeArguments()[i];
            return a instanceof java.lang.reflect.WildcardType w ? w.getUpperBounds()[0] : a;
        }
        throw new IllegalArgumentException("raw collection type at '" + pointer + "': " + Arrays.toString(
                new Object[] {t}));
    }
}
