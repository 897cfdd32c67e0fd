package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * The message index searches the templates grouped by their first character (indexed when first searched) and
 * those indexed at once as one index would: the longest literals win, whichever group they are in.
 */
class MessageIndexTest {

  private static final TestEntry DELETED = new TestEntry(400, "DELETED", "Account {id:int} was deleted");
  private static final TestEntry ANY_ACCOUNT = new TestEntry(400, "ANY_ACCOUNT", "Account {id:int} {what}");
  private static final TestEntry ANYTHING_DELETED = new TestEntry(400, "ANYTHING_DELETED", "{thing} was deleted");
  private static final TestEntry SPACED = new TestEntry(400, "SPACED", " Account {id:int} was deleted");
  private static final TestEntry NON_ASCII = new TestEntry(400, "NON_ASCII", "\u00c9chec {id:int}");

  private final MessageIndex<TestEntry> index = index(DELETED, ANY_ACCOUNT, ANYTHING_DELETED, SPACED, NON_ASCII);

  @Test
  void theLongestLiteralsWinAcrossTheGroups() {
    assertFound(DELETED, "Account 7 was deleted", "7");
    assertFound(ANY_ACCOUNT, "Account 7 was renamed", "7", "was renamed");
    assertFound(ANYTHING_DELETED, "Zoe was deleted", "Zoe");
    assertFound(SPACED, " Account 7 was deleted", "7");
    assertFound(NON_ASCII, "\u00c9chec 12", "12");
    assertFound(ANYTHING_DELETED, "\u00c9chec 12 was deleted", "\u00c9chec 12");
  }

  @Test
  void aGroupSearchedFirstStillFindsATemplateOfTheRest() {
    // The rest's template is found through the group's index once that index exists, and before it does.
    MessageIndex<TestEntry> fresh = index(DELETED, ANYTHING_DELETED);
    MessageIndex.Match<TestEntry> best = new MessageIndex.Match<>();
    fresh.search("Anna was deleted", null, best);
    assertSame(ANYTHING_DELETED, best.candidate.entry.entry);
    best = new MessageIndex.Match<>();
    fresh.search("Zoe was deleted", null, best);
    assertSame(ANYTHING_DELETED, best.candidate.entry.entry);
    best = new MessageIndex.Match<>();
    fresh.search("Account 3 was deleted", null, best);
    assertSame(DELETED, best.candidate.entry.entry);
  }

  @Test
  void aMessageNoTemplateFitsFindsNothing() {
    assertFound(null, "x");
    assertFound(null, "");
    assertFound(null, "Account x");
  }

  private void assertFound(TestEntry expected, String message, String... captured) {
    MessageIndex.Match<TestEntry> best = new MessageIndex.Match<>();
    index.search(message, null, best);
    if (expected == null) {
      assertNull(best.candidate, message);
      return;
    }
    assertSame(expected, best.candidate.entry.entry, message);
    assertArrayEquals(captured, best.captured, message);
  }

  private static MessageIndex<TestEntry> index(TestEntry... entries) {
    MessageIndex.Builder<TestEntry> b = new MessageIndex.Builder<>();
    for (int i = 0; i < entries.length; i++) {
      EntryRow row = EntryRow.builder(400, entries[i].code()).message(entries[i].messageTemplate())
          .shape(ShapeRow.json("plain").build()).build();
      b.add(new CodecEntry<>(entries[i], i, row, null, new Constant[0], new int[0]), 0);
    }
    return b.build();
  }
}
