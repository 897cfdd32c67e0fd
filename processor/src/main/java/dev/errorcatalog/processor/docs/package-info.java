/**
 * Stage 5, docs: one Markdown page per catalog and an index over the catalogs of the build, for MkDocs, and
 * the directory writer of {@code -Aerrorcatalog.docs}. Catalog text is shown exactly as written.
 *
 * <p>May import {@code model}, {@code names} and the runtime API. Never {@code generate} or {@code tables}: a
 * page describes the catalog, not the code.
 */
package dev.errorcatalog.processor.docs;
