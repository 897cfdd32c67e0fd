package dev.errorcatalog.processor.openapi;

/**
 * How much of an OpenAPI document is read. A document is untrusted input as a catalog is, and a large one: GitHub's
 * REST description is about 10 MB of YAML, Stripe's about 7 MB of JSON; their dereferenced forms are several times
 * that. The limits leave room for those and refuse what no API description needs.
 */
public final class OpenApiLimits {

  /** The largest document read, in bytes: refused from its size before it is read. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  /** The deepest nesting read (schemas inside schemas inside responses inside paths). */
  public static final int MAX_DEPTH = 200;

  /** The longest line of a YAML document, in characters (a description of a page is far shorter). */
  public static final int MAX_YAML_LINE = 256 * 1024;

  /** The most {@code $ref}s followed in a row before a reference is taken as endless. */
  public static final int MAX_REF_HOPS = 64;

  /** The most error responses read from one document (GitHub's description has about 4,000). */
  public static final int MAX_RESPONSES = 100_000;

  private OpenApiLimits() {}
}
