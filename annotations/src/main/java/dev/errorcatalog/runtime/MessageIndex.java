package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The templates of one status and one message source, indexed on their literal text so that matching a
 * message costs the same whatever the number of entries: a prefix tree on the leading literal (a template
 * without placeholders: its whole text), each node holding a suffix tree on the trailing literal. One walk
 * along the message finds the templates whose leading and trailing literals both fit it; only those are
 * tried, the longest literals first. No hashing of the message: its characters are read once by the walk.
 *
 * <p>The templates whose text starts with a plain character are grouped by it, and a group is indexed when a
 * message starting with that character is first searched: a status of a large catalog has a thousand templates,
 * and a decode whose message fits none of their first characters (an unknown code's {@code "x"}) reads the
 * literals of none of them. The rest (a placeholder, a brace or a space first) are indexed at once, as is any
 * template whose leading literal may be empty, and each group's index holds the rest too: a message's search
 * walks one index, its first character's group's (or the rest's when it has none), as it walked one before the
 * groups, so that a warm decode pays one array read for them.
 */
final class MessageIndex<E> {

  /** The message source of text shapes: the whole trimmed body. */
  static final int TEXT_BODY = -2;

  /** The first characters below this find their group by index. */
  private static final int ASCII = 128;

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
  /** The groups indexed on first use by their first character: ASCII ones by the character, the others sorted. */
  private final Group<E>[] ascii;
  private final char[] firsts;
  private final Group<E>[] groups;
  /** The candidates indexed at once: each group's index holds them too. */
  private final List<Candidate<E>> rest;

  private MessageIndex(CharTrie<CharTrie<Candidate<E>[]>> byLead, Group<E>[] ascii, char[] firsts,
      Group<E>[] groups, List<Candidate<E>> rest) {
    this.byLead = byLead;
    this.ascii = ascii;
    this.firsts = firsts;
    this.groups = groups;
    this.rest = rest;
  }

  /**
   * The templates starting with one plain character, and their index once a search needs it. Racing threads build
   * equal indexes and one wins (an index's fields are final).
   */
  private static final class Group<E> {
    private final List<CodecEntry<E>> entries = new ArrayList<>();
    private final List<Integer> templates = new ArrayList<>();
    private volatile MessageIndex<E> index;

    /** The group's index, holding {@code rest} too. */
    MessageIndex<E> index(List<Candidate<E>> rest) {
      MessageIndex<E> built = index;
      if (built == null) {
        Builder<E> b = new Builder<>();
        rest.forEach(b::add);
        for (int i = 0; i < entries.size(); i++) {
          b.add(new Candidate<>(entries.get(i), templates.get(i)));
        }
        built = b.build();
        index = built;
      }
      return built;
    }
  }

  /** The group of templates starting with {@code c}; {@code null} for none. */
  private Group<E> group(char c) {
    if (c < ASCII) {
      return ascii == null ? null : ascii[c];
    }
    int i = Arrays.binarySearch(firsts, c);
    return i < 0 ? null : groups[i];
  }

  /**
   * Whether the template's leading literal surely starts with its first character, so that it can wait in that
   * character's group: not a brace (a placeholder or an escaped brace) and not a space (a leading literal of
   * spaces before the further-text marker is trimmed to nothing).
   */
  private static boolean plainFirst(char c) {
    return c != '{' && c != '}' && !Character.isWhitespace(c);
  }

  /**
   * False when no template here can match a message starting with {@code c} ({@link #UNKNOWN_FIRST}: any
   * character): a text body that starts with {@code {} is then not made into a String to be searched in vain.
   */
  boolean mayStartWith(char c) {
    return c == UNKNOWN_FIRST || group(c) != null || byLead.mayStartWith(c);
  }

  /** Offers every candidate that matches the message (and whose constants the body carries) to {@code best}. */
  void search(String message, BodyValues values, Match<E> best) {
    Group<E> group = message.isEmpty() ? null : group(message.charAt(0));
    (group == null ? this : group.index(rest)).walk(message, values, best);
  }

  /** The search in this index's own tries. */
  private void walk(String message, BodyValues values, Match<E> best) {
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
    private final Map<Character, Group<E>> byFirst = new TreeMap<>();
    private final List<Candidate<E>> rest = new ArrayList<>();

    /** The entry's {@code k}th template: in its first character's group, or indexed at once. */
    void add(CodecEntry<E> entry, int k) {
      char first = entry.templateSource(k).charAt(0);
      if (plainFirst(first)) {
        Group<E> group = byFirst.computeIfAbsent(first, c -> new Group<>());
        group.entries.add(entry);
        group.templates.add(k);
      } else {
        add(new Candidate<>(entry, k));
      }
    }

    private void add(Candidate<E> candidate) {
      rest.add(candidate);
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
      @SuppressWarnings("unchecked")
      Group<E>[] ascii = byFirst.isEmpty() ? null : (Group<E>[]) new Group<?>[ASCII];
      int others = 0;
      for (Map.Entry<Character, Group<E>> e : byFirst.entrySet()) {
        if (e.getKey() < ASCII) {
          ascii[e.getKey()] = e.getValue();
        } else {
          others++;
        }
      }
      char[] firsts = new char[others];
      @SuppressWarnings("unchecked")
      Group<E>[] groups = (Group<E>[]) new Group<?>[others];
      int i = 0;
      for (Map.Entry<Character, Group<E>> e : byFirst.entrySet()) { // sorted by the character
        if (e.getKey() >= ASCII) {
          firsts[i] = e.getKey();
          groups[i++] = e.getValue();
        }
      }
      return new MessageIndex<>(CharTrie.of(leads, false), ascii, firsts, groups, List.copyOf(rest));
    }
  }

  @SuppressWarnings("unchecked")
  static <E> Candidate<E>[] sorted(List<Candidate<E>> list) {
    Candidate<E>[] array = (Candidate<E>[]) list.toArray(new Candidate<?>[0]);
    Arrays.sort(array, (a, b) -> a.moreSpecificThan(b) ? -1 : b.moreSpecificThan(a) ? 1 : 0);
    return array;
  }
}
