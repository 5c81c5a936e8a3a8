package fr.passerelle.dsl.mvel;

import fr.passerelle.dsl.function.FunctionCatalog;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The sandbox's first and decisive layer: an allowlist applied to the tokens before any parser
 * sees the text. Whatever is not a declared input, a catalogued function, an allowlisted member
 * or a keyword is refused, so an expression can reach neither classes, reflection, the file
 * system, processes nor MVEL's own scripting features (loops, functions, assignments, templates).
 */
final class SandboxPolicy {

    static final int MAX_LENGTH = 4000;
    static final int MAX_NAMES = 128;
    static final int MAX_NESTING = 40;

    static final Set<String> LITERAL_KEYWORDS = Set.of("true", "false", "null", "nil", "empty");

    /** MVEL keywords and Java words that open doors the mapping language keeps shut. */
    private static final Set<String> FORBIDDEN_WORDS = Set.of(
            "new", "import", "def", "function", "class", "for", "foreach", "while", "do", "until", "if", "else",
            "return", "switch", "assert", "var", "this", "with", "instanceof", "is", "typeof", "in", "proto",
            "static", "package", "throw", "try", "catch", "isdef", "convertable_to", "strsim", "soundslike");

    /**
     * Names refused anywhere, with a clear message (the allowlist would refuse most of them anyway).
     * Words that could be an ERP field ({@code Path}, {@code File}, {@code URL}) are left out: as
     * plain names they only read the record, and their static methods are not allowlisted.
     */
    private static final Set<String> FORBIDDEN_NAMES = Set.of(
            "getClass", "class", "forName", "classLoader", "getClassLoader", "Class", "ClassLoader", "Runtime",
            "getRuntime", "System", "Thread", "ProcessBuilder", "exec", "exit", "halt", "invoke",
            "newInstance", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField",
            "getField", "getConstructor", "MVEL", "eval", "compileExpression", "executeExpression", "Files", "Paths",
            "FileInputStream", "FileOutputStream", "Socket", "ServerSocket", "HttpClient", "getenv", "getProperty", "getProperties", "setProperty", "load", "loadLibrary", "Unsafe",
            "Math", "StrictMath", "Object", "String", "Integer", "Long", "Double", "BigDecimal", "Collections",
            "Arrays", "Executors", "ForkJoinPool", "ScriptEngineManager", "java", "javax", "sun", "jdk", "org", "com");

    /** Methods that may be called on plain values (texts, numbers, dates, lists, maps). */
    private static final Set<String> ALLOWED_METHODS = Set.of(
            "length", "isEmpty", "isBlank", "trim", "strip", "toUpperCase", "toLowerCase", "startsWith",
            "endsWith", "contains", "indexOf", "lastIndexOf", "substring", "charAt", "equals", "equalsIgnoreCase",
            "compareTo", "size", "get", "containsKey", "containsValue", "signum", "scale", "abs", "negate",
            "intValue", "longValue", "toPlainString", "stripTrailingZeros", "getYear", "getMonthValue",
            "getDayOfMonth", "getDayOfWeek", "plusDays", "minusDays", "plusMonths", "minusMonths", "toLocalDate",
            "isBefore", "isAfter", "toString");

    private SandboxPolicy() {
    }

