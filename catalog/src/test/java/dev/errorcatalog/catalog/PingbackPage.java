package dev.errorcatalog.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Extracts Pingback's error types. Each is an optional type line ({@code MISSING_BODY}; four entries
 * have none), then {@code - Status: <n>}, then {@code - Message: <text>} (which may run on over the
 * next lines) or {@code - Messages:} and one message per line, then {@code - Suggested action: ...}.
 * One fact per message: status, code (the type, {@code ""} where the page names none), message.
 */
final class PingbackPage {

  static final String SEED = "004_543631df6282cd62.txt";

  private static final Pattern TYPE = Pattern.compile("^[A-Z][A-Z_]+$");

  private PingbackPage() {}

  private enum State { BETWEEN, MESSAGE, MESSAGES }

  static List<Fact> parse(String page) {
    List<Fact> facts = new ArrayList<>();
    String type = "";
    int status = -1;
    List<String> messages = new ArrayList<>();
    State state = State.BETWEEN;
    for (String raw : page.lines().toList()) {
      String line = raw.trim();
      if (line.startsWith("- Status:")) {
        status = Integer.parseInt(line.substring("- Status:".length()).trim());
      } else if (line.startsWith("- Messages:")) {
        state = State.MESSAGES;
      } else if (line.startsWith("- Message:")) {
        messages.add(line.substring("- Message:".length()).trim());
        state = State.MESSAGE;
      } else if (line.startsWith("- Suggested action:")) {
        for (String message : messages) {
          facts.add(new Fact(status, type, "", "", message, "", ""));
        }
        type = "";
        status = -1;
        messages.clear();
        state = State.BETWEEN;
      } else if (state == State.MESSAGES && TYPE.matcher(line).matches()) {
        messages.add(line);
      } else if (state == State.MESSAGE && !line.isEmpty()) {
        // The message runs on: "Invalid" / "JSON body." is one message.
        messages.set(messages.size() - 1, messages.get(messages.size() - 1) + " " + line);
      } else if (state == State.BETWEEN && TYPE.matcher(line).matches()) {
        type = line;
      }
    }
    return facts;
  }
}
