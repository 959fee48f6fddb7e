package org.bepart.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MethodELResolverTest {

    private final MethodELResolver resolver = new MethodELResolver();

    public static class Reader {
        public String label(Enum<?> value) {
            return "label of " + value.name();
        }

        public String twice(String text) {
            return text + text;
        }

        public String twice(int number) {
            return String.valueOf(number * 2);
        }

        public int plus(int a, int b) {
            return a + b;
        }

        public String format(String key, Object... arguments) {
            return key + java.util.Arrays.toString(arguments);
        }

        public String fail() {
            throw new IllegalStateException("refused");
        }
    }

    enum Kind { FIRST }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void callsTheOneMethodOfItsNameAndArityAndSaysItResolvedIt() {
        ELContext context = context();
        assertEquals("label of FIRST", resolver.invoke(context, new Reader(), "label", null, new Object[]{Kind.FIRST}));
        assertTrue(context.isPropertyResolved());
        ELContext boxed = context();
        assertEquals(5, resolver.invoke(boxed, new Reader(), "plus", null, new Object[]{2, 3}));
        assertTrue(boxed.isPropertyResolved());
    }

    @Test
    void leavesOverloadsConversionsAndOtherClassesToTheStandardResolver() {
        ELContext context = context();
        assertNull(resolver.invoke(context, new Reader(), "twice", null, new Object[]{"a"}), "overloaded");
        assertNull(resolver.invoke(context, new Reader(), "plus", null, new Object[]{"2", 3}), "needs a conversion");
        assertNull(resolver.invoke(context, new Reader(), "plus", null, new Object[]{null, 3}), "null for an int");
        assertNull(resolver.invoke(context, new Reader(), "label", null, new Object[]{"FIRST"}), "a string");
        assertNull(resolver.invoke(context, new StringBuilder("text"), "length", null, new Object[0]),
                "not one of ours");
        assertNull(resolver.invoke(context, new Reader(), "missing", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void callsStringsMethodsAndMethodsTakingAVariableNumberOfArguments() {
        ELContext context = context();
        assertEquals("Stage.DRAFTING", resolver.invoke(context, "Stage.", "concat", null, new Object[]{"DRAFTING"}));
        assertTrue(context.isPropertyResolved());
        ELContext withNull = context();
        assertNull(resolver.invoke(withNull, "Stage.", "concat", null, new Object[]{null}),
                "a null becomes \"\" in the standard resolver");
        assertFalse(withNull.isPropertyResolved());
        assertEquals("k[1, b, null]", resolver.invoke(context(), new Reader(), "format", null,
                new Object[]{"k", 1, "b", null}));
        assertEquals("k[]", resolver.invoke(context(), new Reader(), "format", null, new Object[]{"k"}));
        assertEquals("k[x, y]", resolver.invoke(context(), new Reader(), "format", null,
                new Object[]{"k", new Object[]{"x", "y"}}), "an array given as it is");
        ELContext refused = context();
        assertNull(resolver.invoke(refused, new Reader(), "format", null, new Object[]{3}), "the key must fit");
        assertNull(resolver.invoke(refused, new Reader(), "format", null, new Object[0]), "the key is missing");
        assertFalse(refused.isPropertyResolved());
    }

    @Test
    void whatTheMethodThrowsComesOutAsAnExpressionLanguageError() {
        ELException thrown = assertThrows(ELException.class,
                () -> resolver.invoke(context(), new Reader(), "fail", null, null));
        assertEquals("refused", thrown.getCause().getMessage());
    }
}
