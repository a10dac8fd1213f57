package org.itqan.quran.support;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.context.ContextRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the JDBC statements that HTTP requests execute: the application's DataSource is wrapped by datasource-proxy,
 * and a statement counts when it runs for a request, on the request's thread or one its context was propagated to
 * (so background work such as the event registry or the content refresher does not). {@link #reset()} before a
 * request, {@link #statements()} after it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<Boolean> IN_REQUEST = new ThreadLocal<>();
    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    static {
        // GraphQL fields and DataLoaders may run on other threads (virtual-thread executor): Spring GraphQL carries
        // registered thread-locals over to them with context-propagation, so the mark follows the request.
        ContextRegistry.getInstance().registerThreadLocalAccessor("itqan.statement-counter", IN_REQUEST::get,
                IN_REQUEST::set, IN_REQUEST::remove);
    }

    public static void reset() {
        STATEMENTS.clear();
    }

    /** The SQL of every statement executed by requests since {@link #reset()}, in order. */
    public static List<String> statements() {
        return List.copyOf(STATEMENTS);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof DataSource dataSource)) {
                    return bean;
                }
                return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new QueryExecutionListener() {
                    @Override
                    public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo info,
                            List<net.ttddyy.dsproxy.QueryInfo> queries) {
                    }

                    @Override
                    public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo info,
                            List<net.ttddyy.dsproxy.QueryInfo> queries) {
                        if (Boolean.TRUE.equals(IN_REQUEST.get())) {
                            STATEMENTS.add(queries.isEmpty() ? "?" : queries.getFirst().getQuery());
                        }
                    }
                }).build();
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestMarker() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                IN_REQUEST.set(true);
                try {
                    chain.doFilter(request, response);
                } finally {
                    IN_REQUEST.remove();
                }
            }

            @Override
            protected boolean shouldNotFilterAsyncDispatch() {
                return false;
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
