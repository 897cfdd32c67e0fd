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
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.model.Entry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
 * <p>{@code from(DecodedError)}, which picks the subclass, is {@link ExceptionSelection}'s.
 */
public final class ExceptionGenerator implements SourceGenerator {

  private static final long SERIAL_VERSION = 1L;

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
        .addMethod(ExceptionSelection.from(catalog, names, groups))
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
      spec.addType(ExceptionSelection.groupTable(catalog, groups));
    }
    return spec.build();
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

  /** {@code Map<String, String>}: the arguments of an exception. */
  static TypeName stringMap() {
    return ParameterizedTypeName.get(Map.class, String.class, String.class);
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$LL", SERIAL_VERSION)
        .build();
  }
}
