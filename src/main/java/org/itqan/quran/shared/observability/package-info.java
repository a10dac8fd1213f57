/**
 * Metric names and the node-wide observability beans: the client tier on every request metric, the outbox backlog
 * (gauge and health), and the counters other modules increment. {@link org.itqan.quran.shared.observability.Metrics}
 * lists every metric name the Grafana dashboard ({@code ops/grafana/quran-api.json}) and the README use.
 */
@NullMarked
package org.itqan.quran.shared.observability;

import org.jspecify.annotations.NullMarked;
