/**
 * A small OData v3 {@code $filter} grammar as Acumatica's contract-based API accepts it: a lexer,
 * a recursive-descent parser producing an immutable tree, and an evaluator over any record
 * shape. The ERP sandbox filters with it; it never matches filter text with string tricks.
 */
@NullMarked
package fr.passerelle.sandbox.erp.odata;

import org.jspecify.annotations.NullMarked;
