/**
 * PrestaShop connector: the Webservice (1.6.1+, XML) with the key as basic-auth user,
 * multilingual {@code <language id>} fields, {@code filter[...]}, {@code display=full},
 * {@code limit=offset,N} paging, GET-merge-PUT updates without read-only nodes, combinations with
 * their option values, {@code stock_availables}, {@code specific_prices}, customers, orders read
 * since a watermark ({@code date=1}), order histories, order carriers (tracking) and payments.
 */
@NullMarked
package fr.passerelle.connector.shop.prestashop;

import org.jspecify.annotations.NullMarked;
