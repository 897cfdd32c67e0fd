package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.runtime.Template;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * What the enum form and the class form of {@code <Prefix>Error} share: the per-entry data as a table of
 * rows indexed by ordinal (so that constants take no constructor arguments and the table is filled by
 * chunked methods), and the {@code CatalogError} accessors that read it.
 *
 * <p>The table and its helpers live in a nested class {@code Table}: entry constants are UPPER_SNAKE and
 * could clash with any UPPER_SNAKE field of the type itself, never with a member of a nested class.
 */
final class ErrorRows {

  static final String ROW = "Row";
  static final String TABLE = "Table";

  private final CatalogModel catalog;
  private final ClassName type;
  private final boolean withNames;

  /**
   * @param withNames whether rows carry the constant name (the class form has no {@code Enum.name()})
   */
  ErrorRows(CatalogModel catalog, ClassName type, boolean withNames) {
    this.catalog = catalog;
    this.type = type;
    this.withNames = withNames;
  }

  ClassName row() {
    return type.nestedClass(ROW);
  }

  ClassName table() {
    return type.nestedClass(TABLE);
  }

  /** {@code private record Row(...)}: one entry's data. */
  TypeSpec rowRecord() {
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    if (withNames) {
      components.addParameter(String.class, "name");
    }
    components
        .addParameter(int.class, "status")
        .addParameter(String.class, "code")
        .addParameter(String.class, "title")
        .addParameter(Template.class, "template")
        .addParameter(RetryClass.class, "retryClass")
        .addParameter(RetryParameters.class, "retryParameters")
        .addParameter(String.class, "anchor")
        .addParameter(String.class, "deprecation");
    return TypeSpec.recordBuilder(ROW)
        .addJavadoc("One entry's data; {@code deprecation} is {@code null} for a current entry.\n")
        .addModifiers(Modifier.PRIVATE)
        .recordConstructor(components.build())
        .build();
  }

  /**
   * Statements and members that fill {@code Table.ROWS}: {@code rows()} builds the array; for large
   * catalogs the rows are spread over nested classes {@code Rows0}, {@code Rows1}, ... so that no class
   * holds too many constants.
   */
  void addRowsTo(TypeSpec.Builder table) {
    List<Entry> entries = catalog.entries();
    TypeName rowArray = ArrayTypeName.of(row());
    ParameterSpec rows = ParameterSpec.builder(rowArray, "rows").build();
    MethodSpec.Builder build = MethodSpec.methodBuilder("rows")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(rowArray)
        .addStatement("$T rows = new $T[$L]", rowArray, row(), entries.size());
    if (entries.size() <= CatalogSize.ROWS_PER_CLASS) {
      Chunks.Split split = Chunks.split("rows", List.of(rows), rowStatements(0, entries.size()));
      build.addCode(split.calls());
      table.addMethod(build.addStatement("return rows").build());
      table.addMethods(split.methods());
      return;
    }
    List<TypeSpec> holders = new ArrayList<>();
    for (int from = 0, index = 0; from < entries.size(); from += CatalogSize.ROWS_PER_CLASS, index++) {
      int to = Math.min(entries.size(), from + CatalogSize.ROWS_PER_CLASS);
      Chunks.Split split = Chunks.split("rows", List.of(rows), rowStatements(from, to));
      String name = "Rows" + index;
      holders.add(TypeSpec.classBuilder(name)
          .addJavadoc("Rows $L to $L, in a class of their own to keep each constant pool small.\n", from, to - 1)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
          .addMethod(MethodSpec.methodBuilder("fill")
              .addModifiers(Modifier.STATIC)
              .addParameter(rows)
              .addCode(split.calls())
              .build())
          .addMethods(split.methods())
          .build());
      build.addStatement("$N.fill(rows)", name);
    }
    table.addMethod(build.addStatement("return rows").build());
    table.addTypes(holders);
  }

  private List<CodeBlock> rowStatements(int from, int to) {
    List<CodeBlock> statements = new ArrayList<>();
    for (int i = from; i < to; i++) {
      statements.add(CodeBlock.builder().addStatement("rows[$L] = $L", i, newRow(catalog.entries().get(i))).build());
    }
    return statements;
  }

  private CodeBlock newRow(Entry entry) {
    List<CodeBlock> args = new ArrayList<>();
    if (withNames) {
      args.add(CodeBlock.of("$S", entry.constantName()));
    }
    args.add(CodeBlock.of("$L", entry.status()));
    args.add(CodeBlock.of("$S", entry.code()));
    args.add(CodeBlock.of("$S", entry.title()));
    args.add(template(entry.message()));
    args.add(CodeBlock.of("$T.$L", RetryClass.class, entry.retry().retryClass().name()));
    args.add(retryParameters(entry.retry()));
    args.add(CodeBlock.of("$S", entry.anchor()));
    args.add(entry.deprecated().map(note -> CodeBlock.of("$S", note)).orElse(CodeBlock.of("null")));
    return CodeBlock.of("new $T($L)", row(), CodeBlock.join(args, ",$W"));
  }

