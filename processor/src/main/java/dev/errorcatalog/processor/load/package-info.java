/**
 * Stage 2, load: binds the YAML tree to the validated {@code model} (per-entry rules), then runs the
 * cross-entry rules of {@code validate}, collecting every mistake of a catalog in one pass.
 *
 * <p>May import {@code yaml}, {@code model}, {@code validate}, the runtime API's enums and the runtime's
 * {@code Template} syntax (so that what the loader accepts is what the runtime compiles). Never {@code tables},
 * {@code check}, {@code generate} or {@code docs}.
 */
package dev.errorcatalog.processor.load;
