package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.processor.model.CatalogModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Placeholder until the decoder lands: the agreed API; every response decodes to NONE. */
public final class DecoderGenerator implements SourceGenerator {

  @Override
  public List<JavaFile> generate(CatalogModel catalog, GeneratedNames names) {
    ParameterizedTypeName decoded = ParameterizedTypeName.get(ClassName.get(DecodedError.class), names.error());
    TypeSpec type = TypeSpec.classBuilder(names.decoder())
        .addAnnotation(GeneratedAnnotation.spec())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(ErrorDecoder.class), names.error()))
        .addMethod(MethodSpec.methodBuilder("decode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(decoded)
            .addParameter(int.class, "status")
            .addParameter(ParameterizedTypeName.get(
                ClassName.get(Map.class), ClassName.get(String.class),
                ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class))), "headers")
            .addParameter(byte[].class, "body")
            .addStatement("return new $T<>(status, null, $T.NONE, null, $T.of(), null, body, $T::from)",
                DecodedError.class, MatchKind.class, Map.class, names.exception())
            .build())
        .build();
    return List.of(JavaFile.builder(names.packageName(), type).build());
  }
}
