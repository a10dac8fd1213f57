package org.itqan.quran.shared;

import org.springframework.http.HttpStatus;

/**
 * The error body of a compatibility layer whose anchor API defines its own envelope instead of problem+json (DESIGN
 * §7), for errors raised before any of its controllers runs: the container rejecting a malformed URL, or no handler
 * at all. A module registers one as a bean; the shared error controller and Tomcat error valve ask each whether it
 * owns the failed request's path.
 */
public interface ErrorEnvelope {

    /** Whether requests to this path get this envelope. */
    boolean owns(String path);

    /** The JSON body (served as {@code application/json}) for an error with this status and human message. */
    String body(HttpStatus status, String message);
}
