/**
 * The embedded default as a demo: the sandboxes served by the studio under {@code /sandbox/...}
 * and, on a first start, a demo tenant whose profiles connect the ERP sandbox to each shop sandbox.
 */
@NullMarked
package fr.passerelle.demo;

import org.jspecify.annotations.NullMarked;
