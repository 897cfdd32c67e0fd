package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
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
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Prefix>Error}: one constant per entry, in catalog order, implementing
 * {@code CatalogError}, with {@code byCode}, {@code retryParameters}, {@code deprecation} and
 * {@code isSuccess}.
 *
 * <p>Catalogs of up to {@link CatalogSize#MAX_ENUM_ENTRIES} entries get a Java enum whose constants take
 * no constructor arguments (16 bytes of static initializer each); the data sits in a row table filled by
 * chunked methods. Larger catalogs would overflow the enum's static initializer, so they get a final
 * class with the same API ({@link ErrorClassForm}).
 */
public final class ErrorEnumGenerator implements SourceGenerator {

  @Override
  public List<JavaFile> generate(CatalogModel catalog, GeneratedNames names) {
    if (!CatalogSize.usesEnum(catalog)) {
      return new ErrorClassForm(catalog, names).files();
    }
    ClassName type = names.error();
    ErrorRows rows = new ErrorRows(catalog, type, false);
    TypeSpec.Builder spec = TypeSpec.enumBuilder(type)
        .addJavadoc(typeJavadoc(catalog))
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(CatalogError.class);
    for (Entry entry : catalog.entries()) {
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("").addJavadoc(EntryJavadoc.constant(entry));
      if (entry.deprecated().isPresent()) {
        constant.addAnnotation(Deprecated.class);
      }
      spec.addEnumConstant(entry.constantName(), constant.build());
    }
    spec.addMethod(rows.byCode())
        .addMethods(rows.accessors())
        .addMethod(rows.rowAccessor())
        .addType(rows.rowRecord());

    TypeSpec.Builder table = TypeSpec.classBuilder(ErrorRows.TABLE)
        .addJavadoc("The entries' data, built on first use.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(ArrayTypeName.of(rows.row()), "ROWS", Modifier.STATIC,
            Modifier.FINAL).initializer("rows()").build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
            type), "BY_CODE", Modifier.STATIC, Modifier.FINAL).initializer("indexByCode()").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    rows.addRowsTo(table);
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
