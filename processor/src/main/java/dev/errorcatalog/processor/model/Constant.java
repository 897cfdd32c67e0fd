package dev.errorcatalog.processor.model;

/**
 * A field with a fixed value, e.g. {@code /success: false}: a decoder matches only bodies that carry it,
 * an encoder always writes it.
 *
 * @param pointer an RFC 6901 JSON Pointer, e.g. {@code /status}
 */
public record Constant(String pointer, JsonScalar value, SourcePosition position) {}
