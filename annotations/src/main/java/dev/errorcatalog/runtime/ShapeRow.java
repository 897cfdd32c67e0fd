package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One body shape of a catalog, as data: what its bodies are and the JSON Pointers of the code, the message,
 * the retry hint and the named fields, with the constants its bodies carry. Generated code builds one per
 * shape with {@link #json}, {@link #text} or {@link #empty}; the processor builds the same rows from its model
 * for the build-time checks. {@link CatalogCodec} turns the rows into its lookup tables.
 */
public final class ShapeRow {

  private final String name;
  private final CatalogCodec.Body body;
  private final String code;
  private final String subcode;
  private final String message;
  private final String retryAfter;
  private final Map<String, String> fields;
  private final List<Constant> when;
  private final boolean error;
  private final List<WaitSource> waitHints;

  private ShapeRow(Builder b) {
    this.name = b.name;
    this.body = b.body;
    this.code = b.code;
    this.subcode = b.subcode;
    this.message = b.message;
    this.retryAfter = b.retryAfter;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
    this.when = List.copyOf(b.when);
    this.error = b.error;
    this.waitHints = List.copyOf(b.waitHints);
  }

  /** A shape of JSON bodies. */
  public static Builder json(String name) {
    return new Builder(name, CatalogCodec.Body.JSON);
  }

  /** A shape of text bodies: the whole body is the message. */
  public static Builder text(String name) {
    return new Builder(name, CatalogCodec.Body.TEXT);
  }

  /** A shape of responses without a body. */
  public static Builder empty(String name) {
    return new Builder(name, CatalogCodec.Body.EMPTY);
  }

  /** A shape of bodies of the kind given ({@link #json}, {@link #text} or {@link #empty} by a value). */
  public static Builder of(String name, CatalogCodec.Body body) {
    return new Builder(name, java.util.Objects.requireNonNull(body, "body"));
  }

  /** The shape's name in the catalog. */
  public String name() {
    return name;
  }

  /** What the bodies are. */
  public CatalogCodec.Body body() {
    return body;
  }

  /** The pointer of the code, or {@code null}. */
  public String code() {
    return code;
  }

  /**
   * The pointer of the sub-code, the second value that refines an entry with the body's code (Stripe's
   * {@code /error/decline_code} under {@code card_declined}), or {@code null}.
   */
  public String subcode() {
    return subcode;
  }

  /** The pointer of the message, or {@code null}. */
  public String message() {
    return message;
  }

  /** The pointer of a retry hint in seconds, or {@code null}. */
  public String retryAfter() {
    return retryAfter;
  }

  /** The named fields: argument name to pointer, in catalog order. */
  public Map<String, String> fields() {
    return fields;
  }

  /** The constants every body of the shape carries. */
  public List<Constant> when() {
    return when;
  }

  /**
   * Whether the catalog marks bodies of this shape errors whatever the status: at a success status, a body
   * carrying the shape's constants ({@code "ok": false}) is an error even where no entry describes its code.
   */
  public boolean error() {
    return error;
  }

  /**
   * The wait hints the shape's responses carry besides {@code Retry-After}, in the order they are read: headers or
   * body fields, each with its unit ({@code x-ratelimit-reset} in epoch seconds). An entry's own list replaces it.
   */
  public List<WaitSource> waitHints() {
    return waitHints;
  }

  @Override
  public String toString() {
    return "ShapeRow[" + name + "]";
  }

  /** Collects a shape's pointers by name; {@link #build} makes the row. */
  public static final class Builder {
    private final String name;
    private final CatalogCodec.Body body;
    private String code;
    private String subcode;
    private String message;
    private String retryAfter;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<Constant> when = new ArrayList<>();
    private boolean error;
    private final List<WaitSource> waitHints = new ArrayList<>();

    private Builder(String name, CatalogCodec.Body body) {
      this.name = Objects.requireNonNull(name, "name");
      this.body = body;
    }

    /** The pointer at which bodies carry the code. */
    public Builder code(String pointer) {
      this.code = Objects.requireNonNull(pointer, "pointer");
      return this;
    }

    /** The pointer at which bodies carry the sub-code that refines the code. */
    public Builder subcode(String pointer) {
      this.subcode = Objects.requireNonNull(pointer, "pointer");
      return this;
    }

    /** The pointer at which bodies carry the message. */
    public Builder message(String pointer) {
      this.message = Objects.requireNonNull(pointer, "pointer");
      return this;
    }

    /** The pointer at which bodies carry a retry hint in seconds. */
    public Builder retryAfter(String pointer) {
      this.retryAfter = Objects.requireNonNull(pointer, "pointer");
      return this;
    }

    /** A wait hint the shape's responses carry, read after those added before it. */
    public Builder waitHint(WaitSource source) {
      waitHints.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /** A named field, read into the arguments. */
    public Builder field(String name, String pointer) {
      fields.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(pointer, "pointer"));
      return this;
    }

    /** A constant every body of the shape carries. */
    public Builder when(Constant constant) {
      when.add(Objects.requireNonNull(constant, "constant"));
      return this;
    }

    /** Marks the shape's bodies errors whatever the status (Slack's {@code 200} with {@code "ok": false}). */
    public Builder error() {
      this.error = true;
      return this;
    }

    /** The row. */
    public ShapeRow build() {
      return new ShapeRow(this);
    }
  }
}
