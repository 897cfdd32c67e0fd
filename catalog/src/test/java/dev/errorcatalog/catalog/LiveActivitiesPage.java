package dev.errorcatalog.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts Insider One Live Activities' two tables: the error codes and the retry strategies.
 *
 * <p>Error table rows are {@code HTTP | Code | Endpoints | Meaning | Typical Cause | Suggested Fix |}.
 * One fact per row: status, code ({@code ""} for "(no body)"), title = the meaning, detail = the
 * endpoints ({@code ""} for "All").
 *
 * <p>Retry table rows are {@code Error class | Safe to retry? | Strategy |}, the error class being
 * {@code <status> <CODE>} (a trailing {@code *} is a code prefix) or {@code <status> (<kind>)}. One fact
 * per row: status, code (or prefix with {@code *}), title = the kind, detail = the safe-to-retry answer
 * followed, where the strategy gives example delays, by {@code "; "} and the delays.
 */
final class LiveActivitiesPage {

  static final String SEED = "001_b0a95c1849c8d2ea.txt";

  private static final Pattern ERROR_ROW =
      Pattern.compile("^(\\d{3}) \\| (.*?) \\| (.*?) \\| (.*?) \\| (.*?) \\| (.*?) \\|\\s*$");
  private static final Pattern RETRY_ROW = Pattern.compile("^(\\d{3}) (?:\\((.*?)\\)|(\\S+)) \\| (.*?) \\| (.*?) \\|\\s*$");
  private static final Pattern DELAYS = Pattern.compile("\\(e\\.g\\. ([^)]*)\\)");

  private LiveActivitiesPage() {}

  static List<Fact> errors(String page) {
    List<Fact> facts = new ArrayList<>();
    for (String line : page.lines().toList()) {
      Matcher row = ERROR_ROW.matcher(line);
      if (row.matches()) {
        String code = row.group(2).equals("(no body)") ? "" : row.group(2);
        String endpoints = row.group(3).equals("All") ? "" : row.group(3);
        facts.add(new Fact(Integer.parseInt(row.group(1)), code, "", row.group(4), "", "", endpoints));
      }
    }
    return facts;
  }

  static List<Fact> retries(String page) {
    List<Fact> facts = new ArrayList<>();
    boolean inRetryTable = false;
    for (String line : page.lines().toList()) {
      inRetryTable |= line.equals("Retry strategies");
      Matcher row = RETRY_ROW.matcher(line);
      if (inRetryTable && row.matches()) {
        String kind = row.group(2) == null ? "" : row.group(2);
        String code = row.group(3) == null ? "" : row.group(3);
        Matcher delays = DELAYS.matcher(row.group(5));
        String detail = row.group(4) + (delays.find() ? "; " + delays.group(1) : "");
        facts.add(new Fact(Integer.parseInt(row.group(1)), code, "", kind, "", "", detail));
      }
    }
    return facts;
  }

  /** The endpoints column as catalog endpoints: "register / start" to [/register, /start]. */
  static List<String> endpoints(String column) {
    if (column.isEmpty()) {
      return List.of();
    }
    return Pattern.compile(" / ").splitAsStream(column).map(e -> "/" + e.trim()).toList();
  }
}
