/**
 * Shop sandboxes: one sub-package per shop ({@code woocommerce}, {@code shopify}), plus the JSON
 * helper they share. Every shop sandbox is a plain {@link fr.passerelle.sandbox.SandboxApp} with a
 * no-argument constructor, so the {@code sandbox} command and the studio can mount it.
 */
@NullMarked
package fr.passerelle.sandbox.shop;

import org.jspecify.annotations.NullMarked;
