package org.bepart.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read record components and derived values as properties ({@code #{card.title}},
 * {@code #{page.totalPages}}), which Expression Language 5 does not do by itself. Read-only, as records are.
 */
public class RecordELResolver extends ELResolver {

    /** Per record class, the methods its properties resolved to (a missing entry is looked up once). */
    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private static Method component(Object base, Object property) {
        if (base == null || !base.getClass().isRecord() || property == null) {
            return null;
        }
        return METHODS.get(base.getClass()).computeIfAbsent(property.toString(),
                name -> Optional.ofNullable(lookup(base.getClass(), name))).orElse(null);
    }

    /** The accessor of a component, or a public derived value without parameters such as {@code totalPages()}. */
    private static Method lookup(Class<?> type, String name) {
        Method accessor = Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name))
                .findFirst().map(RecordComponent::getAccessor).orElse(null);
        if (accessor != null) {
            return accessor;
        }
        try {
            Method derived = type.getMethod(name);
            return derived.getReturnType() == void.class || Modifier.isStatic(derived.getModifiers()) ? null : derived;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method component = component(base, property);
        if (component == null) {
            return null;
        }
        try {
            Object value = component.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new PropertyNotFoundException("cannot read " + property + " of " + base.getClass(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method component = component(base, property);
        if (component == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? Object.class : null;
    }
}
