package org.maillage.validation.internal.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.maillage.validation.internal.schema.SimplePattern;
import org.maillage.validation.internal.schema.SchemaLayer;

/**
 * The model's own Bean Validation constraints as plain Java checks, derived once per record type
 * (on its first use) from the same annotations Hibernate Validator reads: the record's class-level
 * constraints, each component's field constraints, {@code @Valid} cascades into records and into
 * the items of lists, and constraints on list items. Each check keeps Hibernate Validator's
 * semantics for the types the model uses ({@code @NotBlank} is {@link String#isBlank()}, a
 * {@code @DecimalMin} on a {@code double} compares {@code BigDecimal.valueOf}, NaN fails both
 * bounds…); the model's own constraints ({@code @WellOrderedPeriod}, {@code @ValidIdentifier}…) run
 * their {@code ConstraintValidator} directly, with no context. {@code ModelChecksTest} holds the
 * violations equal to Hibernate Validator's on generated records with faults, and walks the model
 * so that a constraint these checks cannot run fails the build.
 *
 * <p>A type the checks cannot derive (a constraint of an unknown kind, with a message or groups of
 * its own, a container other than {@code List}) throws {@link IllegalStateException} naming it:
 * a fault of the model, never of the data. Thread-safe.
 */
final class ModelChecks {

    /** Hibernate Validator's name of the node of a list item. */
    private static final String LIST_ELEMENT = "<list element>";

    private final ClassValue<BeanChecks> beans = new ClassValue<>() {
        @Override
        protected BeanChecks computeValue(Class<?> type) {
            return derive(type);
        }
    };

    /**
     * The violations of one object and of what it cascades to, in no particular order.
     *
     * @param bean a model record
     * @return its violations
     */
    List<Violation> check(Object bean) {
        List<Violation> out = new ArrayList<>(0);
        walk(bean, null, out);
        return out;
    }

    /**
     * Derives the checks of a record type now rather than on its first use.
     *
     * @param type a record type of the model
     * @throws IllegalStateException when a constraint of the type cannot be derived
     */
    void prepare(Class<?> type) {
        beans.get(type);
    }

    /**
     * Whether these checks can run a constraint annotation.
     *
     * @param constraint a constraint annotation type
     * @return true when a check can be derived from it
     */
    static boolean handles(Class<? extends Annotation> constraint) {
        return BUILT_IN.containsKey(constraint) || custom(constraint);
    }

    private void walk(Object bean, At at, List<Violation> out) {
        BeanChecks checks = beans.get(bean.getClass());
        for (Check c : checks.classLevel) {
            if (!c.test.test(bean)) {
                out.add(c.violation(at == null ? "" : at.path(), at == null ? "" : at.pointer(),
                        at == null ? "" : at.property, bean));
            }
        }
        for (Component m : checks.components) {
            Object value = m.get(bean);
            for (Check c : m.checks) {
                if (!c.test.test(value)) {
                    out.add(c.violation(child(at, m.name), (at == null ? "" : at.pointer()) + "/" + m.escaped, m.name, value));
                }
            }
            if (!(value instanceof List<?> list)) {
                if (m.cascade && value != null) {
                    walk(value, new At(at, m.name, m.escaped, -1), out);
                }
                continue;
            }
            if (m.itemChecks.isEmpty() && !m.cascadeItems) {
                continue;
            }
            int i = 0;
            for (Object item : list) {
                for (Check c : m.itemChecks) {
                    if (!c.test.test(item)) {
                        out.add(c.violation(child(at, m.name) + "[" + i + "]." + LIST_ELEMENT,
                                (at == null ? "" : at.pointer()) + "/" + m.escaped + "/" + i, m.name, item));
                    }
                }
                if (m.cascadeItems && item != null) {
                    walk(item, new At(at, m.name, m.escaped, i), out);
                }
                i++;
            }
        }
    }

