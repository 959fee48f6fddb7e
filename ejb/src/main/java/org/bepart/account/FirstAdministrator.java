package org.bepart.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.language.Language;
import org.bepart.platform.ClusterLocks;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first administrator comes from the deployer's settings, never from a built-in password: when no account holds
 * the administrator role yet, {@code bepart.admin.email} and {@code bepart.admin.password} (environment variables
 * {@code BEPART_ADMIN_EMAIL}, {@code BEPART_ADMIN_PASSWORD}; optional {@code bepart.admin.name}) create it at start-up,
 * verified. Once an administrator exists the settings are ignored, so changing them later changes nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Authenticator authenticator;

    @EJB
    private ClusterLocks locks;

    @Inject
    private Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void createWhenMissing() {
        locks.holdStartupLock(); // of two servers starting at once on an empty database, one creates it
        if (!em.createNamedQuery(Account.FIND_BY_ROLE, Account.class).setParameter("role", Role.ADMINISTRATOR)
                .setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        Optional<String> email = config.getOptionalValue("bepart.admin.email", String.class);
        Optional<String> password = config.getOptionalValue("bepart.admin.password", String.class);
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warning("No administrator yet: set bepart.admin.email and bepart.admin.password "
                    + "(BEPART_ADMIN_EMAIL, BEPART_ADMIN_PASSWORD) and restart to create the first one");
            return;
        }
        Optional<String> weakness = PasswordPolicy.check(password.get(), email.get());
        if (weakness.isPresent()) {
            LOG.severe("bepart.admin.password breaks the password policy (" + weakness.get()
                    + "); no administrator created");
            return;
        }
        String address = Account.normaliseEmail(email.get());
        Account account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", address)
                .getResultStream().findFirst().orElse(null);
        if (account == null) {
            account = new Account(address, config.getOptionalValue("bepart.admin.name", String.class)
                    .orElse("Administrator"), authenticator.hash(password.get()),
                    config.getOptionalValue("bepart.default-language", String.class).flatMap(Language::fromTag)
                            .orElse(Language.HY), clock.instant());
            em.persist(account);
        } else {
            account.changePasswordHash(authenticator.hash(password.get()));
        }
        account.verify(clock.instant());
        account.grant(Role.ADMINISTRATOR);
        account.grant(Role.REVIEWER);
        account.grant(Role.EDITOR);
        LOG.info("First administrator created: " + address);
    }
}
