/**
 * OpenAPI documents, read for the command line's {@code import-openapi} (a starter catalog from a document's
 * error responses) and {@code check --openapi} (whether a document and the catalogs agree): one bounded reading
 * ({@code DocumentReader}: a regular file of at most {@link dev.errorcatalog.processor.openapi.OpenApiLimits#MAX_BYTES},
 * strict UTF-8, JSON or YAML without aliases, nested at most {@link dev.errorcatalog.processor.openapi.OpenApiLimits#MAX_DEPTH}
 * levels), local {@code $ref}s only and never in a cycle ({@code References}), and the operations with their error
 * responses ({@code OpenApiDocument}) that both the import ({@code StarterCatalog}) and the check ({@code Agreement})
 * read. Never on the annotation processor's path: only the command line and the Maven plugin reach it.
 *
 * <p>May import {@code locate} (the bounded reading of files), {@code model} (the checked catalogs, endpoints,
 * status phrases, positions) and {@code validate} (the diagnostics of the agreement check), and Jackson.
 */
package dev.errorcatalog.processor.openapi;
