/**
 * Sandboxes: faithful in-memory simulators of the ERP's and the shops' APIs, for the demo, for
 * consultants trying a mapping, and for contract tests over real HTTP. This root package holds
 * the HTTP plumbing shared by all of them (server, fault injection, request log); each system
 * has its own sub-package. Nothing in the engine or the connectors depends on sandboxes.
 */
@NullMarked
package fr.passerelle.sandbox;

import org.jspecify.annotations.NullMarked;
