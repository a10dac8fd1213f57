package org.itqan.quran.security;

/**
 * An OAuth client was registered, got a new secret, or was revoked (published in the transaction of the change).
 * Carries the client id only; the client itself is read through {@link ClientAdministration}.
 */
public record ClientChanged(String clientId, Change change) {

    public enum Change {
        REGISTERED, SECRET_ROTATED, REVOKED
    }
}
