package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.DocsUrlPattern;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Prefix>Encoder}: the documented body of each entry, rendered by the runtime engine from
 * the decoder's tables (one set of tables: whatever the encoder writes, the decoder reads back).
 *
 * <p>Where a shape marks a field {@code role: docs-link} (Stripe's {@code doc_url}, GetResponse's
 * {@code moreInfo}), the encoder names it ({@code docsLinkField}, which the Spring starter reads too) and, when the
 * build gives the docs URL pattern ({@code -Aerrorcatalog.docs.url}), fills it with the entry's URL unless the
 * caller gave a value. A catalog without such a field gets the encoder it always had.
 */
public final class EncoderGenerator implements SourceGenerator {

  /** The processor option naming the pattern of an entry's docs URL, with {@code {catalog}} and {@code {anchor}}. */
  public static final String OPTION_DOCS_URL = "errorcatalog.docs.url";

  private final Optional<DocsUrlPattern> docsUrl;

  /** An encoder generator without a docs URL: docs link fields are named, never filled. */
  public EncoderGenerator() {
    this(Optional.empty());
  }

  /**
   * @param docsUrl the pattern of an entry's docs URL ({@code https://docs.example.com/{catalog}.html#{anchor}}), or
   *     empty
   */
  public EncoderGenerator(Optional<String> docsUrl) {
    this.docsUrl = DocsUrlPattern.of(docsUrl);
  }

  @Override
  public List<JavaFile> generate(CatalogTables tables, GeneratedNames names) {
    CatalogModel catalog = tables.catalog();
    TypeName argsType = ParameterizedTypeName.get(
        ClassName.get(Map.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));
    // The entries whose shape has a docs link field, by field name, in the catalog's order.
    Map<String, List<String>> linked = new TreeMap<>();
    for (Entry entry : catalog.entries()) {
      entry.shape().docsLink().ifPresent(field ->
          linked.computeIfAbsent(field, f -> new java.util.ArrayList<>()).add(entry.constantName()));
    }
    boolean fills = docsUrl.isPresent() && !linked.isEmpty();
    TypeSpec.Builder type = TypeSpec.classBuilder(names.encoder())
        .addJavadoc("Renders the documented bodies of the $L catalog, for services that return {@link $T}s.\n",
            JavadocText.escape(catalog.id()), names.error())
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("encode")
            .addJavadoc("The body of {@code entry} in its documented shape: JSON with the code, the formatted\n"
                + "message, the fields and constants and the retry hint in seconds; the message for text shapes;\n"
                + "{@code \"\"} for entries without a body.\n"
                + (fills ? "The field that links to the entry's docs ({@link #docsLinkField}) holds\n"
                    + "{@link #docsUrl} unless {@code args} gives it.\n" : "")
                + "\n@param args the placeholder and field values, by name\n"
                + "@param retryAfter the retry hint, or {@code null}\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(names.error(), "entry")
            .addParameter(argsType, "args")
            .addParameter(Duration.class, "retryAfter")
            .addStatement(fills
                ? "return $T.$L.encode(entry, withDocsLink(entry, args), retryAfter)"
                : "return $T.$L.encode(entry, args, retryAfter)", names.decoder(), DecoderGenerator.CODEC_FIELD)
            .build())
        .addMethod(MethodSpec.methodBuilder("contentType")
            .addJavadoc("{@code application/json}, {@code text/plain; charset=utf-8}, or {@code \"\"} for entries"
                + " without a body.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(names.error(), "entry")
            .addStatement("return $T.$L.contentType(entry)", names.decoder(), DecoderGenerator.CODEC_FIELD)
            .build());
    if (!linked.isEmpty()) {
      type.addMethod(docsLinkField(names, catalog, linked));
    }
    if (fills) {
      type.addMethod(docsUrl(names, catalog.id()));
      type.addMethod(withDocsLink(names, argsType));
    }
    return List.of(JavaFiles.of(names.packageName(), type.build()));
  }

  /** {@code docsLinkField(entry)}: the field name, one constant where every entry has the same. */
  private static MethodSpec docsLinkField(GeneratedNames names, CatalogModel catalog,
      Map<String, List<String>> linked) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("docsLinkField")
        .addJavadoc("The name of the field of {@code entry}'s body that links to its docs (its shape's field with\n"
            + "{@code role: docs-link}), or {@code \"\"} where its shape has none.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(names.error(), "entry");
    if (linked.size() == 1 && linked.values().iterator().next().size() == catalog.entries().size()) {
      return method.addStatement("$T.requireNonNull(entry, $S)", java.util.Objects.class, "entry")
          .addStatement("return $S", linked.keySet().iterator().next()).build();
    }
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (entry) {\n").indent();
    linked.forEach((field, constants) -> body.add("case $L -> $S;\n", String.join(", ", constants), field));
    body.add("default -> \"\";\n").unindent().add("};\n");
    return method.addCode(body.build()).build();
  }

  /** {@code docsUrl(entry)}: the pattern of the build with the catalog id and the entry's anchor put in. */
  private MethodSpec docsUrl(GeneratedNames names, String catalogId) {
    DocsUrlPattern pattern = docsUrl.orElseThrow();
    MethodSpec.Builder method = MethodSpec.methodBuilder("docsUrl")
        .addJavadoc("The URL of {@code entry}'s docs, from the build's {@code -A$L}.\n", OPTION_DOCS_URL)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(names.error(), "entry");
    if (!pattern.hasAnchor()) {
      // A pattern without an anchor names one page for every entry.
      return method.addStatement("$T.requireNonNull(entry, $S)", java.util.Objects.class, "entry")
          .addStatement("return $S", pattern.prefix(catalogId)).build();
    }
    String tail = pattern.tail(catalogId);
    return tail.isEmpty()
        ? method.addStatement("return $S + entry.anchor()", pattern.prefix(catalogId)).build()
        : method.addStatement("return $S + entry.anchor() + $S", pattern.prefix(catalogId), tail).build();
  }

  /** {@code withDocsLink(entry, args)}: the arguments with the docs URL added where the caller gave none. */
  private static MethodSpec withDocsLink(GeneratedNames names, TypeName argsType) {
    return MethodSpec.methodBuilder("withDocsLink")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(argsType)
        .addParameter(names.error(), "entry")
        .addParameter(argsType, "args")
        .addStatement("String field = docsLinkField(entry)")
        .beginControlFlow("if (field.isEmpty() || args != null && args.get(field) != null)")
        .addStatement("return args")
        .endControlFlow()
        .addStatement("$T<String, Object> linked = args == null ? new $T<>() : new $T<>(args)",
            Map.class, LinkedHashMap.class, LinkedHashMap.class)
        .addStatement("linked.put(field, docsUrl(entry))")
        .addStatement("return linked")
        .build();
  }
}
