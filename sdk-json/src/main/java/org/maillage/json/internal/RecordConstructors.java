package org.maillage.json.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Records created through their canonical constructor by reflection rather than by Jackson's
 * {@code MethodHandle.invokeWithArguments}, which builds a spreader at every call: a fifth of the
 * CPU of reading a file went there (JFR, READ layer, one core). When the constructor refuses its
 * arguments, the call is made again Jackson's way, so a failure is reported exactly as before (the
 * constructors of the model's records have no side effect). Immutable and thread-safe.
 */
final class RecordConstructors implements ValueInstantiators {

    /**
     * The module that installs them.
     *
     * @return the module
     */
    static SimpleModule module() {
        return new SimpleModule("maillage-record-constructors") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addValueInstantiators(new RecordConstructors());
            }
        };
    }

    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDesc) {
        return null;
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDesc,
            ValueInstantiator defaultInstantiator) {
        if (defaultInstantiator != null && defaultInstantiator.getClass() == StdValueInstantiator.class
                && defaultInstantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator) {
            Constructor<?> c = creator.getAnnotated();
            Class<?> type = c.getDeclaringClass();
            if (type.isRecord() && Modifier.isPublic(type.getModifiers()) && Modifier.isPublic(c.getModifiers())) {
                return new Direct(defaultInstantiator, c);
            }
        }
        return defaultInstantiator;
    }

    /** Jackson's instantiator, with records created by reflection. */
    static final class Direct extends ValueInstantiator.Delegating {
        private static final long serialVersionUID = 1L;

        private final transient Constructor<?> constructor;

        Direct(ValueInstantiator delegate, Constructor<?> constructor) {
            super(delegate);
            this.constructor = constructor;
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription.Supplier beanDesc) {
            ValueInstantiator d = delegate().createContextual(ctxt, beanDesc);
            return d == delegate() ? this : d;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
                PropertyValueBuffer buffer) {
            return createFromObjectWith(ctxt, buffer.getParameters(ctxt, props));
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
            if (constructor != null && args.length == constructor.getParameterCount()) {
                try {
                    return constructor.newInstance(args);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // refused: made again Jackson's way, which reports it as before
                }
            }
            return delegate().createFromObjectWith(ctxt, args);
        }
    }
}
