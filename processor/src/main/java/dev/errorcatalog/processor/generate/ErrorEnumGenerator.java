package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Prefix>Error}: one constant per entry, in catalog order, implementing
 * {@code CatalogError}, with {@code byCode}, {@code retryParameters}, {@code deprecation} and
 * {@code isSuccess}.
 *
 * <p>Three forms, by size ({@link CatalogSize}): a small catalog is the obvious enum, each constant taking
 * its row as constructor argument; a larger one is an enum whose constants take no arguments (16 bytes of
 * static initializer each), the rows sitting in a table filled by chunked methods; above
 * {@link CatalogSize#MAX_ENUM_ENTRIES} the enum's static initializer would overflow, so it is a final class
 * with the same API ({@link ErrorClassForm}).
 */
public final class ErrorEnumGenerator implements SourceGenerator {

  @Override
  public List<JavaFile> generate(CatalogTables tables, GeneratedNames names) {
    CatalogModel catalog = tables.catalog();
    if (!CatalogSize.usesEnum(catalog)) {
      return new ErrorClassForm(tables, names).files();
    }
    boolean plain = CatalogSize.usesPlainEnum(tables);
    ClassName type = names.error();
    ErrorRows rows = new ErrorRows(tables, names, false);
    TypeSpec.Builder spec = TypeSpec.enumBuilder(type)
        .addJavadoc(typeJavadoc(catalog))
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(CatalogError.class);
    for (int i = 0; i < catalog.entries().size(); i++) {
      Entry entry = catalog.entries().get(i);
      TypeSpec.Builder constant = plain
          ? TypeSpec.anonymousClassBuilder("$L", rows.rowArgument(i))
          : TypeSpec.anonymousClassBuilder("");
      constant.addJavadoc(EntryJavadoc.constant(entry, catalog.history().since(entry)));
      if (entry.deprecated().isPresent()) {
        constant.addAnnotation(Deprecated.class);
      }
      spec.addEnumConstant(entry.constantName(), constant.build());
    }
    if (plain) {
      rows.addRowFieldTo(spec);
    }
    spec.addMethod(rows.byCode(rows.table()))
        .addMethods(rows.accessors());
    if (!plain) {
      spec.addMethod(rows.rowAccessor());
    }
    spec.addType(rows.shapesClass());

    TypeSpec.Builder table = TypeSpec.classBuilder(ErrorRows.TABLE)
        .addJavadoc(plain ? "The index by code, built on first use.\n" : "The entries' rows, built on first use.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
    if (!plain) {
      table.addField(rows.rowsField());
    }
    table.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
            type), "BY_CODE", Modifier.STATIC, Modifier.FINAL).initializer("indexByCode()").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (!plain) {
      rows.addRowsTo(table);
    }
    table.addMethod(rows.indexByCode());
    spec.addType(table.build());
    return List.of(JavaFiles.of(names.packageName(), spec.build()));
  }

  /** The type's Javadoc, shared by the enum and the class form. */
  static CodeBlock typeJavadoc(CatalogModel catalog) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("$L\n", JavadocText.wrap("The documented responses of the " + JavadocText.escape(catalog.title())
            + " error catalog (" + JavadocText.code(catalog.id()) + "), one constant per entry in catalog order."));
    catalog.docs().ifPresent(url -> doc.add("\n<p>Source: $L\n", JavadocText.escape(url)));
    doc.add("\n<p>Look a code up with {@link #byCode(String)}; {@link #isSuccess()} tells the documented\n"
        + "success responses (never thrown) from the errors.\n");
    return doc.build();
  }
}
