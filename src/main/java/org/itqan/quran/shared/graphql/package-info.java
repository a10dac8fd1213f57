/**
 * GraphQL plumbing every module's schema shares: the limits on an operation (depth, complexity, document size), the
 * refusal of requests that are no GraphQL request (a body that is no JSON object) or no Unicode text, the rendering
 * of problems (and of arguments that do not bind) as GraphQL errors, and the offline GraphiQL page.
 */
@NullMarked
package org.itqan.quran.shared.graphql;

import org.jspecify.annotations.NullMarked;
