package dev.errorcatalog.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One documented response of a catalog, validated.
 *
 * @param code the code the API sends, as documented; {@code ""} for an entry the API identifies otherwise (by
 *     a constant field, its message or its status alone), which has only a name
 * @param constantName the entry's name, the Java enum constant, e.g. {@code DATE_RANGE_TOO_LONG}
 * @param methodName the factory method, e.g. {@code dateRangeTooLong}
 * @param status the HTTP status; 0 for codes that are not HTTP responses
 * @param message the primary message template; empty when the entry documents no message
 * @param variants further documented messages that decode to this entry
 * @param shape the body shape
 * @param when constants this entry's bodies carry besides the shape's own
 * @param description what the response means
 * @param cause what typically causes it
 * @param fix how to fix it
 * @param endpoints the endpoints that return it; empty for all
 * @param duplicates notes on the places the source documents this same response again
 * @param deprecated the deprecation note ({@code ""} when deprecated without a note)
 * @param group the exception group in UpperCamelCase, e.g. {@code BadRequest}
 * @param anchor the stable docs anchor, equal to {@code CatalogError.anchor()}: from the code, or from the
 *     name where the API sends no code
 * @param decided what the catalog decided that its source does not state, in {@link Decision#ASPECTS} order
 * @param headers the response headers the catalog says the API sends with this entry (e.g. {@code Retry-After})
 * @param alsoAt the further statuses the API answers this entry with, after {@code status} (GitHub's rate limit:
 *     403, then 429); empty for most entries
 * @param subcode the sub-code that refines {@code code} (Stripe's decline code under {@code card_declined}), as
 *     the API sends it at the shape's {@code subcode} pointer; empty for an entry that refines none
 * @param markedError true when the catalog says the entry is an error whatever its status (its own
 *     {@code error: true}, or its shape's): an error the API answers with a success status
 * @param waits the entry's own wait hints ({@code wait:}), replacing its shape's; empty for most entries
 * @param causes the several causes the source lists, each with its own advice ({@code causes:}); empty for an
 *     entry with one {@code cause:} or none
 */
public record Entry(
    String code,
    String constantName,
    String methodName,
    int status,
    String title,
    Optional<MessageTemplate> message,
    List<MessageTemplate> variants,
    Shape shape,
    List<Constant> when,
    RetryPolicy retry,
    Optional<String> description,
    Optional<String> cause,
    Optional<String> fix,
    List<String> endpoints,
    List<Example> examples,
    List<String> duplicates,
    Optional<String> deprecated,
    String group,
    String anchor,
    SourcePosition position,
    List<Decision> decided,
    List<String> headers,
    List<Integer> alsoAt,
    boolean markedError,
    Optional<String> subcode,
    List<WaitHint> waits,
    List<Cause> causes) {

  public Entry {
    alsoAt = List.copyOf(alsoAt);
    waits = List.copyOf(waits);
    causes = List.copyOf(causes);
  }

  /** An entry with at most one cause ({@code cause:}), not a list of them. */
  public Entry(String code, String constantName, String methodName, int status, String title,
      Optional<MessageTemplate> message, List<MessageTemplate> variants, Shape shape, List<Constant> when,
      RetryPolicy retry, Optional<String> description, Optional<String> cause, Optional<String> fix,
      List<String> endpoints, List<Example> examples, List<String> duplicates, Optional<String> deprecated,
      String group, String anchor, SourcePosition position, List<Decision> decided, List<String> headers,
      List<Integer> alsoAt, boolean markedError, Optional<String> subcode, List<WaitHint> waits) {
    this(code, constantName, methodName, status, title, message, variants, shape, when, retry, description, cause,
        fix, endpoints, examples, duplicates, deprecated, group, anchor, position, decided, headers, alsoAt,
        markedError, subcode, waits, List.of());
  }

  /** An entry without wait hints of its own. */
  public Entry(String code, String constantName, String methodName, int status, String title,
      Optional<MessageTemplate> message, List<MessageTemplate> variants, Shape shape, List<Constant> when,
      RetryPolicy retry, Optional<String> description, Optional<String> cause, Optional<String> fix,
      List<String> endpoints, List<Example> examples, List<String> duplicates, Optional<String> deprecated,
      String group, String anchor, SourcePosition position, List<Decision> decided, List<String> headers,
      List<Integer> alsoAt, boolean markedError, Optional<String> subcode) {
    this(code, constantName, methodName, status, title, message, variants, shape, when, retry, description, cause,
        fix, endpoints, examples, duplicates, deprecated, group, anchor, position, decided, headers, alsoAt,
        markedError, subcode, List.of());
  }

  /** The wait hints read for this entry besides {@code Retry-After}: its own ({@code wait:}), else its shape's. */
  public List<WaitHint> waitHints() {
    return waits.isEmpty() ? shape.waits() : waits;
  }

  /** An entry at one status, an error by its status alone. */
  public Entry(String code, String constantName, String methodName, int status, String title,
      Optional<MessageTemplate> message, List<MessageTemplate> variants, Shape shape, List<Constant> when,
      RetryPolicy retry, Optional<String> description, Optional<String> cause, Optional<String> fix,
      List<String> endpoints, List<Example> examples, List<String> duplicates, Optional<String> deprecated,
      String group, String anchor, SourcePosition position, List<Decision> decided, List<String> headers) {
    this(code, constantName, methodName, status, title, message, variants, shape, when, retry, description, cause,
        fix, endpoints, examples, duplicates, deprecated, group, anchor, position, decided, headers, List.of(),
        false, Optional.empty());
  }

  /** Every status the API answers this entry with, {@code status} first. */
  public List<Integer> statuses() {
    List<Integer> all = new ArrayList<>();
    all.add(status);
    all.addAll(alsoAt);
    return List.copyOf(all);
  }

  /** True when the API sends a code for this entry; false for an entry with only a name. */
  public boolean hasCode() {
    return !code.isEmpty();
  }

  /**
   * How messages name the entry, as the writer wrote it: "the entry with code 1", "the entry with code
   * card_declined and sub-code insufficient_funds", "the entry UNAUTHORIZED".
   */
  public String label() {
    if (!hasCode()) {
      return "the entry " + Shown.bare(constantName);
    }
    return "the entry with code " + Shown.bare(code) + subcode.map(s -> " and sub-code " + Shown.bare(s)).orElse("");
  }

  /** What must be unique among entries with a code: the code, and the sub-code of a refinement. */
  public String codeKey() {
    return subcode.map(s -> code + " / " + s).orElse(code);
  }

  /** The decision recorded for an aspect ({@code shape}, {@code retry}, ...), if any. */
  public java.util.Optional<Decision> decision(String aspect) {
    return decided.stream().filter(d -> d.aspect().equals(aspect)).findFirst();
  }

  /** True when the catalog says the API sends this header with the entry (names compare ignoring case). */
  public boolean sendsHeader(String name) {
    return headers.stream().anyMatch(h -> h.equalsIgnoreCase(name));
  }

  /**
   * True for a documented success: every status 1xx to 3xx and the catalog not marking the entry an error. A
   * success gets an enum constant and docs, no exception.
   */
  public boolean isSuccess() {
    return !markedError && statuses().stream().allMatch(HttpStatuses::isSuccess);
  }

  /** True for an error the API answers with a success status (Slack's {@code 200} with {@code "ok": false}). */
  public boolean isErrorAtSuccessStatus() {
    return !isSuccess() && statuses().stream().anyMatch(HttpStatuses::isSuccess);
  }

  /** The message template as documented, or {@code ""}. */
  public String messageTemplate() {
    return message.map(MessageTemplate::display).orElse("");
  }

  /** The shape's constants followed by the entry's own. */
  public List<Constant> allConstants() {
    List<Constant> all = new ArrayList<>(shape.when());
    all.addAll(when);
    return all;
  }

  /**
   * The arguments of this entry, in order: the message placeholders, then the shape's fields not
   * named in the message (typed {@code string}). These are the factory parameters and {@code args()} keys.
   */
  public List<MessageTemplate.Placeholder> arguments() {
    Map<String, MessageTemplate.Placeholder> byName = new LinkedHashMap<>();
    message.ifPresent(m -> m.placeholders().forEach(p -> byName.putIfAbsent(p.name(), p)));
    for (String field : shape.fields().keySet()) {
      byName.putIfAbsent(field, new MessageTemplate.Placeholder(field, PlaceholderType.STRING));
    }
    return List.copyOf(byName.values());
  }
}
