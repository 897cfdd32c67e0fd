package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.runtime.CatalogCodec;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Prefix>Decoder}: the runtime engine {@link CatalogCodec}, built once from the rows of
 * {@code <Prefix>Error} (the catalog's one table: no entry's data is written twice), which every decode
 * delegates to. The encoder renders bodies with the same engine ({@code CODEC}).
 */
public final class DecoderGenerator implements SourceGenerator {

  /** The field holding the engine; the encoder reads it too. */
  static final String CODEC_FIELD = "CODEC";

  private static final ClassName CODEC = ClassName.get(CatalogCodec.class);

  @Override
  public List<JavaFile> generate(CatalogTables tables, GeneratedNames names) {
    CatalogModel catalog = tables.catalog();
    TypeName codecType = ParameterizedTypeName.get(CODEC, names.error());
    ParameterizedTypeName decoded = ParameterizedTypeName.get(ClassName.get(DecodedError.class), names.error());
    TypeSpec.Builder type = TypeSpec.classBuilder(names.decoder())
        .addJavadoc("Decodes HTTP error responses of the $L catalog into {@link $T} entries.\n\n",
            JavadocText.escape(catalog.id()), names.error())
        .addJavadoc("<p>Tries, in order: a code the catalog documents, a message template (or the documented\n"
            + "constants) at the response's status, the status alone; never throws, whatever the bytes.\n")
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(ErrorDecoder.class), names.error()))
        .addField(FieldSpec.builder(codecType, CODEC_FIELD, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The engine over {@link $T}'s rows, built once; {@code $T} renders bodies with it too.\n",
                names.error(), names.encoder())
            .initializer("$T.of($T.$L.$L,$W$T.of($T.values()),$W$T::row,$W$T::from)", CODEC, names.error(),
                RowCode.SHAPES, RowCode.ALL_SHAPES, List.class, names.error(), names.error(), names.exception())
            .build())
        .addField(FieldSpec.builder(codecType, "codec", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("A decoder measuring HTTP-date {@code Retry-After} headers against the system clock.\n")
            .addModifiers(Modifier.PUBLIC)
            .addStatement("this.codec = $L", CODEC_FIELD)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("A decoder measuring HTTP-date {@code Retry-After} headers against {@code clock}.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Clock.class, "clock")
            .addStatement("this.codec = $L.withClock(clock)", CODEC_FIELD)
            .build())
        .addMethod(MethodSpec.methodBuilder("decode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(decoded)
            .addParameter(int.class, "status")
            .addParameter(ParameterizedTypeName.get(
                ClassName.get(Map.class), ClassName.get(String.class),
                ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class))), "headers")
            .addParameter(byte[].class, "body")
            .addStatement("return codec.decode(status, headers, body)")
            .build())
        .addMethod(MethodSpec.methodBuilder("errorsAt")
            .addJavadoc("Whether the catalog documents errors at {@code status}: from 400 up, and at a success status\n"
                + "where an entry is an error (see {@link $T#errorsAt}).\n", ErrorDecoder.class)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(int.class, "status")
            .addStatement("return codec.errorsAt(status)")
            .build());
    return List.of(JavaFiles.of(names.packageName(), type.build()));
  }
}
