/**
 * The Maven plugin's goals: {@code check} fails a catalog module's build at the YAML the writer edits, before
 * any test; {@code docs} writes the pages. Both run {@link dev.errorcatalog.processor.CatalogFilesBuild}, the
 * processor's own loader, checks and docs generator, with the processor's options.
 */
package dev.errorcatalog.maven;
