/** GraphQL presenter of the user-data API: queries and mutations with the REST layer's scopes. */
@NullMarked
package org.itqan.quran.userdata.graphql;

import org.jspecify.annotations.NullMarked;
