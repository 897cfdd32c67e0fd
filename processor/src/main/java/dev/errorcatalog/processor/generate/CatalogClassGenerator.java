package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.ErrorEncoder;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Prefix>Catalog}, the {@code Catalog<<Prefix>Error>} that {@link ErrorCatalogs} finds
 * through {@code ServiceLoader} (the processor writes the {@code META-INF/services} file).
 */
public final class CatalogClassGenerator implements SourceGenerator {

  @Override
  public List<JavaFile> generate(CatalogTables tables, GeneratedNames names) {
    CatalogModel catalog = tables.catalog();
    ClassName error = names.error();
    ClassName type = names.catalog();
    TypeName entries = ParameterizedTypeName.get(ClassName.get(List.class), error);
    TypeName encoderType = ParameterizedTypeName.get(ClassName.get(ErrorEncoder.class), error);
    TypeName optionalEncoder = ParameterizedTypeName.get(ClassName.get(Optional.class), encoderType);
    TypeSpec spec = TypeSpec.classBuilder(type)
        .addJavadoc("$L\n", JavadocText.wrap("The " + JavadocText.escape(catalog.title()) + " error catalog ("
            + JavadocText.code(catalog.id()) + "): its entries and its decoder. Found by {@link "
            + ErrorCatalogs.class.getName() + "#catalog(String)} with its id, or use {@link #INSTANCE}."))
        .addType(encoder(tables, names, encoderType))
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Catalog.class), error))
        .addField(FieldSpec.builder(entries, "ENTRIES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($T.values())", List.class, error)
            .build())
        .addField(FieldSpec.builder(type, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The catalog.\n")
            .initializer("new $T()", type)
            .build())
        .addField(FieldSpec.builder(names.decoder(), "decoder", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T()", names.decoder())
            .build())
        .addField(FieldSpec.builder(optionalEncoder, "encoder", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.of(new Encoder())", Optional.class)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("For {@code ServiceLoader}; code should use {@link #INSTANCE}.\n")
            .addModifiers(Modifier.PUBLIC)
            .build())
        .addMethod(MethodSpec.methodBuilder("id")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S", catalog.id())
            .build())
        .addMethod(MethodSpec.methodBuilder("title")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S", catalog.title())
            .build())
        .addMethod(MethodSpec.methodBuilder("entries")
            .addJavadoc("Every entry in catalog order; the list is unmodifiable.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(entries)
            .addStatement("return ENTRIES")
            .build())
        .addMethod(MethodSpec.methodBuilder("byCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), error))
            .addParameter(String.class, "code")
            .addStatement("return $T.byCode(code)", error)
            .build())
        .addMethod(MethodSpec.methodBuilder("decoder")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(names.decoder())
            .addStatement("return decoder")
            .build())
        .addMethod(MethodSpec.methodBuilder("encoder")
            .addJavadoc("The static methods of {@link $T}, as an {@link $T}; never empty.\n",
                names.encoder(), ErrorEncoder.class)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(optionalEncoder)
            .addStatement("return encoder")
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S", "Catalog[" + catalog.id() + "]")
            .build())
        .build();
    return List.of(JavaFiles.of(names.packageName(), spec));
  }

  /**
   * {@code Encoder}: the generated encoder's static methods behind the runtime's {@link ErrorEncoder}, so
   * integrations reach them through {@link Catalog#encoder()} instead of by name. {@code docsLinkField} is
   * delegated only where the encoder has it (a shape with a {@code role: docs-link} field).
   */
  private static TypeSpec encoder(CatalogTables tables, GeneratedNames names, TypeName encoderType) {
    ClassName error = names.error();
    ClassName encoder = names.encoder();
    TypeName argsType = ParameterizedTypeName.get(
        ClassName.get(Map.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));
    TypeSpec.Builder type = TypeSpec.classBuilder("Encoder")
        .addJavadoc("{@link $T} as the runtime's {@link $T}.\n", encoder, ErrorEncoder.class)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(encoderType)
        .addMethod(MethodSpec.methodBuilder("encode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(error, "entry")
            .addParameter(argsType, "args")
            .addParameter(Duration.class, "retryAfter")
            .addStatement("return $T.encode(entry, args, retryAfter)", encoder)
            .build())
        .addMethod(MethodSpec.methodBuilder("contentType")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(error, "entry")
            .addStatement("return $T.contentType(entry)", encoder)
            .build());
    boolean linked = false;
    for (Entry entry : tables.catalog().entries()) {
      linked |= entry.shape().docsLink().isPresent();
    }
    if (linked) {
      type.addMethod(MethodSpec.methodBuilder("docsLinkField")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(String.class)
          .addParameter(error, "entry")
          .addStatement("return $T.docsLinkField(entry)", encoder)
          .build());
    }
    return type.build();
  }
}
