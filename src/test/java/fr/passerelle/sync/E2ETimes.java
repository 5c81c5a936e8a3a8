package fr.passerelle.sync;

import java.time.Instant;

/** Times read with JdbcTemplate's queryForList: {@code Timestamp} or {@code OffsetDateTime} by driver. */
final class E2ETimes {

    private E2ETimes() {
    }

    static Instant instant(Object value) {
        return switch (value) {
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            case Instant i -> i;
            default -> throw new IllegalArgumentException("not a time: " + value);
        };
    }
}
