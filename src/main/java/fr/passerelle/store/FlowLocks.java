package fr.passerelle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;

/**
 * Cluster-wide locks held for the length of a run (issue 15, point 2): a PostgreSQL session-level
 * advisory lock on a connection of its own, kept open until the run ends. A node that dies (killed,
 * powered off) closes its connections, so PostgreSQL ends the session and the lock is free again:
 * no lease to expire, no heartbeat to miss. A node cut from the database by the network keeps its
 * lock until the server notices the dead connection (TCP keepalive, see docs/operations.md).
 *
 * <p>Keys are named ({@code flow:<profile>/<flow>}, {@code heavy:<shop host>}) and hashed to the
 * 64-bit key space of {@code pg_try_advisory_lock(bigint)} by PostgreSQL itself.
 */
@Repository
public class FlowLocks {

    private final DataSource dataSource;

    FlowLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A lock taken; closing it releases the lock and gives its connection back. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** The run lock of one flow of one profile. */
    public static String flowKey(long profileId, String flow) {
        return "flow:" + profileId + "/" + flow;
    }

    /** Takes the lock now or not at all. */
    public Optional<Held> tryLock(String name) {
        Connection connection = connection();
        try {
            if (tryOn(connection, name)) {
                return Optional.of(new HeldLock(connection, name));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw failure("cannot take the lock " + name, e);
        }
    }

    /**
     * Waits up to {@code maxWait} for the lock, trying again every {@code poll}: the waiting thread
     * holds no connection in between, so a hundred waiting triggers cost no pool slot.
     */
    public Optional<Held> lock(String name, Duration maxWait, Duration poll) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            Optional<Held> held = tryLock(name);
            if (held.isPresent() || System.nanoTime() - deadline >= 0) {
                return held;
            }
            Thread.sleep(poll);
        }
    }

    /** Whether someone holds the lock now (taken and released at once when free). */
    public boolean isHeld(String name) {
        Optional<Held> held = tryLock(name);
        held.ifPresent(Held::close);
        return held.isEmpty();
    }

    private Connection connection() {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            return connection;
        } catch (SQLException e) {
            throw failure("no database connection for a run lock", e);
        }
    }

    private static boolean tryOn(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select pg_try_advisory_lock(hashtextextended(?, 0))")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static DataAccessResourceFailureException failure(String message, Exception cause) {
        return new DataAccessResourceFailureException(message + ": " + cause.getMessage(), cause);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the lock, if any, goes with the session
        }
    }

    private static final class HeldLock implements Held {
        private final Connection connection;
        private final String name;
        private boolean closed;

        HeldLock(Connection connection, String name) {
            this.connection = connection;
            this.name = name;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try (PreparedStatement statement = connection.prepareStatement(
                    "select pg_advisory_unlock(hashtextextended(?, 0))")) {
                statement.setString(1, name);
                statement.execute();
            } catch (SQLException e) {
                // a pooled connection that could not unlock must not go back to the pool locked
                try {
                    connection.unwrap(Connection.class).abort(Runnable::run);
                } catch (SQLException ignored) {
                    // the session ends with the connection anyway
                }
            } finally {
                closeQuietly(connection);
            }
        }
    }
}
