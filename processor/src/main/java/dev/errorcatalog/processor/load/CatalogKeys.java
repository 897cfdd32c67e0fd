package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.PlaceholderType;
import dev.errorcatalog.processor.model.RetrySpelling;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The keys and words of catalog format v1, in the order FORMAT.md documents them. The loader accepts
 * exactly these; the JSON Schema's test compares its property names against them so the two cannot drift.
 */
public final class CatalogKeys {

  /** Keys of the catalog itself. */
  public static final List<String> TOP_LEVEL =
      List.of("catalog", "version", "title", "docs", "description", "defaults", "shapes", "entries", "changes",
          "format", "states");

  /** Keys of an item of {@code states:}: what has the states, where the API reports them, and the states. */
  public static final List<String> STATES = List.of("of", "endpoint", "values");

  /** Keys of an item of a {@code states:} item's {@code values:}. */
  public static final List<String> STATE = List.of("state", "meaning");

  /** Keys of {@code defaults:}. */
  public static final List<String> DEFAULTS = List.of("retry", "shape", "decided");

  /**
   * Keys of {@code defaults.decided:}, every aspect: {@code retry} and {@code shape} are carried by the entries
   * that take that default, the others by every entry that does not mark the aspect itself.
   */
  public static final List<String> DEFAULTS_DECIDED = dev.errorcatalog.processor.model.Decision.ASPECTS;

  /** Keys of a shape under {@code shapes:}. */
  public static final List<String> SHAPE =
      List.of("body", "code", "subcode", "message", "fields", "when", "retry-after", "wait", "meanings", "error", "decided");

  /** Keys of the map form of a shape's field ({@code param: {pointer: /error/param, description: ...}}). */
  public static final List<String> FIELD = List.of("pointer", "description", "role");

  /** The {@code role} of the field that links a body to its entry's docs page. */
  public static final String DOCS_LINK_ROLE = "docs-link";

  /** Keys of an entry. */
  public static final List<String> ENTRY = List.of(
      "code", "subcode", "name", "status", "error", "title", "message", "variants", "shape", "when", "retry", "description",
      "cause", "causes", "fix", "endpoints", "examples", "duplicates", "deprecated", "group", "headers", "wait", "decided", "since", "removed",
      "replaced-by");

  /** Keys of an item of an entry's {@code causes:}: the cause, and what to do in that case. */
  public static final List<String> CAUSE = List.of("cause", "fix", "retry");

  /** Keys of an item of {@code wait:}, of a shape or an entry: one of header and field, and the unit. */
  public static final List<String> WAIT = List.of("header", "field", "unit");

  /** Keys of an item of {@code changes:}. */
  public static final List<String> CHANGE = List.of("version", "summary", "accepted");

  /** Keys of an item of a change record's {@code accepted:}. */
  public static final List<String> ACCEPTED = List.of("entry", "change", "reason");

  /** Keys of an entry's {@code decided:}: the aspects a catalog can mark as its own decision. */
  public static final List<String> DECIDED = dev.errorcatalog.processor.model.Decision.ASPECTS;

  /** Keys of the map form of {@code retry:}. */
  public static final List<String> RETRY = List.of("class", "base", "cap", "attempts", "window");

  /** The format versions this processor reads. */
  public static final int FORMAT_VERSION = 1;

  /** The names of the built-in shapes. */
  public static final String EMPTY_SHAPE = "empty";

  /** The built-in shape of plain-text bodies. */
  public static final String TEXT_SHAPE = "text";

  private CatalogKeys() {}

  /** The YAML spelling of a body kind: {@code json}, {@code text}, {@code empty}. */
  public static String yamlName(BodyKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** Every retry class as written in YAML, in declaration order. */
  public static List<String> retryClassNames() {
    return RetrySpelling.yamlNames();
  }

  /** Every body kind as written in YAML. */
  public static List<String> bodyKindNames() {
    return Arrays.stream(BodyKind.values()).map(CatalogKeys::yamlName).toList();
  }

  /** Every placeholder type as written in YAML. */
  public static List<String> placeholderTypeNames() {
    return Arrays.stream(PlaceholderType.values()).map(PlaceholderType::yamlName).toList();
  }
}
