package fr.passerelle.connector;

import java.math.BigDecimal;

/**
 * A line of a shop order that still holds stock: the order is open (not cancelled, refunded
 * or failed), so its quantity is sold in the shop whatever the ERP says.
 *
 * @param orderKey the order's key as the orders flow links it (the shop's order id)
 */
public record OpenOrderLine(String orderKey, String sku, BigDecimal quantity) {
}
