/**
 * Stage 3b, evolve: compares a checked catalog with its baseline, the released catalog clients are built on
 * ({@code -Aerrorcatalog.baseline}, the writers' {@code diff}). A change a client would notice is an error
 * unless the catalog accepts it in a {@code changes:} record; every difference is listed for the docs' Changes
 * section.
 *
 * <p>May import {@code locate} and {@code load} (to read the baseline as the build reads catalogs),
 * {@code model}, {@code tables} and {@code check} (to decode the baseline's bodies on the new rows),
 * {@code validate} (to report), the runtime API and the runtime package. Never {@code generate} or
 * {@code docs}.
 */
package dev.errorcatalog.processor.evolve;