    /** Reports every violation (and bracket mistake) of the token list. */
    static void check(String text, List<Token> tokens, ExpressionScope scope, Consumer<ExpressionProblem> problems) {
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
                    checkName(tokens, i, scope, problems);
                }
                case SYMBOL -> checkSymbol(t, open, problems);
                case STRING -> checkIndexText(tokens, i, problems);
                default -> { }
            }
        }
        if (!open.isEmpty()) {
            Token unclosed = open.peekLast();
            problems.accept(ExpressionProblem.error(unclosed.offset(), "SYNTAX",
                    "'" + unclosed.text() + "' is never closed: add the missing '" + closer(unclosed.text()) + "'"));
        }
        if (names > MAX_NAMES) {
            problems.accept(ExpressionProblem.error(0, "SANDBOX",
                    "the expression uses more than " + MAX_NAMES + " names: split it with 'let'"));
        }
    }

    /** {@code x['class']}: MVEL reads a property named by an index text, so the names refused as words are refused there too. */
    private static void checkIndexText(List<Token> tokens, int i, Consumer<ExpressionProblem> problems) {
        Token t = tokens.get(i);
        if (i > 0 && tokens.get(i - 1).is("[") && (FORBIDDEN_NAMES.contains(t.text()) || FORBIDDEN_WORDS.contains(t.text()))) {
            problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX", "'" + t.text() + "' is not allowed as an index"));
        }
    }

    private static void checkSymbol(Token t, Deque<Token> open, Consumer<ExpressionProblem> problems) {
        switch (t.text()) {
            case "(", "[" -> {
                open.push(t);
                if (open.size() > MAX_NESTING) {
                    problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX",
                            "brackets nest deeper than " + MAX_NESTING + " levels"));
                }
            }
            case ")", "]" -> {
                Token opener = open.poll();
                if (opener == null || !closer(opener.text()).equals(t.text())) {
                    problems.accept(ExpressionProblem.error(t.offset(), "SYNTAX", "unexpected '" + t.text() + "'"
                            + (opener == null ? "" : ": '" + opener.text() + "' is still open")));
                }
            }
            case "=", "+=", "-=", "*=", "/=", "++", "--" -> problems.accept(ExpressionProblem.error(t.offset(),
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
    }

    private static void checkName(List<Token> tokens, int i, ExpressionScope scope, Consumer<ExpressionProblem> problems) {
        Token t = tokens.get(i);
        String name = t.text();
        boolean member = i > 0 && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is(".?"));
        boolean call = tokens.get(i + 1).is("(");
        if (FORBIDDEN_WORDS.contains(name)) {
            problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX", "'" + name + "' is not allowed in a mapping expression"));
        } else if (FORBIDDEN_NAMES.contains(name)) {
            problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX", "'" + name
                    + "' is not allowed: expressions reach only the record, let values, target, profile and the documented functions"));
        } else if (member) {
            if (call && !ALLOWED_METHODS.contains(name)) {
                problems.accept(ExpressionProblem.error(t.offset(), "SANDBOX", "method '" + name
                        + "' is not allowed; allowed methods on values: " + String.join(", ", ALLOWED_METHODS.stream().sorted().toList())));
            }
        } else if (call) {
            checkFunction(tokens, i, scope, problems);
        } else if (!LITERAL_KEYWORDS.contains(name) && !ExpressionScope.CONTEXT_NAMES.contains(name)
                && !scope.lets().containsKey(name)) {
            checkField(t, scope, problems);
        }
    }

    private static void checkFunction(List<Token> tokens, int i, ExpressionScope scope, Consumer<ExpressionProblem> problems) {
        Token t = tokens.get(i);
        FunctionCatalog.Function function = FunctionCatalog.find(t.text());
        if (function == null) {
            problems.accept(ExpressionProblem.error(t.offset(), "UNKNOWN_FUNCTION", "unknown function '" + t.text()
                    + "'" + FunctionHints.suggestion(t.text())));
            return;
        }
        int args = FunctionHints.countArguments(tokens, i + 1);
        if (args >= 0 && (args < function.minArgs() || args > function.maxArgs())) {
            problems.accept(ExpressionProblem.error(t.offset(), "ARITY", t.text() + "() takes " + function.arity()
                    + ", got " + args));
        }
        if (t.text().equals("lookup") && tokens.get(i + 2).kind() == Token.Kind.STRING) {
            Token table = tokens.get(i + 2);
            if (!scope.lookupTables().contains(table.text())) {
                problems.accept(ExpressionProblem.error(table.offset(), "UNKNOWN_LOOKUP", "unknown lookup table '"
                        + table.text() + "'" + (scope.lookupTables().isEmpty() ? ": the document has no 'lookups'"
                                : "; tables: " + String.join(", ", scope.lookupTables().stream().sorted().toList()))));
            }
        }
    }

    private static void checkField(Token t, ExpressionScope scope, Consumer<ExpressionProblem> problems) {
        if (scope.sourceFields() == null || scope.sourceFields().contains(t.text())) {
            return;
        }
        String message = "unknown source field '" + t.text() + "'" + FunctionHints.closest(t.text(), scope.sourceFields());
        problems.accept(new ExpressionProblem(t.offset(), "UNKNOWN_FIELD", message, scope.openSource()));
    }

    private static String closer(String opener) {
        return opener.equals("(") ? ")" : "]";
    }
}
