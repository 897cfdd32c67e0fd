package dev.errorcatalog.spring.benchmarks;

import dev.errorcatalog.CatalogException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The controller of the dispatch benchmarks: throws the benchmark's exception. */
@RestController
public class Thrower {

  /** Set by the benchmark's setup, before the first request. */
  static volatile CatalogException exception;

  @GetMapping("/fail")
  public String fail() {
    throw exception;
  }
}
