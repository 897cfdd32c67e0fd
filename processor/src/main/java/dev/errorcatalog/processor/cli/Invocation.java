package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A command's arguments: its paths (in order) and the processor's options given as {@code -Aname=value},
 * exactly as javac takes them, so a writer's pages match the build's; whether {@value #STRICT} makes warnings
 * fail; and where to print.
 */
record Invocation(List<Path> paths, Map<String, String> options, boolean strict, PrintStream out) {

  /** The flag that makes warnings fail the command, as errors do. */
  static final String STRICT = "--strict";

  /** A mistake on the command line: the message says what to write instead. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Parses what follows the command's name. */
  static Invocation parse(List<String> args, PrintStream out) throws UsageException {
    List<Path> paths = new ArrayList<>();
    Map<String, String> options = new TreeMap<>();
    boolean strict = false;
    for (String arg : args) {
      if (arg.equals(STRICT)) {
        strict = true;
      } else if (arg.startsWith("-A")) {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
        if (!ErrorCatalogProcessor.OPTIONS.contains(name)) {
          throw new UsageException("unknown option -A" + name + "; the processor's options are -A"
              + String.join(", -A", new java.util.TreeSet<>(ErrorCatalogProcessor.OPTIONS)) + ".");
        }
        options.put(name, eq < 0 ? "" : arg.substring(eq + 1));
      } else if (arg.startsWith("-") && !arg.equals("-")) {
        throw new UsageException("unknown flag " + arg + "; the flag is " + STRICT
            + ", and processor options are written -Aname=value.");
      } else {
        paths.add(Paths.get(arg));
      }
    }
    return new Invocation(List.copyOf(paths), Map.copyOf(options), strict, out);
  }

  /**
   * Whether the outcome fails the command: an error, or with {@value #STRICT} a warning too. Prints the summary,
   * and why a run without errors failed.
   */
  boolean fails(CatalogFilesBuild.Outcome outcome) {
    boolean warningsFail = strict && !outcome.failed() && outcome.warnings() > 0;
    out.println(outcome.summary() + (warningsFail ? " (" + STRICT + ": warnings fail)" : ""));
    return outcome.failed() || warningsFail;
  }

  /** The paths without the last (a command's output folder). */
  List<Path> inputs() {
    return paths.subList(0, paths.size() - 1);
  }

  /** The last path: a command's output folder. */
  Path output() {
    return paths.get(paths.size() - 1);
  }

  /** A new build of the processor's steps with these options, printing here. */
  CatalogFilesBuild build() {
    return new CatalogFilesBuild(options, new TerminalChannel(out));
  }
}
