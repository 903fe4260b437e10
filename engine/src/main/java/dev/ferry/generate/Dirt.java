package dev.ferry.generate;

/**
 * The kinds of dirt in a generated employees.csv, at most one per row. Rows are dealt in blocks of 100
 * (rows 1-100, 101-200, ...); the first 10 rows of a block are always clean (duplicates copy them), and
 * each block has exactly {@link #perBlock} rows of each kind at seeded places among the other 90. The
 * two unreadable kinds come once per 1,000 rows, in the first block of each thousand.
 */
public enum Dirt {
  /** The same person exported twice: a new employee_id, the same name, number and phone, and the email in other case. */
  DUPLICATE_PERSON(1),
  /** A different person with exactly the email of another employee (a shared address). */
  SHARED_EMAIL(1),
  /** No email, a phone. */
  PHONE_ONLY(2),
  /** Neither email nor phone. */
  NO_CONTACT(1),
  BLANK_LAST_NAME(2),
  /** A company_id no row of companies.csv has. */
  UNKNOWN_COMPANY(1),
  /** engagement_score is {@code n/a}. */
  SCORE_NOT_A_NUMBER(1),
  /** last_engagement_date is a day that does not exist, e.g. {@code 31/02/2024}. */
  IMPOSSIBLE_DATE(1),
  /** training_completion_rate is above 100, e.g. {@code 130%}. */
  PERCENT_OUT_OF_RANGE(1),
  /** The Site cell holds a line break (quoted): the row spans two physical lines. */
  MULTILINE_SITE(1),
  /** The email has surrounding spaces and capitals; unique once trimmed and lower-cased. */
  PADDED_MIXED_CASE_EMAIL(1),
  /** Unreadable: an unquoted job title with a {@code ;} in it gives one column too many. */
  WRONG_COLUMN_COUNT(0),
  /** Unreadable: the job title opens a quote it never closes. */
  BROKEN_QUOTE(0);

  private final int perBlock;

  Dirt(int perBlock) {
    this.perBlock = perBlock;
  }

  /** Rows of this kind in each full block of 100; the unreadable kinds say 0 and come per 1,000. */
  public int perBlock() {
    return perBlock;
  }

  public boolean unreadable() {
    return this == WRONG_COLUMN_COUNT || this == BROKEN_QUOTE;
  }
}
