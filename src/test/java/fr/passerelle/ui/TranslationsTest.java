package fr.passerelle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The three bundles stay in step: French is the default, and no label exists in one language only. */
class TranslationsTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyLabelExistsInFrenchAndEnglishAndTheDefaultIsFrench() throws IOException {
        Properties fallback = bundle("translations");
        Properties french = bundle("translations_fr");
        Properties english = bundle("translations_en");

        assertThat(english.stringPropertyNames()).isEqualTo(french.stringPropertyNames());
        assertThat(fallback).isEqualTo(french);
    }

    @Test
    void everyFlowHasALabel() throws IOException {
        Properties french = bundle("translations_fr");

        fr.passerelle.flow.FlowCatalog.all().forEach(flow -> assertThat(french).containsKey("flow." + flow.id()));
        SandboxReader.SHOPS.forEach(shop -> assertThat(french).containsKey("shop." + shop));
    }
}
