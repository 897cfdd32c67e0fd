package dev.errorcatalog.processor.output;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.names.GeneratedNames;

/**
 * A catalog whose outputs were all written in this build, with the names of its types: what the outputs of the
 * whole build (the index, the services file) are made from.
 */
public record BuiltCatalog(CatalogModel catalog, GeneratedNames names) {}
