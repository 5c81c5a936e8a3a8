package fr.passerelle.store;

import org.jooq.DSLContext;

/** The PostgreSQL run ports on a plain {@link DSLContext}, for the sync benchmark (no Spring context). */
public final class BenchPorts {

    private BenchPorts() {
    }

    public static ProfileRunPorts of(DSLContext db, long profileId) {
        return new ProfileRunPorts(db, profileId);
    }
}
