package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.model.Entry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Generates the sealed exception hierarchy: {@code <Prefix>Exception} (abstract, extends
 * {@code CatalogException}), one {@code public final} subclass per group of error entries, and
 * {@code <Prefix>ResponseException} for responses no error entry describes (a NONE decode, or a success
 * entry handed to {@code toException()}). ResponseException always exists, so the hierarchy is valid
 * even for a catalog without error entries.
 *
 * <p>{@code from(DecodedError)} picks the subclass with a {@code switch} over the constants, or, for
 * catalogs too large for that (see {@link CatalogSize#usesSwitch}), with a group table indexed by
 * ordinal and filled by chunked methods.
 */
public final class ExceptionGenerator implements SourceGenerator {

  private static final long SERIAL_VERSION = 1L;
  private static final String GROUP_TABLE = "GroupTable";

  @Override
  public List<JavaFile> generate(CatalogTables tables, GeneratedNames names) {
    CatalogModel catalog = tables.catalog();
    Map<String, List<Entry>> groups = groups(catalog);
    List<JavaFile> files = new ArrayList<>();
    files.add(JavaFiles.of(names.packageName(), base(catalog, names, groups)));
    for (Map.Entry<String, List<Entry>> group : groups.entrySet()) {
      files.add(JavaFiles.of(names.packageName(), group(catalog, names, group.getKey(), group.getValue())));
    }
    files.add(JavaFiles.of(names.packageName(), responseException(catalog, names)));
    return files;
  }

  /** The error entries by group, groups sorted by name, entries in catalog order. */
  static Map<String, List<Entry>> groups(CatalogModel catalog) {
    Map<String, List<Entry>> groups = new TreeMap<>();
    for (Entry entry : catalog.errorEntries()) {
      groups.computeIfAbsent(entry.group(), g -> new ArrayList<>()).add(entry);
    }
    return groups;
  }

  private TypeSpec base(CatalogModel catalog, GeneratedNames names, Map<String, List<Entry>> groups) {
    ClassName error = names.error();
    TypeSpec.Builder spec = TypeSpec.classBuilder(names.exception())
        .addJavadoc("$L\n\n", JavadocText.wrap("An error of the " + JavadocText.escape(catalog.title())
            + " error catalog (" + JavadocText.code(catalog.id()) + ")."))
        .addJavadoc("<p>A service throws the subclasses, made by {@link $T}; a client gets them from\n"
                + "{@link $T}: {@code decoder.decode(status, headers, body).toException()}. There is one\n"
                + "subclass per exception group, and {@link $T} for responses that no error entry\n"
                + "describes.\n",
            names.factories(), names.decoder(), names.responseException())
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.SEALED)
        .superclass(CatalogException.class);
    for (String group : groups.keySet()) {
      spec.addPermittedSubclass(names.groupException(group));
    }
    spec.addPermittedSubclass(names.responseException())
        .addField(serialVersionUid())
        .addField(FieldSpec.builder(error, "error", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameters(fullParameters(error))
            .addStatement("super(error, status, message, args, retryAfter, rawBody)")
            .addStatement("this.error = error")
            .build())
        .addMethod(from(catalog, names, groups))
        .addMethod(MethodSpec.methodBuilder("error")
            .addJavadoc("The documented entry; empty for a response the catalog does not document.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), error))
            .addStatement("return $T.ofNullable(error)", Optional.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("body")
            .addJavadoc("The documented body of this error, in its entry's shape, for a service to send;\n"
                + "{@code \"\"} for entries documented without a body.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $T.encode(error, args(), retryAfter().orElse(null))", names.encoder())
            .build())
        .addMethod(MethodSpec.methodBuilder("contentType")
            .addJavadoc("The content type of {@link #body()}, e.g. {@code application/json}; {@code \"\"} without a\n"
                + "body.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $T.contentType(error)", names.encoder())
            .build())
        .addMethod(MethodSpec.methodBuilder("describe")
            .addJavadoc("The message of a response whose body carried none.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addParameter(error, "error")
            .addParameter(int.class, "status")
            .addParameter(stringMap(), "args")
            .beginControlFlow("if (error == null)")
            .addStatement("return $S + status + $S", "HTTP ", " response not documented in catalog " + catalog.id())
            .endControlFlow()
            .addStatement("return error.messageTemplate().isEmpty() ? error.title() : error.format(args)")
            .build());
    if (!CatalogSize.usesSwitch(catalog) && !groups.isEmpty()) {
      spec.addType(groupTable(catalog, groups));
    }
    return spec.build();
  }

  private MethodSpec from(CatalogModel catalog, GeneratedNames names, Map<String, List<Entry>> groups) {
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
        .addStatement("$T args = decoded.args()", stringMap())
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
  private TypeSpec groupTable(CatalogModel catalog, Map<String, List<Entry>> groups) {
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

  private TypeSpec group(CatalogModel catalog, GeneratedNames names, String group, List<Entry> entries) {
    ClassName error = names.error();
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("$L\n\n<ul>\n", JavadocText.wrap("The errors of group {@code " + group + "} of the "
            + JavadocText.escape(catalog.title()) + " error catalog:"));
    for (Entry entry : entries) {
      doc.add("  <li>{@link $T#$L}, $L\n", error, entry.constantName(), EntryJavadoc.listItem(entry));
    }
    doc.add("</ul>\n");
    return TypeSpec.classBuilder(names.groupException(group))
        .addJavadoc(doc.build())
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(names.exception())
        .addField(serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An error raised by a service: the status is the entry's.\n")
            .addParameter(error, "error")
            .addParameter(String.class, "message")
            .addParameter(stringMap(), "args")
            .addParameter(Duration.class, "retryAfter")
            .addParameter(byte[].class, "rawBody")
            .addStatement("this(error, error.httpStatus(), message, args, retryAfter, rawBody)")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An error decoded from a response, with the status the response had.\n")
            .addParameters(fullParameters(error))
            .addStatement("super(error, status, message, args, retryAfter, rawBody)")
            .build())
        .build();
  }

  private TypeSpec responseException(CatalogModel catalog, GeneratedNames names) {
    return TypeSpec.classBuilder(names.responseException())
        .addJavadoc("$L\n", JavadocText.wrap("A response that no error entry of the "
            + JavadocText.escape(catalog.title()) + " error catalog describes: an undocumented response"
            + " ({@link #error()} is empty), or a documented success response handed to {@code toException()}."
            + " Its {@link #body()} is the body as received."))
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(names.exception())
        .addField(serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameters(fullParameters(names.error()))
            .addStatement("super(error, status, message, args, retryAfter, rawBody)")
            .build())
        .addMethod(MethodSpec.methodBuilder("body")
            .addJavadoc("The body as received, decoded as UTF-8.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return new String(rawBody(), $T.UTF_8)", StandardCharsets.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("contentType")
            .addJavadoc("Always {@code \"\"}: the catalog does not document this body.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S", "")
            .build())
        .build();
  }

  private static List<ParameterSpec> fullParameters(ClassName error) {
    return List.of(
        ParameterSpec.builder(error, "error").build(),
        ParameterSpec.builder(int.class, "status").build(),
        ParameterSpec.builder(String.class, "message").build(),
        ParameterSpec.builder(stringMap(), "args").build(),
        ParameterSpec.builder(Duration.class, "retryAfter").build(),
        ParameterSpec.builder(byte[].class, "rawBody").build());
  }

  private static TypeName stringMap() {
    return ParameterizedTypeName.get(Map.class, String.class, String.class);
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$LL", SERIAL_VERSION)
        .build();
  }
}
