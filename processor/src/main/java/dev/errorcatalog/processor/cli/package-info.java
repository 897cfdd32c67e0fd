/**
 * The writers' command line ({@code errorcatalog-cli.jar}): {@code check}, {@code docs}, {@code watch} and {@code diff} on
 * catalog files, without a Java build. Each command is a {@link dev.errorcatalog.processor.cli.Command} listed
 * in {@link dev.errorcatalog.processor.cli.Main}; they all run
 * {@link dev.errorcatalog.processor.CatalogFilesBuild}, the processor's own loader, checks and docs generator,
 * and print through a {@link dev.errorcatalog.processor.ReportChannel} to the terminal.
 *
 * {@code explain} prints a diagnostic's section of the diagnostics reference, {@code catalog/DIAGNOSTICS.md},
 * which the build packages beside these classes.
 *
 * <p>May import the processor package, {@code validate} (a "did you mean"), {@code model} (a baseline
 * comparison's records, printed by {@code diff}) and {@code openapi} ({@code import-openapi}'s starter catalog)
 * only: everything else it reaches through {@code CatalogFilesBuild}.
 */
package dev.errorcatalog.processor.cli;
