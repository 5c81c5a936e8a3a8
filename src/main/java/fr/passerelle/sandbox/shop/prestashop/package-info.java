/**
 * A faithful PrestaShop Webservice simulator: the key as basic-auth user (or {@code ws_key}),
 * XML in and out with multilingual {@code <language id>} nodes and associations, {@code display},
 * {@code filter[...]}, {@code sort}, {@code limit}, {@code date=1}, the documented error body and codes
 * (read-only fields refused with code 93), and {@code stock_availables} rows kept per product and
 * combination.
 */
@NullMarked
package fr.passerelle.sandbox.shop.prestashop;

import org.jspecify.annotations.NullMarked;
