package fr.passerelle.connector;

import java.util.List;

/**
 * Fields Passerelle adds to shop orders and payments before they are mapped to the ERP (issue
 * 11): they are not the shop's, every shop's order and payment schemas declare them so that the
 * templates can use them and the compiler checks them.
 */
public final class ImportFields {

    /** The ERP customer the customers-import flow found by e-mail or created (CIM-1), null before it ran. */
    public static final String ERP_CUSTOMER = "erp_customer_id";

    private ImportFields() {
    }

    /** Added to each order. */
    public static List<FieldSchema> order() {
        return List.of(FieldSchema.of(ERP_CUSTOMER, FieldType.STRING,
                "ERP customer found by e-mail or created by the customers-import flow (added by Passerelle)"));
    }

    /** Added to each payment: the ERP order it applies to, and the due date it stands for (PAY-2, PAY-3, PAY-5). */
    public static List<FieldSchema> payment() {
        return List.of(FieldSchema.of(ERP_CUSTOMER, FieldType.STRING, "ERP customer of the order (added by Passerelle)"),
                FieldSchema.of("erp_order_type", FieldType.STRING, "type of the ERP order imported for this order"),
                FieldSchema.of("erp_order_nbr", FieldType.STRING, "number of the ERP order imported for this order"),
                FieldSchema.of("erp_order_total", FieldType.DECIMAL, "the ERP order's total incl. tax"),
                FieldSchema.of("erp_order_balance", FieldType.DECIMAL,
                        "what this due date may still apply to the ERP order (its total less the earlier due dates)"),
                FieldSchema.of("instalment", FieldType.INTEGER, "due date number, 1 .. instalments"),
                FieldSchema.of("instalments", FieldType.INTEGER, "due dates of the order (payments.instalments)"),
                FieldSchema.of("instalment_amount", FieldType.DECIMAL, "the shop's amount of this due date"),
                FieldSchema.of("due_date", FieldType.DATE, "this due date (payment date + payments.instalmentDays)"));
    }
}
