package dev.errorcatalog.processor.model;

/**
 * An example body as the vendor documents it (JSON for JSON shapes, text otherwise).
 *
 * @param position where the example stands, for the build-time "example decodes to its entry" check
 */
public record Example(String body, SourcePosition position) {}
