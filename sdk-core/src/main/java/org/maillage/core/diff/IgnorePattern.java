package org.maillage.core.diff;

import java.util.List;
import org.maillage.core.model.EntityFamily;

/**
 * A place to leave out of a diff: {@code FAMILY/ID/PATH…}, where each segment may be {@code *}
 * (any one segment), FAMILY is a family's JSON member ({@code territories}) and PATH the member
 * names inside the entity; or {@code header/PATH…} for the envelope.
 */
record IgnorePattern(String text, String family, String id, List<String> path) {

    static final String HEADER = "header";

    static IgnorePattern parse(String text) {
        String t = text.startsWith("/") ? text.substring(1) : text;
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty ignore pattern");
        }
        List<String> segs = List.of(t.split("/", -1));
        String family = segs.get(0);
        if (!family.equals("*") && !family.equals(HEADER) && EntityFamily.ofMember(family) == null) {
            throw new IllegalArgumentException("ignore pattern '" + text + "': '" + family
                    + "' is neither a family (" + families() + "), 'header' nor '*'");
        }
        if (family.equals(HEADER)) {
            if (segs.size() < 2) {
                throw new IllegalArgumentException("ignore pattern '" + text + "': name a member of the header");
            }
            return new IgnorePattern(text, family, "*", segs.subList(1, segs.size()));
        }
        if (segs.size() < 3) {
            throw new IllegalArgumentException("ignore pattern '" + text
                    + "': expected FAMILY/ID/FIELD…, for example territories/*/population (to ignore a whole family,"
                    + " give only its name)");
        }
        for (String s : segs) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("ignore pattern '" + text + "' has an empty segment");
            }
        }
        return new IgnorePattern(text, family, segs.get(1), segs.subList(2, segs.size()));
    }

    private static String families() {
        StringBuilder sb = new StringBuilder();
        for (EntityFamily f : EntityFamily.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.member());
        }
        return sb.toString();
    }

    boolean appliesTo(String familyMember, String entityId) {
        return (family.equals("*") || family.equals(familyMember)) && (id.equals("*") || id.equals(entityId));
    }

    /** Whether the pattern's path matches this entity-relative pointer. */
    boolean matches(List<String> tokens) {
        if (tokens.size() != path.size()) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String p = path.get(i);
            if (!p.equals("*") && !p.equals(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }
}
