package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.model.Shown;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known word for a misspelled one (Damerau-Levenshtein distance). */
public final class DidYouMean {

  private DidYouMean() {}

  /** The longest word compared: beyond it nothing is a misspelling of a key or a name (and the table is big). */
  private static final int MAX_WORD = 200;

  /**
   * The closest candidate within a distance proportional to the word's length, if any; never the word
   * itself (a suggestion to write what is already written helps no one).
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    if (word.length() > MAX_WORD) {
      return Optional.empty();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(word) || candidate.length() > MAX_WORD) {
        continue;
      }
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(3, word.length() / 3));
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** " Did you mean 'x'?" or "". */
  public static String hint(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> " Did you mean " + Shown.quoted(c) + "?").orElse("");
  }

  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
