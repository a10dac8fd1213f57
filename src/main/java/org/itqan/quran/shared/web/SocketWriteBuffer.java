package org.itqan.quran.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Sizes Tomcat's per-connection socket write buffer ({@code socket.appWriteBufSize}, 8 KB by default) so that a
 * typical answer leaves in one write. A search page is about 22 KB: with 8 KB Tomcat wrote it in three pieces, and a
 * repeated search was served at 16,000-20,000 req/s; with 32 KB, 24,000-31,000 on the same machine, side by side
 * (docs/search.md). It is heap, not direct memory (whose limit is 64 MB in production), and Tomcat allocates it for
 * every open connection, which is why {@code server.tomcat.max-connections} is 2,048 (80 MB of buffers at most)
 * rather than Tomcat's 8,192. {@code quran.http.socket-write-buffer} changes it.
 */
@Component
class SocketWriteBuffer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final DataSize size;

    SocketWriteBuffer(@Value("${quran.http.socket-write-buffer:32KB}") DataSize size) {
        this.size = size;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (!connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes()))) {
                throw new IllegalStateException("Tomcat refused socket.appWriteBufSize=" + size.toBytes());
            }
        });
    }
}
