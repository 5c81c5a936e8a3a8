package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.APP_USER;
import static fr.passerelle.store.jooq.Tables.USER_TENANT;

import fr.passerelle.store.jooq.tables.records.AppUserRecord;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Studio users, their role and the tenants they work for. Passwords arrive already hashed. */
@Repository
public class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional
    public UserAccount create(String username, String passwordHash, Role role, Set<Long> tenantIds) {
        long id = db.insertInto(APP_USER, APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.ROLE)
                .values(username, passwordHash, role.name())
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        for (long tenantId : tenantIds) {
            db.insertInto(USER_TENANT, USER_TENANT.USER_ID, USER_TENANT.TENANT_ID).values(id, tenantId).execute();
        }
        return findByUsername(username).orElseThrow();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return db.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional().map(this::toAccount);
    }

    public boolean exists(String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    /** Replaces a user's password hash and says whether the next sign-in must change it again. */
    @Transactional
    public boolean updatePassword(String username, String passwordHash, boolean mustChange) {
        return db.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .where(APP_USER.USERNAME.eq(username)).execute() > 0;
    }

    /** True when the user's password was generated and must be changed before anything else. */
    public boolean mustChangePassword(String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username), APP_USER.MUST_CHANGE_PASSWORD.isTrue());
    }

    @Transactional
    public void updateLocale(String username, String locale) {
        db.update(APP_USER).set(APP_USER.LOCALE, locale).where(APP_USER.USERNAME.eq(username)).execute();
    }

    /** Every user, by name: the administration's list. */
    public java.util.List<UserAccount> findAll() {
        return db.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch().map(this::toAccount);
    }

    private UserAccount toAccount(AppUserRecord r) {
        Set<Long> tenants = new HashSet<>(db.select(USER_TENANT.TENANT_ID).from(USER_TENANT)
                .where(USER_TENANT.USER_ID.eq(r.getId())).fetch(USER_TENANT.TENANT_ID));
        return new UserAccount(r.getId(), r.getUsername(), r.getPasswordHash(), Role.valueOf(r.getRole()),
                r.getLocale(), r.getEnabled(), tenants);
    }
}
