/**
 * Generated demo data of the ERP sandbox: a French retailer with items (matrix items, kits,
 * inactive ones), item classes and attributes, three warehouses, four VAT categories, customer
 * price classes and price worksheets, and 500 customers. A fixed seed makes every run the same.
 */
@NullMarked
package fr.passerelle.sandbox.erp.demo;

import org.jspecify.annotations.NullMarked;