    private static String child(At at, String name) {
        String parent = at == null ? "" : at.path();
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /**
     * Where a cascaded object is: its parent, the property holding it and its index in that list
     * (or -1). Paths are built only when a violation is reported.
     */
    private record At(At parent, String property, String escaped, int index) {
        String path() {
            String p = (parent == null ? "" : parent.path());
            String self = index < 0 ? property : property + "[" + index + "]";
            return p.isEmpty() ? self : p + "." + self;
        }

        String pointer() {
            String p = (parent == null ? "" : parent.pointer()) + "/" + escaped;
            return index < 0 ? p : p + "/" + index;
        }
    }

    /** The checks of one record type. */
    private record BeanChecks(List<Check> classLevel, List<Component> components) {}

    /** A component's accessor, its checks, the checks of its list items and whether it cascades. */
    private record Component(String name, String escaped, MethodHandle accessor, List<Check> checks, boolean cascade,
            List<Check> itemChecks, boolean cascadeItems) {
        Object get(Object bean) {
            try {
                return accessor.invokeExact(bean);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("accessor " + name + " failed", t);
            }
        }
    }

    /** One constraint: its test and what a violation says. */
    private record Check(Annotation constraint, Map<String, Object> attributes, String message, Predicate<Object> test) {
        Violation violation(String path, String pointer, String property, Object value) {
            return new Violation(constraint, attributes, path, pointer, property, value, message);
        }
    }

    private static BeanChecks derive(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getName() + " is validated but is not a record of the model");
        }
        List<Check> classLevel = new ArrayList<>();
        for (Class<?> c : hierarchy(type)) {
            for (Annotation a : c.getDeclaredAnnotations()) {
                constraints(a, c, c.getName(), classLevel);
            }
        }
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        List<Component> components = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            String where = type.getSimpleName() + "." + rc.getName();
            Field field;
            MethodHandle accessor;
            try {
                field = type.getDeclaredField(rc.getName());
                accessor = lookup.unreflect(rc.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + where, e);
            }
            Class<?> valueType = rc.getType().isPrimitive() ? boxed(rc.getType()) : rc.getType();
            List<Check> checks = new ArrayList<>();
            boolean cascade = false;
            for (Annotation a : field.getDeclaredAnnotations()) {
                if (a instanceof Valid) {
                    cascade = true;
                } else {
                    constraints(a, valueType, where, checks);
                }
            }
            List<Check> itemChecks = new ArrayList<>();
            boolean cascadeItems = false;
            AnnotatedType annotated = field.getAnnotatedType();
            if (annotated instanceof AnnotatedParameterizedType p) {
                boolean list = rc.getType() == List.class;
                for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
                    refuseNested(arg, where);
                    for (Annotation a : arg.getDeclaredAnnotations()) {
                        if (!list) {
                            if (a instanceof Valid || isConstraint(a.annotationType())) {
                                throw new IllegalStateException(where + ": constraints on the items of a "
                                        + rc.getType().getSimpleName() + " are not derived (only List)");
                            }
                        } else if (a instanceof Valid) {
                            cascadeItems = true;
                        } else {
                            constraints(a, rawClass(arg.getType()), where + "[]", itemChecks);
                        }
                    }
                }
            }
            if (cascade && Collection.class.isAssignableFrom(rc.getType())) {
                if (rc.getType() != List.class) {
                    throw new IllegalStateException(where + ": @Valid on a " + rc.getType().getSimpleName() + " is not derived");
                }
                cascadeItems = true;
                cascade = false;
            }
            if (!checks.isEmpty() || cascade || !itemChecks.isEmpty() || cascadeItems) {
                components.add(new Component(rc.getName(), SchemaLayer.escape(rc.getName()), accessor, List.copyOf(checks),
                        cascade, List.copyOf(itemChecks), cascadeItems));
            }
        }
        return new BeanChecks(List.copyOf(classLevel), List.copyOf(components));
    }

    private static void refuseNested(AnnotatedType arg, String where) {
        if (arg instanceof AnnotatedParameterizedType inner) {
            for (AnnotatedType t : inner.getAnnotatedActualTypeArguments()) {
                for (Annotation a : t.getDeclaredAnnotations()) {
                    if (a instanceof Valid || isConstraint(a.annotationType())) {
                        throw new IllegalStateException(where + ": constraints in nested containers are not derived");
                    }
                }
            }
        }
    }

    /** The type and its superclasses and interfaces, as Hibernate Validator reads class-level constraints. */
    private static Set<Class<?>> hierarchy(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            addWithInterfaces(c, out);
        }
        return out;
    }

    private static void addWithInterfaces(Class<?> c, Set<Class<?>> out) {
        if (out.add(c)) {
            for (Class<?> i : c.getInterfaces()) {
                addWithInterfaces(i, out);
            }
        }
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static boolean isConstraint(Class<? extends Annotation> type) {
        return type.isAnnotationPresent(Constraint.class);
    }

    /** Adds the checks of an annotation: none when it is not a constraint, one per item of a repeated constraint's list. */
    private static void constraints(Annotation a, Class<?> valueType, String where, List<Check> out) {
        Class<? extends Annotation> type = a.annotationType();
        if (!isConstraint(type)) {
            Annotation[] repeated = repeated(a);
            for (Annotation r : repeated) {
                constraints(r, valueType, where, out);
            }
            return;
        }
        Map<String, Object> attributes = attributes(a);
        Object groups = attributes.get("groups");
        if (groups instanceof Class<?>[] g && g.length > 0) {
            throw new IllegalStateException(where + ": @" + type.getSimpleName() + " has groups, which are not derived");
        }
        for (Annotation meta : type.getDeclaredAnnotations()) {
            if (isConstraint(meta.annotationType()) || repeated(meta).length > 0) {
                throw new IllegalStateException(where + ": @" + type.getSimpleName() + " is a composed constraint, which is not derived");
            }
        }
        String template = String.valueOf(attributes.get("message"));
        BuiltIn builtIn = BUILT_IN.get(type);
        Predicate<Object> test;
        String message;
        if (builtIn != null) {
            if (!template.equals("{" + type.getName() + ".message}")) {
                throw new IllegalStateException(where + ": @" + type.getSimpleName() + " has a message of its own, which is not derived");
            }
            test = builtIn.test(a, valueType, where);
            message = builtIn.message(attributes);
        } else if (custom(type)) {
            test = custom(a, valueType, where);
            message = template;
        } else {
            throw new IllegalStateException(where + ": @" + type.getName() + " has no plain check: add one to ModelChecks");
        }
        out.add(new Check(a, Map.copyOf(attributes), message, test));
    }

    /** The constraints held by a repeating container annotation ({@code @Pattern.List}), else none. */
    private static Annotation[] repeated(Annotation a) {
        try {
            Method value = a.annotationType().getDeclaredMethod("value");
            if (value.getReturnType().isArray() && value.getReturnType().getComponentType().isAnnotation()
                    && isConstraint(value.getReturnType().getComponentType().asSubclass(Annotation.class))) {
                return (Annotation[]) value.invoke(a);
            }
        } catch (NoSuchMethodException e) {
            return new Annotation[0];
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read @" + a.annotationType().getName(), e);
        }
        return new Annotation[0];
    }

    private static Map<String, Object> attributes(Annotation a) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Method m : a.annotationType().getDeclaredMethods()) {
            if (m.getParameterCount() != 0) {
                continue;
            }
            try {
                out.put(m.getName(), m.invoke(a));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read @" + a.annotationType().getName() + "." + m.getName(), e);
            }
        }
        return out;
    }

    /** A constraint of the model itself: one validator class of its own, run without a context. */
    private static boolean custom(Class<? extends Annotation> type) {
        Constraint c = type.getAnnotation(Constraint.class);
        return c != null && c.validatedBy().length == 1 && type.getName().startsWith("org.maillage.core.");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate<Object> custom(Annotation a, Class<?> valueType, String where) {
        Class<? extends ConstraintValidator<?, ?>> type = a.annotationType().getAnnotation(Constraint.class).validatedBy()[0];
        ConstraintValidator validator;
        try {
            validator = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(where + ": cannot create " + type.getName(), e);
        }
        validator.initialize(a);
        Class<?> accepts = validatedType(type);
        if (!accepts.isAssignableFrom(valueType)) {
            throw new IllegalStateException(where + ": " + type.getSimpleName() + " checks " + accepts.getSimpleName()
                    + ", not " + valueType.getSimpleName());
        }
        ConstraintValidator v = validator;
        return value -> v.isValid(value, null);
    }

    private static Class<?> validatedType(Class<?> validator) {
        for (Type t : validator.getGenericInterfaces()) {
            if (t instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class) {
                return rawClass(p.getActualTypeArguments()[1]);
            }
        }
        throw new IllegalStateException(validator.getName() + " does not implement ConstraintValidator directly");
    }

    private static Class<?> boxed(Class<?> primitive) {
        return MethodType.methodType(primitive).wrap().returnType();
    }

    /** A built-in constraint of Bean Validation: its test for a value type, and its English message. */
    private interface BuiltIn {
        Predicate<Object> test(Annotation a, Class<?> type, String where);

        String message(Map<String, Object> attributes);
    }

    private static BuiltIn builtIn(String message, TestFactory factory) {
        return new BuiltIn() {
            @Override
            public Predicate<Object> test(Annotation a, Class<?> type, String where) {
                Predicate<Object> t = factory.test(a, type);
                if (t == null) {
                    throw new IllegalStateException(where + ": @" + a.annotationType().getSimpleName() + " on a "
                            + type.getSimpleName() + " has no plain check");
                }
                return t;
            }

            @Override
            public String message(Map<String, Object> attributes) {
                return interpolate(message, attributes);
            }
        };
    }

    /** A test for a constraint on a value type, or null when that type is not supported. */
    private interface TestFactory {
        Predicate<Object> test(Annotation a, Class<?> type);
    }

    /**
     * Hibernate Validator's English messages with {@code {name}} replaced by the attribute, as its
     * {@code ParameterMessageInterpolator} does; an EL expression ({@code ${…}}) stays as written.
     */
    private static String interpolate(String template, Map<String, Object> attributes) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                int end = template.indexOf('}', i);
                sb.append(template, i, end + 1);
                i = end + 1;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                sb.append(attributes.get(template.substring(i + 1, end)));
                i = end + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static final Map<Class<? extends Annotation>, BuiltIn> BUILT_IN = Map.ofEntries(
            Map.entry(NotNull.class, builtIn("must not be null", (a, t) -> v -> v != null)),
            Map.entry(NotBlank.class, builtIn("must not be blank", (a, t) -> CharSequence.class.isAssignableFrom(t)
                    ? v -> v != null && !v.toString().isBlank() : null)),
            Map.entry(NotEmpty.class, builtIn("must not be empty", ModelChecks::notEmpty)),
            Map.entry(Size.class, builtIn("size must be between {min} and {max}", ModelChecks::size)),
            Map.entry(Pattern.class, builtIn("must match \"{regexp}\"", ModelChecks::pattern)),
            Map.entry(Min.class, builtIn("must be greater than or equal to {value}",
                    (a, t) -> sign(t, BigDecimal.valueOf(((Min) a).value()), c -> c >= 0))),
            Map.entry(Max.class, builtIn("must be less than or equal to {value}",
                    (a, t) -> sign(t, BigDecimal.valueOf(((Max) a).value()), c -> c <= 0))),
            Map.entry(DecimalMin.class, builtIn("must be greater than ${inclusive == true ? 'or equal to ' : ''}{value}",
                    (a, t) -> decimal(t, new BigDecimal(((DecimalMin) a).value()), -1,
                            ((DecimalMin) a).inclusive() ? c -> c >= 0 : c -> c > 0))),
            Map.entry(DecimalMax.class, builtIn("must be less than ${inclusive == true ? 'or equal to ' : ''}{value}",
                    (a, t) -> decimal(t, new BigDecimal(((DecimalMax) a).value()), 1,
                            ((DecimalMax) a).inclusive() ? c -> c <= 0 : c -> c < 0))),
            Map.entry(Positive.class, builtIn("must be greater than 0", (a, t) -> sign(t, BigDecimal.ZERO, c -> c > 0))),
            Map.entry(PositiveOrZero.class, builtIn("must be greater than or equal to 0",
                    (a, t) -> sign(t, BigDecimal.ZERO, c -> c >= 0))),
            Map.entry(Negative.class, builtIn("must be less than 0", (a, t) -> sign(t, BigDecimal.ZERO, c -> c < 0))),
            Map.entry(NegativeOrZero.class, builtIn("must be less than or equal to 0",
                    (a, t) -> sign(t, BigDecimal.ZERO, c -> c <= 0))));

    /** How a comparison with a bound passes. */
    private interface Outcome {
        boolean passes(int comparison);
    }

    private static Predicate<Object> notEmpty(Annotation a, Class<?> t) {
        if (Collection.class.isAssignableFrom(t)) {
            return v -> v != null && !((Collection<?>) v).isEmpty();
        }
        if (CharSequence.class.isAssignableFrom(t)) {
            return v -> v != null && ((CharSequence) v).length() > 0;
        }
        return null;
    }

    private static Predicate<Object> size(Annotation a, Class<?> t) {
        int min = ((Size) a).min();
        int max = ((Size) a).max();
        if (Collection.class.isAssignableFrom(t)) {
            return v -> v == null || ((Collection<?>) v).size() >= min && ((Collection<?>) v).size() <= max;
        }
        if (CharSequence.class.isAssignableFrom(t)) {
            return v -> v == null || ((CharSequence) v).length() >= min && ((CharSequence) v).length() <= max;
        }
        return null;
    }

    private static Predicate<Object> pattern(Annotation a, Class<?> t) {
        if (!CharSequence.class.isAssignableFrom(t)) {
            return null;
        }
        Pattern p = (Pattern) a;
        int flags = 0;
        for (Pattern.Flag f : p.flags()) {
            flags |= f.getValue();
        }
        if (flags == 0) {
            // the id and code patterns: matched without backtracking, as java.util.regex would
            java.util.Optional<Predicate<String>> simple = SimplePattern.compile(p.regexp());
            if (simple.isPresent()) {
                Predicate<String> m = simple.get();
                return v -> v == null || m.test(v.toString());
            }
        }
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(p.regexp(), flags);
        return v -> v == null || regex.matcher((CharSequence) v).matches();
    }

    /**
     * {@code @Min}, {@code @Max} and the sign constraints: integers compared exactly, a
     * {@code BigDecimal} by {@code compareTo}.
     */
    private static Predicate<Object> sign(Class<?> t, BigDecimal bound, Outcome outcome) {
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class) {
            long b = bound.longValueExact();
            return v -> v == null || outcome.passes(Long.compare(((Number) v).longValue(), b));
        }
        if (t == BigDecimal.class) {
            return v -> v == null || outcome.passes(((BigDecimal) v).compareTo(bound));
        }
        if (t == BigInteger.class) {
            return v -> v == null || outcome.passes(new BigDecimal((BigInteger) v).compareTo(bound));
        }
        return null;
    }

    /**
     * {@code @DecimalMin} and {@code @DecimalMax}: a {@code double} by {@code BigDecimal.valueOf},
     * infinities below or above every bound and NaN failing ({@code nanAs} is its comparison).
     */
    private static Predicate<Object> decimal(Class<?> t, BigDecimal bound, int nanAs, Outcome outcome) {
        if (t == Double.class) {
            return v -> {
                if (v == null) {
                    return true;
                }
                double d = (Double) v;
                int c = Double.isNaN(d) ? nanAs : d == Double.NEGATIVE_INFINITY ? -1 : d == Double.POSITIVE_INFINITY ? 1
                        : BigDecimal.valueOf(d).compareTo(bound);
                return outcome.passes(c);
            };
        }
        return sign(t, bound, outcome);
    }
}
