/**
 * The EBP Gestion Commerciale (SaaS) connector, to the level EBP's public documentation allows:
 * OAuth 2.0 authorization code against EBP's login server (tokens refreshed), the
 * {@code ebp-subscription-key} header, and resources from {@code templates/erp/ebp.yaml}, most of
 * them assumed (listed as such in docs/connectors.md).
 */
@NullMarked
package fr.passerelle.connector.erp.ebp;

import org.jspecify.annotations.NullMarked;
