package org.maillage.core.internal;

import java.util.List;

/** Defensive copies for record components. */
public final class Lists {
    private Lists() {}

    /** An immutable copy; null becomes the empty list. Null elements are refused. */
    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
