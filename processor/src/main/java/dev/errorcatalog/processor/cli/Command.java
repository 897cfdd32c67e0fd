package dev.errorcatalog.processor.cli;

/**
 * One command of the command line. A new command is a class implementing this, added to
 * {@link Main#COMMANDS}; {@link Invocation} gives it its paths and the processor's options, already checked.
 */
interface Command {

  /** The word that selects it: {@code check}. */
  String name();

  /** The arguments after the name, for the usage text: {@code PATH...}. */
  String arguments();

  /** What it does, one line. */
  String summary();

  /** Whether it takes {@value Invocation#STRICT} (warnings fail it, as errors do). */
  default boolean takesStrict() {
    return false;
  }

  /** The fewest paths it takes (with its output folder, if it has one). */
  int minimumPaths();

  /**
   * Runs it.
   *
   * @return the exit code: {@link Main#OK}, {@link Main#ERRORS} when a catalog has errors
   */
  int run(Invocation invocation) throws Exception;
}
