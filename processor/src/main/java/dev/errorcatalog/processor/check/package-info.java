/**
 * Stage 3, check: what needs the whole validated model and the runtime engine, run before anything is
 * generated: every example body must decode to its own entry, on the rows of {@code tables}.
 *
 * <p>May import {@code model}, {@code tables}, {@code validate} (to report), the runtime API and the runtime
 * package. Never {@code generate} or {@code docs}.
 */
package dev.errorcatalog.processor.check;
