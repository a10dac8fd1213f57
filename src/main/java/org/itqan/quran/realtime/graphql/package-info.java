/** GraphQL subscriptions over the live-event bus (graphql-transport-ws over WebSocket at /graphql). */
@NullMarked
package org.itqan.quran.realtime.graphql;

import org.jspecify.annotations.NullMarked;
