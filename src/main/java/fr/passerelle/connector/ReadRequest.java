package fr.passerelle.connector;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a read.
 *
 * @param filter the system's own filter text ({@code $filter} OData for the ERP, the shop's
 *     native filter otherwise), or null
 * @param modifiedSince only records changed at or after this instant (the flow's watermark), or null for all
 * @param pageSize records per page, as the system allows
 * @param cursor where the previous page ended ({@link Page#nextCursor()}), or null for the first page
 * @param fields the fields wanted (empty: all the connector knows)
 */
public record ReadRequest(@Nullable String filter, @Nullable Instant modifiedSince, int pageSize,
        @Nullable String cursor, List<String> fields) {

    public ReadRequest {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        fields = List.copyOf(fields);
    }

    public static ReadRequest all(int pageSize) {
        return new ReadRequest(null, null, pageSize, null, List.of());
    }

    public ReadRequest next(String nextCursor) {
        return new ReadRequest(filter, modifiedSince, pageSize, nextCursor, fields);
    }
}
