package org.itqan.quran.shared.observability;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Boot's tracing auto-configuration out unless {@code quran.tracing.enabled} (QURAN_TRACING_ENABLED)
 * is true. Spring Boot 4 has no switch for tracing itself: {@code management.tracing.enabled} is gone, and
 * {@code management.tracing.export.enabled} stops only the export. With the OpenTelemetry bridge on the class path
 * every request therefore opened and closed a span that no one would see, about a tenth of the CPU of a cached
 * content request. Filtered out, there is no {@code Tracer} bean, so Micrometer registers no tracing observation
 * handler either. Registered in {@code META-INF/spring.factories}, as Spring Boot's own import filters are.
 */
public final class TracingSwitch implements AutoConfigurationImportFilter, EnvironmentAware {

    public static final String PROPERTY = "quran.tracing.enabled";
    /** Spring Boot's tracing modules (the Micrometer Tracing core, its OpenTelemetry bridge and exporters). */
    private static final String TRACING = "org.springframework.boot.micrometer.tracing.";

    private boolean enabled;

    @Override
    public void setEnvironment(Environment environment) {
        this.enabled = environment.getProperty(PROPERTY, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        var matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            var name = autoConfigurationClasses[i];
            matches[i] = enabled || name == null || !name.startsWith(TRACING);
        }
        return matches;
    }
}
