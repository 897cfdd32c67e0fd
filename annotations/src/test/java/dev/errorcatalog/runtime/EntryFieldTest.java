package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.RetryClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one list of an entry row's values is complete: each value is written, read and built. */
class EntryFieldTest {

  private static final ShapeRow JSON = ShapeRow.json("api-error").code("/code").message("/message").build();

  @Test
  void everyValueButTheBuildersArgumentsHasItsPlaceAmongTheBuilderCalls() {
    Set<EntryField> expected = EnumSet.allOf(EntryField.class);
    expected.remove(EntryField.STATUS);
    expected.remove(EntryField.CODE);
    assertEquals(expected, EnumSet.copyOf(EntryField.IN_BUILDER_CALLS));
    assertEquals(expected.size(), EntryField.IN_BUILDER_CALLS.size());
  }

  @Test
  void theFirstValuesComeFirstAndEachLaterSectionHasAMarker() {
    EntryField.Section last = EntryField.Section.FIRST;
    for (EntryField field : EntryField.values()) {
      assertTrue(field.section().compareTo(last) >= 0, field + " is before a value of an earlier section");
      last = field.section();
    }
    for (EntryField.Section s : EntryField.Section.values()) {
      // A marker is none of what a row's values start with: a digit, '-' (absent) or '~' (negative).
      assertTrue(s == EntryField.Section.FIRST || !Character.isDigit(s.marker) && s.marker != '-' && s.marker != '~');
    }
  }

  /** The builder calls a row's values name, applied to a builder by name, make the same row again. */
  @Test
  void theBuilderCallsOfARowMakeTheRow() {
    EntryRow row = EntryRow.builder(403, "RATE").subcode("sub").alsoAt(429).error()
        .waitHint(WaitSource.header("x-reset", WaitSource.Unit.EPOCH_SECONDS)).title("Rate").message("Slow {n:int}")
        .variant("Slower").shape(JSON).when(Constant.bool("/ok", false)).retry(RetryClass.THROTTLED)
        .base(Duration.ofSeconds(1)).cap(Duration.ofMinutes(1)).attempts(3).window(Duration.ofHours(1))
        .anchor("rate").deprecated("old").build();
    List<String> methods = new ArrayList<>();
    EntryRow.Builder again = EntryRow.builder(row.status(), row.code());
    for (EntryField field : EntryField.IN_BUILDER_CALLS) {
      field.calls(row, (method, arguments) -> {
        methods.add(method);
        try {
          for (var m : EntryRow.Builder.class.getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == arguments.length) {
              m.invoke(again, arguments);
              return;
            }
          }
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
        throw new AssertionError("no builder method " + method + " of " + arguments.length + " arguments");
      });
    }
    assertEquals(List.of("subcode", "alsoAt", "error", "waitHint", "title", "message", "variant", "shape", "when",
        "retry", "base", "cap", "attempts", "window", "anchor", "deprecated"), methods);
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    EntryRows.encode(a, "RATE", row, 0);
    EntryRows.encode(b, "RATE", again.build(), 0);
    assertEquals(a.toString(), b.toString());
    // And the text read back (every value read by its case of EntryField.read) writes the same text again.
    EntryRow[] read = new EntryRow[1];
    EntryRows.read(List.of(JSON), read, null, 0, a.toString());
    StringBuilder c = new StringBuilder();
    EntryRows.encode(c, "RATE", read[0], 0);
    assertEquals(a.toString(), c.toString());
  }
}
