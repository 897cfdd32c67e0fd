/**
 * Diagnostics and the cross-entry rules: {@code Diagnostic} (one severity, id, place, problem and fix per
 * finding), {@code Diagnostics} (the collector every stage adds to), the stable {@code DiagnosticId}s, and
 * the rules that need the whole list of entries (duplicate codes, entries no body could tell apart).
 *
 * <p>May import {@code model} only.
 */
package dev.errorcatalog.processor.validate;
