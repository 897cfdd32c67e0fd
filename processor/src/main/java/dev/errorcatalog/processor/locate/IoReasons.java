package dev.errorcatalog.processor.locate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An input or output failure in plain words: what the system said about which path, never the exception's
 * class name ({@code java.nio.file.AccessDeniedException: /x} tells a writer nothing {@code /x: permission
 * denied} does not, and looks like a crash).
 */
public final class IoReasons {

  private IoReasons() {}

  /** {@code /site/index.md: permission denied}, {@code /site does not exist}: a sentence without its period. */
  public static String of(IOException e) {
    if (e instanceof RefusedException refused) {
      return refused.getMessage();
    }
    if (e instanceof FileSystemException failure) {
      String file = failure.getFile() == null ? "a file" : failure.getFile();
      if (e instanceof NoSuchFileException) {
        return file + " does not exist";
      }
      if (e instanceof AccessDeniedException) {
        return file + ": permission denied";
      }
      if (e instanceof FileAlreadyExistsException) {
        return file + " already exists";
      }
      if (e instanceof NotDirectoryException) {
        return file + " is not a folder";
      }
      if (e instanceof DirectoryNotEmptyException) {
        return file + " is a folder that is not empty";
      }
      if (e instanceof FileSystemLoopException) {
        return file + " is a link that leads back to itself";
      }
      return file + ": " + (failure.getReason() == null ? "the system gave no reason" : lowerFirst(failure.getReason()));
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? "an input or output error, without a reason given"
        : e.getMessage();
  }

  /** As {@link #of(IOException)} for an input or output failure (also one wrapped unchecked), else its message. */
  public static String of(Exception e) {
    if (e instanceof IOException io) {
      return of(io);
    }
    if (e instanceof UncheckedIOException unchecked) {
      return of(unchecked.getCause());
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? "no reason given" : e.getMessage();
  }

  /** The system's reason as part of a sentence: {@code Permission denied} becomes {@code permission denied}. */
  static String lowerFirst(String reason) {
    return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }
}
