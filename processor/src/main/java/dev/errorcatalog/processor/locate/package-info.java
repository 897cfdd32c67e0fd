/**
 * Stage 1, locate: finds the YAML a {@code @ErrorCatalog} names, in the {@code -Aerrorcatalog.path}
 * directories, the class output, the source path, the class path and the processor path, and reads its bytes;
 * reads the catalogs of a baseline (a file, a folder or a jar: {@code BaselineFiles}).
 *
 * <p>May import the JDK's {@code javax.annotation.processing} and {@code javax.tools} only: no other stage.
 */
package dev.errorcatalog.processor.locate;
