package dev.errorcatalog.processor.model;

/** What an error body is made of. */
public enum BodyKind {
  /** A JSON document; the shape's pointers say where code, message and fields are. */
  JSON,
  /** Plain text (or HTML): the whole body, trimmed, is the message. */
  TEXT,
  /** No body at all: only the status is documented. */
  EMPTY
}
