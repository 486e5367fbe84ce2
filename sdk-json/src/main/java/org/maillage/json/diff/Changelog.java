package org.maillage.json.diff;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.apiguardian.api.API;
import org.maillage.core.codelist.Coded;
import org.maillage.core.diff.ChangeKind;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.EntityChange;
import org.maillage.core.diff.FieldChange;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Territory;

/**
 * A changeset as a Markdown changelog in French or English, written for people: an ARS officer
 * can send it to partners as it is. Territories that disappear into a successor read as mergers
 * ("La commune X a fusionné dans la commune Y au 1er janvier 2025"), renamed entities as renamings,
 * items added to or removed from a collection as what the entity gains or loses ("the EPCI …
 * adds the commune … as a member"), naming the entities they refer to. The sentences and labels
 * are data, in {@code changelog.properties} and {@code changelog_fr.properties}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class Changelog {

    private final ResourceBundle text;
    private final Locale locale;
    private final Map<String, Entity> byId = new HashMap<>();
    private final Dataset a;
    private final Dataset b;

    private Changelog(Dataset a, Dataset b, Locale locale) {
        this.locale = locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        this.text = ResourceBundle.getBundle("org.maillage.json.diff.changelog", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.a = a;
        this.b = b;
        for (Entity e : a.allEntities()) {
            byId.put(e.id(), e);
        }
        for (Entity e : b.allEntities()) {
            byId.put(e.id(), e);
        }
    }

    /**
     * Renders a changeset as Markdown.
     *
     * @param changeset the changeset of {@code a} to {@code b}
     * @param a the first dataset, to name what changed
     * @param b the second dataset
     * @param locale French ({@code fr}) or English (anything else)
     * @return the Markdown text, ending with a newline
     */
    public static String render(Changeset changeset, Dataset a, Dataset b, Locale locale) {
        Objects.requireNonNull(changeset, "changeset");
        return new Changelog(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"), locale).render(changeset);
    }

    private String render(Changeset cs) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(fmt("title", datasetLabel(a.header()), datasetLabel(b.header()))).append("\n\n");
        if (cs.isEmpty()) {
            return sb.append(t("none")).append('\n').toString();
        }
        List<EntityChange> sorted = new ArrayList<>(cs.changes());
        sorted.sort(Comparator.comparing((EntityChange c) -> c.family().ordinal()).thenComparing(EntityChange::id));
        section(sb, "section.removed", sorted, ChangeKind.REMOVED);
        section(sb, "section.added", sorted, ChangeKind.ADDED);
        section(sb, "section.modified", sorted, ChangeKind.MODIFIED);
        if (!cs.header().isEmpty()) {
            sb.append("## ").append(t("section.header")).append("\n\n");
            for (FieldChange f : cs.header()) {
                sb.append("- ").append(fmt("header.changed", fieldLabel(f.path().substring(1).split("/")[0]),
                        value(f.oldValue()), value(f.newValue()))).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private void section(StringBuilder sb, String title, List<EntityChange> changes, ChangeKind kind) {
        List<String> lines = new ArrayList<>();
        for (EntityChange c : changes) {
            if (c.change() == kind) {
                switch (kind) {
                    case REMOVED -> lines.add(removed(c));
                    case ADDED -> lines.add(added(c));
                    case MODIFIED -> lines.addAll(modified(c));
                }
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        sb.append("## ").append(t(title)).append("\n\n");
        for (String l : lines) {
            sb.append("- ").append(capitalise(l)).append('\n');
        }
        sb.append('\n');
    }

    private String removed(EntityChange c) {
        Entity e = c.oldEntity();
        if (c.successors().isEmpty()) {
            return fmt("removed", label(e), "");
        }
        List<String> names = new ArrayList<>();
        LocalDate date = null;
        for (String s : c.successors()) {
            Entity succ = byId.get(s);
            names.add(succ == null ? s : label(succ));
            if (date == null && succ instanceof Territory st && e instanceof Territory et) {
                date = st.replaces().stream().filter(l -> l.code().equals(et.code())).map(Lineage::date)
                        .filter(Objects::nonNull).findFirst().orElse(null);
            }
        }
        if (date == null && e instanceof Territory et) {
            date = et.replacedBy().stream().map(Lineage::date).filter(Objects::nonNull).findFirst().orElse(null);
        }
        return fmt("removed.merged", label(e), join(names), date == null ? "" : fmt("date.on", date(date)));
    }

    private String added(EntityChange c) {
        Entity e = c.newEntity();
        if (e instanceof Territory t && !t.replaces().isEmpty()) {
            List<String> names = new ArrayList<>();
            LocalDate date = null;
            for (Lineage l : t.replaces()) {
                Entity p = l.territory() != null ? byId.get(l.territory()) : findByCode(l.code());
                names.add(p == null ? l.code() : label(p));
                date = date == null ? l.date() : date;
            }
            return fmt("added.replaces", label(e), join(names), date == null ? "" : fmt("date.on", date(date)));
        }
        return fmt("added", label(e), e.validFrom() == null ? "" : fmt("date.from", date(e.validFrom())));
    }

    private Entity findByCode(String code) {
        for (Territory t : a.territories()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        return null;
    }

    private List<String> modified(EntityChange c) {
        Entity before = (Entity) entityIn(a, c.family(), c.index());
        List<String> out = new ArrayList<>();
        String who = before == null ? c.id() : label(before);
        for (FieldChange f : c.fields()) {
            String[] tokens = f.path().substring(1).split("/");
            String field = tokens[0];
            if (tokens.length == 1 && (f.oldValue() instanceof List<?> || f.newValue() instanceof List<?>)) {
                List<?> added = f.newValue() instanceof List<?> l ? l : List.of();
                List<?> removed = f.oldValue() instanceof List<?> l ? l : List.of();
                removed.forEach(item -> out.add(item(who, "item.removed", item, field, true)));
                added.forEach(item -> out.add(item(who, "item.added", item, field, false)));
            } else if (tokens.length == 1) {
                if (field.equals("name") && f.oldValue() != null && f.newValue() != null) {
                    out.add(fmt("renamed", who, value(f.newValue())));
                } else if (f.isAddition()) {
                    out.add(fmt("field.set", who, fieldLabel(field), value(f.newValue())));
                } else if (f.isRemoval()) {
                    out.add(fmt("field.unset", who, fieldLabel(field), value(f.oldValue())));
                } else {
                    out.add(fmt("field.changed", who, fieldLabel(field), value(f.oldValue()), value(f.newValue())));
                }
            } else if (tokens.length == 2) {
                out.add(f.isAddition() ? item(who, "item.added", f.newValue(), field, false)
                        : item(who, "item.removed", f.oldValue(), field, true));
            } else {
                Object item = itemOf(before, field, tokens[1]);
                String rest = String.join("/", java.util.Arrays.copyOfRange(tokens, 2, tokens.length));
                out.add(fmt("item.changed", who, item == null ? tokens[1] : itemLabel(item), fieldLabel(field),
                        fieldLabel(rest), value(f.oldValue()), value(f.newValue())));
            }
        }
        return out;
    }

    private static Object entityIn(Dataset d, EntityFamily f, int index) {
        List<? extends Entity> l = d.entities(f);
        return index < l.size() ? l.get(index) : null;
    }

    private static Object itemOf(Object record, String component, String index) {
        Object list = record == null ? null : component(record, component);
        if (list instanceof List<?> l) {
            try {
                int i = Integer.parseInt(index);
                return i < l.size() ? l.get(i) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private String item(String who, String key, Object item, String field, boolean removal) {
        LocalDate date = null;
        if (item != null && item.getClass().isRecord()) {
            Object d = component(item, removal ? "validTo" : "validFrom");
            date = d instanceof LocalDate ld ? ld : firstDate(item);
        }
        return fmt(key, who, itemLabel(item), role(field), date == null ? "" : fmt("date.on", date(date)),
                plural(field));
    }

    private static LocalDate firstDate(Object record) {
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            if (rc.getType() == LocalDate.class && !rc.getName().equals("validTo")) {
                Object v = component(record, rc.getName());
                if (v != null) {
                    return (LocalDate) v;
                }
            }
        }
        return null;
    }

    /** An item of a collection: the entity it refers to when it refers to one, else its value. */
    private String itemLabel(Object item) {
        if (item instanceof Entity e) {
            return label(e);
        }
        if (item != null && item.getClass().isRecord()) {
            for (RecordComponent rc : item.getClass().getRecordComponents()) {
                Object v = component(item, rc.getName());
                if (v instanceof String s && byId.containsKey(s)) {
                    return label(byId.get(s));
                }
            }
        }
        return value(item);
    }

    /** For example "la commune Orée d'Anjou (49126)". */
    private String label(Entity e) {
        Object kind = component(e, "kind");
        String article = kind instanceof Coded c ? opt("kind." + c.code()) : null;
        if (article == null) {
            article = opt("family." + e.family().member());
        }
        Object name = component(e, "name");
        if (name == null) {
            name = component(e, "title");
        }
        Object code = component(e, "code");
        StringBuilder sb = new StringBuilder(article == null ? e.family().type() : article);
        sb.append(' ').append(name == null ? e.id() : name);
        sb.append(" (").append(code == null ? e.id() : code).append(')');
        return sb.toString();
    }

    private static Object component(Object record, String name) {
        if (record == null || !record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            if (rc.getName().equals(name)) {
                try {
                    return rc.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private String datasetLabel(DatasetHeader h) {
        String s = h.title() == null ? h.id() : h.title();
        return h.geography() == null ? s : s + " (" + h.geography() + ")";
    }

    private String value(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof LocalDate d) {
            return date(d);
        }
        if (v instanceof Coded c) {
            return c.code();
        }
        if (v instanceof Entity e) {
            return label(e);
        }
        if (v instanceof String s) {
            return byId.containsKey(s) ? label(byId.get(s)) : s;
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return "`" + ChangesetJson.value(v) + "`";
    }

    private String date(LocalDate d) {
        if (locale.getLanguage().equals("fr")) {
            String day = d.getDayOfMonth() == 1 ? "1er" : Integer.toString(d.getDayOfMonth());
            return day + " " + d.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
        }
        return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    private String fieldLabel(String field) {
        String l = opt("field." + field);
        if (l == null) {
            return field;
        }
        return locale.getLanguage().equals("en") ? l.replaceFirst("^(a|an) ", "") : l;
    }

    /** The role an item plays, with its article in English ("a member"). */
    private String role(String field) {
        String l = opt("field." + field);
        return l == null ? field : l;
    }

    private String plural(String field) {
        String l = opt("field." + field + ".plural");
        return l == null ? field : l;
    }

    private String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + t("and") + items.get(items.size() - 1);
    }

    private String fmt(String key, Object... args) {
        return new MessageFormat(t(key), locale).format(args);
    }

    private String t(String key) {
        return text.getString(key);
    }

    private String opt(String key) {
        try {
            return text.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
