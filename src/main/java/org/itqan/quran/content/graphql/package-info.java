/** GraphQL presenter of the content API (queries, batched texts). */
@NullMarked
package org.itqan.quran.content.graphql;

import org.jspecify.annotations.NullMarked;
