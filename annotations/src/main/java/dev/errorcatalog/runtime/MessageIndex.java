package dev.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The templates of one status and one message source, indexed on their literal text so that matching a
 * message costs the same whatever the number of entries: templates without placeholders sit in a hash map
 * keyed by their whole text; the others sit in a prefix tree on their leading literal, and only those whose
 * leading literal starts the message are tried, the longest leading literal first.
 */
final class MessageIndex<E> {

  /** The message source of text shapes: the whole trimmed body. */
  static final int TEXT_BODY = -2;

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

  private static final class Node<E> {
    char[] keys = new char[0];
    Node<E>[] kids;
    Candidate<E>[] here;
  }

  private final Map<String, Candidate<E>[]> exact;
  private final Node<E> root;
  private final int depth;

  private MessageIndex(Map<String, Candidate<E>[]> exact, Node<E> root, int depth) {
    this.exact = exact;
    this.root = root;
    this.depth = depth;
  }

  /** Offers every candidate that matches the message (and whose constants the body carries) to {@code best}. */
  void search(String message, BodyValues values, Match<E> best) {
    Candidate<E>[] literal = exact.get(message);
    if (literal != null) {
      for (Candidate<E> c : literal) {
        if (c.moreSpecificThan(best.candidate) && c.constantsHold(values)) {
          best.offer(c, new String[0]);
          break; // sorted most specific first
        }
      }
    }
    if (root == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    Node<E>[] path = new Node[depth + 1];
    int length = 0;
    Node<E> node = root;
    int i = 0;
    while (true) {
      if (node.here != null) {
        path[length++] = node;
      }
      if (i >= message.length() || node.keys.length == 0) {
        break;
      }
      int k = Arrays.binarySearch(node.keys, message.charAt(i));
      if (k < 0) {
        break;
      }
      node = node.kids[k];
      i++;
    }
    for (int p = length - 1; p >= 0; p--) {
      for (Candidate<E> c : path[p].here) {
        if (!c.moreSpecificThan(best.candidate)) {
          break; // sorted most specific first: nothing further in this node can win
        }
        if (c.constantsHold(values)) {
          String[] captured = c.matcher.match(message);
          if (captured != null) {
            best.offer(c, captured);
            break;
          }
        }
      }
    }
  }

  /** Collects candidates, then freezes them into an index. */
  static final class Builder<E> {
    private final Map<String, List<Candidate<E>>> exact = new HashMap<>();
    private final BuildNode<E> root = new BuildNode<>();
    private boolean anyPrefix;
    private int depth;

    private static final class BuildNode<E> {
      final TreeMap<Character, BuildNode<E>> kids = new TreeMap<>();
      final List<Candidate<E>> here = new ArrayList<>();
    }

    void add(Candidate<E> candidate) {
      TemplateMatcher m = candidate.matcher;
      if (m.isLiteral()) {
        exact.computeIfAbsent(m.lead(), k -> new ArrayList<>()).add(candidate);
        return;
      }
      anyPrefix = true;
      BuildNode<E> node = root;
      String lead = m.lead();
      for (int i = 0; i < lead.length(); i++) {
        node = node.kids.computeIfAbsent(lead.charAt(i), c -> new BuildNode<>());
      }
      node.here.add(candidate);
      depth = Math.max(depth, lead.length());
    }

    MessageIndex<E> build() {
      Map<String, Candidate<E>[]> frozen = new HashMap<>();
      exact.forEach((text, list) -> frozen.put(text, sorted(list)));
      return new MessageIndex<>(frozen, anyPrefix ? freeze(root) : null, depth);
    }

    private Node<E> freeze(BuildNode<E> b) {
      Node<E> n = new Node<>();
      n.keys = new char[b.kids.size()];
      @SuppressWarnings("unchecked")
      Node<E>[] kids = new Node[b.kids.size()];
      int i = 0;
      for (Map.Entry<Character, BuildNode<E>> e : b.kids.entrySet()) {
        n.keys[i] = e.getKey();
        kids[i++] = freeze(e.getValue());
      }
      n.kids = kids;
      n.here = b.here.isEmpty() ? null : sorted(b.here);
      return n;
    }
  }

  @SuppressWarnings("unchecked")
  static <E> Candidate<E>[] sorted(List<Candidate<E>> list) {
    Candidate<E>[] array = list.toArray(new Candidate[0]);
    Arrays.sort(array, (a, b) -> a.moreSpecificThan(b) ? -1 : b.moreSpecificThan(a) ? 1 : 0);
    return array;
  }
}
