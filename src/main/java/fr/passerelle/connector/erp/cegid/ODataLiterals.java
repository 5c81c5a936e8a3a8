package fr.passerelle.connector.erp.cegid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** OData v3 URI literals as Acumatica's {@code $filter} reads them. */
final class ODataLiterals {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    private ODataLiterals() {
    }

    /** {@code 'it''s'}: single quotes, a quote inside doubled. */
    static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code 15.01M}: the decimal suffix keeps the value exact on the server. */
    static String decimal(BigDecimal value) {
        return value.toPlainString() + "M";
    }

    static String dateTimeOffset(Instant instant) {
        return "datetimeoffset'" + OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(INSTANT) + "'";
    }

    static String date(LocalDate date) {
        return "date'" + date + "'";
    }

    /** The literal for a value of a canonical record. */
    static String of(Object value) {
        return switch (value) {
            case BigDecimal d -> decimal(d);
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            case Instant i -> dateTimeOffset(i);
            case OffsetDateTime o -> dateTimeOffset(o.toInstant());
            case LocalDate d -> date(d);
            default -> string(value.toString());
        };
    }
}
