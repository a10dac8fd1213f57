package org.itqan.quran.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Tomcat writes a typical answer in one piece: its socket write buffer is 32 KB rather than its default 8 KB, and
 * answers larger than the buffer still arrive whole. As every open connection holds such a buffer, connections are
 * capped so that the buffers fit the heap.
 */
@IntegrationTest
class SocketWriteBufferIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext context;

    @Test
    void theConnectorWritesThirtyTwoKilobytesAtOnce() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        assertThat(String.valueOf(tomcat.getConnector().getProperty("socket.appWriteBufSize"))).isEqualTo("32768");
    }

    @Test
    void holdsAtMostTwoThousandConnectionsSoThatTheirBuffersFitTheHeap() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        assertThat(String.valueOf(tomcat.getConnector().getProperty("maxConnections"))).isEqualTo("2048");
    }

    @Test
    void anAnswerLargerThanTheBufferArrivesWhole() throws Exception {
        var http = new Http(port);
        var chapter = http.get("/api/v4/verses/by_chapter/2?per_page=50&translations=20&words=true");
        assertThat(chapter.status()).isEqualTo(200);
        assertThat(chapter.bytes().length).as("bigger than one buffer").isGreaterThan(64 * 1024);
        assertThat(chapter.header("Content-Length")).isEqualTo(Integer.toString(chapter.bytes().length));
        assertThat(new String(chapter.bytes(), java.nio.charset.StandardCharsets.UTF_8)).endsWith("}");
    }
}
