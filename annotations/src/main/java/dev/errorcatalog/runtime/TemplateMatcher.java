package dev.errorcatalog.runtime;

import static dev.errorcatalog.runtime.PlaceholderValues.hopeless;
import static dev.errorcatalog.runtime.PlaceholderValues.literalMayFollowNumber;
import static dev.errorcatalog.runtime.PlaceholderValues.mayContinue;
import static dev.errorcatalog.runtime.PlaceholderValues.valid;

import java.util.HashSet;
import java.util.List;

/**
 * Matches a message against one compiled template and captures its placeholders, without regular
 * expressions: the leading and trailing literals are checked first, then each placeholder is bounded by the
 * next literal (the earliest occurrence first: string placeholders are lazy), backtracking when a later part
 * fails. A budget on the characters examined keeps hostile messages (megabytes of repeated literals) linear:
 * a match may look at each character of the message a few times, never more.
 *
 * <p>A template ending in {@link Template#FURTHER_TEXT} matches a message that starts with a match of the
 * documented text, ended where the next character is not a letter or a digit (or the message ends): the
 * earliest such end that lets the template match, the rest of the message being the API's further text. The
 * candidate ends are found by one forward search for the template's last literal, under the same budget.
 */
final class TemplateMatcher {

  /** Characters one match may examine, per character of the message, before it gives up (no match). */
  static final int BUDGET_PER_CHAR = 8;

  /** Messages up to this length are matched without first locating each literal's last occurrence. */
  private static final int SHORT_MESSAGE = 256;

  /** What a template without placeholders captures (never written to). */
  private static final String[] NOTHING = new String[0];

  private final Template template;
  private final String lead;
  private final String[] names;
  private final Template.Type[] types;
  /** The literal after each placeholder; "" when another placeholder or the end follows. */
  private final String[] after;
  private final int literalLength;
  private final int minLength;
  private final boolean distinctNames;
  /** True when the message may go on after the documented text ({@link Template#furtherText()}). */
  private final boolean furtherText;
  /** The literal the documented text ends with: after the last placeholder, or the lead without one. */
  private final String last;

  TemplateMatcher(Template template) {
    this.template = template;
    List<Template.Part> parts = template.parts();
    int i = 0;
    StringBuilder leading = new StringBuilder();
    while (i < parts.size() && !parts.get(i).isPlaceholder()) {
      leading.append(parts.get(i).literal());
      i++;
    }
    lead = leading.toString();
    int count = template.placeholders().size();
    names = new String[count];
    types = new Template.Type[count];
    after = new String[count];
    int literals = lead.length();
    for (int p = 0; i < parts.size(); p++) {
      Template.Part part = parts.get(i++);
      names[p] = part.name();
      types[p] = part.type();
      StringBuilder literal = new StringBuilder();
      while (i < parts.size() && !parts.get(i).isPlaceholder()) {
        literal.append(parts.get(i++).literal());
      }
      after[p] = literal.toString();
      literals += literal.length();
    }
    literalLength = literals;
    minLength = literals + count;
    distinctNames = new HashSet<>(template.placeholders()).size() == count;
    furtherText = template.furtherText();
    last = after.length == 0 ? lead : after[after.length - 1];
  }

  Template template() {
    return template;
  }

  /** The literal text before the first placeholder (the whole text of a template without placeholders). */
  String lead() {
    return lead;
  }

  /**
   * The literal text every matching message ends with: the text after the last placeholder ("" for a template
   * without placeholders, and for one ending in {@link Template#FURTHER_TEXT}).
   */
  String tail() {
    return after.length == 0 || furtherText ? "" : after[after.length - 1];
  }

  /** How much literal text the template has: more is more specific. */
  int literalLength() {
    return literalLength;
  }

  /** The placeholder names, in order (shared: never to be written to). */
  String[] names() {
    return names;
  }

  /** True when no placeholder name repeats (the catalog format forbids it; the builder API does not). */
  boolean distinctNames() {
    return distinctNames;
  }

  /**
   * Matches the whole message; on success returns the captured values (in {@link #names()} order), else
   * {@code null}.
   */
  String[] match(String message) {
    if (furtherText) {
      return message.startsWith(lead) ? matchBetween(message) : null;
    }
    if (names.length == 0) {
      return message.equals(lead) ? NOTHING : null;
    }
    if (!message.startsWith(lead) || !message.endsWith(last)) {
      return null;
    }
    return matchBetween(message);
  }

  /**
   * {@link #match} for a message already known to start with {@link #lead()} and end with {@link #tail()}
   * (the message index finds templates by those literals): the captured values, or {@code null}.
   */
  String[] matchBetween(String message) {
    if (furtherText) {
      return matchFurther(message);
    }
    if (names.length == 0) {
      return message.length() == lead.length() ? NOTHING : null;
    }
    if (message.length() < minLength) {
      return null;
    }
    int limit = message.length() - last.length();
    if (names.length == 1) {
      // The usual template: the placeholder is what lies between the literals (no search, no budget: the
      // budget of matchFrom's last step always covers one pass over the message).
      return capture(message, limit, null);
    }
    if (!literalMayFollowNumber(types[0], after[0], message, lead.length(), limit)) {
      return null;
    }
    return capture(message, limit, budget(message, limit));
  }

