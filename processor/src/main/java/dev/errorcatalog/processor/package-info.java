/**
 * The annotation processor: {@link dev.errorcatalog.processor.ErrorCatalogProcessor} runs, for each
 * {@code @ErrorCatalog}, the {@code CatalogPipeline}: the steps of {@code CatalogSteps} (locate, load, check,
 * compare), then every output registered in {@code Outputs} (the sources, the docs page) and, once every
 * catalog is known, those of the whole build (the docs index, {@code META-INF/services}), each file through
 * one {@code output.OutputWriter}. The writers' command line and the Maven plugin run the same pipeline
 * through {@code CatalogFilesBuild}. Every error, warning and note reaches javac through {@code Reporter}.
 *
 * <p>May import every stage below; it is the only package that talks to javac's {@code Messager} and
 * {@code Filer} (besides {@code locate}, which reads through the {@code Filer}, and {@code output}, whose
 * {@code FilerWriter} writes through it).
 */
package dev.errorcatalog.processor;
