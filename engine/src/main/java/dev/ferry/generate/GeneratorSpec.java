package dev.ferry.generate;

/**
 * What to generate: the seed, how many employees the export has, how many companies (derived from the
 * employees unless given), and, for "the same export a day later", how many existing employees changed
 * and how many were added since. Equal specs give byte-identical bundles.
 */
public record GeneratorSpec(long seed, long employees, long companies, long changed, long added) {

  public GeneratorSpec {
    if (employees < 1) {
      throw new IllegalArgumentException("an export needs at least one employee, not " + employees);
    }
    if (companies < 1) {
      throw new IllegalArgumentException("an export needs at least one company, not " + companies);
    }
    if (changed < 0 || added < 0) {
      throw new IllegalArgumentException("changed and added employees cannot be negative");
    }
    if (changed > employees) {
      throw new IllegalArgumentException("cannot change " + changed + " of " + employees + " employees");
    }
  }

  /** A first export: one company per 25 employees, at least 3. */
  public static GeneratorSpec of(long seed, long employees) {
    return new GeneratorSpec(seed, employees, derivedCompanies(employees), 0, 0);
  }

  public static long derivedCompanies(long employees) {
    return Math.max(3, (employees + 24) / 25);
  }

  public GeneratorSpec withCompanies(long count) {
    return new GeneratorSpec(seed, employees, count, changed, added);
  }

  /** The same export a day later: {@code changed} employees edited, {@code added} new ones at the end. */
  public GeneratorSpec dayLater(long changedEmployees, long addedEmployees) {
    return new GeneratorSpec(seed, employees, companies, changedEmployees, addedEmployees);
  }

  public boolean isDayLater() {
    return changed > 0 || added > 0;
  }

  /** Rows in employees.csv. */
  public long employeeRows() {
    return employees + added;
  }
}
