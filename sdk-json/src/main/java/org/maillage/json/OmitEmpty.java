package org.maillage.json;

import java.util.Collection;

/**
 * Jackson inclusion filter: a member is left out when it is null or an empty collection. Empty
 * strings are kept, so that writing never drops data that was read.
 */
final class OmitEmpty {

    @Override
    public boolean equals(Object value) {
        return value == null || value instanceof Collection<?> c && c.isEmpty();
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
