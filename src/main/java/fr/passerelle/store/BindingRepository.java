package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.ID_LINK;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The binding registry: which ERP record is bound to which shop record, per profile and shop
 * entity (the engine's id links), as the studio shows and edits them. A binding made by hand has
 * no payload hash, so the next run sends the record to that shop id as an update.
 */
@Repository
public class BindingRepository {

    private final DSLContext db;

    BindingRepository(DSLContext db) {
        this.db = db;
    }

    /** One binding; {@code lastRunId} is null for a binding made by hand and not yet synced. */
    public record Binding(String erpKey, String shopId, OffsetDateTime updatedAt, @Nullable Long lastRunId) {
    }

    /** Bindings whose ERP key or shop id contains {@code search} (case-insensitive; blank: all), by ERP key. */
    public List<Binding> list(long profileId, String entity, @Nullable String search, int offset, int limit) {
        return db.select(ID_LINK.ERP_KEY, ID_LINK.SHOP_ID, ID_LINK.UPDATED_AT, ID_LINK.LAST_RUN_ID)
                .from(ID_LINK)
                .where(matching(profileId, entity, search))
                .orderBy(ID_LINK.ERP_KEY)
                .offset(offset).limit(limit)
                .fetch(r -> new Binding(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public int count(long profileId, String entity, @Nullable String search) {
        return db.fetchCount(ID_LINK, matching(profileId, entity, search));
    }

    public Optional<Binding> find(long profileId, String entity, String erpKey) {
        return db.select(ID_LINK.ERP_KEY, ID_LINK.SHOP_ID, ID_LINK.UPDATED_AT, ID_LINK.LAST_RUN_ID)
                .from(ID_LINK)
                .where(ID_LINK.PROFILE_ID.eq(profileId), ID_LINK.ENTITY.eq(entity), ID_LINK.ERP_KEY.eq(erpKey))
                .fetchOptional(r -> new Binding(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Forgets a binding: the next run looks the record up again by the match rule, or creates it. */
    public boolean unbind(long profileId, String entity, String erpKey) {
        return db.deleteFrom(ID_LINK)
                .where(ID_LINK.PROFILE_ID.eq(profileId), ID_LINK.ENTITY.eq(entity), ID_LINK.ERP_KEY.eq(erpKey))
                .execute() > 0;
    }

    /**
     * Binds an ERP key to a shop id by hand (a product whose SKU differs in the shop, say). A shop
     * id already bound to another key is refused, never moved silently: the user unbinds it first.
     */
    @Transactional
    public void bind(long profileId, String entity, String erpKey, String shopId) {
        Optional<String> holder = db.select(ID_LINK.ERP_KEY).from(ID_LINK)
                .where(ID_LINK.PROFILE_ID.eq(profileId), ID_LINK.ENTITY.eq(entity), ID_LINK.SHOP_ID.eq(shopId),
                        ID_LINK.ERP_KEY.ne(erpKey))
                .fetchOptional(ID_LINK.ERP_KEY);
        if (holder.isPresent()) {
            throw new BindingConflictException(shopId, holder.get());
        }
        db.insertInto(ID_LINK)
                .set(ID_LINK.PROFILE_ID, profileId)
                .set(ID_LINK.ENTITY, entity)
                .set(ID_LINK.ERP_KEY, erpKey)
                .set(ID_LINK.SHOP_ID, shopId)
                .setNull(ID_LINK.PAYLOAD_HASH)
                .setNull(ID_LINK.LAST_PAYLOAD)
                .setNull(ID_LINK.LAST_RUN_ID)
                .set(ID_LINK.UPDATED_AT, DSL.currentOffsetDateTime())
                .onConflict(ID_LINK.PROFILE_ID, ID_LINK.ENTITY, ID_LINK.ERP_KEY)
                .doUpdate()
                .set(ID_LINK.SHOP_ID, shopId)
                .setNull(ID_LINK.PAYLOAD_HASH)
                .setNull(ID_LINK.LAST_PAYLOAD)
                .setNull(ID_LINK.LAST_RUN_ID)
                .set(ID_LINK.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    private static Condition matching(long profileId, String entity, @Nullable String search) {
        Condition condition = ID_LINK.PROFILE_ID.eq(profileId).and(ID_LINK.ENTITY.eq(entity));
        if (search == null || search.isBlank()) {
            return condition;
        }
        String text = search.strip();
        return condition.and(ID_LINK.ERP_KEY.containsIgnoreCase(text).or(ID_LINK.SHOP_ID.containsIgnoreCase(text)));
    }

    /** A shop record already bound to another ERP record. */
    public static final class BindingConflictException extends RuntimeException {

        private final String shopId;
        private final String boundTo;

        BindingConflictException(String shopId, String boundTo) {
            super("shop record " + shopId + " is already bound to " + boundTo);
            this.shopId = shopId;
            this.boundTo = boundTo;
        }

        public String shopId() {
            return shopId;
        }

        public String boundTo() {
            return boundTo;
        }
    }
}
