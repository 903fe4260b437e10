package dev.ferry.run;

/**
 * A custom field the map writes that the destination lacks: what an admin must create, in Freshsales'
 * own terms ({@code type} is the field type Freshsales' settings name).
 */
public record MissingField(String module, String name, String label, String type) {

  @Override
  public String toString() {
    return module + ": " + name + " (\"" + label + "\", " + type + ")";
  }
}
