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
 * The same for {@link String}'s methods ({@code #{'Stage.'.concat(stage.name())}}), whose hundred public methods
 * were copied for every call. Only a method that is the one public method of its name and arity is taken, or the one
 * public method of its name when it takes a variable number of arguments ({@code #{reader.format(key, a, b)}}), and
 * only with arguments that fit its parameters as they are; anything else (overloads, arguments to convert) is left
 * to the standard resolver.
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
        if (base == null || method == null
                || !(base instanceof String || base.getClass().getName().startsWith(OWN))) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        if (base instanceof String && Arrays.asList(arguments).contains(null)) {
            return null; // Expression Language turns a null for a String parameter into "": left to it
        }
        Method found = method(base.getClass(), method.toString(), arguments.length);
        if (found == null || !fits(found.getParameterTypes(), arguments)) {
            found = varargs(base.getClass(), method.toString());
            arguments = found == null ? null : packed(found.getParameterTypes(), arguments);
            if (arguments == null) {
                return null;
            }
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

    /** The one public method named {@code name}, when it takes a variable number of arguments. */
    static Method varargs(Class<?> type, String name) {
        return METHODS.get(type).computeIfAbsent(name + "/*", key -> {
            List<Method> named = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name) && !m.isBridge() && !Modifier.isStatic(m.getModifiers()))
                    .toList();
            return named.size() == 1 && named.get(0).isVarArgs() && named.get(0).trySetAccessible()
                    ? Optional.of(named.get(0)) : Optional.empty();
        }).orElse(null);
    }

    /**
     * The arguments of a call of a method taking a variable number of arguments, those after its fixed parameters in
     * one array; null when they do not fit as they are.
     */
    static Object[] packed(Class<?>[] parameters, Object[] arguments) {
        int fixed = parameters.length - 1;
        Class<?> array = parameters[fixed];
        if (arguments.length < fixed || array.getComponentType().isPrimitive()
                || !fits(Arrays.copyOf(parameters, fixed), Arrays.copyOf(arguments, fixed))) {
            return null;
        }
        if (arguments.length == parameters.length && array.isInstance(arguments[fixed])) {
            return arguments;
        }
        Object[] rest = (Object[]) java.lang.reflect.Array.newInstance(array.getComponentType(),
                arguments.length - fixed);
        for (int i = fixed; i < arguments.length; i++) {
            if (arguments[i] != null && !array.getComponentType().isInstance(arguments[i])) {
                return null;
            }
            rest[i - fixed] = arguments[i];
        }
        Object[] packed = Arrays.copyOf(arguments, parameters.length);
        packed[fixed] = rest;
        return packed;
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
