package dev.ferry.cli;

import java.util.Map;

/**
 * Commands that read the environment (the destination account, the sandbox's settings) get it through this,
 * so tests can run the same command tree against a sandbox of their own.
 */
interface Environment {

  void environment(Map<String, String> env);
}
