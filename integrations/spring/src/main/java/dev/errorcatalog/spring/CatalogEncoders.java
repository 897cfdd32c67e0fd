package dev.errorcatalog.spring;

import dev.errorcatalog.CatalogError;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Map;

/**
 * The generated encoder of an entry's catalog, found beside its entry type: for entries of
 * {@code com.example.PingbackError} the static methods of {@code com.example.PingbackEncoder}, the pair
 * every catalog is generated with (README, "Generated code"). Looked up once per entry type.
 *
 * <p>Why by name: the runtime's {@link dev.errorcatalog.Catalog} API has no encoder, and a service may throw
 * the exceptions of any catalog on its class path, so the starter cannot be handed each encoder in advance.
 */
final class CatalogEncoders {

  private static final MethodType ENCODE =
      MethodType.methodType(String.class, CatalogError.class, Map.class, Duration.class);
  private static final MethodType CONTENT_TYPE = MethodType.methodType(String.class, CatalogError.class);
  private static final MethodType DOCS_LINK_FIELD = MethodType.methodType(String.class, CatalogError.class);

  private static final ClassValue<Encoder> BY_ENTRY_TYPE = new ClassValue<>() {
    @Override
    protected Encoder computeValue(Class<?> entryType) {
      return find(entryType);
    }
  };

  private CatalogEncoders() {}

  /** The encoder of this entry's catalog. */
  static Encoder of(CatalogError entry) {
    Class<?> type = entry.getClass();
    if (type.isAnonymousClass() && type.getSuperclass().isEnum()) {
      type = type.getSuperclass();
    }
    return BY_ENTRY_TYPE.get(type);
  }

  private static Encoder find(Class<?> entryType) {
    String name = entryType.getName();
    if (!name.endsWith("Error")) {
      throw new IllegalStateException(entryType + " is not a generated catalog entry type (<Prefix>Error)");
    }
    String encoderName = name.substring(0, name.length() - "Error".length()) + "Encoder";
    try {
      Class<?> encoder = Class.forName(encoderName, true, entryType.getClassLoader());
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      MethodHandle encode = lookup.findStatic(encoder, "encode",
          MethodType.methodType(String.class, entryType, Map.class, Duration.class)).asType(ENCODE);
      MethodHandle contentType = lookup.findStatic(encoder, "contentType",
          MethodType.methodType(String.class, entryType)).asType(CONTENT_TYPE);
      return new Encoder(encode, contentType, docsLinkField(lookup, encoder, entryType));
    } catch (ReflectiveOperationException | SecurityException e) {
      throw new IllegalStateException("No generated encoder " + encoderName + " for the entries of " + entryType
          + " (in a named module, export the package of the generated types)", e);
    }
  }

  /**
   * The encoder's {@code docsLinkField}, generated only where a shape of the catalog marks a field
   * {@code role: docs-link} (and by processors that know the role); {@code null} otherwise.
   */
  private static MethodHandle docsLinkField(MethodHandles.Lookup lookup, Class<?> encoder, Class<?> entryType) {
    try {
      return lookup.findStatic(encoder, "docsLinkField", MethodType.methodType(String.class, entryType))
          .asType(DOCS_LINK_FIELD);
    } catch (NoSuchMethodException e) {
      return null;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The static methods of one generated {@code <Prefix>Encoder}. */
  static final class Encoder {
    private final MethodHandle encode;
    private final MethodHandle contentType;
    private final MethodHandle docsLinkField;

    private Encoder(MethodHandle encode, MethodHandle contentType, MethodHandle docsLinkField) {
      this.encode = encode;
      this.contentType = contentType;
      this.docsLinkField = docsLinkField;
    }

    /**
     * The name of the field of the entry's body that links to its docs ({@code role: docs-link} in its shape), or
     * {@code ""} where the shape has none.
     */
    String docsLinkField(CatalogError entry) {
      if (docsLinkField == null) {
        return "";
      }
      try {
        return (String) docsLinkField.invokeExact(entry);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    /** The documented body of the entry, as the exception's {@code body()} renders it. */
    String encode(CatalogError entry, Map<String, ?> args, Duration retryAfter) {
      try {
        return (String) encode.invokeExact(entry, (Map<?, ?>) args, retryAfter);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    /** The documented content type; {@code ""} for entries without a body. */
    String contentType(CatalogError entry) {
      try {
        return (String) contentType.invokeExact(entry);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
