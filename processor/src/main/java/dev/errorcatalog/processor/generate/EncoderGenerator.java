package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.errorcatalog.processor.model.CatalogModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Placeholder until the encoder lands: the agreed API, bodies not yet rendered. */
public final class EncoderGenerator implements SourceGenerator {

  @Override
  public List<JavaFile> generate(CatalogModel catalog, GeneratedNames names) {
    TypeSpec type = TypeSpec.classBuilder(names.encoder())
        .addAnnotation(GeneratedAnnotation.spec())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("encode")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(names.error(), "entry")
            .addParameter(ParameterizedTypeName.get(
                com.palantir.javapoet.ClassName.get(Map.class),
                com.palantir.javapoet.ClassName.get(String.class),
                WildcardTypeName.subtypeOf(Object.class)), "args")
            .addParameter(Duration.class, "retryAfter")
            .addStatement("return \"\"")
            .build())
        .addMethod(MethodSpec.methodBuilder("contentType")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(names.error(), "entry")
            .addStatement("return \"\"")
            .build())
        .build();
    return List.of(JavaFile.builder(names.packageName(), type).build());
  }
}
