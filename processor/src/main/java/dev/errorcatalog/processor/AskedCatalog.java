package dev.errorcatalog.processor;

import dev.errorcatalog.processor.locate.CatalogRequest;
import dev.errorcatalog.processor.locate.LocatedCatalog;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * One {@code @ErrorCatalog} of a round: its element, its request and YAML (each empty when it could not be had),
 * what was wrong with either, and the module it is in.
 */
record AskedCatalog(Element element, Optional<CatalogRequest> request, Optional<LocatedCatalog> located,
    Diagnostics found, TargetModule module) {}
