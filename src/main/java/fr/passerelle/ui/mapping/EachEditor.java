package fr.passerelle.ui.mapping;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.passerelle.connector.FieldSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * An {@code each} block as a nested table (MAP-1): the source list, then one row per item field
 * of the target list ({@code images[].src} ...), each with its expression.
 */
final class EachEditor extends VerticalLayout {

    /** One item field of the block. */
    static final class Row {
        final String field;
        final String description;
        String expression;

        Row(String field, String description, String expression) {
            this.field = field;
            this.description = description;
            this.expression = expression;
        }
    }

    private final TextField each = new TextField();
    private final List<Row> rows = new ArrayList<>();

    EachEditor(String list, List<FieldSchema> targetFields, MappingText.@Nullable Override current, boolean editable,
            BiFunction<String, Object[], String> t) {
        setPadding(false);
        setId("each-editor");
        each.setId("each-source");
        each.setLabel(t.apply("mapping.eachSource", new Object[0]));
        each.setReadOnly(!editable);
        each.setWidth("22rem");
        each.setValue(current == null || current.each() == null ? "" : current.each());
        String prefix = list + "[].";
        for (FieldSchema f : targetFields) {
            if (f.name().startsWith(prefix) && !f.name().substring(prefix.length()).contains("[].")) {
                String name = f.name().substring(prefix.length());
                String value = current == null ? "" : current.itemFields().getOrDefault(name, "");
                rows.add(new Row(name, f.description(), value));
            }
        }
        Grid<Row> grid = new Grid<>();
        grid.setId("each-fields");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.field).setHeader(t.apply("mapping.itemField", new Object[0])).setWidth("9rem").setFlexGrow(0)
                .setTooltipGenerator(r -> r.description);
        grid.addComponentColumn(r -> {
            TextField value = new TextField();
            value.setId("each-field-" + r.field);
            value.setWidthFull();
            value.setValue(r.expression);
            value.setReadOnly(!editable);
            value.addValueChangeListener(e -> r.expression = e.getValue());
            return value;
        }).setHeader(t.apply("mapping.how.expression", new Object[0])).setFlexGrow(1);
        grid.setItems(rows);
        add(each, grid);
    }

    String each() {
        return each.getValue().strip();
    }

    /** The item fields given an expression, in the target's order. */
    Map<String, String> items() {
        Map<String, String> out = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.expression.isBlank()).forEach(r -> out.put(r.field, r.expression.strip()));
        return out;
    }

    static Button small(String text) {
        Button b = new Button(text);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }
}
