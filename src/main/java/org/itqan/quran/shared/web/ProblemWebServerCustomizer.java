package org.itqan.quran.shared.web;

import java.util.List;

import org.apache.catalina.core.StandardHost;
import org.itqan.quran.shared.ErrorEnvelope;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Installs {@link ProblemErrorReportValve} so that even requests Tomcat rejects get problem+json. */
@Component
class ProblemWebServerCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final List<ErrorEnvelope> envelopes;

    ProblemWebServerCustomizer(List<ErrorEnvelope> envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // An instance already in the pipeline is kept by the host at start (it looks for the class name), so
                // the valve can know the compatibility layers' envelopes, which Tomcat's reflective creation cannot.
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                if (java.util.Arrays.stream(host.getPipeline().getValves())
                        .noneMatch(v -> v instanceof ProblemErrorReportValve)) {
                    host.getPipeline().addValve(new ProblemErrorReportValve(envelopes));
                }
            }
        });
    }
}
