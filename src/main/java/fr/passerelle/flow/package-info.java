/** The flow catalogue: ids, directions, dependencies and features of every flow. Plain Java. */
@NullMarked
package fr.passerelle.flow;

import org.jspecify.annotations.NullMarked;
