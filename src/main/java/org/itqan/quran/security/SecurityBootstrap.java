package org.itqan.quran.security;

import java.util.HashSet;

import org.itqan.quran.accounts.AccountManagement;
import org.itqan.quran.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The first start of a fresh install: creates a signing key, and, when configured through the environment, a first
 * admin account and a first confidential client. Later starts find them and change nothing.
 */
@Component
class SecurityBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SecurityBootstrap.class);

    private final SigningKeys keys;
    private final AccountManagement accounts;
    private final ClientAdministration clients;
    private final SecurityProperties properties;

    SecurityBootstrap(SigningKeys keys, AccountManagement accounts, ClientAdministration clients,
            SecurityProperties properties) {
        this.keys = keys;
        this.accounts = accounts;
        this.clients = clients;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        keys.ensureKey();
        var bootstrap = properties.bootstrap();
        if (bootstrap.adminEmail() != null && bootstrap.adminPassword() != null && !accounts.hasAdmin()
                && accounts.findByEmail(bootstrap.adminEmail()).isEmpty()) {
            var admin = accounts.registerWithRole(bootstrap.adminEmail(), bootstrap.adminPassword(), Role.ADMIN);
            log.info("Bootstrap: created admin account {}", admin.id());
        }
        if (bootstrap.clientId() != null && bootstrap.clientSecret() != null && !clients.exists(bootstrap.clientId())) {
            // An unset list binds as one empty string: that means "no redirect URIs", a client-credentials client.
            var redirects = new HashSet<String>();
            bootstrap.redirectUris().stream().filter(uri -> !uri.isBlank()).forEach(redirects::add);
            clients.create("Bootstrap client", bootstrap.clientId(), bootstrap.clientSecret(),
                    new HashSet<>(Scopes.all()), redirects, "bootstrap");
            log.info("Bootstrap: registered client {}", bootstrap.clientId());
        }
    }
}
