package org.itqan.quran.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/** Which connection_init payloads carry a token, and which are refused before any token check. */
class GraphQlWebSocketAdmissionTests {

    static String token(Map<String, Object> payload) {
        var authentication = GraphQlWebSocketAdmission.extract(payload).block();
        return authentication == null ? null : ((BearerTokenAuthenticationToken) authentication).getToken();
    }

    @Test
    void readsTheAuthorizationHeaderForm() {
        assertThat(token(Map.of("Authorization", "Bearer abc.def"))).isEqualTo("abc.def");
        assertThat(token(Map.of("authorization", "bearer abc.def"))).isEqualTo("abc.def");
    }

    @Test
    void readsTheTokenForm() {
        assertThat(token(Map.of("token", "abc.def"))).isEqualTo("abc.def");
    }

    @Test
    void treatsAPayloadWithoutCredentialsAsAnonymous() {
        assertThat(token(Map.of())).isNull();
        assertThat(token(Map.of("locale", "ar"))).isNull();
    }

    @Test
    void refusesMalformedCredentials() {
        for (Map<String, Object> payload : new Map[] {Map.of("Authorization", "Basic dXNlcjpwdw=="),
            Map.of("Authorization", "Bearer "), Map.of("Authorization", 42), Map.of("token", ""),
            Map.of("token", Map.of("value", "x"))}) {
            assertThatThrownBy(() -> GraphQlWebSocketAdmission.extract(payload).block()).as(payload.toString())
                    .isInstanceOf(InvalidBearerTokenException.class);
        }
    }
}
