package dev.errorcatalog;

import java.util.List;
import java.util.Map;

/** One documented entry of an error catalog; the generated enums implement it. */
public interface CatalogError {

  /** The id of the catalog this entry belongs to, e.g. {@code insider-one}. */
  String catalogId();

  /** The HTTP status; {@code 0} for codes that are not HTTP responses (e.g. delivery codes). */
  int httpStatus();

  /**
   * The code the API sends, as documented, always a string: {@code "VALIDATION_FAILED"}, {@code "1000"};
   * {@code ""} for an entry the API identifies otherwise (by a constant field, its message or its status
   * alone), which has only a {@link #name()}. {@link Catalog#byCode} finds API codes only.
   */
  String code();

  /**
   * The sub-code that refines {@link #code()}, as the API sends it (Stripe's decline code
   * {@code insufficient_funds} under {@code card_declined}; Google's {@code reason} under a canonical status);
   * {@code ""} for an entry that refines none, and for entries generated before the method joined this interface.
   * {@link Catalog#byCode} finds the entry the code alone names; {@link Catalog#bySubcode} its refinements.
   */
  default String subcode() {
    return "";
  }

  /**
   * The entry's name, which identifies every entry of its catalog, coded or not: the Java constant
   * ({@code DATE_RANGE_TOO_LONG}). Generated enums answer with their constant's name; the default, for
   * hand-written entries, is the code.
   */
  default String name() {
    return code();
  }

  /**
   * True for a documented success response: documented so that every response of the API is known (it decodes
   * to its entry), never thrown. An error the API answers with a success status ({@code 200} with
   * {@code "ok": false}) is not a success. Generated entries answer from the catalog; this default, for entries
   * generated before the method joined this interface, answers by the status alone (100 to 399).
   */
  default boolean isSuccess() {
    int status = httpStatus();
    return status >= 100 && status < 400;
  }

  /**
   * Every status the API answers this entry with, {@link #httpStatus()} first (the one a service answers with
   * and the one that picks the exception class): GitHub's rate limit is {@code [403, 429]}. The default, for
   * entries generated before the method joined this interface, is {@code httpStatus()} alone.
   */
  default List<Integer> httpStatuses() {
    return List.of(httpStatus());
  }

  /** The documented title. */
  String title();

  /**
   * The message template with {@code {name}} placeholders, ending in {@code {...}} where the API may add further
   * text after the documented message; {@code ""} when the entry documents no message.
   */
  String messageTemplate();

  /** The placeholder names of the message template, in order of first appearance. */
  List<String> placeholders();

  /** How a client should retry. */
  RetryClass retryClass();

  /** The documented retry parameters (base delay, cap, attempts, window); {@link RetryParameters#NONE} if none. */
  default RetryParameters retryParameters() {
    return RetryParameters.NONE;
  }

  /** The stable anchor of the entry in the generated docs page. */
  String anchor();

  /**
   * The message with each placeholder replaced by {@code String.valueOf(args.get(name))}; a missing
   * argument leaves its placeholder as written.
   */
  String format(Map<String, ?> args);
}
