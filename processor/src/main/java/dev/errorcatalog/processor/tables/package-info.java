/**
 * The one step from the model to the runtime: {@code CatalogTables} makes a catalog's
 * {@code dev.errorcatalog.runtime.ShapeRow}s and {@code EntryRow}s once. The build-time checks run the runtime
 * engine on these rows and the generators write the code that builds these same rows, so what the build
 * checks is what runs.
 *
 * <p>May import {@code model}, the runtime API and the runtime package.
 */
package dev.errorcatalog.processor.tables;