  /**
   * {@link #matchBetween} for a template ending in {@link Template#FURTHER_TEXT}, the message known to start with
   * {@link #lead()}: the documented text ends at the earliest end of an occurrence of its last literal that is
   * followed by the end of the message or by a character other than a letter or digit, and that lets the
   * placeholders match. One forward search finds those ends; each attempt is charged to one budget for the whole
   * message, so that a message of many candidate ends costs what a hostile exact match does.
   */
  private String[] matchFurther(String message) {
    if (names.length == 0) {
      return Template.endsDocumented(message, lead.length()) ? NOTHING : null;
    }
    if (message.length() < minLength) {
      return null;
    }
    int maxLimit = message.length() - last.length();
    if (names.length > 1 && !literalMayFollowNumber(types[0], after[0], message, lead.length(), maxLimit)) {
      return null;
    }
    // The bounds of the searches are those of the longest documented text: looser for a shorter one, never wrong.
    int[] budget = budget(message, maxLimit);
    int searched = minLength - last.length();
    for (int at = message.indexOf(last, searched); at >= 0 && at <= maxLimit;
        at = at == maxLimit ? -1 : message.indexOf(last, at + 1)) {
      budget[0] -= at - searched + 1;
      searched = at + 1;
      if (budget[0] < 0) {
        return null;
      }
      if (Template.endsDocumented(message, at + last.length())) {
        String[] captured = capture(message, at, budget);
        if (captured != null || budget[0] < 0) {
          return captured;
        }
      }
    }
    return null;
  }

  /**
   * The placeholders' values when the message, from {@link #lead()} to {@code limit}, is the template's middle
   * (the last literal starting at {@code limit}), else {@code null}; {@code budget} is {@code null} for the one
   * attempt of a one-placeholder template, whose value is what lies between.
   */
  private String[] capture(String message, int limit, int[] budget) {
    int pos = lead.length();
    if (names.length == 1) {
      if (budget != null && types[0] != Template.Type.STRING) {
        budget[0] -= limit - pos;
        if (budget[0] < 0) {
          return null;
        }
      }
      return limit > pos && valid(types[0], message, pos, limit) ? new String[] {message.substring(pos, limit)}
          : null;
    }
    String[] captured = new String[names.length];
    return matchFrom(0, pos, limit, message, captured, budget) ? captured : null;
  }

  /**
   * budget[0]: characters left to examine; budget[1 + i]: the last place the literal after placeholder i occurs
   * (before {@code limit}), so that no search runs to the end of the message in vain.
   */
  private int[] budget(String message, int limit) {
    int[] budget = new int[names.length + 1];
    budget[0] = BUDGET_PER_CHAR * message.length() + 256;
    // Finding those last places costs a scan of the message per literal: worth it only for long messages,
    // and only after a string placeholder, whose literal may be searched for again and again (the bounds
    // prune searches that would fail anyway, so leaving them at the limit changes no result). After a typed
    // placeholder the search is repeated only within the value (an occurrence beyond its digits ends the
    // attempt), so one forward search, vectorised by the JVM, costs less than the backward scan (which is
    // not) that would bound it: an undocumented 260 KB message at a status with many templates paid a full
    // backward scan per template.
    boolean bound = message.length() > SHORT_MESSAGE;
    for (int i = 0; i < names.length - 1; i++) {
      budget[1 + i] = after[i].isEmpty() || !bound || types[i] != Template.Type.STRING ? limit
          : message.lastIndexOf(after[i], limit - after[i].length());
    }
    return budget;
  }

  /** Matches placeholders {@code i} on from {@code pos}, the last one ending at {@code limit}. */
  private boolean matchFrom(int i, int pos, int limit, String message, String[] captured, int[] budget) {
    Template.Type type = types[i];
    String literal = after[i];
    if (i == names.length - 1) {
      if (type != Template.Type.STRING) {
        budget[0] -= limit - pos;
      }
      if (limit <= pos || budget[0] < 0 || !valid(type, message, pos, limit)) {
        return false;
      }
      captured[i] = message.substring(pos, limit);
      return true;
    }
    if (literal.isEmpty()) {
      // Two placeholders side by side: a string takes the shortest split, a typed value the longest (as the
      // regular expressions of the format would: ".+?" is lazy, "-?[0-9]+" greedy).
      if (type != Template.Type.STRING) {
        int max = pos;
        while (max < limit - 1 && max - pos < 1000 && mayContinue(type, message.charAt(max), max - pos)) {
          max++;
        }
        budget[0] -= max - pos;
        for (int end = max; end > pos && budget[0] >= 0; end--) {
          budget[0] -= end - pos;
          if (valid(type, message, pos, end) && matchFrom(i + 1, end, limit, message, captured, budget)) {
            captured[i] = message.substring(pos, end);
            return true;
          }
        }
        return false;
      }
      for (int end = pos + 1; end < limit; end++) {
        budget[0] -= 1;
        if (budget[0] < 0) {
          return false;
        }
        if (matchFrom(i + 1, end, limit, message, captured, budget)) {
          captured[i] = message.substring(pos, end);
          return true;
        }
      }
      return false;
    }
    int from = pos + 1;
    int end = from > budget[1 + i] ? -1 : message.indexOf(literal, from);
    while (end >= 0 && end + literal.length() <= limit) {
      // The search scanned from..end; typed values are scanned again from pos.
      budget[0] -= (end - from + literal.length()) + (type == Template.Type.STRING ? 0 : end - pos);
      if (budget[0] < 0 || hopeless(type, message, pos, end)) {
        return false;
      }
      if (valid(type, message, pos, end)
          && matchFrom(i + 1, end + literal.length(), limit, message, captured, budget)) {
        captured[i] = message.substring(pos, end);
        return true;
      }
      from = end + 1;
      end = from > budget[1 + i] ? -1 : message.indexOf(literal, from);
    }
    return false;
  }
}
