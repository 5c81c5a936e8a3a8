package fr.passerelle.ui.mapping;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.editor.Analysis;
import fr.passerelle.dsl.editor.Completion;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * CodeMirror 5 (from its WebJar, served under {@code /webjars/}) wrapped for the server: the text
 * lives on the server, each change comes back debounced and is answered with the compiler's
 * diagnostics (underlined, with a gutter mark); completions are asked on Ctrl+Space or while typing.
 */
@com.vaadin.flow.component.Tag("div")
final class CodeEditor extends com.vaadin.flow.component.Component {

    private static final String CM = "META-INF/resources/webjars/codemirror/5.65.16/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String text;
    private boolean readOnly;
    private final BiFunction<String, Integer, Analysis> analyzer;
    private final Consumer<String> onChange;

    CodeEditor(String text, BiFunction<String, Integer, Analysis> analyzer, Consumer<String> onChange) {
        this.text = text;
        this.analyzer = analyzer;
        this.onChange = onChange;
        getElement().getClassList().add("passerelle-editor");
        getElement().getStyle().set("width", "100%");
    }

    /**
     * CodeMirror's scripts and styles, read once from the WebJar on the class path (and our own glue
     * from this jar's static resources), handed to the page with the editor: the page never depends
     * on how the servlet maps {@code /webjars/}.
     */
    private static final class Assets {
        static final String SCRIPTS = read(CM + "lib/codemirror.js") + ";\n" + read(CM + "mode/yaml/yaml.js") + ";\n"
                + read(CM + "addon/hint/show-hint.js") + ";\n" + read("META-INF/resources/passerelle/code-editor.js");
        static final String STYLES = read(CM + "lib/codemirror.css") + "\n" + read(CM + "addon/hint/show-hint.css") + "\n"
                + read("META-INF/resources/passerelle/code-editor.css");

        private static String read(String resource) {
            try (var in = CodeEditor.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().executeJs("if (!window.passerelleEditor) {"
                + " const style = document.createElement('style'); style.textContent = $1; document.head.appendChild(style);"
                + " (0, eval)($0); }", Assets.SCRIPTS, Assets.STYLES);
        getElement().executeJs("const el = this; const go = () => window.passerelleEditor && window.CodeMirror"
                + " && CodeMirror.modes.yaml && CodeMirror.showHint ? window.passerelleEditor.attach(el, $0, $1)"
                + " : setTimeout(go, 30); go();", text, readOnly);
    }

    String document() {
        return text;
    }

    /** Replaces the text (a form edit): the editor shows it, the diagnostics follow. */
    void setDocument(String newText) {
        this.text = newText;
        getElement().executeJs("window.passerelleEditor && window.passerelleEditor.setText(this, $0)", newText);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        getElement().executeJs("this.passerelleCm && this.passerelleCm.setOption('readOnly', $0)", readOnly);
    }

    void showDiagnostics(List<Diagnostic> diagnostics) {
        var list = diagnostics.stream().map(d -> java.util.Map.of("line", d.line(), "column", d.column(),
                "message", d.message(), "error", d.isError())).toList();
        getElement().executeJs("const el = this; const go = () => el.passerelleCm ? window.passerelleEditor.diagnostics(el, JSON.parse($0))"
                + " : setTimeout(go, 50); go();", JSON.writeValueAsString(list));
    }

    @ClientCallable
    private void changed(String newText, int cursor) {
        if (readOnly) {
            return;
        }
        this.text = newText;
        onChange.accept(newText);
    }

    @ClientCallable
    private String complete(String current, int cursor) {
        Analysis analysis = analyzer.apply(current, cursor);
        List<java.util.Map<String, Object>> items = analysis.completions().stream().limit(200)
                .map(c -> java.util.Map.<String, Object>of("label", c.label(), "detail", c.detail(), "from", c.replaceFrom()))
                .toList();
        return JSON.writeValueAsString(items);
    }

    static String kind(Completion c) {
        return c.kind().name();
    }
}
