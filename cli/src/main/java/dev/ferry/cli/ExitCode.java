package dev.ferry.cli;

/** The launcher's exit codes, the same for every verb, so scripts and CI can rely on them. */
final class ExitCode {
  /** Everything asked for was done (or the map is valid). */
  static final int OK = 0;
  /** The input is invalid or some records failed: the work stopped or finished with failures. */
  static final int INVALID = 1;
  /** Wrong usage, or a file or folder could not be read or written. */
  static final int USAGE = 2;

  private ExitCode() {}
}
