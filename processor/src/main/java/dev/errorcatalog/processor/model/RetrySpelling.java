package dev.errorcatalog.processor.model;

import dev.errorcatalog.RetryClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a catalog writes retry advice: the class ({@code after-action}) and its durations ({@code 500ms},
 * {@code 15m}). The one place these spellings are made, so the loader's accepted words, the schema's enum and
 * the messages that quote a catalog back to its writer cannot drift apart. It lives in the model, not with the
 * loader, because the docs and the baseline comparison spell the same words and may not reach the loader.
 */
public final class RetrySpelling {

  private RetrySpelling() {}

  /** The class as a catalog writes it: {@code AFTER_ACTION} to {@code after-action}. */
  public static String yamlName(RetryClass retryClass) {
    return retryClass.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every retry class as written in YAML, in declaration order. */
  public static List<String> yamlNames() {
    return Arrays.stream(RetryClass.values()).map(RetrySpelling::yamlName).toList();
  }

  /**
   * A duration as a catalog writes it, in the largest unit that states it exactly: {@code 500ms}, {@code 1s},
   * {@code 90s}, {@code 15m}, {@code 2h} (the loader's units: there is no day). Reading it back gives the same
   * duration.
   */
  public static String yaml(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 != 0) {
      return millis + "ms";
    }
    long seconds = millis / 1000;
    if (seconds == 0 || seconds % 60 != 0) {
      return seconds + "s";
    }
    long minutes = seconds / 60;
    return minutes % 60 != 0 ? minutes + "m" : minutes / 60 + "h";
  }

  /**
   * The policy as a catalog writes it, on one line: {@code backoff}, or {@code backoff (base 1s, cap 30s,
   * attempts 5, window 15m)} with the parameters it documents.
   */
  public static String yaml(RetryPolicy policy) {
    StringBuilder out = new StringBuilder(yamlName(policy.retryClass()));
    List<String> params = new ArrayList<>();
    policy.base().ifPresent(d -> params.add("base " + yaml(d)));
    policy.cap().ifPresent(d -> params.add("cap " + yaml(d)));
    policy.attempts().ifPresent(n -> params.add("attempts " + n));
    policy.window().ifPresent(d -> params.add("window " + yaml(d)));
    if (!params.isEmpty()) {
      out.append(" (").append(String.join(", ", params)).append(')');
    }
    return out.toString();
  }
}
