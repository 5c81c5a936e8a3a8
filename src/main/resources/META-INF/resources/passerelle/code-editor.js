// The mapper's YAML/expression editor (MAP-2): CodeMirror 5 from its WebJar, no build step.
// The server owns the document: every change is sent (debounced) to $server.changed(text, cursor),
// which answers with the compiler's diagnostics; completions come from $server.complete(text, cursor).
(function () {
  'use strict';
  const DEBOUNCE_MS = 80;

  function attach(element, text, readOnly) {
    if (element.passerelleCm) {
      element.passerelleCm.setOption('readOnly', readOnly);
      return;
    }
    const cm = CodeMirror(element, {
      value: text,
      mode: 'yaml',
      lineNumbers: true,
      indentUnit: 2,
      tabSize: 2,
      readOnly: readOnly,
      gutters: ['CodeMirror-linenumbers', 'passerelle-diagnostics'],
      extraKeys: {
        'Ctrl-Space': (editor) => editor.showHint({ hint: hint, completeSingle: false }),
        Tab: (editor) => editor.replaceSelection('  ')
      }
    });
    element.passerelleCm = cm;
    element.passerelleMarks = [];
    let timer = null;
    cm.on('change', (editor, change) => {
      if (change.origin === 'setValue') {
        return;
      }
      element.passerelleTyped = performance.now();
      clearTimeout(timer);
      timer = setTimeout(() => {
        const cursor = editor.indexFromPos(editor.getCursor());
        element.$server.changed(editor.getValue(), cursor);
      }, DEBOUNCE_MS);
    });
    cm.on('inputRead', (editor, change) => {
      const typed = change.text.join('');
      if (/[A-Za-z_.]$/.test(typed) && !editor.state.completionActive) {
        editor.showHint({ hint: hint, completeSingle: false });
      }
    });

    function hint(editor, callback) {
      const text = editor.getValue();
      const cursor = editor.getCursor();
      const offset = editor.indexFromPos(cursor);
      element.$server.complete(text, offset).then((json) => {
        const items = JSON.parse(json);
        if (!items || items.length === 0) {
          callback(null);
          return;
        }
        const from = editor.posFromIndex(items[0].from);
        callback({
          list: items.map((i) => ({ text: i.label, displayText: i.label + '  \u2014 ' + i.detail })),
          from: from,
          to: cursor
        });
      });
    }
    hint.async = true;
    setTimeout(() => cm.refresh(), 50);
  }

  function setText(element, text) {
    const cm = element.passerelleCm;
    if (cm && cm.getValue() !== text) {
      const cursor = cm.getCursor();
      cm.setValue(text);
      cm.setCursor(cursor);
    }
  }

  function diagnostics(element, list) {
    const cm = element.passerelleCm;
    if (!cm) {
      return;
    }
    element.passerelleMarks.forEach((m) => m.clear());
    element.passerelleMarks = [];
    cm.clearGutter('passerelle-diagnostics');
    list.forEach((d) => {
      const line = Math.max(0, d.line - 1);
      const lineText = cm.getLine(line) || '';
      const start = Math.min(Math.max(0, d.column - 1), lineText.length);
      let end = start;
      while (end < lineText.length && /[\w.\[\]=]/.test(lineText.charAt(end))) {
        end++;
      }
      if (end === start) {
        end = lineText.length;
      }
      element.passerelleMarks.push(cm.markText({ line: line, ch: start }, { line: line, ch: Math.max(end, start + 1) },
        { className: d.error ? 'passerelle-error' : 'passerelle-warning', title: d.message }));
      const marker = document.createElement('span');
      marker.className = d.error ? 'passerelle-gutter-error' : 'passerelle-gutter-warning';
      marker.textContent = '\u25cf';
      marker.title = d.message;
      cm.setGutterMarker(line, 'passerelle-diagnostics', marker);
    });
    if (element.passerelleTyped) {
      element.dataset.lastDiagnosticsMs = String(Math.round(performance.now() - element.passerelleTyped));
    }
    element.dataset.diagnostics = String(list.length);
  }

  window.passerelleEditor = { attach: attach, setText: setText, diagnostics: diagnostics };
})();
