package dev.errorcatalog.processor.generate;

import static dev.errorcatalog.processor.generate.GeneratedCode.callStatic;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.testing.CatalogBuilder.EntryBuilder;
import dev.errorcatalog.processor.testing.DecodedErrors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Catalogs far larger than the shipped ones: the generated code must compile without "code too large"
 * (or "too many constants") and work, in the enum form up to its limit and in the class form beyond.
 */
class LargeCatalogTest {

  @Test
  void fiveThousandEntriesCompileAsAClassWithTheEnumApi() throws Exception {
    CatalogModel catalog = CatalogFixtures.large("huge", 5_000);
    GeneratedNames names = new GeneratedNames("com.example.huge", "Huge");
    List<JavaFile> files = GeneratedCode.generate(catalog, names);
    // A caller in another package reads constants inherited from the package-private holder interfaces.
    Compilation compilation = GeneratedCode.compile(files, JavaFileObjects.forSourceString("com.example.user.Caller",
        """
        package com.example.user;

        import com.example.huge.HugeError;
        import com.example.huge.HugeErrors;
        import com.example.huge.HugeException;

        public final class Caller {
          private Caller() {}

          public static HugeError last() {
            return HugeError.E4999;
          }

          public static HugeException thrown() {
            return HugeErrors.e4995(7, "disk full");
          }
        }
        """));
    ClassLoader loader = GeneratedCode.load(compilation);
    Class<?> error = loader.loadClass("com.example.huge.HugeError");
    assertFalse(error.isEnum());

    Object[] values = (Object[]) callStatic(error, "values");
    assertEquals(5_000, values.length);
    assertNotSame(values, callStatic(error, "values"), "values() returns a copy, as for an enum");
    Object last = loader.loadClass("com.example.user.Caller").getMethod("last").invoke(null);
    assertSame(values[4_999], last, "the constant is the very instance values() lists");
    assertSame(values[4_999], error.getField("E4999").get(null));
    assertSame(values[123], callStatic(error, "valueOf", "E0123"));
    assertThrows(IllegalArgumentException.class, () -> callStatic(error, "valueOf", "NOPE"));
    assertThrows(NullPointerException.class, () -> callStatic(error, "valueOf", (Object) null));
    assertEquals("E0123", error.getMethod("name").invoke(values[123]));
    assertEquals("E0123", values[123].toString());
    assertEquals(123, error.getMethod("ordinal").invoke(values[123]));
    assertTrue(comparable(values[1]).compareTo(values[2]) < 0);

    CatalogError e4999 = (CatalogError) ((Optional<?>) callStatic(error, "byCode", "E4999")).orElseThrow();
    assertSame(values[4_999], e4999);
    assertEquals("Item 5 failed with x at step 4999", e4999.format(Map.of("item", 5, "reason", "x")));
    assertEquals(Optional.of("Deprecated entry 4952"),
        error.getMethod("deprecation").invoke(values[4_952]));

    CatalogException thrown = (CatalogException) loader.loadClass("com.example.user.Caller")
        .getMethod("thrown").invoke(null);
    assertEquals("HugeTooManyRequestsException", thrown.getClass().getSimpleName());
    assertEquals("Item 7 failed with disk full at step 4995", thrown.getMessage());

    Class<?> exception = loader.loadClass("com.example.huge.HugeException");
    assertEquals("HugeNotFoundException", from(exception, 404, (CatalogError) values[4_993]).getClass().getSimpleName());
    assertEquals("HugeResponseException", from(exception, 200, (CatalogError) values[4_998]).getClass().getSimpleName());
    assertEquals("HugeNonHttpException", from(exception, 0, (CatalogError) values[4_999]).getClass().getSimpleName());

    Catalog<?> hugeCatalog = (Catalog<?>) loader.loadClass("com.example.huge.HugeCatalog").getField("INSTANCE").get(null);
    assertEquals(5_000, hugeCatalog.entries().size());
    assertArrayEquals(values, hugeCatalog.entries().toArray());
  }

