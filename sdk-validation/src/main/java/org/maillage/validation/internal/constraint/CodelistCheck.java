package org.maillage.validation.internal.constraint;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.maillage.core.codelist.Codelist;
import org.maillage.core.codelist.CodelistEntry;
import org.maillage.core.codelist.Codelists;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.Dated;
import org.maillage.core.model.Entity;
import org.maillage.core.model.IndicatorDefinition;
import org.maillage.validation.Finding;
import org.maillage.validation.internal.Accessors;
import org.maillage.validation.internal.Located;
import org.maillage.validation.internal.Texts;
import org.maillage.validation.internal.schema.SchemaLayer;

/**
 * Codes of open codelists, checked against the lists shipped in {@code maillage-schemas}: a code
 * the list does not hold is a warning naming the list and its version
 * ({@code constraint.unknown-code}); a code the list has ended is an info with its end date
 * ({@code constraint.deprecated-code}), judged once the dataset's reference date is known (see
 * {@link Use#deprecatedAt}). Closed lists are enums, refused by the schema and binding layers.
 * The codes are the {@link CodeRef}s of an entity, anywhere in it, and an indicator definition's
 * {@code code} (list {@code indicator}). Thread-safe.
 */
public final class CodelistCheck {

    /** The list an indicator definition's {@code code} belongs to. */
    static final String INDICATOR_LIST = "indicator";

    /**
     * A code of a list the entity uses, with the last day the entity (or the dated item holding the
     * code) speaks of.
     *
     * @param pointer where the code is, relative to the entity ({@code /category/code})
     * @param list the list
     * @param entry the list's entry for the code
     * @param until the last day of the holder's period, or null when open
     */
    public record Use(String pointer, Codelist list, CodelistEntry entry, LocalDate until) {
        public Use {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(entry, "entry");
        }

        /**
         * Whether the code had ended by the date the data speaks of: the reference date, or the
         * holder's last day when it is earlier. A code whose end is unknown but that the list marks
         * deprecated has always ended; a code used only while it was in force has not.
         *
         * @param referenceDate the dataset's reference date (else the validation date)
         * @return true when the code is deprecated at that date
         */
        public boolean deprecatedAt(LocalDate referenceDate) {
            LocalDate end = entry.validTo();
            if (end == null) {
                return entry.deprecated();
            }
            LocalDate at = until != null && (referenceDate == null || until.isBefore(referenceDate)) ? until : referenceDate;
            return at == null || end.isBefore(at);
        }

        /**
         * The {@code constraint.deprecated-code} finding of this use.
         *
         * @param where where the entity is
         * @return the finding
         */
        public Finding finding(Located where) {
            LocalDate end = entry.validTo();
            Texts t = Texts.STANDARD;
            Map<String, String> fragments = t.fragment("since", end == null ? "codelist.ended-at-unknown-date" : "codelist.ended-on");
            String label = entry.labelFr();
            return where.finding("constraint.deprecated-code", fragments, Map.of(
                    "code", entry.code(),
                    "end", String.valueOf(end),
                    "endFr", end == null ? "" : Texts.dateFr(end),
                    "label", entry.labelEn().isBlank() ? label : entry.labelEn(),
                    "labelFr", label,
                    "list", t.en(title(list.name())),
                    "listFr", t.fr(title(list.name())),
                    "version", list.version()), pointer);
        }
    }

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return components(type);
        }
    };

    /** A record component that holds codes, directly or below. */
    private record Component(String segment, Method accessor) {}

    private final Codelists lists;

    /**
     * @param lists the codelists to check against
     */
    public CodelistCheck(Codelists lists) {
        this.lists = lists;
    }

    /** The key of a list's title in {@link Texts}. */
    static String title(String list) {
        return "codelist." + list;
    }

    /**
     * Checks the codes of an entity: reports unknown codes at once and returns the codes the lists
     * mark as ended, to be judged at the reference date.
     *
     * @param e the bound entity
     * @param where where the entity is
     * @param findings where the unknown-code findings go
     * @return the uses of codes that have an end date or are marked deprecated
     */
    public List<Use> check(Entity e, Located where, List<Finding> findings) {
        List<Use> ended = new ArrayList<>(0);
        if (e instanceof IndicatorDefinition i) {
            use(INDICATOR_LIST, i.code(), "/code", e.validTo(), where, findings, ended);
        }
        walk((Record) (Object) e, "", e.validTo(), where, findings, ended);
        return ended;
    }

    private void walk(Record r, String pointer, LocalDate until, Located where, List<Finding> findings, List<Use> ended) {
        LocalDate end = r instanceof Dated d && d.validTo() != null && (until == null || d.validTo().isBefore(until))
                ? d.validTo() : until;
        for (Component c : COMPONENTS.get(r.getClass())) {
            Object v = Accessors.invoke(c.accessor(), r);
            String p = pointer + c.segment();
            if (v instanceof CodeRef code) {
                use(code.list(), code.code(), p + "/code", end, where, findings, ended);
            } else if (v instanceof Record nested) {
                walk(nested, p, end, where, findings, ended);
            } else if (v instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    if (item instanceof CodeRef code) {
                        use(code.list(), code.code(), p + "/" + i + "/code", end, where, findings, ended);
                    } else if (item instanceof Record nested) {
                        walk(nested, p + "/" + i, end, where, findings, ended);
                    }
                }
            }
        }
    }

    private void use(String listName, String code, String pointer, LocalDate until, Located where, List<Finding> findings,
            List<Use> ended) {
        Optional<Codelist> found = lists.find(listName);
        if (found.isEmpty() || !found.get().open() || code == null) {
            return; // a list that is not shipped, or a closed one, is the schema's to refuse
        }
        Codelist list = found.get();
        Optional<CodelistEntry> entry = list.entry(code);
        if (entry.isEmpty()) {
            Texts t = Texts.STANDARD;
            findings.add(where.finding("constraint.unknown-code", Map.of("code", code, "list", t.en(title(listName)),
                    "listFr", t.fr(title(listName)), "name", listName, "version", list.version()), pointer));
        } else if (entry.get().deprecated() || entry.get().validTo() != null) {
            ended.add(new Use(pointer, list, entry.get(), until));
        }
    }

    /** The components of a record type that may hold codes: CodeRefs, records and lists of them. */
    private static List<Component> components(Class<?> type) {
        List<Component> out = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            if (mayHoldCodes(rc.getGenericType(), new HashSet<>())) {
                out.add(new Component("/" + SchemaLayer.escape(rc.getName()), rc.getAccessor()));
            }
        }
        return List.copyOf(out);
    }

    private static boolean mayHoldCodes(Type t, Set<Class<?>> visiting) {
        if (t instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            return mayHoldCodes(pt.getActualTypeArguments()[0], visiting);
        }
        if (!(t instanceof Class<?> c)) {
            return false;
        }
        if (c == CodeRef.class) {
            return true;
        }
        if (!c.isRecord() || !visiting.add(c)) {
            return false;
        }
        try {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (mayHoldCodes(rc.getGenericType(), visiting)) {
                    return true;
                }
            }
            return false;
        } finally {
            visiting.remove(c);
        }
    }
}
