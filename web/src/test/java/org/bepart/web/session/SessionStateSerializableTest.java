package org.bepart.web.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions are replicated between the servers of a cluster ({@code <distributable/>}): every view- and session-scoped
 * bean, and what its fields hold, must be serializable. Injected services are the container's serializable proxies;
 * fields of interface types (lists, maps) are checked by their type arguments.
 */
class SessionStateSerializableTest {

    @Test
    void everyBeanKeptInTheSessionIsSerializableThroughAndThrough() throws Exception {
        List<Class<?>> beans = new ArrayList<>();
        for (Class<?> type : webClasses()) {
            if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                beans.add(type);
            }
        }
        assertTrue(beans.size() > 10, "the pages' beans were found: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type) || type.isPrimitive() || type.isEnum() || type.getName().startsWith("java.")) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type) && !type.isInterface()) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        if (!type.getName().startsWith("org.bepart.")) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            check(c.isArray() ? c.getComponentType() : c, path, problems, seen);
        } else if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        }
    }

    private static List<Class<?>> webClasses() throws URISyntaxException, ClassNotFoundException {
        Path root = Path.of(SessionStateSerializableTest.class.getResource("/org/bepart/web/PublicUrl.class").toURI())
                .getParent().getParent().getParent().getParent();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/bepart/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }
}
