package dev.errorcatalog;

/** How a decoder recognised the entry of an error response. */
public enum MatchKind {
  /** The body named a code the catalog documents. */
  CODE,
  /** The body's message matched an entry's template at that status (or a documented constant field told it apart). */
  MESSAGE,
  /**
   * Only the status is documented (for example "401, no body"), and the body is of the kind the entry documents:
   * none, JSON of its shape, or text; never an HTML page (a proxy's or CDN's, at a documented status, is
   * {@link #NONE}).
   */
  STATUS,
  /** Nothing documented matched; {@link DecodedError#entry()} is empty. */
  NONE
}
