package org.maillage.validation.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Reads a record component through its accessor, for the checks that walk the model's records. */
public final class Accessors {
    private Accessors() {}

    /**
     * Calls an accessor.
     *
     * @param m the accessor, of a record of the model
     * @param target the record
     * @return what the accessor returns
     * @throws IllegalStateException when the model package is not open to this module, or the
     *     accessor throws (a bug: record accessors do not)
     */
    public static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + m + ": the model package must be open", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("accessor " + m + " failed", e.getCause());
        }
    }
}
