package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.runtime.CatalogCodec;
import dev.errorcatalog.runtime.Constant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Prefix>Decoder}: the catalog's tables (shapes, then one row per entry, split into
 * methods so that any catalog size compiles) handed once to the runtime engine {@link CatalogCodec}, which
 * every decode delegates to. The encoder renders bodies from the same tables ({@code CODEC}).
 */
public final class DecoderGenerator implements SourceGenerator {

  /** The field holding the engine; the encoder reads it too. */
  static final String CODEC_FIELD = "CODEC";

  private static final ClassName CODEC = ClassName.get(CatalogCodec.class);
  private static final ClassName BUILDER = CODEC.nestedClass("Builder");
  private static final ClassName BODY = CODEC.nestedClass("Body");
  private static final ClassName CONSTANT = ClassName.get(Constant.class);

  @Override
  public List<JavaFile> generate(CatalogModel catalog, GeneratedNames names) {
    CodecTables tables = CodecTables.of(catalog);
    TypeName codecType = ParameterizedTypeName.get(CODEC, names.error());
    TypeName builderType = ParameterizedTypeName.get(BUILDER, names.error());
    ParameterizedTypeName decoded = ParameterizedTypeName.get(ClassName.get(DecodedError.class), names.error());
    List<ParameterSpec> builderParam = List.of(ParameterSpec.builder(builderType, "b").build());

    List<CodeBlock> shapeRows = new ArrayList<>();
    for (CodecTables.ShapeRow s : tables.shapes()) {
      shapeRows.add(CodeBlock.builder()
          .addStatement("b.shape($S, $T.$L, $L, $L, $L, $L$L)", s.name(), BODY, s.body().name(),
              literal(s.code()), literal(s.message()), literal(s.retryAfter()), fields(s.fields()),
              constantArgs(s.when()))
          .build());
    }
    List<CodeBlock> entryRows = new ArrayList<>();
    for (CodecTables.EntryRow e : tables.entries()) {
      CodeBlock.Builder args = CodeBlock.builder();
      for (String t : e.templates()) {
        args.add(", $S", t);
      }
      entryRows.add(CodeBlock.builder()
          .addStatement("b.entry($T.$L, $L, $S, $L, $L$L)", names.error(), e.entry().constantName(), e.status(),
              e.code(), e.shape(), constantArray(e.when()), args.build())
          .build());
    }
    Chunks.Split shapes = Chunks.split("shapes", builderParam, shapeRows);
    Chunks.Split entries = Chunks.split("entries", builderParam, entryRows);

    TypeSpec.Builder type = TypeSpec.classBuilder(names.decoder())
        .addJavadoc("Decodes HTTP error responses of the $L catalog into {@link $T} entries.\n\n", 
            JavadocText.escape(catalog.id()), names.error())
        .addJavadoc("<p>Tries, in order: a code the catalog documents, a message template (or the documented\n"
            + "constants) at the response's status, the status alone; never throws, whatever the bytes.\n")
        .addAnnotations(GeneratedAnnotation.of(names))
        // The tables name every entry, deprecated ones included.
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(ErrorDecoder.class), names.error()))
        .addField(FieldSpec.builder(ArrayTypeName.CONSTANTS, "NO_CONSTANTS", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("{}").build())
        .addField(FieldSpec.builder(ArrayTypeName.STRINGS, "NO_FIELDS", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("{}").build())
        .addField(FieldSpec.builder(codecType, CODEC_FIELD, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The catalog's tables, built once; {@code $T} renders bodies from them too.\n", names.encoder())
            .initializer("codec()")
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
        .addMethod(MethodSpec.methodBuilder("codec")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(codecType)
            .addStatement("$T b = $T.builder($T::from)", builderType, CODEC, names.exception())
            .addCode(shapes.calls())
            .addCode(entries.calls())
            .addStatement("return b.build()")
            .build())
        .addMethods(shapes.methods())
        .addMethods(entries.methods());
    return List.of(JavaFiles.of(names.packageName(), type.build()));
  }

  /** Array types of the shared empty tables. */
  private static final class ArrayTypeName {
    static final TypeName CONSTANTS = com.palantir.javapoet.ArrayTypeName.of(CONSTANT);
    static final TypeName STRINGS = com.palantir.javapoet.ArrayTypeName.of(String.class);
  }

  private static CodeBlock literal(String text) {
    return text == null ? CodeBlock.of("null") : CodeBlock.of("$S", text);
  }

  private static CodeBlock fields(List<String> fields) {
    if (fields.isEmpty()) {
      return CodeBlock.of("NO_FIELDS");
    }
    CodeBlock.Builder out = CodeBlock.builder().add("new $T[] {", String.class);
    for (int i = 0; i < fields.size(); i++) {
      out.add(i == 0 ? "$S" : ", $S", fields.get(i));
    }
    return out.add("}").build();
  }

  private static CodeBlock constantArgs(List<Constant> when) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (Constant c : when) {
      out.add(", $L", constant(c));
    }
    return out.build();
  }

  private static CodeBlock constantArray(List<Constant> when) {
    if (when.isEmpty()) {
      return CodeBlock.of("NO_CONSTANTS");
    }
    CodeBlock.Builder out = CodeBlock.builder().add("new $T[] {", CONSTANT);
    for (int i = 0; i < when.size(); i++) {
      out.add(i == 0 ? "$L" : ", $L", constant(when.get(i)));
    }
    return out.add("}").build();
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
