package fr.passerelle.dsl.expression;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Early, friendly refusals over the tokens, before the parser recurses: sizes, nesting, and the
 * words and symbols of other languages (Java, MVEL, JavaScript) that a hostile or confused author
 * may try. It reads the same tokens the parser reads, so it cannot disagree with it; it is not
 * what makes expressions safe ({@link TreeCheck} and the evaluator's closed set of nodes are), it
 * makes the message point at the word that was tried.
 */
final class TokenPolicy {

    static final int MAX_LENGTH = 4000;
    static final int MAX_NAMES = 128;
    static final int MAX_NESTING = 40;

    /** Keywords of MVEL, Java and JavaScript that open doors the mapping language does not have. */
    private static final Set<String> FORBIDDEN_WORDS = Set.of(
            "new", "import", "def", "function", "class", "for", "foreach", "while", "do", "until", "if", "else",
            "return", "switch", "assert", "var", "this", "with", "instanceof", "is", "typeof", "in", "proto",
            "static", "package", "throw", "try", "catch", "isdef", "convertable_to", "strsim", "soundslike", "super",
            "synchronized", "goto", "const", "let", "yield", "await", "async", "delete", "void");

    /**
     * Names refused anywhere, with a clear message. The evaluator could not reach any of them (it
     * has no reflection and no static access), but a consultant who writes one deserves to hear so
     * at once. Words that could be an ERP field ({@code Path}, {@code File}, {@code URL}) are left
     * out: as plain names they only read the record.
     */
    static final Set<String> FORBIDDEN_NAMES = Set.of(
            "getClass", "class", "forName", "classLoader", "getClassLoader", "Class", "ClassLoader", "Runtime",
            "getRuntime", "System", "Thread", "ProcessBuilder", "exec", "exit", "halt", "invoke", "declaringClass",
            "getDeclaringClass", "module", "getModule", "newInstance", "getMethod", "getMethods", "getDeclaredMethod",
            "getDeclaredMethods", "getDeclaredField", "getField", "getConstructor", "getConstructors", "MVEL", "eval",
            "compileExpression", "executeExpression", "Files", "Paths", "FileInputStream", "FileOutputStream", "Socket",
            "ServerSocket", "HttpClient", "getenv", "getProperty", "getProperties", "setProperty", "load",
            "loadLibrary", "Unsafe", "Math", "StrictMath", "Object", "String", "Integer", "Long", "Double",
            "BigDecimal", "Collections", "Arrays", "Executors", "ForkJoinPool", "ScriptEngineManager", "java", "javax",
            "sun", "jdk", "org", "com", "wait", "notify", "notifyAll", "finalize", "clone", "hashCode", "repeat");

    private TokenPolicy() {
    }

    static boolean isForbiddenWord(String word) {
        return FORBIDDEN_WORDS.contains(word);
    }

    /**
     * Reports every violation (and bracket mistake) of the token list; answers whether the tokens
     * may still be parsed (to report the tree's problems too): not after a bracket or nesting mistake.
     */
    static boolean check(String text, List<Token> tokens, Consumer<ExpressionProblem> problems) {
        boolean parseable = true;
        if (text.length() > MAX_LENGTH) {
            problems.accept(ExpressionProblem.error(MAX_LENGTH, "SANDBOX",
                    "the expression is longer than " + MAX_LENGTH + " characters: split it with 'let'"));
        }
        int names = 0;
        Deque<Token> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.kind()) {
                case IDENT -> {
                    names++;
                    checkName(t, problems);
                }
                case SYMBOL -> parseable &= checkSymbol(t, open, problems);
                case STRING -> checkIndexText(tokens, i, problems);
                default -> { }
            }
        }
        if (!open.isEmpty()) {
            parseable = false;
            Token unclosed = open.peekLast();
            problems.accept(ExpressionProblem.error(unclosed.offset(), "SYNTAX",
                    "'" + unclosed.text() + "' is never closed: add the missing '" + closer(unclosed.text()) + "'"));
        }
        if (names > MAX_NAMES) {
            problems.accept(ExpressionProblem.error(0, "SANDBOX",
                    "the expression uses more than " + MAX_NAMES + " names: split it with 'let'"));
        }
        return parseable;
    }

    /** {@code x['class']}: a field named by an index text; the names refused as words are refused there too. */
    private static void checkIndexText(List<Token> tokens, int i, Consumer<ExpressionProblem> problems) {
        Token t = tokens.get(i);
        if (i > 0 && tokens.get(i - 1).is("[") && (FORBIDDEN_NAMES.contains(t.text()) || FORBIDDEN_WORDS.contains(t.text()))) {
            problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX", "'" + t.text() + "' is not allowed as an index"));
        }
    }

    /** Checks one symbol; false for a bracket or nesting mistake, after which nothing is parsed. */
    private static boolean checkSymbol(Token t, Deque<Token> open, Consumer<ExpressionProblem> problems) {
        switch (t.text()) {
            case "(", "[" -> {
                open.push(t);
                if (open.size() > MAX_NESTING) {
                    problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX",
                            "brackets nest deeper than " + MAX_NESTING + " levels"));
                    return false;
                }
            }
            case ")", "]" -> {
                Token opener = open.poll();
                if (opener == null || !closer(opener.text()).equals(t.text())) {
                    problems.accept(ExpressionProblem.error(t.offset(), "SYNTAX", "unexpected '" + t.text() + "'"
                            + (opener == null ? "" : ": '" + opener.text() + "' is still open")));
                    return false;
                }
            }
            case "=", "+=", "-=", "*=", "/=", "%=", "++", "--" -> problems.accept(ExpressionProblem.error(t.offset(),
                    "SANDBOX", "assignments are not allowed ('" + t.text() + "'); to compare, write '=='"));
            case ";" -> problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX",
                    "one expression per field: ';' is not allowed"));
            case "@" -> problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX",
                    "'@' templates and interpolation are not allowed"));
            case "{", "}" -> problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX",
                    "blocks '{ }' are not allowed; build lists with list() and objects with map()"));
            case "#", "$", "`", "\\", "::", "&", "|", "^", "~", "===", "!==" -> problems.accept(
                    ExpressionProblem.error(t.offset(), "SANDBOX", "'" + t.text() + "' is not allowed here"));
            default -> { }
        }
        return true;
    }

    private static void checkName(Token t, Consumer<ExpressionProblem> problems) {
        String name = t.text();
        if (FORBIDDEN_WORDS.contains(name)) {
            problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX", "'" + name + "' is not allowed in a mapping expression"));
        } else if (FORBIDDEN_NAMES.contains(name)) {
            problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX", "'" + name
                    + "' is not allowed: expressions reach only the record, let values, target, profile and the documented functions"));
        }
    }

    private static String closer(String opener) {
        return opener.equals("(") ? ")" : "]";
    }
}
