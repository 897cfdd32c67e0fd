package dev.errorcatalog.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * This catalog compared with its baseline (the released catalog the build was given): what the docs'
 * Changes section shows as "since the baseline".
 *
 * @param baselineVersion the baseline's {@code version:}, if it states one
 * @param changes every difference found, breaking ones (all accepted, or the build would have failed) and
 *     notes, in the order of the baseline's entries, then the new ones
 */
public record BaselineComparison(Optional<Version> baselineVersion, List<CatalogChange> changes) {}
