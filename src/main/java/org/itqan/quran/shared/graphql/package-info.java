/**
 * GraphQL plumbing every module's schema shares: the limits on an operation (depth, complexity, document size),
 * the rendering of problems as GraphQL errors, and the offline GraphiQL page.
 */
@NullMarked
package org.itqan.quran.shared.graphql;

import org.jspecify.annotations.NullMarked;
