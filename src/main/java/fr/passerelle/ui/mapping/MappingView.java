package fr.passerelle.ui.mapping;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.passerelle.account.MappingService;
import fr.passerelle.account.NotAllowedException;
import fr.passerelle.account.StudioAccess;
import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.MappingDocument;
import fr.passerelle.dsl.TemplateResolver;
import fr.passerelle.dsl.compiler.CompilationResult;
import fr.passerelle.dsl.editor.EditorAssist;
import fr.passerelle.flow.FlowCatalog;
import fr.passerelle.flow.FlowDefinition;
import fr.passerelle.plan.MappingResult;
import fr.passerelle.store.MappingRepository.MappingVersion;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.ui.MainLayout;
import fr.passerelle.ui.ProfileRoutes;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper of one flow of a profile (MAP-1 .. MAP-5): the shop's fields beside the ERP's (custom
 * fields discovered live), each mapped by picking a source field, writing an expression or, for a
 * list, an {@code each} block as a nested table; the YAML document in a code editor with the
 * compiler's diagnostics as you type; what the template gives and what the profile overrides shown
 * apart; preview on live records, tests, versions (draft, publish, roll back, diff) and lookup tables.
 * Every save goes through {@link MappingService}, which checks the user's role.
 */
@Route(value = "profiles/:profileId/flows/:flow/mapping", layout = MainLayout.class)
@PermitAll
public class MappingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StudioAccess access;
    private final MappingService mappings;
    private final MapperSupport support;
    private final H2 heading = new H2();
    private final Span state = new Span();
    private final RouterLink back = new RouterLink();
    private final Grid<FieldSchema> targetGrid = new Grid<>();
    private final Grid<FieldSchema> sourceGrid = new Grid<>();
    private final Div diagnostics = new Div();
    private final VerticalLayout fieldEditor = new VerticalLayout();
    private final VerticalLayout previewBox = new VerticalLayout();
    private final VerticalLayout testsBox = new VerticalLayout();
    private final Grid<MappingVersion> versionsGrid = new Grid<>();
    private final VerticalLayout diffBox = new VerticalLayout();
    private final VerticalLayout lookupsBox = new VerticalLayout();
    private CodeEditor editor;
    private ShopProfile profile;
    private FlowDefinition flow;
    private MapperSupport.Schemas schemas;
    private EditorAssist assist;
    private boolean expressionsAllowed;
    private String text = "";
    private Map<String, MappingText.Override> templateFields = Map.of();
    private Map<String, MappingText.Override> overrides = Map.of();
    private @Nullable CompilationResult compiled;
    private @Nullable FieldSchema selected;
    private List<CanonicalRecord> samples = List.of();

    public MappingView(StudioAccess access, MappingService mappings, MapperSupport support) {
        this.access = access;
        this.mappings = mappings;
        this.support = support;
        setWidthFull();
        heading.setId("mapping-heading");
        state.setId("mapping-state");
        back.setText(getTranslation("mapping.back"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = ProfileRoutes.enter(event, access);
        var flowId = event.getRouteParameters().get("flow").flatMap(FlowCatalog::find);
        if (found.isEmpty()) {
            return;
        }
        if (flowId.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "flow");
            return;
        }
        profile = found.get();
        flow = flowId.get();
        expressionsAllowed = mappings.canEditExpressions(profile);
        schemas = support.schemas(profile, flow);
        assist = support.assist(schemas);
        text = mappings.history(profile.id(), flow.id()).stream().findFirst().map(MappingVersion::yaml)
                .orElse("flow: " + flow.id() + "\n");
        heading.setText(getTranslation("mapping.title", getTranslation("flow." + flow.id()), profile.name()));
        back.setRoute(fr.passerelle.ui.ProfileRoutes.flowsView(), ProfileRoutes.of(profile));
        build();
    }

    private void build() {
        removeAll();
        loadTemplate();
        editor = new CodeEditor(text, (t, cursor) -> assist.analyze(t, "mapping.yaml", cursor), this::textChanged);
        editor.setId("mapping-editor");
        editor.setReadOnly(!expressionsAllowed);
        diagnostics.setId("diagnostics");

        Button saveDraft = new Button(getTranslation("mapping.saveDraft"), e -> saveDraft());
        saveDraft.setId("save-draft");
        Button publish = new Button(getTranslation("mapping.publish"), e -> publish());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(saveDraft, publish, state);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        VerticalLayout left = new VerticalLayout(targetSection(), fieldEditor, sourceSection());
        left.setPadding(false);
        fieldEditor.setId("field-editor");
        fieldEditor.setPadding(false);
        Span readOnly = new Span(expressionsAllowed ? "" : getTranslation("mapping.merchantReadOnly"));
        readOnly.setId("editor-read-only");
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("mapping.document")), readOnly, editor, diagnostics);
        right.setPadding(false);
        // side by side, each as tall as its content: the page scrolls, nothing is cut
        left.setWidth("52%");
        right.setWidth("48%");
        HorizontalLayout split = new HorizontalLayout(left, right);
        split.setWidthFull();
        split.setAlignItems(FlexComponent.Alignment.START);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("mapping-tabs");
        tabs.add(getTranslation("mapping.preview"), previewSection()).setId("tab-preview");
        tabs.add(getTranslation("mapping.tests"), testsSection()).setId("tab-tests");
        tabs.add(getTranslation("mapping.versions"), versionsSection()).setId("tab-versions");
        tabs.add(getTranslation("mapping.lookups"), lookupsBox).setId("tab-lookups");
        add(back, heading, actions, split, tabs);
        textChanged(text);
        showVersions();
    }

    private void loadTemplate() {
        var extendsLine = text.lines().filter(l -> l.startsWith("extends:")).findFirst();
        templateFields = extendsLine.map(l -> l.substring("extends:".length()).replaceAll("#.*", "").strip())
                .flatMap(ref -> TemplateResolver.standard().resolve(ref, "mapping.yaml"))
                .map(t -> MappingText.overrides(t.text())).orElse(Map.of());
    }

    // ---------------------------------------------------------------- fields (MAP-1)

    private Component targetSection() {
        TextField filter = new TextField();
        filter.setId("target-filter");
        filter.setPlaceholder(getTranslation("mapping.filterTarget"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setValueChangeTimeout(150);
        filter.setWidthFull();
        targetGrid.setId("target-fields");
        targetGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        targetGrid.setHeight("18rem");
        targetGrid.addColumn(f -> group(f.name())).setHeader(getTranslation("mapping.group")).setWidth("6rem")
                .setFlexGrow(0).setSortable(true);
        targetGrid.addColumn(f -> f.name() + (f.required() ? " *" : "") + (f.plugin() == null ? "" : " \u2691"))
                .setHeader(getTranslation("mapping.targetField")).setFlexGrow(3).setTooltipGenerator(this::tooltip);
        targetGrid.addColumn(f -> origin(f.name())).setHeader(getTranslation("mapping.origin")).setFlexGrow(0)
                .setWidth("7rem");
        targetGrid.addColumn(f -> mappedAs(f.name())).setHeader(getTranslation("mapping.mappedAs")).setFlexGrow(2)
                .setTooltipGenerator(f -> mappedAs(f.name()));
        List<FieldSchema> fields = topLevel(schemas.target().fields());
        var view = targetGrid.setItems(fields);
        filter.addValueChangeListener(e -> {
            String wanted = e.getValue().strip().toLowerCase(Locale.ROOT);
            view.setFilter(f -> wanted.isEmpty() || f.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || f.description().toLowerCase(Locale.ROOT).contains(wanted));
        });
        targetGrid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        Span legend = new Span(getTranslation("mapping.legend"));
        legend.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("mapping.targetTitle", schemas.target().name())),
                filter, targetGrid, legend);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    /** Item fields of a list ({@code images[].src}) are edited inside the list's block, not as rows of their own. */
    private static List<FieldSchema> topLevel(List<FieldSchema> fields) {
        return fields.stream().filter(f -> !f.name().contains("[].")).toList();
    }

    private static String group(String name) {
        int cut = name.length();
        for (char c : new char[] {'.', '['}) {
            int i = name.indexOf(c);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return cut == name.length() ? "" : name.substring(0, cut);
    }

    private String tooltip(FieldSchema f) {
        return f.description() + (f.plugin() == null ? "" : " (" + getTranslation("mapping.plugin", f.plugin()) + ")");
    }

    private String origin(String field) {
        if (overrides.containsKey(field)) {
            return getTranslation("mapping.override");
        }
        return templateFields.containsKey(field) ? getTranslation("mapping.template") : "";
    }

    private String mappedAs(String field) {
        MappingText.Override o = overrides.containsKey(field) ? overrides.get(field) : templateFields.get(field);
        if (o == null) {
            return "";
        }
        return o.isBlock() ? "each " + o.each() + " \u2192 " + o.itemFields().size() + " " + getTranslation("mapping.itemFields")
                : o.expression();
    }

    private Component sourceSection() {
        TextField filter = new TextField();
        filter.setId("source-filter");
        filter.setPlaceholder(getTranslation("mapping.filterSource"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setValueChangeTimeout(150);
        filter.setWidthFull();
        sourceGrid.setId("source-fields");
        sourceGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sourceGrid.setHeight("16rem");
        sourceGrid.addColumn(FieldSchema::name).setHeader(getTranslation("mapping.sourceField")).setFlexGrow(2);
        sourceGrid.addColumn(f -> f.type().name().toLowerCase(Locale.ROOT)).setHeader(getTranslation("mapping.type"))
                .setWidth("6rem").setFlexGrow(0);
        sourceGrid.addColumn(f -> f.custom() ? getTranslation("mapping.custom") : "").setHeader("").setWidth("8rem")
                .setFlexGrow(0);
        var view = sourceGrid.setItems(schemas.source().fields());
        filter.addValueChangeListener(e -> {
            String wanted = e.getValue().strip().toLowerCase(Locale.ROOT);
            view.setFilter(f -> wanted.isEmpty() || f.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || f.description().toLowerCase(Locale.ROOT).contains(wanted));
        });
        Span problems = new Span(schemas.problems().isEmpty() ? getTranslation("mapping.discovered",
                schemas.source().fields().stream().filter(FieldSchema::custom).count())
                : getTranslation("mapping.discoveryFailed", String.join("; ", schemas.problems())));
        problems.setId("discovery-state");
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("mapping.sourceTitle", schemas.source().name())),
                problems, filter, sourceGrid);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private List<String> sourceNames() {
        return schemas.source().fields().stream().map(FieldSchema::name).filter(n -> !n.contains("[]")).toList();
    }

    /** The form for one target field: a source field, an expression, or (a list) an each block. */
    private void select(@Nullable FieldSchema field) {
        selected = field;
        fieldEditor.removeAll();
        if (field == null) {
            return;
        }
        MappingText.Override current = overrides.get(field.name());
        MappingText.Override template = templateFields.get(field.name());
        Span title = new Span(field.name() + (field.required() ? " *" : "") + " \u2014 " + field.description());
        title.getStyle().set("font-weight", "600");
        Span templateLine = new Span(getTranslation("mapping.templateGives",
                template == null ? getTranslation("mapping.nothing") : describe(template)));
        templateLine.setId("field-template");
        fieldEditor.add(title, templateLine);

        boolean list = field.type() == FieldType.LIST && schemas.target().fields().stream()
                .anyMatch(f -> f.name().startsWith(field.name() + "[]."));
        RadioButtonGroup<String> how = new RadioButtonGroup<>();
        how.setId("field-how");
        List<String> ways = new ArrayList<>(List.of("source", "expression"));
        if (list) {
            ways.add("each");
        }
        how.setItems(ways);
        how.setItemLabelGenerator(w -> getTranslation("mapping.how." + w));
        how.setItemEnabledProvider(w -> w.equals("source") || expressionsAllowed);
        ComboBox<String> source = new ComboBox<>(getTranslation("mapping.how.source"));
        source.setId("field-source");
        source.setItems(sourceNames());
        source.setWidth("22rem");
        TextField expression = new TextField(getTranslation("mapping.how.expression"));
        expression.setId("field-expression");
        expression.setWidthFull();
        expression.setReadOnly(!expressionsAllowed);
        EachEditor each = new EachEditor(field.name(), schemas.target().fields(), current != null && current.isBlock()
                ? current : template != null && template.isBlock() ? template : null, expressionsAllowed, this::getTranslation);
        String start;
        if (current != null && current.isBlock() || current == null && template != null && template.isBlock()) {
            start = list ? "each" : "expression";
        } else {
            String value = current != null ? current.expression() : template != null ? template.expression() : "";
            if (value != null && sourceNames().contains(value.strip())) {
                source.setValue(value.strip());
                start = "source";
            } else {
                expression.setValue(value == null ? "" : value);
                start = value == null || value.isEmpty() ? "source" : "expression";
            }
        }
        how.addValueChangeListener(e -> {
            source.setVisible(e.getValue().equals("source"));
            expression.setVisible(e.getValue().equals("expression"));
            each.setVisible(e.getValue().equals("each"));
        });
        how.setValue(start);
        source.setVisible(start.equals("source"));
        expression.setVisible(start.equals("expression"));
        each.setVisible(start.equals("each"));

        Button apply = new Button(getTranslation("mapping.apply"), e -> {
            switch (how.getValue()) {
                case "source" -> {
                    if (source.getValue() != null) {
                        applyText(MappingText.setField(text, field.name(), source.getValue()));
                    }
                }
                case "expression" -> applyText(MappingText.setField(text, field.name(), expression.getValue()));
                default -> applyText(MappingText.setBlock(text, field.name(), each.each(), each.items()));
            }
        });
        apply.setId("field-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button reset = new Button(getTranslation("mapping.reset"), e -> applyText(MappingText.reset(text, field.name())));
        reset.setId("field-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setEnabled(current != null);
        fieldEditor.add(how, source, expression, each, new HorizontalLayout(apply, reset));
    }

    private String describe(MappingText.Override o) {
        return o.isBlock() ? "each " + o.each() + " " + o.itemFields() : o.expression();
    }

    /** A form edit: the document's text changes, the editor shows it, everything else follows. */
    private void applyText(String newText) {
        if (!expressionsAllowed) {
            newText = newText.replace("\r", "");
        }
        text = newText;
        editor.setDocument(newText);
        textChanged(newText);
        FieldSchema keep = selected;
        if (keep != null) {
            select(keep);
        }
    }

    /** The document changed (typed or from the form): diagnostics, overrides, lookups, tests follow. */
    private void textChanged(String newText) {
        text = newText;
        compiled = support.compile(schemas, newText, "mapping.yaml");
        List<Diagnostic> problems = compiled.diagnostics();
        editor.showDiagnostics(problems);
        diagnostics.removeAll();
        if (problems.isEmpty()) {
            Span ok = new Span(getTranslation("mapping.noProblem"));
            ok.getStyle().set("color", "var(--lumo-success-text-color)");
            diagnostics.add(ok);
        }
        for (Diagnostic d : problems) {
            Div line = new Div(getTranslation("mapping.diagnostic", d.line(), d.column(), d.message()));
            line.addClassName("diagnostic");
            line.getStyle().set("color", d.isError() ? "var(--lumo-error-text-color)" : "var(--lumo-warning-text-color, #b26a00)")
                    .set("font-family", "monospace").set("font-size", "var(--lumo-font-size-s)");
            diagnostics.add(line);
        }
        var newOverrides = MappingText.overrides(newText);
        if (!newOverrides.equals(overrides) || problems.isEmpty()) {
            overrides = newOverrides;
            targetGrid.getDataProvider().refreshAll();
        }
        showLookups();
    }

    // ---------------------------------------------------------------- versions (MAP-5)

    private void saveDraft() {
        act(() -> {
            MappingVersion saved = mappings.saveDraft(profile.id(), flow.id(), text);
            notice(getTranslation("mapping.draftSaved", saved.version()), true);
            showVersions();
        });
    }

    private void publish() {
        if (compiled != null && compiled.hasErrors()) {
            notice(getTranslation("mapping.cannotPublish", compiled.errors().size()), false);
            return;
        }
        act(() -> {
            MappingVersion latest = mappings.history(profile.id(), flow.id()).stream().findFirst().orElse(null);
            MappingVersion toPublish = latest != null && latest.yaml().equals(text) && !latest.status().equals("PUBLISHED")
                    ? latest : latest != null && latest.yaml().equals(text) ? null
                    : mappings.saveDraft(profile.id(), flow.id(), text);
            if (toPublish == null) {
                notice(getTranslation("mapping.alreadyPublished", latest.version()), true);
                return;
            }
            MappingVersion published = mappings.publish(toPublish.id());
            notice(getTranslation("mapping.published", published.version()), true);
            showVersions();
        });
    }

    private Component versionsSection() {
        versionsGrid.setId("versions-grid");
        versionsGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        versionsGrid.setSelectionMode(Grid.SelectionMode.MULTI);
        versionsGrid.setAllRowsVisible(true);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Paris"));
        versionsGrid.addColumn(v -> "v" + v.version()).setHeader(getTranslation("mapping.version")).setWidth("5rem")
                .setFlexGrow(0);
        versionsGrid.addColumn(v -> getTranslation("mapping.status." + v.status())).setHeader(getTranslation("mapping.status"))
                .setWidth("8rem").setFlexGrow(0);
        versionsGrid.addColumn(v -> v.createdBy() == null ? "" : v.createdBy()).setHeader(getTranslation("mapping.author"))
                .setAutoWidth(true);
        versionsGrid.addColumn(v -> dates.format(v.createdAt())).setHeader(getTranslation("mapping.when")).setAutoWidth(true);
        versionsGrid.addComponentColumn(v -> {
            if (v.status().equals("PUBLISHED")) {
                return new Span();
            }
            Button b = new Button(getTranslation(v.status().equals("DRAFT") ? "mapping.publishThis" : "mapping.rollback",
                    v.version()), e -> act(() -> {
                        mappings.publish(v.id());
                        notice(getTranslation("mapping.published", v.version()), true);
                        text = v.yaml();
                        build();
                    }));
            b.setId("publish-v" + v.version());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return b;
        }).setAutoWidth(true);
        Button diff = new Button(getTranslation("mapping.diff"), e -> showDiff());
        diff.setId("diff");
        diffBox.setId("diff-box");
        diffBox.setPadding(false);
        VerticalLayout box = new VerticalLayout(versionsGrid, diff, diffBox);
        box.setPadding(false);
        return box;
    }

    private void showVersions() {
        versionsGrid.setItems(mappings.history(profile.id(), flow.id()));
        state.setText(mappings.published(profile.id(), flow.id()).map(v -> getTranslation("mapping.publishedState", v.version(),
                v.createdBy() == null ? "" : v.createdBy())).orElse(getTranslation("mapping.unpublished")));
    }

    private void showDiff() {
        diffBox.removeAll();
        List<MappingVersion> chosen = new ArrayList<>(versionsGrid.getSelectedItems());
        if (chosen.size() != 2) {
            diffBox.add(new Span(getTranslation("mapping.diffPickTwo")));
            return;
        }
        chosen.sort(java.util.Comparator.comparingInt(MappingVersion::version));
        MappingVersion older = chosen.get(0);
        MappingVersion newer = chosen.get(1);
        diffBox.add(new H3(getTranslation("mapping.diffTitle", older.version(), newer.version())));
        List<VersionDiff.Change> changes = VersionDiff.fields(older.yaml(), newer.yaml());
        for (VersionDiff.Change c : changes) {
            Div line = new Div(getTranslation("mapping.change." + c.kind(), c.field(), c.before(), c.after()));
            line.addClassName("diff-change");
            diffBox.add(line);
        }
        Pre lines = new Pre(String.join("\n", VersionDiff.lines(older.yaml(), newer.yaml())));
        lines.setId("diff-lines");
        diffBox.add(lines);
    }

    // ---------------------------------------------------------------- preview and tests (MAP-4)

    private Component previewSection() {
        Button read = new Button(getTranslation("mapping.readSamples"), e -> readSamples());
        read.setId("read-samples");
        previewBox.setId("preview");
        previewBox.setPadding(false);
        VerticalLayout box = new VerticalLayout(read, previewBox);
        box.setPadding(false);
        return box;
    }

    private void readSamples() {
        previewBox.removeAll();
        try {
            samples = support.samples(profile, flow, 3);
        } catch (RuntimeException e) {
            previewBox.add(new Span(getTranslation("mapping.samplesFailed", String.valueOf(e.getMessage()))));
            return;
        }
        if (compiled == null || compiled.plan() == null) {
            previewBox.add(new Span(getTranslation("mapping.fixFirst")));
            return;
        }
        int i = 0;
        for (CanonicalRecord record : samples) {
            MappingResult result = support.preview(compiled, profile, record);
            previewBox.add(previewCard(i++, record, result));
        }
    }

    private Component previewCard(int index, CanonicalRecord record, MappingResult result) {
        Span title = new Span(getTranslation("mapping.record", record.key()));
        title.getStyle().set("font-weight", "600");
        Pre source = new Pre(json(record.fields()));
        source.getStyle().set("max-height", "14rem").set("overflow", "auto").set("font-size", "12px").set("flex", "1");
        Pre payload = new Pre(switch (result) {
            case MappingResult.Mapped m -> json(m.payload());
            case MappingResult.Skipped s -> getTranslation("mapping.skipped", s.reason());
            case MappingResult.Failed f -> getTranslation("mapping.failed", f.field(), f.error());
        });
        payload.addClassName(result instanceof MappingResult.Failed ? "preview-failed" : "preview-payload");
        payload.getStyle().set("max-height", "14rem").set("overflow", "auto").set("font-size", "12px").set("flex", "1");
        HorizontalLayout sides = new HorizontalLayout(source, payload);
        sides.setWidthFull();
        Button addTest = new Button(getTranslation("mapping.addTest"), e -> addTest(record, result));
        addTest.setId("add-test-" + index);
        addTest.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addTest.setEnabled(result instanceof MappingResult.Mapped);
        VerticalLayout card = new VerticalLayout(title, sides, addTest);
        card.addClassName("preview-record");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        return card;
    }

    /** The record as the test's input; the scalar fields of today's payload as what it must give. */
    private void addTest(CanonicalRecord record, MappingResult result) {
        if (!(result instanceof MappingResult.Mapped mapped)) {
            return;
        }
        Map<String, Object> expect = new LinkedHashMap<>();
        mapped.payload().forEach((k, v) -> {
            if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                expect.put(k, v);
            }
        });
        applyText(MappingText.addTest(text, "record " + record.key(), json(record.fields()).replace("\n", " "),
                json(expect).replace("\n", " ")));
        notice(getTranslation("mapping.testAdded", record.key()), true);
    }

    private Component testsSection() {
        Button run = new Button(getTranslation("mapping.runTests"), e -> runTests());
        run.setId("run-tests");
        testsBox.setId("tests");
        testsBox.setPadding(false);
        VerticalLayout box = new VerticalLayout(run, testsBox);
        box.setPadding(false);
        return box;
    }

    /** The compiler runs the document's tests: a failing test is a TEST_FAILED diagnostic naming it. */
    private void runTests() {
        testsBox.removeAll();
        CompilationResult result = support.compile(schemas, text, "mapping.yaml");
        MappingDocument merged = result.document();
        if (merged == null) {
            testsBox.add(new Span(getTranslation("mapping.fixFirst")));
            return;
        }
        for (MappingDocument.TestDoc test : merged.tests()) {
            String name = test.name().text();
            var failure = result.diagnostics().stream().filter(d -> d.code().equals("TEST_FAILED")
                    && d.message().contains("'" + name + "'")).findFirst();
            Div line = new Div((failure.isEmpty() ? "\u2714 " : "\u2716 ") + name
                    + failure.map(d -> " \u2014 " + d.message()).orElse(""));
            line.addClassName(failure.isEmpty() ? "test-passed" : "test-failed");
            line.getStyle().set("color", failure.isEmpty() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            testsBox.add(line);
        }
    }

    // ---------------------------------------------------------------- lookup tables (MAP-3)

    private void showLookups() {
        lookupsBox.removeAll();
        MappingDocument merged = compiled == null ? null : compiled.document();
        if (merged == null || merged.lookups().isEmpty()) {
            lookupsBox.add(new Span(getTranslation("mapping.noLookups")));
            return;
        }
        for (MappingDocument.Lookup lookup : merged.lookups()) {
            lookupsBox.add(new LookupEditor(lookup, entries -> act(() -> {
                String newText = MappingText.setLookup(text, lookup.name().text(), entries);
                MappingVersion saved = mappings.saveDraft(profile.id(), flow.id(), newText);
                applyText(newText);
                notice(getTranslation("mapping.lookupSaved", lookup.name().text(), saved.version()), true);
                showVersions();
            }), this::getTranslation));
        }
    }

    // ---------------------------------------------------------------- helpers

    private void act(Runnable action) {
        try {
            action.run();
        } catch (NotAllowedException e) {
            notice(getTranslation("mapping.notAllowed", e.getMessage()), false);
        } catch (IllegalArgumentException e) {
            notice(e.getMessage(), false);
        }
    }

    private static void notice(String text, boolean ok) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_END)
                .addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    private static String json(Object value) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Passerelle";
    }
}
