/**
 * The shops' order webhooks (issue 11, the fast path): the endpoint {@code /webhooks/{profileId}/{shop}}
 * outside the studio's session and CSRF protection (the signature on the raw body is the
 * authentication), duplicate deliveries dropped by their delivery id, the order re-read from the
 * shop by id and imported at once through {@code sync.FlowSync}; registration in the shop, the
 * subscriptions' state, and the reconciliation poll that imports whatever a webhook missed.
 */
@NullMarked
package fr.passerelle.webhook;

import org.jspecify.annotations.NullMarked;
