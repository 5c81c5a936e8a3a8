package fr.passerelle.dsl.expression;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.plan.EvaluationException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classes of attack of issue 10, point 1 (MAP-7: mapping documents are untrusted), each tried
 * by every means we could think of. Each text is either refused when it is compiled, or compiles
 * to a harmless expression; in both cases the tree the checker saw is the very tree the evaluator
 * was built from, and evaluating it against records of every kind of value gives only plain values.
 */
class AttackClassesTest {

    private static final ExpressionScope SCOPE = new ExpressionScope(Map.of(), null, false, Set.of());

    /** Texts that must not compile. */
    static Stream<String> refused() {
        return Stream.of(
                // comments anywhere: the language has none, so nothing can hide behind one
                "/* ' */ ItemCode.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"touch pwned\") /* ' */",
                "ItemCode /* ' */ + 1", "// '\nItemCode.getClass()", "ItemCode // comment", "'a' + /**/ 'b'", "x /*", "1 //",
                "/*'*/x/*'*/", "\"/*\" + x */ 'y'",
                // quoting and escapes: a text never ends early, an escape never becomes code
                "'it\\'s' + getClass()", "\"a\\\"\" + x.getClass()", "'\\u0027' + Runtime", "'abc",
                "\"abc", "'a\\q'", "'\\u00'", "x + \\u0027", "\\u0022 + x", "'ok' \\u002b 1", "'a''b'",
                // unicode lookalikes and escapes outside texts
                "ＳＹＳＴＥＭ.exit(0)", "x\u200b.getClass()", "x.get\u0043lass()", "Sys\u0074em.exit(0)",
                // reaching Class through any value
                "x.getClass()", "x.class", "x.class.classLoader", "x.declaringClass", "x.getDeclaringClass()",
                "x['class']", "x['getClass']", "x.?class", "list(x)[0].getClass()", "map('a', x).a.getClass()",
                "now().getClass()", "1.getClass()", "'a'.getClass()", "(x).getClass()", "[x][0].class", "profile.class",
                "target.getClass()", "x.toString().getClass()", "x.module", "x.getModule()",
                // static access and fully qualified names
                "System.exit(0)", "System.getenv()", "java.lang.System.exit(0)", "Runtime.getRuntime().exec('id')",
                "T(java.lang.Runtime)", "java.lang.Runtime", "Math.max(1, 2)", "Thread.sleep(10000)", "String.valueOf(1)",
                "x.forName('java.lang.Runtime')", "javax.script.ScriptEngineManager", "org.mvel2.MVEL.eval('1')",
                "Path.of('/etc/passwd')", "File.listRoots()", "x.invoke(null)", "x.newInstance()",
                // constructors, scripts, loops, assignments, blocks
                "new java.io.File('/tmp/x').createNewFile()", "new ProcessBuilder('id').start()", "new String('a')",
                "while (true) {}", "for (;;) {}", "do {} while (true)", "foreach (c : x) { c }", "if (x) { 1 } else { 2 }",
                "def f() { f() }; f()", "function f() {}", "x = 1", "x += 1", "x++", "a; b", "@{x}", "#x", "$x",
                "x ~= 'y'", "x instanceof String", "x is String", "(c in x)", "with (x) { a = 1 }", "{ 1 }",
                "['a': 1]", "eval('1')", "x.repeat(1000000000)", "x.hashCode()", "x.wait()", "x.notify()", "x.clone()",
                // other languages' doors
                "x::getClass", "`id`", "x | y", "x ^ y", "x & y", "x === y", "this", "super.x",
                "import java.io.File; 1", "1e300000000");
    }

    /** Texts that look dangerous but only read values: they compile and stay harmless. */
    static Stream<String> harmless() {
        return Stream.of("'/* ' + x + ' */'", "'// not a comment'", "\"it's\"", "'it\\'s'", "'a\\\\' + x", "'\\u0027'",
                "'getClass()'", "Path + File", "x['cl' + 'ass']", "x['getCl' + 'ass']", "get(x, 'class')",
                "get(profile, 'cl' + 'ass')", "concat('java.lang.', 'Runtime')", "x.toString()", "x.get('class')",
                "x[0]", "x.size()", "lookupless", "System_x", "Systemx.a",
                // an escaped quote keeps the text open: this is one text, never a call
                "'\\' + System.exit(0) + '", "x.constructor", "x.__proto__");
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("refused")
    void attackIsRefusedWhenItIsCompiled(String attack) {
        ExpressionCompiler.Result result = ExpressionCompiler.compile(attack, SCOPE);
        assertThat(result.expression()).as(attack).isNull();
        assertThat(result.problems()).as(attack).isNotEmpty()
                .anyMatch(p -> p.code().equals("SANDBOX") || p.code().equals("SYNTAX"));
        assertThat(result.evaluatedTree()).isNull();
        checkedTreeIsTheOneParse(attack, result);
    }

    @ParameterizedTest(name = "harmless: {0}")
    @MethodSource("harmless")
    void lookalikeCompilesToTheTreeThatWasCheckedAndGivesOnlyPlainValues(String text) throws Exception {
        ExpressionCompiler.Result result = ExpressionCompiler.compile(text, SCOPE);
        assertThat(result.problems()).as(text).isEmpty();
        assertThat(result.evaluatedTree()).as(text).isNotNull().isSameAs(result.checkedTree());
        checkedTreeIsTheOneParse(text, result);
        Path before = Path.of("").toAbsolutePath();
        for (Object value : valuesOfEveryKind()) {
            Map<String, @Nullable Object> record = new HashMap<>();
            record.put("x", value);
            record.put("Path", value);
            record.put("File", value);
            try {
                Object out = fr.passerelle.dsl.Mappings.plan(fr.passerelle.dsl.Mappings.document("v: " + quote(text)))
                        .apply(record, Map.of()) instanceof fr.passerelle.plan.MappingResult.Mapped m ? m.payload().get("v") : null;
                assertThat(isPlain(out)).as(text + " on " + value + " gave " + out).isTrue();
            } catch (EvaluationException refusedAtRunTime) {
                // a value of the wrong kind fails the record: contained
            }
        }
        assertThat(Path.of("").toAbsolutePath()).isEqualTo(before);
        assertThat(Files.exists(Path.of("pwned"))).isFalse();
    }

    /** Parsing the text again gives an equal tree: one grammar, deterministic, no second reading. */
    private static void checkedTreeIsTheOneParse(String text, ExpressionCompiler.Result result) {
        if (result.checkedTree() == null) {
            return;
        }
        ExpressionCompiler.Result again = ExpressionCompiler.compile(text, SCOPE);
        assertThat(again.checkedTree()).isEqualTo(result.checkedTree());
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static List<@Nullable Object> valuesOfEveryKind() {
        List<@Nullable Object> values = new ArrayList<>();
        values.add(null);
        values.add("Runtime.getRuntime().exec('touch pwned')");
        values.add(new BigDecimal("12.50"));
        values.add(Boolean.TRUE);
        values.add(LocalDate.of(2026, 12, 2));
        values.add(List.of("a", Map.of("class", "x")));
        values.add(Map.of("class", "java.lang.Runtime", "getClass", "y"));
        return values;
    }

    private static boolean isPlain(@Nullable Object value) {
        return switch (value) {
            case null -> true;
            case String s -> true;
            case BigDecimal d -> true;
            case Boolean b -> true;
            case java.time.temporal.Temporal t -> true;
            case List<?> list -> list.stream().allMatch(AttackClassesTest::isPlain);
            case Map<?, ?> map -> map.values().stream().allMatch(AttackClassesTest::isPlain);
            default -> false;
        };
    }
}
