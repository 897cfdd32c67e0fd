package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Splits long runs of generated statements into private static methods, so that a catalog of any size
 * stays far from the JVM's 64 KB limit on one method's bytecode.
 */
public final class Chunks {

  /** Statements per method: a table row is at most a few dozen bytes, so this keeps methods under 16 KB. */
  public static final int STATEMENTS_PER_METHOD = 250;

  private Chunks() {}

  /** The methods and the code that calls them in order, passing the given arguments. */
  public record Split(List<MethodSpec> methods, CodeBlock calls) {}

  /**
   * Puts {@code statements} into methods {@code <name>0}, {@code <name>1}, ... each taking
   * {@code parameters}, and returns them with the block calling them all.
   */
  public static Split split(String name, List<ParameterSpec> parameters, List<CodeBlock> statements) {
    List<MethodSpec> methods = new ArrayList<>();
    CodeBlock.Builder calls = CodeBlock.builder();
    String args = String.join(", ", parameters.stream().map(ParameterSpec::name).toList());
    for (int from = 0, index = 0; from < statements.size(); from += STATEMENTS_PER_METHOD, index++) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(name + index)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameters(parameters);
      for (CodeBlock statement : statements.subList(from, Math.min(statements.size(), from + STATEMENTS_PER_METHOD))) {
        method.addCode(statement);
      }
      methods.add(method.build());
      calls.addStatement("$L($L)", name + index, args);
    }
    return new Split(methods, calls.build());
  }
}
