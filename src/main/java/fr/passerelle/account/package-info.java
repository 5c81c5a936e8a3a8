/**
 * Users, roles and who sees what: the bcrypt user store for Spring Security, the first
 * {@code admin}, and the tenant rule for shop profiles (a merchant sees only their tenant's).
 */
@NullMarked
package fr.passerelle.account;

import org.jspecify.annotations.NullMarked;
