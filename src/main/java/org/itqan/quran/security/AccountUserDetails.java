package org.itqan.quran.security;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.itqan.quran.accounts.AccountManagement;
import org.itqan.quran.shared.Caches;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Signs accounts in on the login page. The principal's name is the account id, so tokens carry it as {@code sub}.
 * Password guessing is slowed twice: per account (locked by {@link AccountManagement} after repeated failures) and
 * per client IP (refused for 15 minutes after {@code quran.security.max-failed-logins-per-ip} failures, whatever the
 * account).
 */
@Component
class AccountUserDetails implements UserDetailsService {

    private final AccountManagement accounts;
    private final SecurityProperties properties;
    private final Cache<String, AtomicInteger> failuresByIp = Caches.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(15)).build();

    AccountUserDetails(AccountManagement accounts, SecurityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var ip = CurrentRequest.remoteAddress();
        var failures = ip == null ? null : failuresByIp.getIfPresent(ip);
        // Reported as a locked account, so the provider refuses before it even checks the password.
        boolean ipBlocked = failures != null && failures.get() >= properties.maxFailedLoginsPerIp();
        var account = accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        var hash = accounts.passwordHash(account.id()).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(account.id().toString()).password(hash)
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())))
                .accountLocked(ipBlocked || accounts.isLocked(account.id()))
                .build();
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        var ip = CurrentRequest.remoteAddress();
        if (ip != null) {
            failuresByIp.get(ip, k -> new AtomicInteger()).incrementAndGet();
        }
        accounts.findByEmail(event.getAuthentication().getName())
                .ifPresent(account -> accounts.recordFailedLogin(account.id()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UserDetails user) {
            try {
                accounts.recordSuccessfulLogin(java.util.UUID.fromString(user.getUsername()));
            } catch (IllegalArgumentException e) {
                // a client authenticating at the token endpoint, not an account
            }
        }
    }

}
