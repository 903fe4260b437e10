package dev.ferry.cli;

import java.util.Map;

/** A verb that writes to the destination: it reads the account (or the sandbox settings) from the environment. */
abstract class DestinationVerb extends Verb implements Environment {

  Map<String, String> env = System.getenv();

  @Override
  public void environment(Map<String, String> value) {
    this.env = value;
  }
}
