package dev.errorcatalog.runtime;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a catalog, as data: everything the generated error type's accessors answer, and what the
 * decoder and the encoder need (the shape, the constants, the templates). Each template is compiled once, when
 * first asked for ({@link EntryTemplates}); {@link CatalogCodec} matches and formats with the same instances.
 *
 * <p>Generated code builds one per entry with {@link #builder}; the processor builds the same rows from its
 * model for the build-time checks. Each value's text and builder calls are declared once, in {@link EntryField}.
 */
public final class EntryRow {

  private final int status;
  private final String code;
  private final String title;
  private final EntryTemplates templates;
  private final ShapeRow shape;
  private final List<Constant> when;
  private final RetryClass retryClass;
  private final RetryParameters retryParameters;
  private final String anchor;
  private final String deprecation;
  private final int[] alsoAt; // the statuses after the first
  private final boolean error;
  private final String subcode; // or null
  private final List<WaitSource> waitHints;

  /** A row of the values collected by a builder or read from the rows' text. */
  EntryRow(EntryValues v) {
    this.status = v.status;
    this.code = Objects.requireNonNull(v.code, "code");
    this.title = v.title;
    this.templates = new EntryTemplates(v.message, List.copyOf(v.variants));
    // The message made only when it is needed, and no supplier lambda capturing v for each of thousands of rows.
    this.shape = Objects.requireNonNull(v.shape, v.shape == null ? "entry " + v.code + " has no shape" : null);
    this.when = List.copyOf(v.when);
    this.retryClass = v.retryClass;
    this.retryParameters = RetryParameters.of(v.base, v.cap, v.attempts, v.window);
    this.anchor = v.anchor;
    this.deprecation = v.deprecation;
    this.alsoAt = v.alsoAt;
    this.error = v.error;
    this.subcode = v.subcode;
    this.waitHints = List.copyOf(v.waitHints);
  }

  /** Starts the row of the entry answering {@code status} with {@code code}. */
  public static Builder builder(int status, String code) {
    return new Builder(status, code);
  }

  /**
   * Starts the row of an entry the API sends no code for (it identifies the response by a constant, its
   * message or its status): the entry has only a name, is never found by code and encodes no code.
   */
  public static Builder withoutCode(int status) {
    return new Builder(status, "");
  }

  /** The HTTP status, the first the catalog lists (the one a service answers with); 0 for non-HTTP codes. */
  public int status() {
    return status;
  }

  /** Every status the entry is answered with, {@link #status()} first. */
  public List<Integer> statuses() {
    return EntryStatuses.all(status, alsoAt);
  }

  /** The statuses after the first, as the rows' text stores them. */
  int[] alsoAt() {
    return alsoAt;
  }

  /**
   * Whether the catalog marks this entry an error whatever its status, itself or through its shape
   * ({@link ShapeRow#error()}): an error the API answers with a success status ({@code 200}, {@code "ok": false}).
   */
  public boolean markedError() {
    return error || shape.error();
  }

  /** The entry's own mark, without its shape's: what the rows' text and the generated builder calls carry. */
  boolean ownErrorMark() {
    return error;
  }

  /**
   * True for a documented success response (never thrown): every status in 100 to 399 and the entry not marked
   * an error. An entry listed at an error status too is an error at all its statuses.
   */
  public boolean isSuccess() {
    return !markedError() && EntryStatuses.allSuccess(status, alsoAt);
  }

  /** The code the API sends (or the entry's name where it sends none). */
  public String code() {
    return code;
  }

  /**
   * The sub-code that refines the code (Stripe's decline code {@code insufficient_funds} under
   * {@code card_declined}), as the API sends it at its shape's sub-code pointer; {@code ""} for an entry that
   * refines none.
   */
  public String subcode() {
    return subcode == null ? "" : subcode;
  }

  public String title() {
    return title;
  }

  /** The primary message template; {@link Template#empty()} when the entry documents no message. */
  public Template template() {
    return templates.primary();
  }

  /** The further documented messages that decode to this entry. */
  public List<Template> variants() {
    return templates.variants();
  }

  /** How many non-empty templates the entry documents, without compiling them ({@link EntryTemplates#count}). */
  int templateCount() {
    return templates.count();
  }

  /** The source of the {@code k}th non-empty template, without compiling it ({@link EntryTemplates#source}). */
  String templateSource(int k) {
    return templates.source(k);
  }

  public ShapeRow shape() {
    return shape;
  }

  /** The constants this entry's bodies carry besides the shape's own. */
  public List<Constant> when() {
    return when;
  }

  public RetryClass retryClass() {
    return retryClass;
  }

  public RetryParameters retryParameters() {
    return retryParameters;
  }

  /** The stable anchor of the entry in the generated docs. */
  public String anchor() {
    return anchor;
  }

  /** The deprecation note ({@code ""} when deprecated without one); {@code null} for a current entry. */
  public String deprecation() {
    return deprecation;
  }

  /**
   * The entry's own wait hints besides {@code Retry-After}, in the order they are read; empty where the entry takes
   * its shape's ({@link ShapeRow#waitHints()}).
   */
  public List<WaitSource> ownWaitHints() {
    return waitHints;
  }

  /** The wait hints read for this entry: its own, else its shape's. */
  public List<WaitSource> waitHints() {
    return waitHints.isEmpty() ? shape.waitHints() : waitHints;
  }

  @Override
  public String toString() {
    return "EntryRow[" + status + " " + code + "]";
  }

  /** Collects an entry's data by name ({@link EntryValues}); {@link #build} makes the row. */
  public static final class Builder extends EntryValues {

    private Builder(int status, String code) {
      super(status, Objects.requireNonNull(code, "code"));
    }

    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * The primary message template, in template syntax: {@code {name:type}} placeholders, literal braces doubled.
     */
    public Builder message(String template) {
      this.message = Objects.requireNonNull(template, "template");
      return this;
    }

    /** A further documented message, in template syntax. */
    public Builder variant(String template) {
      variants = growable(variants);
      variants.add(Objects.requireNonNull(template, "template"));
      return this;
    }

    public Builder shape(ShapeRow shape) {
      this.shape = Objects.requireNonNull(shape, "shape");
      return this;
    }

    /** A constant this entry's bodies carry besides the shape's own. */
    public Builder when(Constant constant) {
      when = growable(when);
      when.add(Objects.requireNonNull(constant, "constant"));
      return this;
    }

    public Builder retry(RetryClass retryClass) {
      this.retryClass = Objects.requireNonNull(retryClass, "retryClass");
      return this;
    }

    /** The documented first backoff delay. */
    public Builder base(Duration base) {
      this.base = Objects.requireNonNull(base, "base");
      return this;
    }

    /** The documented longest single delay. */
    public Builder cap(Duration cap) {
      this.cap = Objects.requireNonNull(cap, "cap");
      return this;
    }

    /** The documented most attempts, the first call included. */
    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    /** The documented time during which retrying makes sense. */
    public Builder window(Duration window) {
      this.window = Objects.requireNonNull(window, "window");
      return this;
    }

    public Builder anchor(String anchor) {
      this.anchor = Objects.requireNonNull(anchor, "anchor");
      return this;
    }

    /** Marks the entry deprecated, with its note ({@code ""} for none). */
    public Builder deprecated(String note) {
      this.deprecation = Objects.requireNonNull(note, "note");
      return this;
    }

    /** A further status the entry is answered with (GitHub's rate limit: 403 or 429). */
    public Builder alsoAt(int status) {
      alsoAt = java.util.Arrays.copyOf(alsoAt, alsoAt.length + 1);
      alsoAt[alsoAt.length - 1] = status;
      return this;
    }

    /**
     * The sub-code that refines this entry's code: the entry is the refinement, recognised where the body's
     * sub-code (at its shape's sub-code pointer) is this value; the entry with the same code and no sub-code is
     * recognised by the code alone.
     */
    public Builder subcode(String subcode) {
      this.subcode = Objects.requireNonNull(subcode, "subcode");
      return this;
    }

    /** A wait hint of the entry's responses, read after those added before it; the entry's list replaces its shape's. */
    public Builder waitHint(WaitSource source) {
      waitHints = growable(waitHints);
      waitHints.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /** Marks the entry an error whatever its status: an error the API answers with a success status. */
    public Builder error() {
      this.error = true;
      return this;
    }

    /** The row; its templates are compiled when first asked for. */
    public EntryRow build() {
      return new EntryRow(this);
    }
  }
}
