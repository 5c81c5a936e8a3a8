/**
 * The studio (Vaadin Flow, stock components only): login, layout, views, and the security
 * configuration that needs Vaadin's types. Nothing depends on this package.
 */
@NullMarked
package fr.passerelle.ui;

import org.jspecify.annotations.NullMarked;
