package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.STUDIO_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Studio-wide settings an administrator changes from the studio, by name (e.g. {@code demo.switched-off}). */
@Repository
public class StudioSettings {

    private final DSLContext db;

    StudioSettings(DSLContext db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.select(STUDIO_SETTING.VALUE).from(STUDIO_SETTING).where(STUDIO_SETTING.NAME.eq(name))
                .fetchOptional(STUDIO_SETTING.VALUE);
    }

    @Transactional
    public void put(String name, String value) {
        db.insertInto(STUDIO_SETTING, STUDIO_SETTING.NAME, STUDIO_SETTING.VALUE).values(name, value)
                .onConflict(STUDIO_SETTING.NAME).doUpdate()
                .set(STUDIO_SETTING.VALUE, value).set(STUDIO_SETTING.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    @Transactional
    public void remove(String name) {
        db.deleteFrom(STUDIO_SETTING).where(STUDIO_SETTING.NAME.eq(name)).execute();
    }
}