  @Test
  void theLargestPlainEnumCompilesEachConstantWithItsRow() throws Exception {
    int size = CatalogSize.MAX_PLAIN_ENTRIES;
    CatalogModel catalog = CatalogFixtures.large("plain", size);
    assertTrue(CatalogSize.usesPlainEnum(CatalogTables.of(catalog)));
    List<JavaFile> files = GeneratedCode.generate(catalog, new GeneratedNames("com.example.plain", "Plain"));
    String error = files.stream().filter(f -> f.typeSpec().name().equals("PlainError")).findFirst().orElseThrow()
        .toString();
    assertTrue(error.contains("  E0249(EntryRow.builder(404, \"E0249\")\n"), "the plain form");
    assertFalse(error.contains("ROWS"), "no row table in the plain form");
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compile(files));
    Class<?> type = loader.loadClass("com.example.plain.PlainError");
    Object[] values = type.getEnumConstants();
    assertEquals(size, values.length);
    CatalogError last = (CatalogError) values[size - 1];
    assertEquals("Item {item} failed with {reason} at step 249", last.messageTemplate());
    assertSame(last, ((Optional<?>) callStatic(type, "byCode", "E0249")).orElseThrow());
  }

  @Test
  void onePlainEntryMoreOrHeavyRowsMoveTheRowsToTheTable() {
    assertFalse(CatalogSize.usesPlainEnum(
        CatalogTables.of(CatalogFixtures.large("table", CatalogSize.MAX_PLAIN_ENTRIES + 1))));
    // 200 entries of 20 variants each: about 300 bytes of initializer an entry, beyond the plain form's budget.
    List<Entry> heavy = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      EntryBuilder entry = CatalogFixtures.entry(String.format("H%03d", i), 400, "Heavy " + i)
          .message("Heavy " + i + " {detail}");
      for (int v = 0; v < 20; v++) {
        entry.variant("Heavy " + i + " variant " + v + " {detail}");
      }
      heavy.add(entry.build());
    }
    CatalogModel catalog = CatalogFixtures.large("heavy", 1);
    CatalogModel heavyCatalog = new CatalogModel("heavy", "Heavy", Optional.empty(), Optional.empty(),
        catalog.shapes(), heavy, "fixture.yaml");
    assertFalse(CatalogSize.usesPlainEnum(CatalogTables.of(heavyCatalog)));
    String error = GeneratedCode.generate(heavyCatalog, new GeneratedNames("com.example.heavy", "Heavy")).get(0)
        .toString();
    // The table form: the rows as text (EntryRows), the last one's name, status and code among it.
    assertTrue(error.contains("EntryRows.read(Shapes.ALL, rows, null, 0,"), "the table form");
    assertTrue(error.contains("4:H199400:4:H199"), "the table form's last row");
  }

  @Test
  void theLargestEnumCompilesAndLooksItsGroupsUpInATable() throws Exception {
    int size = CatalogSize.MAX_ENUM_ENTRIES;
    CatalogModel catalog = CatalogFixtures.large("big", size);
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compile(
        GeneratedCode.generate(catalog, new GeneratedNames("com.example.big", "Big"))));
    Class<?> error = loader.loadClass("com.example.big.BigError");
    assertTrue(error.isEnum());
    Object[] values = error.getEnumConstants();
    assertEquals(size, values.length);
    CatalogError lastError = (CatalogError) ((Optional<?>) callStatic(error, "byCode", "E1999")).orElseThrow();
    assertSame(values[size - 1], lastError);
    Class<?> exception = loader.loadClass("com.example.big.BigException");
    assertEquals("BigConflictException", from(exception, 409, (CatalogError) values[1_994]).getClass().getSimpleName());
    assertEquals("BigTooManyRequestsException",
        callStatic(loader.loadClass("com.example.big.BigErrors"), "e1995", 1L, "r", Duration.ofSeconds(2))
            .getClass().getSimpleName());
  }

  @Test
  void aLargeCatalogGeneratesTheSameBytesTwice() {
    GeneratedNames names = new GeneratedNames("com.example.huge", "Huge");
    List<String> first = GeneratedCode.generate(CatalogFixtures.large("huge", 2_500), names).stream()
        .map(JavaFile::toString).toList();
    List<String> second = GeneratedCode.generate(CatalogFixtures.large("huge", 2_500), names).stream()
        .map(JavaFile::toString).toList();
    assertEquals(first, second);
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> comparable(Object value) {
    return (Comparable<Object>) value;
  }

  private static CatalogException from(Class<?> exception, int status, CatalogError entry) {
    DecodedError<CatalogError> decoded = DecodedErrors.of(status, entry, MatchKind.CODE, null, Map.of(), null,
        new byte[0], d -> (CatalogException) callStatic(exception, "from", d));
    return decoded.toException();
  }
}
