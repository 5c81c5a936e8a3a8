package fr.passerelle.ui.schedules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.account.ProfileCatalog;
import fr.passerelle.flow.FlowCatalog;
import fr.passerelle.flow.FlowDefinition;
import fr.passerelle.scheduler.FlowScheduler;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.sync.FlowSchedule;
import fr.passerelle.sync.FlowSchedules;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The schedules of a profile's flows (SCH-1): "every 15 minutes", "every night at 02:00", a cron,
 * or "after another flow", a quiet window, the on/off switch; the next five run times of what is
 * being edited, Paris time, computed by Quartz from the trigger the scheduler will store.
 */
@Route(value = "profiles/:profileId/schedules", layout = fr.passerelle.ui.MainLayout.class)
@PermitAll
public class SchedulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ProfileCatalog catalog;
    private final FlowSchedules schedules;
    private final FlowScheduler scheduler;
    private final H2 heading = new H2();
    private final Select<String> flow = new Select<>();
    private final Select<FlowSchedule.Kind> kind = new Select<>();
    private final TextField value = new TextField();
    private final Select<String> after = new Select<>();
    private final TextField quiet = new TextField();
    private final Checkbox enabled = new Checkbox();
    private final Span preview = new Span();
    private final Grid<FlowSchedules.ScheduledFlow> grid = new Grid<>();
    private ShopProfile profile;

    SchedulesView(ProfileCatalog catalog, FlowSchedules schedules, FlowScheduler scheduler) {
        this.catalog = catalog;
        this.schedules = schedules;
        this.scheduler = scheduler;
        setSizeFull();
        heading.setId("schedules-heading");
        List<String> flows = FlowCatalog.all().stream().map(FlowDefinition::id).toList();
        flow.setId("schedule-flow");
        flow.setLabel(getTranslation("schedules.flow"));
        flow.setItems(flows);
        flow.setItemLabelGenerator(f -> getTranslation("flow." + f));
        flow.addValueChangeListener(e -> load());
        kind.setId("schedule-kind");
        kind.setLabel(getTranslation("schedules.kind"));
        kind.setItems(FlowSchedule.Kind.EVERY, FlowSchedule.Kind.DAILY, FlowSchedule.Kind.CRON, FlowSchedule.Kind.AFTER);
        kind.setItemLabelGenerator(k -> getTranslation("schedules.kind." + k.name().toLowerCase(java.util.Locale.ROOT)));
        kind.addValueChangeListener(e -> showFields());
        value.setId("schedule-value");
        value.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        value.addValueChangeListener(e -> showPreview());
        after.setId("schedule-after");
        after.setLabel(getTranslation("schedules.after"));
        after.setItems(flows);
        after.setItemLabelGenerator(f -> getTranslation("flow." + f));
        quiet.setId("schedule-quiet");
        quiet.setLabel(getTranslation("schedules.quiet"));
        quiet.setPlaceholder("08:00-20:00");
        quiet.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        quiet.addValueChangeListener(e -> showPreview());
        enabled.setId("schedule-enabled");
        enabled.setLabel(getTranslation("schedules.enabled"));
        preview.setId("schedule-next-runs");
        Button save = new Button(getTranslation("schedules.save"), e -> save());
        save.setId("schedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(flow, kind, value, after, quiet, enabled, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        grid.setId("schedules-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> getTranslation("flow." + s.flow())).setHeader(getTranslation("schedules.flow"));
        grid.addColumn(s -> describe(s.schedule())).setHeader(getTranslation("schedules.when"));
        grid.addColumn(s -> nextRun(s)).setHeader(getTranslation("schedules.next"));
        grid.addComponentColumn(this::switchButton).setHeader(getTranslation("schedules.enabled"));
        add(heading, form, new Span(getTranslation("schedules.nextRuns")), preview, grid);
        flow.setValue("products");
        kind.setValue(FlowSchedule.Kind.EVERY);
        showFields();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ShopProfile> visible = event.getRouteParameters().getLong("profileId")
                .flatMap(id -> catalog.visibleToCurrentUser().stream().filter(p -> p.id() == id).findFirst());
        if (visible.isEmpty()) {
            event.forwardTo("profiles");
            return;
        }
        profile = visible.get();
        heading.setText(getTranslation("schedules.title", profile.name()));
        load();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedules.title", profile == null ? "" : profile.name());
    }

    private void load() {
        if (profile == null || flow.getValue() == null) {
            return;
        }
        FlowSchedule s = schedules.get(profile.id(), flow.getValue());
        if (s.kind() != FlowSchedule.Kind.NONE) {
            kind.setValue(s.kind());
            value.setValue(switch (s.kind()) {
                case EVERY -> text(s.every());
                case DAILY -> String.valueOf(s.at());
                case CRON -> String.valueOf(s.cron());
                default -> "";
            });
            if (s.after() != null) {
                after.setValue(s.after());
            }
            quiet.setValue(s.quietFrom() == null ? "" : s.quietFrom() + "-" + s.quietTo());
        }
        enabled.setValue(s.kind() == FlowSchedule.Kind.NONE || s.enabled());
        showFields();
    }

    private static String text(Duration d) {
        long m = d.toMinutes();
        return d.toSeconds() % 60 == 0 ? (m % 60 == 0 ? m / 60 + "h" : m + "m") : d.toSeconds() + "s";
    }

    private void showFields() {
        FlowSchedule.Kind k = kind.getValue();
        value.setVisible(k != FlowSchedule.Kind.AFTER);
        after.setVisible(k == FlowSchedule.Kind.AFTER);
        value.setLabel(k == null ? "" : getTranslation("schedules.value." + k.name().toLowerCase(java.util.Locale.ROOT)));
        showPreview();
    }

    /** What the form says, or empty when it does not say a schedule yet (the preview then explains). */
    private Optional<FlowSchedule> edited() {
        try {
            FlowSchedule s = switch (kind.getValue()) {
                case EVERY -> FlowSchedule.every(FlowSchedule.parseDuration(value.getValue()));
                case DAILY -> FlowSchedule.daily(LocalTime.parse(value.getValue().strip()));
                case CRON -> FlowScheduler.checkCron(FlowSchedule.cron(value.getValue().strip()));
                case AFTER -> after.getValue() == null ? null : FlowSchedule.after(after.getValue());
                default -> null;
            };
            if (s == null) {
                return Optional.empty();
            }
            String q = quiet.getValue().strip();
            if (!q.isEmpty()) {
                String[] range = q.split("-", 2);
                s = s.notBetween(LocalTime.parse(range[0].strip()), LocalTime.parse(range[1].strip()));
            }
            return Optional.of(s.enabled(enabled.getValue()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void showPreview() {
        Optional<FlowSchedule> s = edited();
        if (s.isEmpty()) {
            preview.setText(getTranslation("schedules.invalid"));
        } else if (s.get().kind() == FlowSchedule.Kind.AFTER) {
            preview.setText(getTranslation("schedules.afterPreview", getTranslation("flow." + s.get().after())));
        } else {
            preview.setText(times(FlowScheduler.nextRuns(s.get().enabled(true), 5)));
        }
    }

    private String times(List<Instant> instants) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        return instants.stream().map(i -> i.atZone(PARIS).format(f)).collect(Collectors.joining(" · "));
    }

    private void save() {
        Optional<FlowSchedule> s = edited();
        if (s.isEmpty()) {
            Notification.show(getTranslation("schedules.invalid"));
            return;
        }
        try {
            schedules.save(profile.id(), flow.getValue(), s.get());
        } catch (RuntimeException e) {
            Notification.show(String.valueOf(e.getMessage()));
            return;
        }
        Notification.show(getTranslation("schedules.saved", getTranslation("flow." + flow.getValue())));
        refresh();
    }

    private void refresh() {
        grid.setItems(schedules.of(profile.id()));
    }

    private String describe(FlowSchedule s) {
        String what = switch (s.kind()) {
            case EVERY -> getTranslation("schedules.desc.every", text(s.every()));
            case DAILY -> getTranslation("schedules.desc.daily", String.valueOf(s.at()));
            case CRON -> getTranslation("schedules.desc.cron", String.valueOf(s.cron()));
            case AFTER -> getTranslation("schedules.desc.after", getTranslation("flow." + s.after()));
            default -> "";
        };
        return s.quietFrom() == null ? what : what + " " + getTranslation("schedules.desc.quiet", s.quietFrom(), s.quietTo());
    }

    private String nextRun(FlowSchedules.ScheduledFlow s) {
        if (!s.schedule().enabled()) {
            return getTranslation("schedules.off");
        }
        if (s.schedule().kind() == FlowSchedule.Kind.AFTER) {
            return getTranslation("schedules.afterPreview", getTranslation("flow." + s.schedule().after()));
        }
        return scheduler.nextRun(s.profileId(), s.flow()).map(i -> times(List.of(i)))
                .orElseGet(() -> times(FlowScheduler.nextRuns(s.schedule(), 1)));
    }

    private Component switchButton(FlowSchedules.ScheduledFlow s) {
        Button b = new Button(getTranslation(s.schedule().enabled() ? "schedules.switchOff" : "schedules.switchOn"), e -> {
            schedules.save(profile.id(), s.flow(), s.schedule().enabled(!s.schedule().enabled()));
            refresh();
            if (s.flow().equals(flow.getValue())) {
                load();
            }
        });
        b.setId("schedule-switch-" + s.flow());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }
}
