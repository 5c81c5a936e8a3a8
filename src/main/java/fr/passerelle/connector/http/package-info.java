/**
 * HTTP plumbing shared by connector implementations: retries with backoff that honour
 * {@code Retry-After}, JSON as plain Java values (numbers as BigDecimal), and payload paths
 * ({@code billing.city}, {@code meta_data[key=_yoast_wpseo_title].value}) expanded into the nested
 * shape an API expects. Depends on the JDK, Jackson and the connector SPI root only.
 */
@NullMarked
package fr.passerelle.connector.http;

import org.jspecify.annotations.NullMarked;
