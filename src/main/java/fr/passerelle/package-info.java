/** Passerelle: the jar's entry point and the Spring Boot application of the studio. */
@NullMarked
package fr.passerelle;

import org.jspecify.annotations.NullMarked;
