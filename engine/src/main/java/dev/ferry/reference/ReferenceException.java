package dev.ferry.reference;

/** A reference that could not be exported, naming it and saying why. */
public final class ReferenceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReferenceException(String reference, String why) {
    super("reference '" + reference + "': " + why);
  }
}
