package dev.errorcatalog.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The module the code generated for an annotated element is compiled into, and what its descriptor allows. On
 * the class path (the unnamed module) everything is read and {@code META-INF/services} is honoured; a named
 * module reads only what its {@code module-info.java} requires, and ignores {@code META-INF/services}.
 */
final class TargetModule {

  /** {@code null} for the unnamed module. */
  private final ModuleElement module;

  private TargetModule(ModuleElement module) {
    this.module = module;
  }

  static TargetModule of(Elements elements, Element element) {
    ModuleElement module = elements.getModuleOf(element);
    return new TargetModule(module == null || module.isUnnamed() ? null : module);
  }

  boolean isNamed() {
    return module != null;
  }

  /** {@code com.example.orders}; {@code ""} for the unnamed module. */
  String name() {
    return module == null ? "" : module.getQualifiedName().toString();
  }

  /**
   * Whether code in this module can refer to the types of a package: on the class path, whether it exists;
   * in a named module, whether the module reads one that exports it. Asks javac for the package "as seen
   * from" the module rather than reading the module's directives: {@link ModuleElement#getDirectives()} also
   * resolves its {@code provides}, which, before the generated catalog class exists, fails the build.
   */
  boolean sees(Elements elements, String packageName) {
    return module == null
        ? elements.getPackageElement(packageName) != null
        : elements.getPackageElement(module, packageName) != null;
  }

  /**
   * Whether {@link java.util.ServiceLoader} finds {@code implementation} as a {@code service} here: always on
   * the class path (the processor writes {@code META-INF/services}), in a named module only if its descriptor
   * says {@code provides service with implementation}.
   */
  boolean provides(String service, String implementation) {
    if (module == null) {
      return true;
    }
    for (ModuleElement.ProvidesDirective provides : ElementFilter.providesIn(module.getDirectives())) {
      if (provides.getService().getQualifiedName().contentEquals(service)) {
        for (TypeElement type : provides.getImplementations()) {
          if (type.getQualifiedName().contentEquals(implementation)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
