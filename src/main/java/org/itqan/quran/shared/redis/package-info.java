/**
 * The node's optional connection to a shared Redis. It exists only when {@code quran.redis.url} is set (never just
 * because Lettuce is on the classpath), and a Redis that goes away at run time degrades the node to its embedded
 * behaviour instead of failing requests: users ask {@link org.itqan.quran.shared.redis.SharedRedis#connection()}
 * for the connection each time and report failures back, so every user sees the same up/down state.
 */
@NullMarked
package org.itqan.quran.shared.redis;

import org.jspecify.annotations.NullMarked;
