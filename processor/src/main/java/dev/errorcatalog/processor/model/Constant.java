package dev.errorcatalog.processor.model;

/**
 * A field with a fixed value, e.g. {@code /success: false}: a decoder matches only bodies that carry it,
 * an encoder always writes it. The runtime's {@code Constant} ({@link #runtime()}) with the place the catalog
 * declares it.
 *
 * @param pointer an RFC 6901 JSON Pointer, e.g. {@code /status}
 */
public record Constant(String pointer, JsonScalar value, SourcePosition position) {

  /** The runtime's constant: what the rows carry, and the engine matches and writes. */
  public dev.errorcatalog.runtime.Constant runtime() {
    return switch (value.kind()) {
      case STRING -> dev.errorcatalog.runtime.Constant.string(pointer, value.text());
      case NUMBER -> dev.errorcatalog.runtime.Constant.number(pointer, value.text());
      case BOOLEAN -> dev.errorcatalog.runtime.Constant.bool(pointer, Boolean.parseBoolean(value.text()));
      case NULL -> dev.errorcatalog.runtime.Constant.nullValue(pointer);
    };
  }
}
