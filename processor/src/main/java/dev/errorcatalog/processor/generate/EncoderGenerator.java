package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Prefix>Encoder}: the documented body of each entry, rendered by the runtime engine from
 * the decoder's tables (one set of tables: whatever the encoder writes, the decoder reads back).
 */
public final class EncoderGenerator implements SourceGenerator {

  @Override
  public List<JavaFile> generate(CatalogTables tables, GeneratedNames names) {
    CatalogModel catalog = tables.catalog();
    TypeSpec type = TypeSpec.classBuilder(names.encoder())
        .addJavadoc("Renders the documented bodies of the $L catalog, for services that return {@link $T}s.\n",
            JavadocText.escape(catalog.id()), names.error())
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("encode")
            .addJavadoc("The body of {@code entry} in its documented shape: JSON with the code, the formatted\n"
                + "message, the fields and constants and the retry hint in seconds; the message for text shapes;\n"
                + "{@code \"\"} for entries without a body.\n\n"
                + "@param args the placeholder and field values, by name\n"
                + "@param retryAfter the retry hint, or {@code null}\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(names.error(), "entry")
            .addParameter(ParameterizedTypeName.get(
                ClassName.get(Map.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class)),
                "args")
            .addParameter(Duration.class, "retryAfter")
            .addStatement("return $T.$L.encode(entry, args, retryAfter)", names.decoder(), DecoderGenerator.CODEC_FIELD)
            .build())
        .addMethod(MethodSpec.methodBuilder("contentType")
            .addJavadoc("{@code application/json}, {@code text/plain; charset=utf-8}, or {@code \"\"} for entries"
                + " without a body.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(names.error(), "entry")
            .addStatement("return $T.$L.contentType(entry)", names.decoder(), DecoderGenerator.CODEC_FIELD)
            .build())
        .build();
    return List.of(JavaFiles.of(names.packageName(), type));
  }
}
