/**
 * The annotation processor: {@link dev.errorcatalog.processor.ErrorCatalogProcessor} runs, for each
 * {@code @ErrorCatalog}, the steps of {@code CatalogSteps} (locate, load, check, generate, render the docs
 * page) and writes the build-wide files (the docs index, {@code META-INF/services}) once every catalog is
 * known. Every error, warning and note reaches javac through {@code Reporter}.
 *
 * <p>May import every stage below; it is the only package that talks to javac's {@code Messager} and
 * {@code Filer} (besides {@code locate}, which reads through the {@code Filer}).
 */
package dev.errorcatalog.processor;
