package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.MAPPING_DOCUMENT;
import static fr.passerelle.store.jooq.Tables.MAPPING_VERSION;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mapping documents of a profile, one per flow, with numbered versions. A version is a draft
 * until published; publishing retires the previously published one, so the engine always runs
 * exactly one version per flow (MAP-5: publish, roll back by publishing an older one again).
 */
@Repository
public class MappingRepository {

    private final DSLContext db;

    MappingRepository(DSLContext db) {
        this.db = db;
    }

    /** One stored version of a flow's mapping document. */
    public record MappingVersion(long id, long profileId, String flow, int version, String status, String yaml,
            String contentHash, @Nullable String createdBy, OffsetDateTime createdAt) {
    }

    /** Saves a new draft version of the flow's document and returns it. */
    @Transactional
    public MappingVersion saveDraft(long profileId, String flow, String yaml, @Nullable String author) {
        long documentId = db.select(MAPPING_DOCUMENT.ID).from(MAPPING_DOCUMENT)
                .where(MAPPING_DOCUMENT.PROFILE_ID.eq(profileId), MAPPING_DOCUMENT.FLOW.eq(flow))
                .fetchOptional(MAPPING_DOCUMENT.ID)
                .orElseGet(() -> db.insertInto(MAPPING_DOCUMENT, MAPPING_DOCUMENT.PROFILE_ID, MAPPING_DOCUMENT.FLOW)
                        .values(profileId, flow).returning(MAPPING_DOCUMENT.ID).fetchOne(MAPPING_DOCUMENT.ID));
        // lock the document so two editors saving at once get distinct version numbers
        db.selectFrom(MAPPING_DOCUMENT).where(MAPPING_DOCUMENT.ID.eq(documentId)).forUpdate().fetch();
        int next = db.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(MAPPING_VERSION.VERSION), 0))
                .from(MAPPING_VERSION).where(MAPPING_VERSION.DOCUMENT_ID.eq(documentId)).fetchOne(0, int.class) + 1;
        long id = db.insertInto(MAPPING_VERSION)
                .set(MAPPING_VERSION.DOCUMENT_ID, documentId)
                .set(MAPPING_VERSION.VERSION, next)
                .set(MAPPING_VERSION.STATUS, "DRAFT")
                .set(MAPPING_VERSION.YAML, yaml)
                .set(MAPPING_VERSION.CONTENT_HASH, sha256(yaml))
                .set(MAPPING_VERSION.CREATED_BY, author)
                .returning(MAPPING_VERSION.ID)
                .fetchOne(MAPPING_VERSION.ID);
        return byId(id).orElseThrow();
    }

    /** Publishes a version: the previously published one of the same flow is retired. */
    @Transactional
    public MappingVersion publish(long versionId) {
        MappingVersion version = byId(versionId)
                .orElseThrow(() -> new IllegalArgumentException("no mapping version " + versionId));
        long documentId = db.select(MAPPING_VERSION.DOCUMENT_ID).from(MAPPING_VERSION)
                .where(MAPPING_VERSION.ID.eq(versionId)).fetchOne(MAPPING_VERSION.DOCUMENT_ID);
        db.update(MAPPING_VERSION).set(MAPPING_VERSION.STATUS, "RETIRED")
                .where(MAPPING_VERSION.DOCUMENT_ID.eq(documentId), MAPPING_VERSION.STATUS.eq("PUBLISHED"))
                .execute();
        db.update(MAPPING_VERSION).set(MAPPING_VERSION.STATUS, "PUBLISHED")
                .set(MAPPING_VERSION.PUBLISHED_AT, OffsetDateTime.now())
                .where(MAPPING_VERSION.ID.eq(versionId)).execute();
        return byId(version.id()).orElseThrow();
    }

    /** The version the engine runs for this flow, if one is published. */
    public Optional<MappingVersion> published(long profileId, String flow) {
        return select().where(MAPPING_DOCUMENT.PROFILE_ID.eq(profileId), MAPPING_DOCUMENT.FLOW.eq(flow),
                MAPPING_VERSION.STATUS.eq("PUBLISHED")).fetchOptional(this::toVersion);
    }

    public List<MappingVersion> history(long profileId, String flow) {
        return select().where(MAPPING_DOCUMENT.PROFILE_ID.eq(profileId), MAPPING_DOCUMENT.FLOW.eq(flow))
                .orderBy(MAPPING_VERSION.VERSION.desc()).fetch(this::toVersion);
    }

    public Optional<MappingVersion> byId(long versionId) {
        return select().where(MAPPING_VERSION.ID.eq(versionId)).fetchOptional(this::toVersion);
    }

    private org.jooq.SelectOnConditionStep<org.jooq.Record> select() {
        return db.select(MAPPING_VERSION.asterisk(), MAPPING_DOCUMENT.PROFILE_ID, MAPPING_DOCUMENT.FLOW)
                .from(MAPPING_VERSION).join(MAPPING_DOCUMENT).on(MAPPING_DOCUMENT.ID.eq(MAPPING_VERSION.DOCUMENT_ID));
    }

    private MappingVersion toVersion(org.jooq.Record r) {
        return new MappingVersion(r.get(MAPPING_VERSION.ID), r.get(MAPPING_DOCUMENT.PROFILE_ID),
                r.get(MAPPING_DOCUMENT.FLOW), r.get(MAPPING_VERSION.VERSION), r.get(MAPPING_VERSION.STATUS),
                r.get(MAPPING_VERSION.YAML), r.get(MAPPING_VERSION.CONTENT_HASH), r.get(MAPPING_VERSION.CREATED_BY),
                r.get(MAPPING_VERSION.CREATED_AT));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
