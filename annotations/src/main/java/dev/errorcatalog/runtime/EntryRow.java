package dev.errorcatalog.runtime;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a catalog, as data: everything the generated error type's accessors answer, and what the
 * decoder and the encoder need (the shape, the constants, the templates). Each template is compiled once,
 * here, when first asked for; {@link CatalogCodec} matches and formats with the same instances.
 *
 * <p>Generated code builds one per entry with {@link #builder}; the processor builds the same rows from its
 * model for the build-time checks.
 */
public final class EntryRow {

  private final int status;
  private final String code;
  private final String title;
  /** The primary template's source; {@code null} when the entry documents no message. */
  private final String messageSource;
  private final List<String> variantSources;
  /**
   * The compiled templates, made on first use: a catalog's error type builds all its rows when it is first
   * used, and most rows' templates are never needed (a code-keyed decode compiles only its entry's, the
   * message index only those at the status it searches). Racing threads compile equal templates and one
   * wins; a Template is immutable (final fields), so it is published safely.
   */
  private volatile Template template;
  private volatile List<Template> variants;
  private final ShapeRow shape;
  private final List<Constant> when;
  private final RetryClass retryClass;
  private final RetryParameters retryParameters;
  private final String anchor;
  private final String deprecation;
  /** The further statuses the entry is answered with, after {@link #status}; empty for most entries. */
  private final int[] alsoAt;
  /** Whether the catalog marks the entry an error whatever its status (an error answered with 200). */
  private final boolean error;
  /** The sub-code refining the code, or {@code null}. */
  private final String subcode;
  /** The entry's own wait hints, replacing its shape's; empty for most entries. */
  private final List<WaitSource> waitHints;

  private EntryRow(Builder b) {
    this.status = b.status;
    this.code = Objects.requireNonNull(b.code, "code");
    this.title = b.title;
    this.messageSource = b.message;
    this.variantSources = List.copyOf(b.variants);
    this.shape = Objects.requireNonNull(b.shape, () -> "entry " + b.code + " has no shape");
    this.when = List.copyOf(b.when);
    this.retryClass = b.retryClass;
    this.retryParameters = RetryParameters.of(b.base, b.cap, b.attempts, b.window);
    this.anchor = b.anchor;
    this.deprecation = b.deprecation;
    this.alsoAt = b.alsoAt; // never written to: the builder makes a new array for each status it adds
    this.error = b.error;
    this.subcode = b.subcode;
    this.waitHints = List.copyOf(b.waitHints);
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

  /**
   * The HTTP status, the first the catalog lists: the one a service answers with; 0 for codes that are not HTTP
   * responses.
   */
  public int status() {
    return status;
  }

  /** Every status the entry is answered with, {@link #status()} first. */
  public List<Integer> statuses() {
    if (alsoAt.length == 0) {
      return List.of(status);
    }
    Integer[] all = new Integer[alsoAt.length + 1];
    all[0] = status;
    for (int i = 0; i < alsoAt.length; i++) {
      all[i + 1] = alsoAt[i];
    }
    return List.of(all);
  }

  /** The statuses after the first, as the rows' text stores them. */
  int[] alsoAt() {
    return alsoAt;
  }

  /**
   * Whether the catalog marks this entry an error whatever its status, itself or through its shape
   * ({@link ShapeRow#error()}): an error the API answers with a success status ({@code 200} with
   * {@code {"ok": false}}).
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
    if (markedError() || !success(status)) {
      return false;
    }
    for (int s : alsoAt) {
      if (!success(s)) {
        return false;
      }
    }
    return true;
  }

  private static boolean success(int status) {
    return status >= 100 && status < 400;
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
    Template t = template;
    if (t == null) {
      t = messageSource == null ? Template.empty() : Template.compile(messageSource);
      template = t;
    }
    return t;
  }

  /** The further documented messages that decode to this entry. */
  public List<Template> variants() {
    List<Template> v = variants;
    if (v == null) {
      List<Template> compiled = new ArrayList<>(variantSources.size());
      for (String source : variantSources) {
        compiled.add(Template.compile(source));
      }
      v = List.copyOf(compiled);
      variants = v;
    }
    return v;
  }

  /**
   * How many non-empty templates the entry documents (the primary and the variants), without compiling
   * them: what decides whether the entry is recognised by message.
   */
  int templateCount() {
    int n = messageSource == null || messageSource.isEmpty() ? 0 : 1;
    for (String v : variantSources) {
      n += v.isEmpty() ? 0 : 1;
    }
    return n;
  }

  /**
   * The source of the {@code k}th non-empty template (the primary first, then the variants), in the order
   * {@link CodecEntry#templates()} compiles them: the message index reads its literals without compiling it.
   */
  String templateSource(int k) {
    int n = k;
    if (messageSource != null && !messageSource.isEmpty() && n-- == 0) {
      return messageSource;
    }
    for (String v : variantSources) {
      if (!v.isEmpty() && n-- == 0) {
        return v;
      }
    }
    throw new IndexOutOfBoundsException("template " + k + " of " + templateCount());
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

  /**
   * Collects an entry's data by name; {@link #build} makes the row. The rows' text ({@link EntryRows}) reads
   * straight into its fields, without the copies of its methods: the lists it sets are immutable.
   */
  public static final class Builder {
    private static final int[] NO_STATUSES = new int[0];

    int status;
    String code;
    String title = "";
    /** {@code null} while the entry documents no message. */
    String message;
    List<String> variants = List.of();
    ShapeRow shape;
    List<Constant> when = List.of();
    RetryClass retryClass = RetryClass.NEVER;
    Duration base;
    Duration cap;
    Integer attempts;
    Duration window;
    String anchor = "";
    /** {@code null} for a current entry. */
    String deprecation;
    int[] alsoAt = NO_STATUSES;
    boolean error;
    /** {@code null} for an entry that refines no code. */
    String subcode;
    List<WaitSource> waitHints = List.of();

    /** For the rows' text, which reads the status and the code into the fields. */
    Builder() {}

    private Builder(int status, String code) {
      this.status = status;
      this.code = Objects.requireNonNull(code, "code");
    }

    /** {@code list}, or a growable copy of it to add to (the text's lists and the first ones are immutable). */
    private static <T> List<T> growable(List<T> list) {
      return list instanceof ArrayList ? list : new ArrayList<>(list);
    }

    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * The primary message template, in template syntax: {@code {name:type}} placeholders, literal braces
     * doubled.
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
