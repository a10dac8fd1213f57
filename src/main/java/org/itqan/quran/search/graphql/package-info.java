/** GraphQL presenter of the search API. */
@NullMarked
package org.itqan.quran.search.graphql;

import org.jspecify.annotations.NullMarked;
