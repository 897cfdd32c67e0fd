package dev.errorcatalog.processor.model;

import dev.errorcatalog.runtime.CatalogCodec;

/**
 * What an error body is made of: the runtime's {@code CatalogCodec.Body} of the same name, named here for the
 * stages that read the model without the runtime (docs, validate).
 */
public enum BodyKind {
  /** A JSON document; the shape's pointers say where code, message and fields are. */
  JSON,
  /** Plain text (or HTML): the whole body, trimmed, is the message. */
  TEXT,
  /** No body at all: only the status is documented. */
  EMPTY;

  /** The runtime's kind of the same name. */
  public CatalogCodec.Body runtime() {
    return CatalogCodec.Body.valueOf(name());
  }
}
