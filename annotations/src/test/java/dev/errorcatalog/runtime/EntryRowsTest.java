package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.errorcatalog.RetryClass;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows written as text and read back are the rows they were, value for value. */
class EntryRowsTest {

  private static final ShapeRow JSON = ShapeRow.json("api-error").code("/code").message("/message").build();
  private static final ShapeRow EMPTY = ShapeRow.empty("empty").build();
  private static final List<ShapeRow> SHAPES = List.of(JSON, EMPTY);

  @Test
  void everyValueOfARowSurvivesTheText() {
    List<EntryRow> rows = List.of(
        EntryRow.builder(404, "ORDER_NOT_FOUND").title("Order not found").message("Order {id:int} not found")
            .shape(JSON).anchor("order-not-found").build(),
        EntryRow.withoutCode(503).title("").shape(EMPTY).retry(RetryClass.BACKOFF)
            .base(Duration.ofMillis(250)).cap(Duration.ofMinutes(2)).attempts(5).window(Duration.ofHours(1))
            .anchor("unavailable").deprecated("").build(),
        EntryRow.builder(0, "-1").title("Negative: ~ - : 12:").message("{a}{b:number} - {{literal}} -")
            .variant("").variant("x {a}").shape(JSON)
            .when(Constant.string("/kind", "-")).when(Constant.number("/n", "-1.5e3"))
            .when(Constant.bool("/ok", false)).when(Constant.nullValue("/gone"))
            .retry(RetryClass.THROTTLED).anchor("").deprecated("use NEW instead: 😀, ünïcödé, \u0000, \n").build(),
        EntryRow.builder(429, "LONG").title("t".repeat(70_000) + "😀").shape(JSON).anchor("long").build(),
        EntryRow.builder(403, "RATE").alsoAt(429).alsoAt(503).title("Rate").shape(JSON).anchor("rate").build(),
        EntryRow.builder(200, "at_200").error().subcode("sub-1").title("Error at 200").shape(JSON).anchor("at-200").build());
    StringBuilder text = new StringBuilder();
    String[] names = {"ORDER_NOT_FOUND", "UNAVAILABLE", "ODD", "LONG", "RATE", "AT_200"};
    for (int i = 0; i < rows.size(); i++) {
      EntryRows.encode(text, names[i], rows.get(i), SHAPES.indexOf(rows.get(i).shape()));
    }
    // Cut anywhere (the generator cuts the text into constants): the parts are read as one.
    String all = text.toString();
    String[] parts = {all.substring(0, 10), all.substring(10, 300), all.substring(300)};
    EntryRow[] read = new EntryRow[8];
    String[] readNames = new String[8];
    assertEquals(8, EntryRows.read(SHAPES, read, readNames, 2, parts));
    for (int i = 0; i < rows.size(); i++) {
      EntryRow a = rows.get(i);
      EntryRow b = read[i + 2];
      assertEquals(names[i], readNames[i + 2]);
      assertEquals(a.status(), b.status());
      assertEquals(a.code(), b.code());
      assertEquals(a.title(), b.title());
      assertEquals(a.template().source(), b.template().source());
      assertEquals(a.template().parts(), b.template().parts());
      assertEquals(a.variants().stream().map(Template::source).toList(),
          b.variants().stream().map(Template::source).toList());
      assertSame(a.shape(), b.shape());
      assertEquals(a.when(), b.when());
      assertEquals(a.retryClass(), b.retryClass());
      assertEquals(a.retryParameters(), b.retryParameters());
      assertEquals(a.anchor(), b.anchor());
      assertEquals(a.deprecation(), b.deprecation());
      assertEquals(a.templateCount(), b.templateCount());
      assertEquals(a.statuses(), b.statuses());
      assertEquals(a.markedError(), b.markedError());
      assertEquals(a.subcode(), b.subcode());
      assertEquals(a.isSuccess(), b.isSuccess());
    }
    assertEquals(List.of(403, 429, 503), read[6].statuses());
    assertFalse(read[7].isSuccess());
    assertEquals("sub-1", read[7].subcode());
  }

  /** Rows written before further statuses and the error mark existed (by an older processor) read as they did. */
  @Test
  void rowsWithoutTheLaterValuesReadAsBefore() {
    String older = "3:ONE404:3:ONE3:One-0:0:0:5:NEVER----3:one-" + "3:TWO200:3:TWO3:Two-0:0:0:5:NEVER----3:two-";
    EntryRow[] read = new EntryRow[2];
    assertEquals(2, EntryRows.read(SHAPES, read, null, 0, older));
    assertEquals(List.of(404), read[0].statuses());
    assertTrue(read[1].isSuccess());
    assertEquals("two", read[1].anchor());
  }
}
