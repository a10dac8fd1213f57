package org.itqan.quran.security;

import java.io.IOException;

import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ProblemMessages;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * 401 and 403 as problem+json. Security filters run before Spring MVC, so they cannot rely on the MVC exception
 * advice; the {@code WWW-Authenticate} header still follows RFC 6750 (Spring's bearer-token handlers set it).
 */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
    private final ObjectMapper json;

    ProblemSecurityHandlers(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        bearerEntryPoint.commence(request, response, exception);
        var detail = request.getHeader("Authorization") != null || request.getHeader("x-auth-token") != null
                ? Message.of("detail.unauthorized.invalid-token")
                : Message.of("detail.unauthorized.missing-token");
        write(request, response, HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        bearerDenied.handle(request, response, exception);
        write(request, response, HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                Message.of("detail.forbidden.scope"));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ProblemType type,
            Message detail) throws IOException {
        var locale = ProblemMessages.locale(request);
        var problem = ProblemDetail.forStatusAndDetail(status, detail.in(locale));
        problem.setType(type.uri());
        problem.setTitle(ProblemMessages.title(type, locale));
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.addHeader("Vary", "Accept-Language");
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
