package fr.passerelle.connector;

/** The value types a schema field can hold, as the mapping language sees them. */
public enum FieldType {
    STRING,
    /** Exact decimal (money, quantities): always {@link java.math.BigDecimal} in records. */
    DECIMAL,
    INTEGER,
    BOOLEAN,
    DATE,
    DATETIME,
    /** A nested object (addresses, dimensions). */
    OBJECT,
    /** A list of values or objects (lines, images, meta data). */
    LIST,
    /** Anything: free-form custom fields whose type the ERP does not declare. */
    ANY
}
