package fr.passerelle.ui.profiles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.passerelle.connector.ConnectorDescriptor;
import fr.passerelle.connector.FieldSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The connection fields of one connector, built from its declared settings. Secrets (keys,
 * passwords, tokens) are write-only: the field starts empty whatever is stored, and an empty field
 * keeps the stored value. Connector options (endpoint, version, language ...) become profile
 * settings {@code <prefix>.<name>}; the other values are credentials.
 */
final class ConnectorForm extends FormLayout {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|key).*");
    static final Set<String> OPTIONS = Set.of("apiVersion", "endpoint", "folderId", "languageId", "languages", "template",
            "timeZone", "timeoutMillis", "timeoutSeconds", "version", "maxAttempts");

    private final String idPrefix;
    private final TextField url = new TextField();
    private final Map<String, HasValue<?, String>> values = new LinkedHashMap<>();
    private final Set<String> secrets = new java.util.HashSet<>();

    ConnectorForm(String idPrefix, ConnectorDescriptor descriptor, String urlLabel, String storedSecretText) {
        this.idPrefix = idPrefix;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        url.setLabel(urlLabel);
        url.setId(idPrefix + "-url");
        url.setRequired(true);
        url.setWidthFull();
        add(url, 2);
        for (FieldSchema setting : descriptor.settings()) {
            if (setting.name().equals("url")) {
                url.setHelperText(setting.description());
                continue;
            }
            boolean secret = SECRET.matcher(setting.name()).matches() && !OPTIONS.contains(setting.name());
            Component field;
            if (secret) {
                PasswordField password = new PasswordField(label(setting));
                password.setRevealButtonVisible(false);
                password.setPlaceholder(storedSecretText);
                password.setHelperText(setting.name());
                secrets.add(setting.name());
                values.put(setting.name(), password);
                field = password;
            } else {
                TextField text = new TextField(label(setting));
                text.setHelperText(setting.name());
                values.put(setting.name(), text);
                field = text;
            }
            field.setId(idPrefix + "-" + setting.name());
            add(field);
        }
    }

    /** The connector's own description is the label (point 8: labels, not raw codes); the setting's name helps. */
    private static String label(FieldSchema setting) {
        String d = setting.description().isBlank() ? setting.name() : setting.description();
        return Character.toUpperCase(d.charAt(0)) + d.substring(1);
    }

    void show(String address, Map<String, String> credentials, Map<String, String> settings, String prefix) {
        url.setValue(address);
        values.forEach((name, field) -> {
            if (secrets.contains(name)) {
                field.setValue("");
            } else if (OPTIONS.contains(name)) {
                field.setValue(settings.getOrDefault(prefix + "." + name, ""));
            } else {
                field.setValue(credentials.getOrDefault(name, ""));
            }
        });
    }

    void markSecretsStored(Set<String> stored, String text) {
        values.forEach((name, field) -> {
            if (secrets.contains(name) && field instanceof PasswordField p) {
                p.setPlaceholder(stored.contains(name) ? text : "");
            }
        });
    }

    String url() {
        return url.getValue().strip();
    }

    /** Credentials typed in the form; an empty secret is left out (kept as stored). */
    Map<String, String> credentials() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((name, field) -> {
            if (!OPTIONS.contains(name) && !field.getValue().isBlank()) {
                out.put(name, field.getValue().strip());
            }
        });
        return out;
    }

    /** The options as profile settings, {@code <prefix>.<name>}. */
    Map<String, String> options(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((name, field) -> {
            if (OPTIONS.contains(name) && !field.getValue().isBlank()) {
                out.put(prefix + "." + name, field.getValue().strip());
            }
        });
        return out;
    }

    String idPrefix() {
        return idPrefix;
    }
}
