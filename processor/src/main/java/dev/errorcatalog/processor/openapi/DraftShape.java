package dev.errorcatalog.processor.openapi;

import java.util.Map;

/** One shape of a starter catalog while {@link StarterCatalog} builds it, read from one schema of the document. */
final class DraftShape {
    String name;
    String message;
    Map<String, String> meanings = Map.of();
    String decided;
}
