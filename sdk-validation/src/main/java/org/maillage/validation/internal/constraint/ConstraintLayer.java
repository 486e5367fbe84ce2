package org.maillage.validation.internal.constraint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.core.InvalidDataException;
import org.maillage.core.codelist.Coded;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.internal.TerritoryCodes;
import org.maillage.core.model.Dated;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Territory;
import org.maillage.json.MissingMemberException;
import org.maillage.json.NullItemException;
import org.maillage.validation.Finding;
import org.maillage.validation.internal.Located;
import org.maillage.validation.internal.Texts;

/**
 * The CONSTRAINTS layer: the model's Bean Validation constraints checked on the bound record by
 * plain Java checks derived once per record type ({@link ModelChecks}), or by Hibernate Validator
 * when the application has a {@code META-INF/validation.xml} (where Bean Validation lets users add
 * constraints to classes they cannot annotate): Hibernate Validator is not started otherwise. Both
 * give the same violations, in the same order (by property path, then constraint name). Each
 * constraint annotation maps to a catalogue rule; the violation's property path becomes a JSON
 * Pointer. Thread-safe.
 */
public final class ConstraintLayer implements AutoCloseable {

    /** Where Bean Validation reads an application's configuration and its constraint mapping files. */
    static final String VALIDATION_XML = "META-INF/validation.xml";

    private static final Map<String, IdentifierScheme> STRING_ID_CONSTRAINTS = Map.of(
            "ValidSiren", IdentifierScheme.SIREN,
            "ValidSiret", IdentifierScheme.SIRET,
            "ValidFiness", IdentifierScheme.FINESS_ET,
            "ValidRpps", IdentifierScheme.RPPS,
            "ValidInseeCommune", IdentifierScheme.INSEE_COMMUNE,
            "ValidDepartement", IdentifierScheme.INSEE_DEPARTEMENT,
            "ValidRegion", IdentifierScheme.INSEE_REGION);

    private static final Set<String> RANGE = Set.of("Min", "Max", "DecimalMin", "DecimalMax", "Positive",
            "PositiveOrZero", "Negative", "NegativeOrZero", "Size", "Past", "PastOrPresent", "Future",
            "FutureOrPresent", "Digits");

