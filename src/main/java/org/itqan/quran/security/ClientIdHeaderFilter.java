package org.itqan.quran.security;

import java.io.IOException;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Quran Foundation sends {@code x-client-id} beside {@code x-auth-token}. When present it must name the client
 * the token was issued to; a token copied into another client's requests is refused.
 */
class ClientIdHeaderFilter extends OncePerRequestFilter {

    private final ProblemSecurityHandlers problems;

    ClientIdHeaderFilter(ProblemSecurityHandlers problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var clientId = request.getHeader(QuranFoundationTokenResolver.CLIENT_ID);
        if (clientId != null && SecurityContextHolder.getContext().getAuthentication() instanceof
                JwtAuthenticationToken token && !clientId.equals(token.getToken().getClaimAsString("client_id"))) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response,
                    new BadCredentialsException("x-client-id does not match the token's client"));
            return;
        }
        chain.doFilter(request, response);
    }
}
