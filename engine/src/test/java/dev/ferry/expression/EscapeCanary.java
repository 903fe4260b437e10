package dev.ferry.expression;

/**
 * Named by escape attempts and never by the tests' own code: MVEL's compiler initialises every class an expression
 * names, so if MVEL ever saw one of them this static initialiser would set {@link #LOADED}.
 */
public final class EscapeCanary {

  static final String LOADED = "ferry.escape.canary.loaded";

  static {
    System.setProperty(LOADED, "yes");
  }

  private EscapeCanary() {}

  public static int touch() {
    return 1;
  }
}