    /** The constraints mapped to a rule by name (the identifier constraints of STRING_ID_CONSTRAINTS and RANGE besides). */
    private static final Set<String> NAMED = Set.of("ValidIdentifier", "WellOrderedPeriod", "ValidTerritoryCode", "NotBlank",
            "NotEmpty", "NotNull", "Pattern");

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::path)
            .thenComparing(v -> v.constraint().annotationType().getName());

    private final ModelChecks plain;
    private final HibernateChecks hibernate;

    /**
     * The layer: Hibernate Validator when the application has a {@code META-INF/validation.xml}
     * (seen through the thread's context class loader or this module's, as Hibernate Validator looks
     * for it), the plain checks otherwise.
     */
    public ConstraintLayer() {
        this(hasValidationXml());
    }

    /**
     * @param hibernate true to check with Hibernate Validator, false with the plain checks
     */
    ConstraintLayer(boolean hibernate) {
        this.hibernate = hibernate ? new HibernateChecks() : null;
        this.plain = hibernate ? null : new ModelChecks();
    }

    private static boolean hasValidationXml() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null && context.getResource(VALIDATION_XML) != null
                || ConstraintLayer.class.getClassLoader() != null
                        && ConstraintLayer.class.getClassLoader().getResource(VALIDATION_XML) != null;
    }

    /** @return true when this layer runs Hibernate Validator */
    boolean usesHibernate() {
        return hibernate != null;
    }

    /** Constraint findings of one bound object, relative to where it is located. */
    public List<Finding> validate(Object bean, Located where) {
        List<Violation> violations = hibernate != null ? hibernate.check(bean) : plain.check(bean);
        if (violations.isEmpty()) {
            return List.of();
        }
        violations.sort(ORDER);
        List<Finding> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            out.add(map(v, where, bean));
        }
        return out;
    }

    /**
     * The finding of a record that cannot be bound: {@code constraint.required} when a member the
     * record requires is missing (what {@code @NotNull} would say, but the record's constructor
     * refuses it before any constraint can run), else {@code constraint.bind}: a null list item is
     * said in French and English; other details are the reader's (Jackson's or a constructor's)
     * message, in both languages.
     */
    public static Finding bindFailure(Located where, String family, InvalidDataException failure, String pointer) {
        if (failure instanceof MissingMemberException missing) {
            return where.finding("constraint.required", Map.of("property", missing.member()), pointer);
        }
        String detail = String.valueOf(failure.getMessage());
        String detailFr = failure instanceof NullItemException nullItem
                ? "la liste « " + nullItem.member() + " » contient un élément nul"
                : Texts.STANDARD.fr("bind.other");
        return where.finding("constraint.bind", Map.of("family", family, "familyFr", Texts.STANDARD.familyFr(family),
                "detail", detail, "detailFr", detailFr), pointer);
    }

    private static Finding map(Violation v, Located where, Object bean) {
        String name = v.name();
        String pointer = v.pointer();
        Object value = v.value();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("property", v.property());
        String rule;
        IdentifierScheme scheme = STRING_ID_CONSTRAINTS.get(name);
        if (scheme != null) {
            rule = identifierRule(scheme);
            p.put("value", String.valueOf(value));
            scheme(p, scheme);
            Texts.STANDARD.reason(p, String.valueOf(scheme.problem(String.valueOf(value))));
        } else if (name.equals("ValidIdentifier") && value instanceof Identifier id) {
            rule = identifierRule(id.scheme());
            pointer = pointer + "/value";
            p.put("value", id.value());
            scheme(p, id.scheme());
            Texts.STANDARD.reason(p, String.valueOf(id.problem()));
        } else if (name.equals("WellOrderedPeriod") && value instanceof Dated dated) {
            rule = "constraint.period";
            pointer = pointer + "/validTo";
            p.put("from", String.valueOf(dated.validFrom()));
            p.put("to", String.valueOf(dated.validTo()));
        } else if (name.equals("ValidTerritoryCode") && value instanceof Territory t) {
            rule = "constraint.territory-code";
            pointer = pointer + "/code";
            p.put("value", t.code());
            p.put("kind", kindCode(t.kind()));
            p.put("kindFr", Texts.label("territory-kind", kindCode(t.kind()), true));
            Texts.STANDARD.reason(p, String.valueOf(TerritoryCodes.problem(t.kind(), t.code())));
        } else if (name.equals("NotBlank") || name.equals("NotEmpty")) {
            rule = "constraint.not-blank";
        } else if (name.equals("NotNull")) {
            rule = "constraint.required";
        } else if (name.equals("Pattern")) {
            rule = "constraint.pattern";
            p.put("value", String.valueOf(value));
            p.put("pattern", String.valueOf(v.attributes().get("regexp")));
        } else if (RANGE.contains(name)) {
            rule = "constraint.range";
            p.put("value", String.valueOf(value));
            p.put("detail", rangeEn(name, v.attributes(), v.message()));
            p.put("detailFr", rangeFr(name, v.attributes()));
        } else {
            // every constraint of the model has its rule, and a test walks the model to keep it so
            throw new IllegalStateException("the constraint @" + name + " on " + bean.getClass().getSimpleName()
                    + " maps to no rule: map it in ConstraintLayer");
        }
        return where.finding(rule, p, pointer);
    }

    /**
     * Whether a constraint annotation has a rule of its own.
     *
     * @param annotation the annotation's simple name, for example {@code Pattern}
     * @return true when its violations map to a rule
     */
    static boolean mapped(String annotation) {
        return NAMED.contains(annotation) || RANGE.contains(annotation) || STRING_ID_CONSTRAINTS.containsKey(annotation);
    }

    /**
     * What a range constraint asks, in English: Hibernate Validator's own message, except for
     * {@code @DecimalMin} and {@code @DecimalMax}, whose default message needs an expression language
     * the library does not ship (it would print its template, "${inclusive == true ? ...}").
     */
    private static String rangeEn(String constraint, Map<String, Object> a, String message) {
        boolean inclusive = !Boolean.FALSE.equals(a.get("inclusive"));
        return switch (constraint) {
            case "DecimalMin" -> "must be greater than " + (inclusive ? "or equal to " : "") + a.get("value");
            case "DecimalMax" -> "must be less than " + (inclusive ? "or equal to " : "") + a.get("value");
            default -> message;
        };
    }

    /** What a range constraint asks, in French: Hibernate Validator's messages are English. */
    private static String rangeFr(String constraint, Map<String, Object> a) {
        boolean inclusive = !Boolean.FALSE.equals(a.get("inclusive"));
        return switch (constraint) {
            case "Min", "DecimalMin" -> "elle doit être supérieure " + (inclusive ? "ou égale " : "") + "à " + a.get("value");
            case "Max", "DecimalMax" -> "elle doit être inférieure " + (inclusive ? "ou égale " : "") + "à " + a.get("value");
            case "Positive" -> "elle doit être strictement positive";
            case "PositiveOrZero" -> "elle doit être positive ou nulle";
            case "Negative" -> "elle doit être strictement négative";
            case "NegativeOrZero" -> "elle doit être négative ou nulle";
            case "Size" -> "sa taille doit être comprise entre " + a.get("min") + " et " + a.get("max");
            case "Past" -> "elle doit être dans le passé";
            case "PastOrPresent" -> "elle ne doit pas être dans le futur";
            case "Future" -> "elle doit être dans le futur";
            case "FutureOrPresent" -> "elle ne doit pas être dans le passé";
            case "Digits" -> "elle doit avoir au plus " + a.get("integer") + " chiffres avant la virgule et "
                    + a.get("fraction") + " après";
            default -> "elle est hors des bornes du membre";
        };
    }

    /** The scheme's code, and its French label («numéro ADELI») as {@code schemeFr}. */
    private static void scheme(Map<String, String> p, IdentifierScheme scheme) {
        p.put("scheme", scheme.code());
        p.put("schemeFr", Texts.label("identifier-scheme", scheme.code(), true));
    }

    private static String kindCode(TerritoryKind kind) {
        return kind == null ? "null" : ((Coded) kind).code();
    }

    private static String identifierRule(IdentifierScheme scheme) {
        return switch (scheme) {
            case SIREN -> "constraint.siren";
            case SIRET -> "constraint.siret";
            case FINESS_EJ, FINESS_ET -> "constraint.finess";
            case RPPS -> "constraint.rpps";
            case INSEE_COMMUNE, INSEE_DEPARTEMENT, INSEE_REGION -> "constraint.insee-code";
            default -> "constraint.identifier";
        };
    }

    @Override
    public void close() {
        if (hibernate != null) {
            hibernate.close();
        }
    }
}
