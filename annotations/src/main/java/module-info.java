/**
 * The errorcatalog runtime: the annotation that asks for a catalog, the API the generated code implements
 * ({@link dev.errorcatalog.CatalogError}, {@link dev.errorcatalog.ErrorDecoder}, {@link dev.errorcatalog.DecodedError},
 * retry advice), and the engine the generated decoders and encoders run on.
 *
 * <p>A module that annotates one of its packages with {@link dev.errorcatalog.ErrorCatalog} requires this one; to
 * have {@link dev.errorcatalog.ErrorCatalogs} find its catalogs it also declares them as providers of
 * {@link dev.errorcatalog.Catalog} (the processor names the line to add). See the user guide's
 * "Getting started", "In a modular project" (docs/guide/getting-started.md).
 */
module dev.errorcatalog {
  // The decoders stream bodies with jackson-core; nothing of it appears in this module's API.
  requires com.fasterxml.jackson.core;
  // RetryAdvisor.send and CatalogBodyHandler take java.net.http types (so a reader of this module reads them too);
  // static: an application that never calls them need not have java.net.http in its image.
  requires static transitive java.net.http;

  exports dev.errorcatalog;
  // Not API (see its package documentation), but the generated code, in the consumer's module, calls it.
  exports dev.errorcatalog.runtime;

  uses dev.errorcatalog.Catalog;
}
