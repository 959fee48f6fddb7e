package org.bepart.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the application's own methods from pages ({@code #{reader.label(stage)}}, {@code #{card.path()}}) through a
 * method found once per class, name and number of arguments. Expression Language looks the method up again on every
 * call, copying all the class's public methods each time, which made method calls a visible share of rendering.
 * Only a method that is the one public method of its name and arity is taken, and only with arguments that fit its
 * parameters as they are; anything else (overloads, varargs, arguments to convert) is left to the standard resolver.
 */
public class MethodELResolver extends ELResolver {

    private static final String OWN = "org.bepart.";
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, int.class,
            Integer.class, long.class, Long.class, double.class, Double.class, float.class, Float.class, short.class,
            Short.class, byte.class, Byte.class, char.class, Character.class);

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || !base.getClass().getName().startsWith(OWN)) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Method found = method(base.getClass(), method.toString(), arguments.length);
        if (found == null || !fits(found.getParameterTypes(), arguments)) {
            return null;
        }
        try {
            Object result = found.invoke(base, arguments);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    static Method method(Class<?> type, String name, int arity) {
        return METHODS.get(type).computeIfAbsent(name + '/' + arity, key -> Optional.ofNullable(lookup(type, name,
                arity))).orElse(null);
    }

    private static Method lookup(Class<?> type, String name, int arity) {
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity && !m.isBridge()
                        && !m.isVarArgs() && !Modifier.isStatic(m.getModifiers()))
                .toList();
        if (candidates.size() != 1) {
            return null;
        }
        Method method = candidates.get(0);
        return method.trySetAccessible() ? method : null;
    }

    static boolean fits(Class<?>[] parameters, Object[] arguments) {
        for (int i = 0; i < parameters.length; i++) {
            Object argument = arguments[i];
            Class<?> parameter = parameters[i];
            if (argument == null ? parameter.isPrimitive()
                    : !BOXES.getOrDefault(parameter, parameter).isInstance(argument)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are left to the other resolvers
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
