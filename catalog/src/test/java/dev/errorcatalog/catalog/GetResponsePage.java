package dev.errorcatalog.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts GetResponse's error codes: each is an {@code Error Code: <n> (<title>)} line followed by an
 * {@code HTTP status Code: <status>} line. One fact per code: status, code, title.
 */
final class GetResponsePage {

  static final String SEED = "002_e45721fb508020db.txt";

  private static final Pattern CODE = Pattern.compile("^Error Code: (\\d+) \\((.*)\\)\\s*$");
  private static final Pattern STATUS = Pattern.compile("^HTTP status Code: (\\d{3})\\s*$");

  private GetResponsePage() {}

  static List<Fact> parse(String page) {
    List<Fact> facts = new ArrayList<>();
    Matcher pending = null;
    for (String line : page.lines().toList()) {
      Matcher code = CODE.matcher(line);
      Matcher status = STATUS.matcher(line);
      if (code.matches()) {
        if (pending != null) {
          throw new AssertionError("code without HTTP status: " + pending.group(0));
        }
        pending = code;
      } else if (status.matches()) {
        if (pending == null) {
          throw new AssertionError("HTTP status without code: " + line);
        }
        facts.add(new Fact(Integer.parseInt(status.group(1)), pending.group(1), "", pending.group(2), "", "", ""));
        pending = null;
      }
    }
    return facts;
  }
}
