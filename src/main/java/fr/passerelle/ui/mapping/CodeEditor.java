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

    private static final String CM = "context://webjars/codemirror/5.65.16/";
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

    @Override
    protected void onAttach(AttachEvent event) {
        var page = event.getUI().getPage();
        page.addStyleSheet(CM + "lib/codemirror.css");
        page.addStyleSheet(CM + "addon/hint/show-hint.css");
        page.addStyleSheet("context://passerelle/code-editor.css");
        page.addJavaScript(CM + "lib/codemirror.js");
        page.addJavaScript(CM + "mode/yaml/yaml.js");
        page.addJavaScript(CM + "addon/hint/show-hint.js");
        page.addJavaScript("context://passerelle/code-editor.js");
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
