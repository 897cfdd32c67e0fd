/**
 * The writers' command line ({@code errorcatalog-cli.jar}): {@code check}, {@code docs} and {@code watch} on
 * catalog files, without a Java build. Each command is a {@link dev.errorcatalog.processor.cli.Command} listed
 * in {@link dev.errorcatalog.processor.cli.Main}; they all run
 * {@link dev.errorcatalog.processor.CatalogFilesBuild}, the processor's own loader, checks and docs generator,
 * and print through a {@link dev.errorcatalog.processor.ReportChannel} to the terminal.
 *
 * <p>May import the processor package and {@code validate} only: everything else it reaches through
 * {@code CatalogFilesBuild}.
 */
package dev.errorcatalog.processor.cli;
