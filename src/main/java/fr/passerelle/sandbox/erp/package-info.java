/**
 * The ERP sandbox: an in-memory Acumatica contract-based REST API (what Cegid XRP Flex runs on)
 * with generated French demo data. Same URLs ({@code /entity/<Endpoint>/<Version>/<Entity>}),
 * cookie login with a licence session cap, {@code {"value": ...}} wrappers, OData {@code $filter},
 * {@code $select/$expand/$custom/$top/$skip}, PUT upsert, actions answered 202 + Location, 422
 * field errors. Records are kept in their wire shape, so every query feature works on every entity.
 */
@NullMarked
package fr.passerelle.sandbox.erp;

import org.jspecify.annotations.NullMarked;
