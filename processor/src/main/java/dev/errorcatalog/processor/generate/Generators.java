package dev.errorcatalog.processor.generate;

import java.util.List;

/** Every source generator, in the order their files are written. */
public final class Generators {

  private Generators() {}

  /** One generator per output. */
  public static List<SourceGenerator> all() {
    return List.of(
        new ErrorEnumGenerator(),
        new ExceptionGenerator(),
        new FactoryGenerator(),
        new EncoderGenerator(),
        new DecoderGenerator(),
        new CatalogClassGenerator());
  }
}
