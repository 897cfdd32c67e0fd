package dev.errorcatalog.benchmarks;

import org.openjdk.jmh.annotations.Param;

/** The generated decoders of the five shipped catalogs on representative bodies of each. */
public class ShippedCatalogsBenchmark extends DecodeBenchmark {

  @Param({"insider-one", "insider-live-activities", "getresponse", "transformify", "pingback"})
  public String catalog;

  @Override
  protected String catalogId() {
    return catalog;
  }
}
