package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The templates of one status and one message source, indexed on their literal text so that matching a
 * message costs the same whatever the number of entries: a prefix tree on the leading literal (a template
 * without placeholders: its whole text), each node holding a suffix tree on the trailing literal. One walk
 * along the message finds the templates whose leading and trailing literals both fit it; only those are
 * tried, the longest literals first. No hashing of the message: its characters are read once by the walk.
 */
final class MessageIndex<E> {

  /** The message source of text shapes: the whole trimmed body. */
  static final int TEXT_BODY = -2;

  /** What {@link #mayStartWith} is given when the first character is not known. */
  static final char UNKNOWN_FIRST = '\uFFFF';

  /** The best candidate found so far and what its template captured. */
  static final class Match<E> {
    Candidate<E> candidate;
    String[] captured;

    void offer(Candidate<E> c, String[] values) {
      if (c.moreSpecificThan(candidate)) {
        candidate = c;
        captured = values;
      }
    }
  }

  /**
   * Leading literal to (trailing literal to candidates). A template without placeholders sits under its whole
   * text with an empty trailing literal: found by the same walk, it matches a message of exactly its length.
   */
  private final CharTrie<CharTrie<Candidate<E>[]>> byLead;

  private MessageIndex(CharTrie<CharTrie<Candidate<E>[]>> byLead) {
    this.byLead = byLead;
  }

  /**
   * False when no template here can match a message starting with {@code c} ({@link #UNKNOWN_FIRST}: any
   * character): a text body that starts with {@code {} is then not made into a String to be searched in vain.
   */
  boolean mayStartWith(char c) {
    return c == UNKNOWN_FIRST || byLead.mayStartWith(c);
  }

  /** Offers every candidate that matches the message (and whose constants the body carries) to {@code best}. */
  void search(String message, BodyValues values, Match<E> best) {
    // Longest leading literal first, and within it the longest trailing literal first, following each
    // trie's links to the next shorter key that fits: nothing is allocated per search.
    for (CharTrie<CharTrie<Candidate<E>[]>> lead = byLead.longest(message, false); lead != null;
        lead = lead.shorter()) {
      CharTrie<Candidate<E>[]> byTail = lead.value();
      for (CharTrie<Candidate<E>[]> tail = byTail.longest(message, true); tail != null; tail = tail.shorter()) {
        for (Candidate<E> c : tail.value()) {
          if (!c.moreSpecificThan(best.candidate)) {
            break; // sorted most specific first: nothing further in this bucket can win
          }
          if (c.constantsHold(values)) {
            // The tries have matched this template's leading and trailing literals already.
            String[] captured = c.matcher().matchBetween(message);
            if (captured != null) {
              best.offer(c, captured);
              break;
            }
          }
        }
      }
    }
  }

  /** Collects candidates, then freezes them into an index. */
  static final class Builder<E> {
    private final Map<String, Map<String, List<Candidate<E>>>> byLead = new LinkedHashMap<>();

    void add(Candidate<E> candidate) {
      Template.Literals literals = candidate.literals;
      byLead.computeIfAbsent(literals.lead(), k -> new LinkedHashMap<>())
          .computeIfAbsent(literals.tail(), k -> new ArrayList<>())
          .add(candidate);
    }

    MessageIndex<E> build() {
      Map<String, CharTrie<Candidate<E>[]>> leads = new LinkedHashMap<>();
      for (Map.Entry<String, Map<String, List<Candidate<E>>>> lead : byLead.entrySet()) {
        Map<String, Candidate<E>[]> tails = new LinkedHashMap<>();
        lead.getValue().forEach((tail, list) -> tails.put(tail, sorted(list)));
        leads.put(lead.getKey(), CharTrie.of(tails, true));
      }
      return new MessageIndex<>(CharTrie.of(leads, false));
    }
  }

  @SuppressWarnings("unchecked")
  static <E> Candidate<E>[] sorted(List<Candidate<E>> list) {
    Candidate<E>[] array = (Candidate<E>[]) list.toArray(new Candidate<?>[0]);
    Arrays.sort(array, (a, b) -> a.moreSpecificThan(b) ? -1 : b.moreSpecificThan(a) ? 1 : 0);
    return array;
  }
}
