package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * {@code <Prefix>Error} for catalogs too large for a Java enum: a final class with the enum's API
 * ({@code values()}, {@code valueOf(String)}, {@code name()}, {@code ordinal()}, {@code toString()},
 * {@code Comparable}), and the constants as {@code public static final} fields.
 *
 * <p>Why this layout: a class's static initializer is one method, limited to 64 KB of bytecode, and a
 * class has at most 65,535 constant-pool entries. So the instances are made by a loop (constant size),
 * the per-entry data is spread over nested row classes of {@link CatalogSize#ROWS_PER_CLASS} rows, and
 * the constants are declared in interfaces {@code <Prefix>ErrorConstants0}, ... of
 * {@link CatalogSize#ROWS_PER_CLASS} fields each, which the class implements: {@code <Prefix>Error.NAME}
 * then reads the field inherited from its interface, whose own initializer stays small. Each field is
 * initialised from the instance the class made, so identity ({@code ==}) holds as for enum constants.
 *
 * <p>What an enum has and this form lacks: {@code switch} over the constants, {@code EnumSet} and
 * {@code EnumMap} (use a {@code HashSet}, or an array indexed by {@code ordinal()}), and serialization.
 */
final class ErrorClassForm {

  /** The table's nested class holding the maps by code and by name. */
  private static final String INDEX = "Index";

  private final CatalogModel catalog;
  private final GeneratedNames names;
  private final ClassName type;
  private final ErrorRows rows;

  ErrorClassForm(CatalogTables tables, GeneratedNames names) {
    this.catalog = tables.catalog();
    this.names = names;
    this.type = names.error();
    this.rows = new ErrorRows(tables, names, true);
  }

  List<JavaFile> files() {
    List<JavaFile> files = new ArrayList<>();
    List<ClassName> holders = new ArrayList<>();
    List<Entry> entries = catalog.entries();
    for (int from = 0, index = 0; from < entries.size(); from += CatalogSize.ROWS_PER_CLASS, index++) {
      ClassName holder = names.errorConstants(index);
      holders.add(holder);
      files.add(JavaFiles.of(names.packageName(),
          holder(holder, from, Math.min(entries.size(), from + CatalogSize.ROWS_PER_CLASS))));
    }
    files.add(0, JavaFiles.of(names.packageName(), mainType(holders)));
    return files;
  }

  private TypeSpec holder(ClassName holder, int from, int to) {
    TypeSpec.Builder spec = TypeSpec.interfaceBuilder(holder)
        .addJavadoc("Constants $L to $L of {@link $T}, part of its implementation: refer to them as\n"
            + "{@code $T.NAME}. Declared here because one class could not initialise them all within the JVM's\n"
            + "64 KB method limit. Public so that reflection on {@code $T}'s fields works as for an enum.\n",
            from, to - 1, type, type, type)
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC);
    for (int i = from; i < to; i++) {
      Entry entry = catalog.entries().get(i);
      FieldSpec.Builder field = FieldSpec.builder(type, entry.constantName(),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc(EntryJavadoc.constant(entry, catalog.history().since(entry)))
          .initializer("$T.constant($L)", type, i);
      if (entry.deprecated().isPresent()) {
        field.addAnnotation(Deprecated.class);
      }
      spec.addField(field.build());
    }
    return spec.build();
  }

  private TypeSpec mainType(List<ClassName> holders) {
    TypeName array = ArrayTypeName.of(type);
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addJavadoc(ErrorEnumGenerator.typeJavadoc(catalog))
        .addJavadoc("\n<p>This catalog has $L entries, too many for a Java enum, so this is a final class with\n"
            + "the same API: {@link #values()}, {@link #valueOf(String)}, {@link #name()}, {@link #ordinal()},\n"
            + "comparison by ordinal, one instance per entry. It cannot be used in a {@code switch}, an\n"
            + "{@code EnumSet} or an {@code EnumMap}.\n", catalog.entries().size())
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(CatalogError.class)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), type))
        .addSuperinterfaces(holders)
        .addField(int.class, "ordinal", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(int.class, "ordinal")
            .addStatement("this.ordinal = ordinal")
            .build())
        .addMethod(MethodSpec.methodBuilder("values")
            .addJavadoc("Every entry, in catalog order (a new array on each call, as for an enum).\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(array)
            .addStatement("return $T.VALUES.clone()", rows.table())
            .build())
        .addMethod(MethodSpec.methodBuilder("valueOf")
            .addJavadoc("The entry whose constant has this name, as {@code Enum.valueOf} does.\n\n"
                + "@throws IllegalArgumentException if no entry has this name\n"
                + "@throws NullPointerException if {@code name} is null\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(type)
            .addParameter(String.class, "name")
            .addStatement("$T value = $T.BY_NAME.get($T.requireNonNull(name, $S))", type, index(),
                Objects.class, "name")
            .beginControlFlow("if (value == null)")
            .addStatement("throw new $T($S + name)", IllegalArgumentException.class,
                "No constant " + type.canonicalName() + ".")
            .endControlFlow()
            .addStatement("return value")
            .build())
        .addMethod(rows.byCode(index()))
        .addMethod(MethodSpec.methodBuilder("constant")
            .addJavadoc("The instance of an ordinal; the constant interfaces initialise their fields with it.\n")
            .addModifiers(Modifier.STATIC)
            .returns(type)
            .addParameter(int.class, "ordinal")
            .addStatement("return $T.VALUES[ordinal]", rows.table())
            .build())
        .addMethod(MethodSpec.methodBuilder("name")
            .addJavadoc("The constant's name, as {@code Enum.name()}.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $T.NAMES[ordinal]", rows.table())
            .build())
        .addMethod(MethodSpec.methodBuilder("ordinal")
            .addJavadoc("The position in catalog order, from 0, as {@code Enum.ordinal()}.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return ordinal")
            .build())
        .addMethods(rows.accessors())
        .addMethod(MethodSpec.methodBuilder("compareTo")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addParameter(type, "other")
            .addStatement("return $T.compare(ordinal, other.ordinal)", Integer.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return name()")
            .build())
        .addMethod(rows.rowAccessor())
        .addType(rows.shapesClass())
        .addType(table(array));
    return spec.build();
  }

  /**
   * The maps by code and by name, in a class of their own inside the table: decoding never reads them (the
   * engine keeps its own tables), so a decoder's first use does not hash every entry twice more for them.
   */
  private ClassName index() {
    return rows.table().nestedClass(INDEX);
  }

  private TypeSpec table(TypeName array) {
    TypeName byString = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), type);
    TypeSpec.Builder table = TypeSpec.classBuilder(ErrorRows.TABLE)
        .addJavadoc("The entries' data and instances, built on first use.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(rows.namesField())
        .addField(rows.rowsField())
        .addField(FieldSpec.builder(array, "VALUES", Modifier.STATIC, Modifier.FINAL)
            .initializer("instances()").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    rows.addRowsTo(table);
    table.addMethod(MethodSpec.methodBuilder("instances")
            .addJavadoc("One instance per row, made by a loop: its bytecode does not grow with the catalog.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(array)
            .addStatement("$T values = new $T[ROWS.length]", array, type)
            .beginControlFlow("for (int i = 0; i < values.length; i++)")
            .addStatement("values[i] = new $T(i)", type)
            .endControlFlow()
            .addStatement("return values")
            .build())
        .addType(TypeSpec.classBuilder(INDEX)
            .addJavadoc("The entries by code and by name, built when {@code byCode} or {@code valueOf} is first called.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addField(FieldSpec.builder(byString, "BY_CODE", Modifier.STATIC, Modifier.FINAL)
                .initializer("indexByCode()").build())
            .addField(FieldSpec.builder(byString, "BY_NAME", Modifier.STATIC, Modifier.FINAL)
                .initializer("indexByName()").build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(rows.indexByCode())
            .addMethod(MethodSpec.methodBuilder("indexByName")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(byString)
                .addStatement("$T<$T, $T> byName = new $T<>(VALUES.length * 2)", Map.class, String.class, type,
                    HashMap.class)
                .beginControlFlow("for ($T value : VALUES)", type)
                .addStatement("byName.put(value.name(), value)")
                .endControlFlow()
                .addStatement("return byName")
                .build())
            .build());
    return table.build();
  }
}
