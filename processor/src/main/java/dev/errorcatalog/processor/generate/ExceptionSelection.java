package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.names.GeneratedNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * How the generated {@code <Prefix>Exception.from(DecodedError)} picks the exception of a decode result: a
 * {@code switch} over the constants, or, for catalogs too large for that (see {@link CatalogSize#usesSwitch}),
 * a group table indexed by ordinal and filled by chunked methods. Part of {@link ExceptionGenerator}.
 */
final class ExceptionSelection {

  private static final String GROUP_TABLE = "GroupTable";

  private ExceptionSelection() {}

  /** {@code from(DecodedError)}: the exception of a decode result. */
  static MethodSpec from(CatalogModel catalog, GeneratedNames names, Map<String, List<Entry>> groups) {
    ClassName error = names.error();
    MethodSpec.Builder from = MethodSpec.methodBuilder("from")
        .addJavadoc("The exception of a decode result: the group subclass of a documented error entry,\n"
            + "{@link $T} otherwise. Decoders pass {@code $T::from} as the\n"
            + "{@code toException} function of their results.\n\n"
            + "@param decoded what the decoder made of a response\n"
            + "@return the exception, never {@code null}\n", names.responseException(), names.exception())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(names.exception())
        .addParameter(ParameterizedTypeName.get(ClassName.get(DecodedError.class), error), "decoded")
        .addStatement("$T error = decoded.entry().orElse(null)", error)
        .addStatement("int status = decoded.status()")
        .addStatement("$T args = decoded.args()", ExceptionGenerator.stringMap())
        .addStatement("$T retryAfter = decoded.retryAfter().orElse(null)", Duration.class)
        .addStatement("byte[] rawBody = decoded.rawBody()")
        .addStatement("String message = decoded.message().orElseGet(() -> describe(error, status, args))");
    CodeBlock response = CodeBlock.of("new $T(error,$Wstatus,$Wmessage,$Wargs,$WretryAfter,$WrawBody)",
        names.responseException());
    if (groups.isEmpty()) {
      return from.addStatement("return $L", response).build();
    }
    from.beginControlFlow("if (error == null)")
        .addStatement("return new $T(null, status, message, args, retryAfter, rawBody)", names.responseException())
        .endControlFlow();
    CodeBlock.Builder select = CodeBlock.builder();
    if (CatalogSize.usesSwitch(catalog)) {
      select.add("return switch (error) {\n").indent();
      for (Map.Entry<String, List<Entry>> group : groups.entrySet()) {
        select.addStatement("case $L ->$W$L", caseLabels(group.getValue()),
            newException(names.groupException(group.getKey())));
      }
      List<Entry> success = catalog.entries().stream().filter(Entry::isSuccess).toList();
      if (!success.isEmpty()) {
        select.addStatement("case $L ->$W$L", caseLabels(success), response);
      }
      if (catalog.entries().stream().anyMatch(e -> e.deprecated().isPresent())) {
        // The case labels name deprecated constants; that use is the catalog's own, not a caller's.
        from.addAnnotation(Annotations.suppressDeprecation());
      }
    } else {
      select.add("return switch ($N.BY_ORDINAL[error.ordinal()]) {\n", GROUP_TABLE).indent();
      int index = 0;
      for (String group : groups.keySet()) {
        select.addStatement("case $L ->$W$L", index++, newException(names.groupException(group)));
      }
      select.addStatement("default -> $L", response);
    }
    select.unindent().add("};\n");
    from.addCode(select.build());
    return from.build();
  }

  private static CodeBlock newException(ClassName type) {
    return CodeBlock.of("new $T(error,$Wstatus,$Wmessage,$Wargs,$WretryAfter,$WrawBody)", type);
  }

  private static CodeBlock caseLabels(List<Entry> entries) {
    return CodeBlock.join(entries.stream().map(e -> CodeBlock.of("$L", e.constantName())).toList(), ",$W");
  }

  /** The group index of every ordinal ({@code -1} for success entries), for catalogs too large to switch over. */
  static TypeSpec groupTable(CatalogModel catalog, Map<String, List<Entry>> groups) {
    List<String> groupNames = List.copyOf(groups.keySet());
    List<CodeBlock> statements = new ArrayList<>();
    for (int i = 0; i < catalog.entries().size(); i++) {
      Entry entry = catalog.entries().get(i);
      if (!entry.isSuccess()) {
        statements.add(CodeBlock.builder()
            .addStatement("groups[$L] = $L", i, groupNames.indexOf(entry.group()))
            .build());
      }
    }
    ParameterSpec groupsParameter = ParameterSpec.builder(int[].class, "groups").build();
    Chunks.Split split = Chunks.split("groups", List.of(groupsParameter), statements);
    return TypeSpec.classBuilder(GROUP_TABLE)
        .addJavadoc("The exception group of each entry by ordinal, in the order of the {@code switch} in\n"
            + "{@code from}; {@code -1} for success entries.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(int[].class, "BY_ORDINAL", Modifier.STATIC, Modifier.FINAL)
            .initializer("groups()").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("groups")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(int[].class)
            .addStatement("int[] groups = new int[$L]", catalog.entries().size())
            .addStatement("$T.fill(groups, -1)", Arrays.class)
            .addCode(split.calls())
            .addStatement("return groups")
            .build())
        .addMethods(split.methods())
        .build();
  }
}
