package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.model.PlaceholderType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Prefix>Errors}: one static factory per error entry, typed by the entry's arguments
 * ({@code int} placeholders as {@code long}, {@code number} as {@code BigDecimal}, {@code bool} as
 * {@code boolean}, the rest as {@code String}), returning the entry's group exception with the message
 * formatted from the template. Entries a client should retry after a hint (retry class
 * {@code THROTTLED}, or a shape with a {@code retry-after} field) get an overload taking the
 * {@code Duration} to advertise.
 */
public final class FactoryGenerator implements SourceGenerator {

  private static final String ARGS_CLASS = "Args";

  @Override
  public List<JavaFile> generate(CatalogTables tables, GeneratedNames names) {
    CatalogModel catalog = tables.catalog();
    TypeSpec.Builder spec = TypeSpec.classBuilder(names.factories())
        .addJavadoc("$L\n", JavadocText.wrap("Typed factories of the errors of the "
            + JavadocText.escape(catalog.title()) + " error catalog (" + JavadocText.code(catalog.id())
            + "): each returns the exception to throw, with the documented message, e.g."))
        .addJavadoc("{@code throw $T.$L(...);}\n", names.factories(),
            catalog.errorEntries().isEmpty() ? "someError" : catalog.errorEntries().get(0).methodName())
        .addAnnotations(GeneratedAnnotation.of(names))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    boolean anyArguments = false;
    for (Entry entry : catalog.errorEntries()) {
      spec.addMethods(factories(entry, names));
      anyArguments |= !entry.arguments().isEmpty();
    }
    if (anyArguments) {
      spec.addType(argsClass());
    }
    return List.of(JavaFiles.of(names.packageName(), spec.build()));
  }

  private List<MethodSpec> factories(Entry entry, GeneratedNames names) {
    List<MessageTemplate.Placeholder> arguments = entry.arguments();
    Set<String> taken = new HashSet<>();
    List<ParameterSpec> parameters = new ArrayList<>();
    for (MessageTemplate.Placeholder argument : arguments) {
      parameters.add(ParameterSpec.builder(javaType(argument.type()),
          unique(Names.parameterName(argument.name()), taken)).build());
    }
    ClassName returns = names.exceptionOf(entry);
    ClassName error = names.error();
    String argsLocal = unique("args", taken);

    CodeBlock.Builder map = CodeBlock.builder();
    if (arguments.isEmpty()) {
      map.add("$T.of()", Map.class);
    } else {
      List<CodeBlock> pairs = new ArrayList<>();
      for (int i = 0; i < arguments.size(); i++) {
        pairs.add(CodeBlock.of("$S, $L", arguments.get(i).name(), asString(arguments.get(i).type(), parameters.get(i))));
      }
      map.add("$N.of($L)", ARGS_CLASS, CodeBlock.join(pairs, ",$W"));
    }
    CodeBlock message = entry.message().isPresent()
        ? CodeBlock.of("$T.$N.format($N)", error, entry.constantName(), argsLocal)
        : CodeBlock.of("$T.$N.title()", error, entry.constantName());

    boolean retryOverload = entry.retry().retryClass() == RetryClass.THROTTLED
        || entry.shape().retryAfter().isPresent();
    String retryAfter = unique("retryAfter", taken);

    MethodSpec.Builder full = factory(entry, returns, parameters)
        .addStatement("$T $N = $L", ParameterizedTypeName.get(Map.class, String.class, String.class), argsLocal,
            map.build())
        .addStatement("return new $T($T.$N,$W$L,$W$N,$W$L,$Wnull)", returns, error, entry.constantName(), message,
            argsLocal, retryOverload ? CodeBlock.of("$N", retryAfter) : CodeBlock.of("null"));
    if (!retryOverload) {
      return List.of(full.addJavadoc(tags(entry, parameters, arguments, null)).build());
    }
    ParameterSpec duration = ParameterSpec.builder(Duration.class, retryAfter).build();
    full.addParameter(duration).addJavadoc(tags(entry, parameters, arguments, retryAfter));
    String callArgs = String.join(", ", parameters.stream().map(ParameterSpec::name).toList());
    MethodSpec withoutHint = factory(entry, returns, parameters)
        .addJavadoc(tags(entry, parameters, arguments, null))
        .addStatement("return $N($L)", entry.methodName(), callArgs.isEmpty() ? "null" : callArgs + ", null")
        .build();
    return List.of(withoutHint, full.build());
  }

  private static MethodSpec.Builder factory(Entry entry, ClassName returns, List<ParameterSpec> parameters) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(entry.methodName())
        .addJavadoc(EntryJavadoc.factory(entry))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(returns)
        .addParameters(parameters);
    if (entry.deprecated().isPresent()) {
      method.addAnnotation(Deprecated.class);
    }
    return method;
  }

  private static CodeBlock tags(Entry entry, List<ParameterSpec> parameters,
      List<MessageTemplate.Placeholder> arguments, String retryAfter) {
    CodeBlock.Builder tags = CodeBlock.builder().add("\n");
    for (int i = 0; i < parameters.size(); i++) {
      tags.add("@param $N the value of $L\n", parameters.get(i), JavadocText.code("{" + arguments.get(i).name() + "}"));
    }
    if (retryAfter != null) {
      tags.add("@param $N how long the client should wait before retrying, or {@code null} for no hint\n",
          retryAfter);
    }
    tags.add("@return the exception to throw\n");
    entry.deprecated().ifPresent(note -> tags.add("@deprecated $L\n", EntryJavadoc.deprecationText(note)));
    return tags.build();
  }

  /** The argument as the string placed in {@code args()}: plain decimal notation for numbers. */
  private static CodeBlock asString(PlaceholderType type, ParameterSpec parameter) {
    return switch (type) {
      case INT, BOOL -> CodeBlock.of("$T.valueOf($N)", String.class, parameter);
      case NUMBER -> CodeBlock.of("$T.requireNonNull($N, $S).toPlainString()", Objects.class, parameter,
          parameter.name());
      case STRING -> CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, parameter, parameter.name());
    };
  }

  private static TypeName javaType(PlaceholderType type) {
    return switch (type) {
      case INT -> TypeName.LONG;
      case NUMBER -> ClassName.get(BigDecimal.class);
      case BOOL -> TypeName.BOOLEAN;
      case STRING -> ClassName.get(String.class);
    };
  }

  /** {@code base}, or {@code base2}, {@code base3}, ... whichever is not taken yet; records the choice. */
  private static String unique(String base, Set<String> taken) {
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  /** {@code Args.of(name, value, ...)}: the arguments in placeholder order, so that args() reads in order. */
  private static TypeSpec argsClass() {
    TypeName map = ParameterizedTypeName.get(Map.class, String.class, String.class);
    return TypeSpec.classBuilder(ARGS_CLASS)
        .addJavadoc("Builds argument maps that keep the placeholders' order.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.STATIC)
            .returns(map)
            .addParameter(String[].class, "namesAndValues")
            .varargs()
            .addStatement("$T args = new $T<>()", map, LinkedHashMap.class)
            .beginControlFlow("for (int i = 0; i < namesAndValues.length; i += 2)")
            .addStatement("args.put(namesAndValues[i], namesAndValues[i + 1])")
            .endControlFlow()
            .addStatement("return args")
            .build())
        .build();
  }
}
