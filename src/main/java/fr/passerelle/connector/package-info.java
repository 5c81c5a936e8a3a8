/**
 * The connector SPI: what the engine, the compiler and the studio know of an ERP or a shop.
 * Plain Java only (no Spring, jOOQ or Vaadin types), so connectors and the mapping language
 * can be tested without a framework.
 */
@NullMarked
package fr.passerelle.connector;

import org.jspecify.annotations.NullMarked;
