package org.itqan.quran.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** Our resolver must answer exactly as Spring's DefaultBearerTokenResolver does for Authorization headers. */
class QuranFoundationTokenResolverTests {

    private final QuranFoundationTokenResolver resolver = new QuranFoundationTokenResolver();
    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.DEF-ghi_jkl~mno+pqr/stu", "bearer abc", "BEARER abc==", "Bearer a="})
    void resolvesWellFormedBearerTokensAsSpringDoes(String header) {
        var request = request(header);

        assertThat(resolver.resolve(request)).isEqualTo(standard.resolve(request(header)))
                .isEqualTo(header.substring("Bearer ".length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer ", "Bearer a b", "Bearer ab=c", "Bearer ===", "Bearer ab%", "Bearer \u0628"})
    void rejectsMalformedBearerTokensAsSpringDoes(String header) {
        assertThatThrownBy(() -> standard.resolve(request(header))).isInstanceOf(OAuth2AuthenticationException.class);

        assertThatThrownBy(() -> resolver.resolve(request(header))).isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessage("Bearer token is malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"access_token=abc", "translations=20&access%5Ftoken=abc", "%61ccess_token=abc"})
    void rejectsATokenInBothTheHeaderAndTheQueryHoweverTheNameIsEscaped(String query) {
        var request = request("Bearer abc");
        request.setQueryString(query);
        request.addParameter("access_token", "abc"); // what the servlet container decodes the query to

        assertThatThrownBy(() -> resolver.resolve(request)).isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("multiple bearer tokens");
    }

    @Test
    void rejectsATokenInBothTheHeaderAndAFormBody() {
        var request = request("Bearer abc");
        request.setMethod("POST");
        request.setContentType("application/x-www-form-urlencoded; charset=UTF-8");
        request.addParameter("access_token", "abc");

        assertThatThrownBy(() -> resolver.resolve(request)).isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("multiple bearer tokens");
    }

    @Test
    void givesTheSameTokenForAHeaderSeenBeforeAndStillChecksTheRequest() {
        var first = resolver.resolve(request("Bearer abc.def"));
        var again = resolver.resolve(request(new String("Bearer abc.def"))); // a new header string, as per request

        assertThat(again).isEqualTo("abc.def").isSameAs(first);
        var both = request("Bearer abc.def");
        both.setQueryString("access_token=abc.def");
        both.addParameter("access_token", "abc.def");
        assertThatThrownBy(() -> resolver.resolve(both)).hasMessageContaining("multiple bearer tokens");
        assertThatThrownBy(() -> resolver.resolve(request("Bearer abc def"))).hasMessage("Bearer token is malformed");
        assertThatThrownBy(() -> resolver.resolve(request("Bearer abc def")))
                .as("a malformed header is never remembered").hasMessage("Bearer token is malformed");
    }

    @Test
    void acceptsTheQuranFoundationAuthTokenHeader() {
        var request = new MockHttpServletRequest("GET", "/api/v4/chapters");
        request.addHeader(QuranFoundationTokenResolver.AUTH_TOKEN, " abc ");

        assertThat(resolver.resolve(request)).isEqualTo("abc");
    }

    @Test
    void leavesOtherSchemesAlone() {
        assertThat(resolver.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
    }

    @Test
    void firewallAllowsArabicAndRejectsControlAndUnassignedCharacters() {
        assertThat(SecurityBeans.assignedAndNotControl("بِسْمِ ٱللَّهِ, Bearer abc")).isTrue();
        assertThat(SecurityBeans.assignedAndNotControl("a\u0000b")).isFalse();
        assertThat(SecurityBeans.assignedAndNotControl("a\tb")).isFalse();
        assertThat(SecurityBeans.assignedAndNotControl("a\u0378b")).isFalse(); // unassigned in Greek
        assertThat(SecurityBeans.assignedAndNotControl("\uD83D\uDE00")).isTrue(); // a surrogate pair, assigned
    }

    @Test
    void firewallChecksALongHeaderOnceAndStillRejectsAnyOtherLongValue() {
        var token = "Bearer " + "a".repeat(700);
        assertThat(SecurityBeans.assignedAndNotControlOnce(token)).isTrue();
        assertThat(SecurityBeans.assignedAndNotControlOnce(token)).as("the same string again").isTrue();

        var controlled = "Bearer " + "a".repeat(700) + "\u0000";
        assertThat(SecurityBeans.assignedAndNotControlOnce(controlled)).isFalse();
        assertThat(SecurityBeans.assignedAndNotControlOnce(controlled)).as("never remembered").isFalse();
        assertThat(SecurityBeans.assignedAndNotControlOnce(new String(token) + "\u0001")).isFalse();
        assertThat(SecurityBeans.assignedAndNotControlOnce("a\u0000b")).as("short values as before").isFalse();
    }

    private static MockHttpServletRequest request(String authorization) {
        var request = new MockHttpServletRequest("GET", "/api/v4/chapters");
        request.addHeader("Authorization", authorization);
        return request;
    }
}
