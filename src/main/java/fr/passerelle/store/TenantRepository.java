package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.TENANT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Tenants: the merchant companies a consultant works for. */
@Repository
public class TenantRepository {

    private final DSLContext db;

    TenantRepository(DSLContext db) {
        this.db = db;
    }

    public record Tenant(long id, String name) {
    }

    @Transactional
    public Tenant create(String name) {
        long id = db.insertInto(TENANT, TENANT.NAME).values(name).returning(TENANT.ID).fetchOne(TENANT.ID);
        return new Tenant(id, name);
    }

    public Optional<Tenant> findById(long id) {
        return db.selectFrom(TENANT).where(TENANT.ID.eq(id)).fetchOptional(r -> new Tenant(r.getId(), r.getName()));
    }

    public Optional<Tenant> findByName(String name) {
        return db.selectFrom(TENANT).where(TENANT.NAME.eq(name)).fetchOptional(r -> new Tenant(r.getId(), r.getName()));
    }

    /**
     * Deletes a tenant and, by the schema's cascades, its profiles with their mappings, runs, id
     * links, watermarks, drift reports and checkpoints (and its users' links to it).
     */
    @Transactional
    public boolean delete(long id) {
        return db.deleteFrom(TENANT).where(TENANT.ID.eq(id)).execute() > 0;
    }

    public List<Tenant> findAll() {
        return db.selectFrom(TENANT).orderBy(TENANT.NAME).fetch(r -> new Tenant(r.getId(), r.getName()));
    }
}
