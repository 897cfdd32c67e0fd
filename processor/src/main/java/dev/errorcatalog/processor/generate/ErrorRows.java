package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.runtime.EntryRow;
import dev.errorcatalog.runtime.EntryRows;
import dev.errorcatalog.runtime.ShapeRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * What every form of {@code <Prefix>Error} shares: the catalog's one table (its {@link EntryRow}s, and the
 * {@link ShapeRow}s they name, in a nested class {@code Shapes}), and the {@code CatalogError} accessors that
 * read an entry's row. The decoder and the encoder build the runtime engine from the same rows.
 *
 * <p>Where the rows live depends on the catalog's size ({@link CatalogSize#usesPlainEnum}): in a small
 * catalog each enum constant takes its row as its constructor argument, the obvious code; in a larger one
 * the rows sit in a nested table filled by chunked methods ({@link #addRowsTo}), so that no method nears the
 * JVM's 64 KB limit. The table lives in a nested class {@code Table}: entry constants are UPPER_SNAKE and
 * could clash with any UPPER_SNAKE field of the type itself, never with a member of a nested class.
 */
final class ErrorRows {

  static final String TABLE = "Table";

  private static final ClassName ENTRY_ROW = ClassName.get(EntryRow.class);

  private final CatalogModel catalog;
  private final CatalogTables tables;
  private final ClassName type;
  private final ClassName decoder;
  private final boolean withNames;
  private final RowCode code;

  /**
   * @param withNames whether the table also holds the constant names (the class form has no
   *     {@code Enum.name()})
   */
  ErrorRows(CatalogTables tables, GeneratedNames names, boolean withNames) {
    this.catalog = tables.catalog();
    this.tables = tables;
    this.type = names.error();
    this.decoder = names.decoder();
    this.withNames = withNames;
    this.code = new RowCode(type, tables.shapes());
  }

  ClassName table() {
    return type.nestedClass(TABLE);
  }

  /** The constructor argument of an entry's constant in the plain enum form: its row. */
  CodeBlock rowArgument(int index) {
    return code.entry(tables.row(index));
  }

  /** {@code static final class Shapes}: one field per shape, and {@code ALL} in the engine's order. */
  TypeSpec shapesClass() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(RowCode.SHAPES)
        .addJavadoc("The body shapes of the catalog; {@code $L} lists them in catalog order for the decoder.\n",
            RowCode.ALL_SHAPES)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<CodeBlock> all = new ArrayList<>();
    for (ShapeRow shape : tables.shapes()) {
      spec.addField(FieldSpec.builder(ShapeRow.class, code.shapeField(shape), Modifier.STATIC, Modifier.FINAL)
          .initializer(code.shape(shape))
          .build());
      all.add(CodeBlock.of("$L", code.shapeField(shape)));
    }
    spec.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, ShapeRow.class), RowCode.ALL_SHAPES,
            Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", List.class, CodeBlock.join(all, ",$W"))
        .build());
    return spec.build();
  }

  /** The plain enum form's row: a field set by the constructor. */
  void addRowFieldTo(TypeSpec.Builder spec) {
    spec.addField(ENTRY_ROW, "row", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(ENTRY_ROW, "row")
            .addStatement("this.row = row")
            .build())
        .addMethod(rowAccessor(CodeBlock.of("row")));
  }

  /** {@code static final EntryRow[] ROWS = rows();} of the table forms. */
  FieldSpec rowsField() {
    return FieldSpec.builder(ArrayTypeName.of(ENTRY_ROW), "ROWS", Modifier.STATIC, Modifier.FINAL)
        .initializer("rows()").build();
  }

  /** The class form's {@code static final String[] NAMES}: declare it before {@link #rowsField}, which fills it. */
  FieldSpec namesField() {
    return FieldSpec.builder(String[].class, "NAMES", Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T[$L]", String.class, catalog.entries().size()).build();
  }

  /**
   * Statements and members that fill {@code Table.ROWS} (and {@code Table.NAMES} for the class form):
   * {@code rows()} builds the array. The rows are text ({@link EntryRows}: string constants read by one
   * loop), not a builder expression each: thousands of expressions would be megabytes of bytecode for the
   * JVM to load and interpret once at class initialisation. For large catalogs the text is spread over
   * nested classes {@code Rows0}, {@code Rows1}, ... of {@link CatalogSize#ROWS_PER_CLASS} rows each, so
   * that no class holds too many constants.
   */
  void addRowsTo(TypeSpec.Builder table) {
    List<Entry> entries = catalog.entries();
    TypeName rowArray = ArrayTypeName.of(ENTRY_ROW);
    List<ParameterSpec> params = new ArrayList<>(List.of(ParameterSpec.builder(rowArray, "rows").build()));
    String args = "rows";
    if (withNames) {
      params.add(ParameterSpec.builder(String[].class, "names").build());
      args = "rows, names";
    }
    MethodSpec.Builder build = MethodSpec.methodBuilder("rows")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(rowArray)
        .addStatement("$T rows = new $T[$L]", rowArray, ENTRY_ROW, entries.size());
    if (withNames) {
      build.addStatement("String[] names = NAMES");
    }
    if (entries.size() <= CatalogSize.ROWS_PER_CLASS) {
      table.addMethod(build.addCode(readRows(0, entries.size())).addStatement("return rows").build());
      return;
    }
    List<TypeSpec> holders = new ArrayList<>();
    for (int from = 0, index = 0; from < entries.size(); from += CatalogSize.ROWS_PER_CLASS, index++) {
      int to = Math.min(entries.size(), from + CatalogSize.ROWS_PER_CLASS);
      String name = "Rows" + index;
      holders.add(TypeSpec.classBuilder(name)
          .addJavadoc("Rows $L to $L, in a class of their own to keep each constant pool small.\n", from, to - 1)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
          .addMethod(MethodSpec.methodBuilder("fill")
              .addModifiers(Modifier.STATIC)
              .addParameters(params)
              .addCode(readRows(from, to))
              .build())
          .build());
      build.addStatement("$N.fill($L)", name, args);
    }
    table.addMethod(build.addStatement("return rows").build());
    table.addTypes(holders);
  }

  /** {@code EntryRows.read(Shapes.ALL, rows, names, from, "...", ...)} for rows {@code from} to {@code to}. */
  private CodeBlock readRows(int from, int to) {
    Map<ShapeRow, Integer> shapeIndex = new IdentityHashMap<>();
    for (ShapeRow shape : tables.shapes()) {
      shapeIndex.putIfAbsent(shape, shapeIndex.size());
    }
    List<CodeBlock> parts = new ArrayList<>();
    for (String part : RowText.parts(catalog.entries(), tables, shapeIndex, from, to)) {
      parts.add(CodeBlock.of("$S", part));
    }
    return CodeBlock.builder()
        .addStatement("$T.read($T.$L, rows, $L, $L,$>$>\n$L)$<$<", EntryRows.class, type.nestedClass(RowCode.SHAPES),
            RowCode.ALL_SHAPES, withNames ? "names" : "null", from, CodeBlock.join(parts, ",\n"))
        .build();
  }

  /** The table forms' row: {@code Table.ROWS[ordinal()]}. */
  MethodSpec rowAccessor() {
    return rowAccessor(CodeBlock.of("$T.ROWS[ordinal()]", table()));
  }

  /** {@code EntryRow row()}: package-private, for the decoder, which builds its engine from the rows. */
  private MethodSpec rowAccessor(CodeBlock row) {
    return MethodSpec.methodBuilder("row")
        .addJavadoc("This entry's row of the catalog's one table; {@link $T} builds its engine from the rows.\n",
            decoder)
        .returns(ENTRY_ROW)
        .addStatement("return $L", row)
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
    methods.add(override("isSuccess", boolean.class)
        .addJavadoc("True for a documented success (100 to 399, not marked an error): never thrown.\n")
        .addStatement("return row().isSuccess()").build());
    methods.add(override("httpStatuses", ParameterizedTypeName.get(List.class, Integer.class))
        .addStatement("return row().statuses()").build());
    if (hasSubcodes()) {
      methods.add(override("subcode", String.class).addStatement("return row().subcode()").build());
    }
    return methods;
  }

  /** {@code public static Optional<E> byCode(String code)}, reading {@code BY_CODE} of {@code holder}. */
  MethodSpec byCode(ClassName holder) {
    return MethodSpec.methodBuilder("byCode")
        .addJavadoc("The entry with this documented code; empty for a code the catalog does not document. O(1).\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
        .addParameter(String.class, "code")
        .addStatement("return $T.ofNullable($T.BY_CODE.get(code))", Optional.class, holder)
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
        .beginControlFlow(hasSubcodes() ? "if (!value.code().isEmpty() && value.subcode().isEmpty())"
            : "if (!value.code().isEmpty())")
        .addComment(hasSubcodes() ? "an entry with only a name (the API sends no code for it), or a refinement"
            + " (bySubcode finds it)" : "an entry with only a name: the API sends no code for it")
        .addStatement("byCode.put(value.code(), value)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return byCode")
        .build();
  }

  /** Whether an entry refines another by sub-code: only then do the types answer {@code subcode()}. */
  boolean hasSubcodes() {
    return catalog.entries().stream().anyMatch(e -> e.subcode().isPresent());
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
