package org.itqan.quran.shared.web;

import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The id of the request being served: taken from the caller's {@code X-Request-Id} when it is sane, else generated.
 * {@link RequestIdFilter} puts it in the log context (every log line written while serving the request carries it)
 * and in the {@code X-Request-Id} response header; error bodies add it as the {@code request_id} member, so a client
 * that reports an error hands support the key to the log lines.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** The key in the logging context (MDC); structured logs show it as a field of this name. */
    public static final String MDC_KEY = "request_id";
    /** The member of problem+json bodies that carries it. */
    public static final String MEMBER = "request_id";
    static final int MAX_LENGTH = 64;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private RequestId() {
    }

    /** The id of the request this thread serves, or null outside a request. */
    public static @Nullable String current() {
        return MDC.get(MDC_KEY);
    }

    /**
     * An incoming id is accepted when it is 1 to 64 characters of letters, digits and {@code - _ . : @ /}: enough for
     * UUIDs, W3C trace ids and load-balancer ids, and nothing that could forge a log line or a header.
     */
    static boolean acceptable(@Nullable String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.' || c == ':' || c == '@' || c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * 64 random bits as 16 hex digits. Not a UUID: {@code UUID.randomUUID()} draws from SecureRandom, which costs more
     * than serving a cached verse; an id only has to tell requests apart in the logs.
     */
    static String generate() {
        long bits = ThreadLocalRandom.current().nextLong();
        var chars = new char[16];
        for (int i = 15; i >= 0; i--) {
            chars[i] = HEX[(int) (bits & 0xF)];
            bits >>>= 4;
        }
        return new String(chars);
    }
}
