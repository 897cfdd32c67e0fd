package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/** How every generated file is laid out: no {@code java.lang} imports, two-space indentation. */
public final class JavaFiles {

  private JavaFiles() {}

  /** The file of a generated top-level type. */
  public static JavaFile of(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }
}
