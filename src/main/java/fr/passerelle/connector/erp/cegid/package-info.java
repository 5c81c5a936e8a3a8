/**
 * The Cegid XRP Flex connector: Acumatica's contract-based REST API ({@code /entity/<Endpoint>/<Version>/<Entity>}),
 * driven by the declarative entity map {@code templates/erp/cegid-xrp-flex.yaml}. Sessions log in
 * (cookie or OAuth 2.0), read with {@code $filter/$select/$expand/$custom/$top/$skip}, write with
 * PUT upserts and actions polled to completion, and always log out.
 */
@NullMarked
package fr.passerelle.connector.erp.cegid;

import org.jspecify.annotations.NullMarked;
