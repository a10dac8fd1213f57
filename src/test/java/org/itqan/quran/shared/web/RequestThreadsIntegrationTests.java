package org.itqan.quran.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Requests are served on Tomcat's time-sliced pool of platform threads, not on virtual threads (see
 * {@link RequestThreads}), although virtual threads stay on for the rest of the application.
 */
@IntegrationTest
class RequestThreadsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext context;

    @Test
    void servesRequestsOnTomcatsOwnPoolOfPlatformThreads() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        var executor = tomcat.getConnector().getProtocolHandler().getExecutor();
        assertThat(executor).isInstanceOf(ThreadPoolExecutor.class);
        assertThat(((ThreadPoolExecutor) executor).getMaximumPoolSize()).isEqualTo(200);

        assertThat(new Http(port).get("/api/v4/chapters/1").status()).isEqualTo(200);
        assertThat(Thread.getAllStackTraces().keySet()).anySatisfy(thread -> {
            assertThat(thread.getName()).startsWith("http-nio-").contains("-exec-");
            assertThat(thread.isVirtual()).isFalse();
        });
    }
}
