package fr.passerelle.ui.mapping;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.passerelle.dsl.MappingDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One lookup table as an editable grid (MAP-3): key and value per row, rows added or removed,
 * saved as the profile's own table (a merchant may do this on their profiles).
 */
final class LookupEditor extends VerticalLayout {

    private static final class Row {
        String key;
        String value;

        Row(String key, String value) {
            this.key = key;
            this.value = value;
        }
    }

    LookupEditor(MappingDocument.Lookup lookup, Consumer<Map<String, String>> save, BiFunction<String, Object[], String> t) {
        String table = lookup.name().text();
        setPadding(false);
        setId("lookup-" + table);
        List<Row> rows = new ArrayList<>();
        lookup.entries().forEach(e -> rows.add(new Row(e.key().text(), e.value() == null ? "" : String.valueOf(e.value()))));
        Grid<Row> grid = new Grid<>();
        grid.setId("lookup-grid-" + table);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setWidth("40rem");
        grid.addComponentColumn(r -> cell(r.key, v -> r.key = v, "lookup-" + table + "-key-" + rows.indexOf(r)))
                .setHeader(t.apply("mapping.lookupKey", new Object[0]));
        grid.addComponentColumn(r -> cell(r.value, v -> r.value = v, "lookup-" + table + "-value-" + rows.indexOf(r)))
                .setHeader(t.apply("mapping.lookupValue", new Object[0]));
        grid.addComponentColumn(r -> {
            Button remove = new Button("\u2715", e -> {
                rows.remove(r);
                grid.setItems(rows);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setWidth("4rem").setFlexGrow(0);
        grid.setItems(rows);
        Button add = new Button(t.apply("mapping.lookupAdd", new Object[0]), e -> {
            rows.add(new Row("", ""));
            grid.setItems(rows);
        });
        add.setId("lookup-add-" + table);
        Button saveButton = new Button(t.apply("mapping.lookupSave", new Object[0]), e -> {
            Map<String, String> entries = new LinkedHashMap<>();
            rows.stream().filter(r -> !r.key.isBlank()).forEach(r -> entries.put(r.key.strip(), r.value));
            save.accept(entries);
        });
        saveButton.setId("lookup-save-" + table);
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(table), grid, new HorizontalLayout(add, saveButton));
    }

    private static TextField cell(String value, Consumer<String> onChange, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setWidthFull();
        field.setValue(value);
        field.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return field;
    }
}
