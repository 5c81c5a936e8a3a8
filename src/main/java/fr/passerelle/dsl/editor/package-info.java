/**
 * The compile service behind the studio's mapping editor: for a document's text and a cursor,
 * every diagnostic (the compiler's own) and the completions that fit the cursor (target fields in
 * key position, source and item fields, lets, functions and methods in expressions).
 */
@NullMarked
package fr.passerelle.dsl.editor;

import org.jspecify.annotations.NullMarked;
