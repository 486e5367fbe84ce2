package org.maillage.validation.internal.constraint;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
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
import org.maillage.validation.internal.schema.SchemaLayer;

/**
 * The CONSTRAINTS layer: Hibernate Validator on the bound record, with the
 * {@link ParameterMessageInterpolator} (no Expression Language at all), one factory per validator.
 * Each constraint annotation maps to a catalogue rule; the violation's property path becomes a JSON
 * Pointer. Thread-safe.
 */
public final class ConstraintLayer implements AutoCloseable {

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

    private final ValidatorFactory factory;
    private final jakarta.validation.Validator validator;

    public ConstraintLayer() {
        this.factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** Constraint findings of one bound object, relative to where it is located. */
    public List<Finding> validate(Object bean, Located where) {
        List<ConstraintViolation<Object>> violations = new ArrayList<>(validator.validate(bean));
        violations.sort(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName()));
        List<Finding> out = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> v : violations) {
            out.add(map(v, where));
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

    private static Finding map(ConstraintViolation<Object> v, Located where) {
        ConstraintDescriptor<?> d = v.getConstraintDescriptor();
        Annotation a = d.getAnnotation();
        String name = a.annotationType().getSimpleName();
        String pointer = toJsonPointer(v.getPropertyPath());
        String property = lastProperty(v.getPropertyPath());
        Object value = v.getInvalidValue();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("property", property);
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
            p.put("pattern", String.valueOf(d.getAttributes().get("regexp")));
        } else if (RANGE.contains(name)) {
            rule = "constraint.range";
            p.put("value", String.valueOf(value));
            p.put("detail", v.getMessage());
            p.put("detailFr", rangeFr(name, d.getAttributes()));
        } else {
            // every constraint of the model has its rule, and a test walks the model to keep it so
            throw new IllegalStateException("the constraint @" + name + " on " + v.getRootBeanClass().getSimpleName()
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

    /** A Bean Validation property path as a JSON Pointer: {@code parents[1].territory} → {@code /parents/1/territory}. */
    static String toJsonPointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                Object k = n.getIndex() != null ? n.getIndex() : n.getKey();
                if (k != null) {
                    sb.append('/').append(SchemaLayer.escape(k.toString()));
                }
            }
            if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
                sb.append('/').append(SchemaLayer.escape(n.getName()));
            }
        }
        return sb.toString();
    }

    private static String lastProperty(Path path) {
        String last = "";
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
                last = n.getName();
            }
        }
        return last;
    }

    @Override
    public void close() {
        factory.close();
    }
}
