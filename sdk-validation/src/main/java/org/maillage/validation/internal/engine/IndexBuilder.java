package org.maillage.validation.internal.engine;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillage.core.codelist.Coded;
import org.maillage.core.model.Dated;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Contract;
import org.maillage.core.model.Facility;
import org.maillage.core.model.IndicatorDefinition;
import org.maillage.core.model.Organization;
import org.maillage.core.model.Person;
import org.maillage.core.model.Territory;
import org.maillage.json.internal.EntityNode;
import org.maillage.validation.internal.Accessors;
import org.maillage.validation.internal.schema.SchemaLayer;
import org.maillage.validation.spi.Reference;
import tools.jackson.databind.JsonNode;

/**
 * Builds the index entry of an entity: walks its record components by reflection and asks
 * {@link References} which are references. Generic over every family. Thread-safe.
 */
final class IndexBuilder {

    /** One record component, with what it refers to when it is a reference. */
    private record Component(String name, String segment, Method accessor, boolean stringList,
            Optional<References.Target> target) {}

    /** The walkable components of a record class, and every accessor by name; computed once per class. */
    private record Shape(List<Component> walkable, Map<String, Method> accessors) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shape(type);
        }
    };

    /** One shared set per family, for references to the referring entity's own family. */
    private static final Map<EntityFamily, Set<EntityFamily>> SAME_FAMILY = sameFamily();

    private static Map<EntityFamily, Set<EntityFamily>> sameFamily() {
        Map<EntityFamily, Set<EntityFamily>> m = new EnumMap<>(EntityFamily.class);
        for (EntityFamily f : EntityFamily.values()) {
            m.put(f, Set.of(f));
        }
        return m;
    }

    IndexEntry index(Entity e, EntityNode node, String file) {
        List<Reference> refs = new ArrayList<>();
        Record r = (Record) (Object) e;
        walk(r, e, "", null, refs);
        return new WholeEntry(e.id(), e.family(), codeOf(read(r, "kind")), codeOf(read(r, "code")), nameOf(e),
                e.validFrom(), e.validTo(), e.identifiers(), refs, file, node.pointer(), node.index(), node.start().line(),
                node.start().column(), node.start().byteOffset());
    }

    /** A minimal entry for an entity that could not be bound: its id, kind and code as written. */
    static IndexEntry unbound(EntityNode node, String file) {
        JsonNode json = node.json();
        String name = node.family() == EntityFamily.OBSERVATIONS ? null
                : firstText(json, "name", "title", "labelFr", "familyName");
        return new WholeEntry(node.id(), node.family(), text(json.get("kind")),
                text(json.get("code")), name, null, null, List.of(), List.of(), file, node.pointer(),
                node.index(), node.start().line(), node.start().column(), node.start().byteOffset());
    }

    private void walk(Record r, Entity entity, String pointer, String role, List<Reference> out) {
        for (Component c : components(r.getClass())) {
            Object v = Accessors.invoke(c.accessor(), r);
            if (v == null) {
                continue;
            }
            String p = pointer + c.segment();
            String role2 = role == null ? c.name() : role;
            if (v instanceof String s && c.target().isPresent() && !c.stringList()) {
                out.add(reference(r, entity, role2, s, p, c.target().get()));
            } else if (v instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    if (item instanceof String s && c.stringList() && c.target().isPresent()) {
                        out.add(reference(r, entity, role2, s, p + "/" + i, c.target().get()));
                    } else if (item instanceof Record nested) {
                        walk(nested, entity, p + "/" + i, role2, out);
                    }
                }
            } else if (v instanceof Record nested) {
                walk(nested, entity, p, role2, out);
            }
        }
    }

    private static Reference reference(Record holder, Entity entity, String role, String target, String pointer,
            References.Target t) {
        LocalDate date = null;
        boolean dated = t.dating() == References.Dating.AT_HOLDER_DATE;
        if (dated) {
            for (String name : References.DATE_COMPONENTS) {
                if (read(holder, name) instanceof LocalDate d) {
                    date = d;
                    break;
                }
            }
        }
        LocalDate from = null;
        LocalDate to = null;
        if ((Object) holder != entity && holder instanceof Dated d) {
            from = d.validFrom();
            to = d.validTo();
        }
        return new ReferenceEntry(role, target, t.families().isEmpty() ? SAME_FAMILY.get(entity.family()) : t.families(),
                pointer, from, to, date, dated);
    }

    private static List<Component> components(Class<?> type) {
        return SHAPES.get(type).walkable();
    }

    /**
     * Reads the record components once ({@link Class#getRecordComponents} copies them at every
     * call), and keeps for the walk only those that are references or may hold some: an
     * observation's period, profession and plain strings are never visited.
     */
    private static Shape shape(Class<?> k) {
        List<Component> list = new ArrayList<>();
        Map<String, Method> accessors = new HashMap<>();
        for (RecordComponent rc : k.getRecordComponents()) {
            accessors.put(rc.getName(), rc.getAccessor());
            Optional<References.Target> target = target(k, rc);
            if (target.isPresent() || mayRefer(rc.getGenericType(), new HashSet<>())) {
                list.add(new Component(rc.getName(), "/" + SchemaLayer.escape(rc.getName()), rc.getAccessor(),
                        isStringList(rc.getGenericType()), target));
            }
        }
        return new Shape(List.copyOf(list), Map.copyOf(accessors));
    }

    /**
     * Whether values of a type may hold references: records with a reference component somewhere
     * below, lists of them, and any type the walk cannot see through (kept, to be safe).
     */
    private static boolean mayRefer(Type t, Set<Class<?>> visiting) {
        if (t instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            Type item = pt.getActualTypeArguments()[0];
            return item != String.class && mayRefer(item, visiting);
        }
        if (!(t instanceof Class<?> c)) {
            return true;
        }
        if (c == List.class) {
            return true;
        }
        if (!c.isRecord()) {
            return false;
        }
        if (!visiting.add(c)) {
            return true;
        }
        try {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (target(c, rc).isPresent() || mayRefer(rc.getGenericType(), visiting)) {
                    return true;
                }
            }
            return false;
        } finally {
            visiting.remove(c);
        }
    }

    /** What a string or list-of-strings component refers to, when {@link References} says it is a reference. */
    private static Optional<References.Target> target(Class<?> owner, RecordComponent rc) {
        boolean stringList = isStringList(rc.getGenericType());
        return rc.getType() == String.class || stringList
                ? References.target(owner, rc.getName(), stringList) : Optional.empty();
    }

    private static boolean isStringList(Type t) {
        return t instanceof ParameterizedType pt && pt.getRawType() == List.class
                && pt.getActualTypeArguments().length == 1 && pt.getActualTypeArguments()[0] == String.class;
    }

    private static Object read(Record r, String component) {
        Method accessor = SHAPES.get(r.getClass()).accessors().get(component);
        return accessor == null ? null : Accessors.invoke(accessor, r);
    }

    private static String codeOf(Object v) {
        if (v instanceof Coded c) {
            return c.code();
        }
        if (v instanceof Enum<?> en) {
            return en.name();
        }
        return v instanceof String s ? s : null;
    }

    /**
     * The name messages cite an entity by: a territory's, organisation's or facility's name, a
     * contract's title, an indicator's French label, a person's given and family names. None for
     * observations (millions of them, and their indicator and territory name them) and zonings.
     */
    static String nameOf(Entity e) {
        if (e instanceof Territory t) {
            return t.name();
        } else if (e instanceof Organization o) {
            return o.name();
        } else if (e instanceof Facility f) {
            return f.name();
        } else if (e instanceof Contract c) {
            return c.title();
        } else if (e instanceof IndicatorDefinition i) {
            return i.labelFr();
        } else if (e instanceof Person p) {
            return p.givenName() == null || p.givenName().isBlank() ? p.familyName() : p.givenName() + " " + p.familyName();
        }
        return null;
    }

    private static String firstText(JsonNode json, String... members) {
        for (String m : members) {
            String t = text(json.get(m));
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n != null && n.isString() ? n.stringValue() : null;
    }
}
