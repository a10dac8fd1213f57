package org.itqan.quran.content.integrity;

import org.itqan.quran.content.IntegrityReport;
import org.itqan.quran.shared.web.DatabaseUnavailable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code integrity}: DOWN when any stored text no longer matches its manifest, naming the resource and the changed
 * verses. Tampered scripture must not be served silently.
 */
@Component("integrity")
class IntegrityHealthIndicator implements HealthIndicator {

    private final IntegrityVerifier verifier;

    IntegrityHealthIndicator(IntegrityVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Health health() {
        IntegrityReport report;
        try {
            report = verifier.current();
        } catch (RuntimeException e) {
            var last = verifier.last();
            if (!DatabaseUnavailable.causes(e) || last == null) {
                throw e;
            }
            // The texts cannot be read now; what was served is what was last verified, so the last verdict stands.
            report = last;
        }
        var builder = report.intact() ? Health.up() : Health.down();
        builder.withDetail("checked_at", report.checkedAt().toString())
                .withDetail("resources_checked", report.entries().size());
        if (!report.intact()) {
            builder.withDetail("mismatches", report.mismatches().stream().map(m -> java.util.Map.of(
                    "resource", m.key(), "source_file", m.sourceFile(), "changed_verses", m.changedVerses()))
                    .toList());
        }
        return builder.build();
    }
}
