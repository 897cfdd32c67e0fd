package dev.errorcatalog.processor.docs;

import java.util.Locale;
import java.util.Map;

/**
 * How the docs pages are written, from the processor's options (any tool that renders the pages, such as a
 * command line, passes the same {@code -A} options).
 *
 * @param java whether pages name the generated Java types (the constant, exception and factory of each
 *     entry, and a "For Java developers" section): {@code -Aerrorcatalog.docs.java}. Off by default: a
 *     published page is for every user of the API, whatever their language.
 */
public record DocsOptions(boolean java) {

  /** Names the generated Java types on the pages: {@code -Aerrorcatalog.docs.java} or {@code =true}. */
  public static final String OPTION_JAVA = "errorcatalog.docs.java";

  /** Pages for API users: no Java details. */
  public static final DocsOptions DEFAULT = new DocsOptions(false);

  /**
   * The options given to the processor.
   *
   * @throws IllegalArgumentException for a value other than {@code true} or {@code false}, saying so
   */
  public static DocsOptions of(Map<String, String> processorOptions) {
    if (!processorOptions.containsKey(OPTION_JAVA)) {
      return DEFAULT;
    }
    String value = processorOptions.get(OPTION_JAVA);
    // javac passes -Aname without a value as null.
    String given = value == null ? "true" : value.strip().toLowerCase(Locale.ROOT);
    return switch (given) {
      case "", "true" -> new DocsOptions(true);
      case "false" -> DEFAULT;
      default -> throw new IllegalArgumentException("-A" + OPTION_JAVA + "=" + value
          + " is neither true nor false. Write -A" + OPTION_JAVA + " (or =true) to name the generated Java"
          + " types on the docs pages; leave it out for pages for every API user.");
    };
  }
}
