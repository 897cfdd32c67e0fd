package dev.errorcatalog.processor.generate;

import java.util.List;
import java.util.Optional;

/** Every source generator, in the order their files are written. */
public final class Generators {

  private Generators() {}

  /** One generator per output, without a docs URL. */
  public static List<SourceGenerator> all() {
    return all(Optional.empty());
  }

  /**
   * One generator per output.
   *
   * @param docsUrl the pattern of an entry's docs URL ({@code -Aerrorcatalog.docs.url}), which the encoder writes
   *     into a shape's docs link field; empty without the option
   */
  public static List<SourceGenerator> all(Optional<String> docsUrl) {
    return List.of(
        new ErrorEnumGenerator(),
        new ExceptionGenerator(),
        new FactoryGenerator(),
        new EncoderGenerator(docsUrl),
        new DecoderGenerator(),
        new CatalogClassGenerator());
  }
}
