package fr.passerelle.store;

import javax.sql.DataSource;

/** {@link FlowLocks} for tests of other packages (its constructor is the container's). */
public final class FlowLocksProbe {

    private final FlowLocks locks;

    public FlowLocksProbe(DataSource dataSource) {
        this.locks = new FlowLocks(dataSource);
    }

    public boolean isHeld(String name) {
        return locks.isHeld(name);
    }
}
