package dev.errorcatalog.benchmarks;

import org.openjdk.jmh.annotations.Param;

/**
 * How decoding scales with catalog size: the same bodies against a 10-entry and a 5,000-entry catalog of the
 * same form (the synthetic {@code bench-10} and {@code bench-5000}; the target is at most 1.2x per decode).
 */
public class CatalogSizeBenchmark extends DecodeBenchmark {

  @Param({"bench-10", "bench-5000"})
  public String catalog;

  @Override
  protected String catalogId() {
    return catalog;
  }
}
