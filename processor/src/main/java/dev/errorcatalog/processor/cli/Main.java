package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code java -jar errorcatalog-cli.jar COMMAND [-Aname=value...] PATH...}: the writers' command line. Exit
 * codes: {@value #OK} done, {@value #ERRORS} a catalog has errors (or the pages could not be written),
 * {@value #USAGE} the command line is wrong. Never a stack trace for a catalog's mistake: those are
 * diagnostics.
 */
public final class Main {

  static final int OK = 0;
  static final int ERRORS = 1;
  static final int USAGE = 2;

  /** Every command, in the order the usage text lists them. */
  static final List<Command> COMMANDS = List.of(new CheckCommand(), new DocsCommand(), new OpenApiCommand(),
      new WatchCommand(), new DiffCommand(), new ExplainCommand(), new ImportOpenApiCommand());

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command line; returns its exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      (args.length == 0 ? err : out).print(usage());
      return args.length == 0 ? USAGE : OK;
    }
    Command command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
    if (command == null) {
      err.print("errorcatalog: unknown command " + args[0] + ".\n" + usage());
      return USAGE;
    }
    try {
      Invocation invocation = Invocation.parse(Arrays.asList(args).subList(1, args.length), out);
      if (invocation.openApi().isPresent() && !command.name().equals("check")) {
        throw new Invocation.UsageException(Invocation.OPENAPI + " is an option of check, not of " + command.name() + ".");
      }
      if (invocation.strict() && !command.takesStrict()) {
        throw new Invocation.UsageException(Invocation.STRICT + " is an option of check, docs, openapi and diff, not of "
            + command.name() + ".");
      }
      if (invocation.paths().size() < command.minimumPaths()) {
        throw new Invocation.UsageException(command.name() + " takes " + command.arguments() + ".");
      }
      return command.run(invocation);
    } catch (Invocation.UsageException e) {
      err.print("errorcatalog: " + e.getMessage() + "\n" + usage());
      return USAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OK;
    } catch (Exception e) {
      err.println("errorcatalog: " + CatalogFilesBuild.describe(e) + ".");
      return ERRORS;
    } catch (OutOfMemoryError e) {
      // A catalog within the size limit can still need more than a small default heap; the heap is free again
      // here, once the work that filled it is unwound.
      err.println("errorcatalog: Java ran out of memory (its heap). Give it more, for example java -Xmx2g -jar"
          + " errorcatalog-cli.jar " + String.join(" ", args) + " (or split the largest catalog).");
      return ERRORS;
    }
  }

  static String usage() {
    StringBuilder text =
        new StringBuilder("usage: errorcatalog COMMAND [--strict] [-Aname=value...] ARGS\n"
            + "   or: java -jar errorcatalog-cli.jar COMMAND [--strict] [-Aname=value...] ARGS\n\n");
    for (Command c : COMMANDS) {
      text.append(String.format("  %-22s %s%n", c.name() + " " + c.arguments(), c.summary()));
    }
    text.append("\nPATH is a catalog file or a folder (its .yaml and .yml files, below it too).\n")
        .append("Options are the processor's, with its defaults: -A")
        .append(String.join(", -A", new TreeSet<>(ErrorCatalogProcessor.OPTIONS)))
        .append(" (the user guide, docs/guide/getting-started.md:\n")
        .append("\"The annotation and the processor options\").\n")
        .append("ID is a diagnostic's id (EC021, ec21, 21) or slug (example-decodes-elsewhere).\n")
        .append("--strict (check, docs, openapi, diff) makes warnings fail, as errors do.\n")
        .append("check --openapi SPEC compares the catalogs with an OpenAPI document (mismatches are warnings;\n")
        .append("  --fail-on-openapi-mismatch makes them errors). SPEC is OpenAPI 3.0 or 3.1, JSON or YAML.\n")
        .append("Exit codes: 0 done, 1 a catalog has errors (or warnings, with --strict), 2 wrong command line.\n");
    return text.toString();
  }
}
