package fr.passerelle.dsl.mvel;

import fr.passerelle.dsl.function.FunctionCatalog;
import java.lang.reflect.Method;
import java.util.Set;
import org.mvel2.ParserConfiguration;
import org.mvel2.ParserContext;
import org.mvel2.compiler.AbstractParser;

/**
 * MVEL's part of the sandbox (layers 3 and 4 of {@code stack.md}, behind the lexical allowlist):
 * MVEL's global class literals ({@code System}, {@code Runtime}, {@code Thread}, {@code Class} ...)
 * are removed once per JVM, and every parser context resolves classes through a loader that
 * refuses all but the plain value types. Only the catalogue's functions are imported.
 */
final class MvelSandbox {

    /** Value types expressions legitimately meet; every other class name fails to resolve. */
    private static final Set<String> LOADABLE = Set.of(
            "java.lang.String", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Object", "java.lang.Number", "java.lang.CharSequence", "java.lang.Comparable",
            "java.math.BigDecimal", "java.math.BigInteger", "java.util.List", "java.util.Map",
            "java.util.Collection", "java.util.ArrayList", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.time.LocalDate", "java.time.OffsetDateTime");

    /** Refuses to load any class outside {@link #LOADABLE}, even if MVEL asks for it by name. */
    private static final ClassLoader RESTRICTED = new ClassLoader(null) {
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (LOADABLE.contains(name) || name.startsWith("org.mvel2.") || name.startsWith("fr.passerelle.dsl.mvel.MvelFunctions")) {
                return Class.forName(name, false, MvelSandbox.class.getClassLoader());
            }
            throw new ClassNotFoundException(name + " is outside the mapping sandbox");
        }
    };

    static {
        // JVM-wide on purpose: MVEL consults these tables before any context.
        AbstractParser.LITERALS.entrySet().removeIf(e -> e.getValue() instanceof Class<?>);
        AbstractParser.CLASS_LITERALS.clear();
    }

    private MvelSandbox() {
    }

    /**
     * {@code contains} is an infix operator in MVEL ({@code a contains b}), so the catalogue's
     * {@code contains(a, b)} cannot be called by that name there. Function calls of it are renamed
     * to {@link #CONTAINS_ALIAS}, a name of the same length, so MVEL's error offsets stay right.
     */
    static final String CONTAINS_ALIAS = "containz";

    static String aliasOperatorNames(String text, java.util.List<Token> tokens) {
        char[] chars = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean member = i > 0 && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is(".?"));
            if (t.isIdent("contains") && !member && tokens.get(i + 1).is("(")) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                CONTAINS_ALIAS.getChars(0, CONTAINS_ALIAS.length(), chars, t.offset());
            }
        }
        return chars == null ? text : new String(chars);
    }

    static ParserContext newContext() {
        ParserConfiguration configuration = new ParserConfiguration();
        configuration.setClassLoader(RESTRICTED);
        for (String name : FunctionCatalog.names()) {
            configuration.addImport(name.equals("contains") ? CONTAINS_ALIAS : name, method(name));
        }
        ParserContext context = new ParserContext(configuration);
        context.setStrictTypeEnforcement(false);
        return context;
    }

    private static Method method(String name) {
        try {
            return MvelFunctions.class.getMethod(name, Object[].class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("MvelFunctions lacks " + name + "(Object...)", e);
        }
    }
}
