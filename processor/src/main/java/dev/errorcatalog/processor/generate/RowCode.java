package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.runtime.Constant;
import dev.errorcatalog.runtime.EntryField;
import dev.errorcatalog.runtime.EntryRow;
import dev.errorcatalog.runtime.ShapeRow;
import dev.errorcatalog.runtime.WaitSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java expressions that build a catalog's rows ({@code dev.errorcatalog.runtime.ShapeRow} and
 * {@code EntryRow}), written from the very rows the build-time checks ran: one named builder call per value
 * present, one call per line, nothing positional beyond the status and the code.
 */
final class RowCode {

  /** The nested class of {@code <Prefix>Error} holding the shapes. */
  static final String SHAPES = "Shapes";

  /** Its field listing every shape, in the order the engine is given them. */
  static final String ALL_SHAPES = "ALL";

  private static final ClassName ENTRY_ROW = ClassName.get(EntryRow.class);
  private static final ClassName SHAPE_ROW = ClassName.get(ShapeRow.class);
  private static final ClassName CONSTANT = ClassName.get(Constant.class);
  private static final ClassName WAIT_SOURCE = ClassName.get(WaitSource.class);

  private final ClassName shapes;
  private final Map<ShapeRow, String> shapeFields = new IdentityHashMap<>();

  /**
   * @param error the generated error type, which holds the shapes
   * @param rows every shape of the catalog
   */
  RowCode(ClassName error, List<ShapeRow> rows) {
    this.shapes = error.nestedClass(SHAPES);
    Set<String> taken = new HashSet<>(Set.of(ALL_SHAPES));
    for (ShapeRow row : rows) {
      String base = Names.constantName(row.name());
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "_" + n;
      }
      shapeFields.put(row, name);
    }
  }

  /** The field of {@code Shapes} holding a shape, e.g. {@code ERROR_TEXT}. */
  String shapeField(ShapeRow row) {
    return shapeFields.get(row);
  }

  /** {@code ShapeRow.json("error-text").message("/error").build()}. */
  CodeBlock shape(ShapeRow row) {
    String start = switch (row.body()) {
      case JSON -> "json";
      case TEXT -> "text";
      case EMPTY -> "empty";
    };
    CodeBlock.Builder out = CodeBlock.builder().add("$T.$L($S)$>$>", SHAPE_ROW, start, row.name());
    call(out, "code", row.code());
    call(out, "subcode", row.subcode());
    call(out, "message", row.message());
    call(out, "retryAfter", row.retryAfter());
    row.fields().forEach((name, pointer) -> out.add("\n.field($S, $S)", name, pointer));
    row.waitHints().forEach(w -> out.add("\n.waitHint($L)", waitSource(w)));
    row.when().forEach(c -> out.add("\n.when($L)", constant(c)));
    if (row.error()) {
      out.add("\n.error()");
    }
    return out.add("\n.build()$<$<").build();
  }

  /**
   * {@code EntryRow.builder(404, "ORDER_NOT_FOUND").title(...)...build()}, or {@code EntryRow.withoutCode(404)}
   * for an entry with only a name: the builder calls of each value, in {@link EntryField#IN_BUILDER_CALLS} order.
   */
  CodeBlock entry(EntryRow row) {
    CodeBlock.Builder out = row.code().isEmpty()
        ? CodeBlock.builder().add("$T.withoutCode($L)$>$>", ENTRY_ROW, row.status())
        : CodeBlock.builder().add("$T.builder($L, $S)$>$>", ENTRY_ROW, row.status(), row.code());
    for (EntryField field : EntryField.IN_BUILDER_CALLS) {
      field.calls(row, (method, arguments) -> out.add("\n.$L($L)", method, arguments(arguments)));
    }
    return out.add("\n.build()$<$<").build();
  }

  /**
   * The builder calls {@link #entry} writes for a row: what its bytecode grows with (each call loads its
   * arguments and invokes one method). The first call ({@code builder} or {@code withoutCode}) counts; a wait hint,
   * whose argument is a factory call over a nested enum, counts twice.
   */
  static int calls(EntryRow row) {
    int[] calls = {1};
    for (EntryField field : EntryField.IN_BUILDER_CALLS) {
      field.calls(row, (method, arguments) -> calls[0] += arguments.length == 1
          && arguments[0] instanceof WaitSource ? 2 : 1);
    }
    return calls[0];
  }

  /** The arguments of one builder call as Java code, by their types ({@link EntryField.BuilderCalls}). */
  private CodeBlock arguments(Object... arguments) {
    List<CodeBlock> code = new ArrayList<>();
    for (Object a : arguments) {
      code.add(argument(a));
    }
    return CodeBlock.join(code, ", ");
  }

  private CodeBlock argument(Object a) {
    if (a instanceof String s) {
      return CodeBlock.of("$S", s);
    } else if (a instanceof Integer n) {
      return CodeBlock.of("$L", n);
    } else if (a instanceof Duration d) {
      return duration(d);
    } else if (a instanceof RetryClass c) {
      return CodeBlock.of("$T.$L", RetryClass.class, c.name());
    } else if (a instanceof ShapeRow shape) {
      return CodeBlock.of("$T.$L", shapes, shapeField(shape));
    } else if (a instanceof Constant c) {
      return constant(c);
    } else if (a instanceof WaitSource w) {
      return waitSource(w);
    }
    throw new IllegalArgumentException("a builder argument of an unknown type: " + a);
  }

  private static void call(CodeBlock.Builder out, String method, String value) {
    if (value != null && !value.isEmpty()) {
      out.add("\n.$L($S)", method, value);
    }
  }

  /** A duration in the largest whole unit: {@code Duration.ofMinutes(15)} rather than 900,000 ms. */
  static CodeBlock duration(Duration duration) {
    long millis = duration.toMillis();
    if (millis != 0 && millis % 3_600_000 == 0) {
      return CodeBlock.of("$T.ofHours($L)", Duration.class, millis / 3_600_000);
    }
    if (millis != 0 && millis % 60_000 == 0) {
      return CodeBlock.of("$T.ofMinutes($L)", Duration.class, millis / 60_000);
    }
    if (millis % 1_000 == 0) {
      return CodeBlock.of("$T.ofSeconds($L)", Duration.class, millis / 1_000);
    }
    return CodeBlock.of("$T.ofMillis($L)", Duration.class, millis);
  }

  /** {@code WaitSource.header("x-ratelimit-reset", WaitSource.Unit.EPOCH_SECONDS)}. */
  private static CodeBlock waitSource(WaitSource w) {
    return CodeBlock.of("$T.$L($S, $T.$L)", WAIT_SOURCE, w.header() ? "header" : "field", w.name(),
        WAIT_SOURCE.nestedClass("Unit"), w.unit().name());
  }

  private static CodeBlock constant(Constant c) {
    return switch (c.kind()) {
      case STRING -> CodeBlock.of("$T.string($S, $S)", CONSTANT, c.pointer(), c.text());
      case NUMBER -> CodeBlock.of("$T.number($S, $S)", CONSTANT, c.pointer(), c.text());
      case BOOLEAN -> CodeBlock.of("$T.bool($S, $L)", CONSTANT, c.pointer(), c.text());
      case NULL -> CodeBlock.of("$T.nullValue($S)", CONSTANT, c.pointer());
    };
  }
}