  /**
   * The runtime template of a message. The source is written back from the parsed segments rather than
   * copied from the YAML, so that what runs is exactly what the processor validated.
   */
  static CodeBlock template(Optional<MessageTemplate> message) {
    if (message.isEmpty() || message.get().segments().isEmpty()) {
      return CodeBlock.of("$T.empty()", Template.class);
    }
    return CodeBlock.of("$T.compile($S)", Template.class, canonicalSource(message.get()));
  }

  /** The template in the runtime syntax: literal braces doubled, every placeholder with its type. */
  static String canonicalSource(MessageTemplate message) {
    StringBuilder out = new StringBuilder();
    for (MessageTemplate.Segment segment : message.segments()) {
      if (segment instanceof MessageTemplate.Literal literal) {
        out.append(literal.text().replace("{", "{{").replace("}", "}}"));
      } else if (segment instanceof MessageTemplate.Placeholder p) {
        out.append('{').append(p.name()).append(':').append(p.type().yamlName()).append('}');
      }
    }
    return out.toString();
  }

  static CodeBlock retryParameters(RetryPolicy retry) {
    if (retry.base().isEmpty() && retry.cap().isEmpty() && retry.attempts().isEmpty() && retry.window().isEmpty()) {
      return CodeBlock.of("$T.NONE", RetryParameters.class);
    }
    return CodeBlock.of("$T.of($L, $L, $L, $L)", RetryParameters.class,
        duration(retry.base()), duration(retry.cap()),
        retry.attempts().isPresent() ? CodeBlock.of("$L", retry.attempts().getAsInt()) : CodeBlock.of("null"),
        duration(retry.window()));
  }

  /** A duration in the largest whole unit: {@code Duration.ofMinutes(15)} rather than 900,000 ms. */
  static CodeBlock duration(Optional<Duration> duration) {
    if (duration.isEmpty()) {
      return CodeBlock.of("null");
    }
    long millis = duration.get().toMillis();
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

  /** {@code private Row row()}: this entry's row. */
  MethodSpec rowAccessor() {
    return MethodSpec.methodBuilder("row")
        .addModifiers(Modifier.PRIVATE)
        .returns(row())
        .addStatement("return $T.ROWS[ordinal()]", table())
        .build();
  }

  /** The {@code CatalogError} methods and the extras every {@code <Prefix>Error} offers, in reading order. */
  List<MethodSpec> accessors() {
    TypeName argsMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        WildcardTypeName.subtypeOf(Object.class));
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(override("catalogId", String.class).addStatement("return $S", catalog.id()).build());
    methods.add(override("httpStatus", int.class).addStatement("return row().status()").build());
    methods.add(override("code", String.class).addStatement("return row().code()").build());
    methods.add(override("title", String.class).addStatement("return row().title()").build());
    methods.add(override("messageTemplate", String.class)
        .addStatement("return row().template().display()").build());
    methods.add(override("placeholders", ParameterizedTypeName.get(List.class, String.class))
        .addStatement("return row().template().placeholders()").build());
    methods.add(override("retryClass", RetryClass.class).addStatement("return row().retryClass()").build());
    methods.add(override("retryParameters", RetryParameters.class)
        .addStatement("return row().retryParameters()").build());
    methods.add(override("anchor", String.class).addStatement("return row().anchor()").build());
    methods.add(override("format", String.class)
        .addParameter(argsMap, "args")
        .addStatement("return row().template().format(args)").build());
    methods.add(MethodSpec.methodBuilder("deprecation")
        .addJavadoc("The deprecation note of a deprecated entry (empty text when the catalog gives none);\n"
            + "empty for a current entry.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Optional.class, String.class))
        .addStatement("return $T.ofNullable(row().deprecation())", Optional.class).build());
    methods.add(MethodSpec.methodBuilder("isSuccess")
        .addJavadoc("True for a success status (100 to 399): such entries are documented, never thrown.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("int status = row().status()")
        .addStatement("return status >= 100 && status < 400").build());
    return methods;
  }

  /** {@code public static Optional<E> byCode(String code)}, reading {@code Table.BY_CODE}. */
  MethodSpec byCode() {
    return MethodSpec.methodBuilder("byCode")
        .addJavadoc("The entry with this documented code; empty for a code the catalog does not document. O(1).\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
        .addParameter(String.class, "code")
        .addStatement("return $T.ofNullable($T.BY_CODE.get(code))", Optional.class, table())
        .build();
  }

  /** {@code private static Map<String, E> indexByCode()}: a loop, so its size does not grow with the catalog. */
  MethodSpec indexByCode() {
    return MethodSpec.methodBuilder("indexByCode")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), type))
        .addStatement("$T[] values = values()", type)
        .addStatement("$T<$T, $T> byCode = new $T<>(values.length * 2)",
            Map.class, String.class, type, HashMap.class)
        .beginControlFlow("for ($T value : values)", type)
        .beginControlFlow("if (!value.code().isEmpty())")
        .addComment("an entry with only a name: the API sends no code for it")
        .addStatement("byCode.put(value.code(), value)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return byCode")
        .build();
  }

  private static MethodSpec.Builder override(String name, java.lang.reflect.Type returns) {
    return override(name, TypeName.get(returns));
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
