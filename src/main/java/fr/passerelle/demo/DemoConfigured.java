package fr.passerelle.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when the settings ask for the demo: {@code passerelle.demo.enabled}, or, when it is not
 * set, the embedded default database (no {@code spring.datasource.url}). An administrator can
 * still switch a configured demo off at run time ({@link DemoMode}).
 */
public final class DemoConfigured implements Condition {

    public static final String ENABLED = "passerelle.demo.enabled";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return configured(context.getEnvironment());
    }

    public static boolean configured(PropertyResolver settings) {
        String enabled = settings.getProperty(ENABLED);
        if (enabled != null && !enabled.isBlank()) {
            return Boolean.parseBoolean(enabled.strip());
        }
        String url = settings.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }
}
