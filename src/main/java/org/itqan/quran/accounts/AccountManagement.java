package org.itqan.quran.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write API of accounts. Passwords are hashed with the configured {@link PasswordEncoder} (Argon2id) and never
 * leave this class. After {@link #MAX_FAILED_LOGINS} consecutive failures an account is locked for
 * {@link #LOCKOUT}; the lock is per account, so guessing one password does not lock others out.
 */
@Service
public class AccountManagement {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{1,63}");

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    AccountManagement(AccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
    }

    /** Registers a USER. The role is never taken from the caller: registration cannot create an admin. */
    @Transactional
    public Account register(String email, String password, String displayName) {
        var normalised = normaliseEmail(email);
        checkPassword(password);
        if (displayName != null && displayName.length() > 100) {
            throw AccountProblems.invalid("display_name", Message.of("detail.account.display-name"));
        }
        if (accounts.findByEmail(normalised).isPresent()) {
            throw AccountProblems.emailTaken();
        }
        var now = clock.instant();
        var account = new Account(UUID.randomUUID(), normalised, Role.USER, displayName, now);
        accounts.insert(account, encoder.encode(password), now);
        events.publishEvent(new AccountRegistered(account.id()));
        return account;
    }

    /** Creates an account with a role, for the bootstrap of a fresh install only. */
    @Transactional
    public Account registerWithRole(String email, String password, Role role) {
        var account = register(email, password, null);
        accounts.updateRole(account.id(), role, clock.instant());
        return new Account(account.id(), account.email(), role, null, account.createdAt());
    }

    public Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT));
    }

    public Optional<Account> find(UUID id) {
        return accounts.find(id);
    }

    public List<Account> list(int limit, int offset) {
        return accounts.list(limit, offset);
    }

    public boolean hasAdmin() {
        return accounts.countByRole(Role.ADMIN) > 0;
    }

    /** The stored hash, for the authentication provider only. */
    public Optional<String> passwordHash(UUID id) {
        return accounts.passwordHash(id);
    }

    public boolean isLocked(UUID id) {
        return accounts.lockedUntil(id).map(until -> until.isAfter(clock.instant())).orElse(false);
    }

    @Transactional
    public void recordFailedLogin(UUID id) {
        int failures = accounts.incrementFailedLogins(id);
        if (failures >= MAX_FAILED_LOGINS) {
            accounts.lock(id, clock.instant().plus(LOCKOUT));
        }
    }

    @Transactional
    public void recordSuccessfulLogin(UUID id) {
        accounts.resetFailedLogins(id);
    }

    @Transactional
    public void changePassword(UUID id, String currentPassword, String newPassword) {
        var hash = accounts.passwordHash(id).orElseThrow(AccountProblems::notFound);
        if (!encoder.matches(currentPassword, hash)) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER,
                    Message.of("detail.account.current-password")).with("parameter", "current_password");
        }
        checkPassword(newPassword);
        accounts.updatePassword(id, encoder.encode(newPassword), clock.instant());
        events.publishEvent(new AccountPasswordChanged(id));
    }

    @Transactional
    public Account changeRole(UUID id, Role role, String changedBy) {
        var account = accounts.find(id).orElseThrow(AccountProblems::notFound);
        accounts.updateRole(id, role, clock.instant());
        events.publishEvent(new AccountRoleChanged(id, account.role(), role, changedBy));
        return new Account(id, account.email(), role, account.displayName(), account.createdAt());
    }

    @Transactional
    public void delete(UUID id) {
        if (!accounts.delete(id)) {
            throw AccountProblems.notFound();
        }
        events.publishEvent(new AccountDeleted(id));
    }

    private static String normaliseEmail(String email) {
        if (email == null || email.isBlank()) {
            throw AccountProblems.invalid("email", Message.of("detail.account.email-required"));
        }
        var normalised = email.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > 254 || !EMAIL.matcher(normalised).matches()) {
            throw AccountProblems.invalid("email", Message.of("detail.account.email-shape"));
        }
        return normalised;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw AccountProblems.invalid("password",
                    Message.of("detail.account.password-length", MIN_PASSWORD, MAX_PASSWORD));
        }
    }

    Instant now() {
        return clock.instant();
    }
}
