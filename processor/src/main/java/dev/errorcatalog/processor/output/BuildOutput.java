package dev.errorcatalog.processor.output;

import java.util.List;

/**
 * An output of the whole build (the docs index, the services file), made once every catalog of the build is
 * known, from those whose outputs were written; never called for a build without one.
 */
@FunctionalInterface
public interface BuildOutput {

  /** @param catalogs every catalog built, sorted by id */
  List<OutputFile> files(List<BuiltCatalog> catalogs);
}
