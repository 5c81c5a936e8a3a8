package fr.passerelle.dsl.expression;

import static fr.passerelle.dsl.Mappings.compile;
import static fr.passerelle.dsl.Mappings.document;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.dsl.Diagnostic;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every attack the issue lists is refused when the document is compiled, at the line of the
 * field and the column of the offending word (ART-18: rules are untrusted text).
 */
class SandboxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # attack                                               | expected code | column of the offending word
            Runtime.getRuntime().exec('id')                         | SANDBOX       | 1
            System.exit(0)                                          | SANDBOX       | 1
            x.getClass().forName('java.lang.Runtime')               | SANDBOX       | 3
            Class.forName('java.lang.Runtime')                      | SANDBOX       | 1
            x.class.classLoader                                     | SANDBOX       | 3
            new java.io.File('/etc/passwd').delete()                | SANDBOX       | 1
            import java.io.File; 1                                  | SANDBOX       | 1
            new ProcessBuilder('id').start()                        | SANDBOX       | 1
            Thread.sleep(100000)                                    | SANDBOX       | 1
            java.nio.file.Files.readAllLines(x)                     | SANDBOX       | 1
            java.net.URI.create('http://example.com').toURL()       | SANDBOX       | 1
            System.getenv('HOME')                                   | SANDBOX       | 1
            org.mvel2.MVEL.eval('1 + 1')                            | SANDBOX       | 1
            def f(n) { f(n) }; f(1)                                 | SANDBOX       | 1
            function f(n) { f(n) }                                  | SANDBOX       | 1
            while (true) { 1 }                                      | SANDBOX       | 1
            for (i = 0; i < 10; i++) { 1 }                          | SANDBOX       | 1
            foreach (c : x) { c }                                   | SANDBOX       | 1
            @{x}                                                    | SANDBOX       | 1
            java.lang.Math.max(1, 2)                                | SANDBOX       | 1
            Math.max(1, 2)                                          | SANDBOX       | 1
            x = 5                                                   | SANDBOX       | 3
            x.repeat(100000000)                                     | SANDBOX       | 3
            x.toCharArray()                                         | SANDBOX       | 3
            (Name in x)                                             | SANDBOX       | 7
            x.hashCode() ; 1                                        | SANDBOX       | 3
            eval('1')                                               | SANDBOX       | 1
            getClass()                                              | SANDBOX       | 1
            with (x) { a = 1 }                                      | SANDBOX       | 1
            x['class']['classLoader']                               | SANDBOX       | 3
            Path.of('/etc/passwd')                                  | SANDBOX       | 6
            File.listRoots()                                        | SANDBOX       | 6
            """)
    void attackIsRefusedAtCompileTime(String attack, String code, int column) {
        List<Diagnostic> errors = compile(document("v: '" + attack.replace("'", "''") + "'")).errors();
        assertThat(errors).as(attack).isNotEmpty();
        Diagnostic first = errors.get(0);
        assertThat(first.code()).as(attack).isEqualTo(code);
        assertThat(first.line()).isEqualTo(6);
        // 'v: '' + 1 quote: the expression starts at column 7
        assertThat(first.column()).as(attack).isEqualTo(6 + column);
    }

    @org.junit.jupiter.api.Test
    void fieldsNamedLikeJavaClassesAreStillPlainFields() {
        var record = fr.passerelle.dsl.Mappings.record("Path", "Maison > Salon", "File", "a.pdf");
        assertThat(fr.passerelle.dsl.Mappings.eval("Path + ' / ' + File", record)).isEqualTo("Maison > Salon / a.pdf");
    }

    @ParameterizedTest(name = "nesting of {0}")
    @CsvSource({"100", "1000"})
    void deepNestingIsRefusedBeforeAnyParserRecurses(int depth) {
        String expression = "(".repeat(depth) + "1" + ")".repeat(depth);
        List<Diagnostic> errors = compile(document("v: '" + expression + "'")).errors();
        assertThat(errors).extracting(Diagnostic::code).contains("SANDBOX");
        assertThat(errors.get(0).message()).contains("nest");
    }
}
