package dev.ferry.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The rows of employees.csv. A row is built clean from three seeded draws of its own (who the person is,
 * where they work, their figures), then its {@link Dirt}, if any, is applied. Rows a day later keep the
 * first two draws and redraw the figures, so only what a person would change changes.
 */
final class Employees {

  /** The header as the UI export writes it: some names title-cased, custom fields under their labels. */
  static final List<String> HEADER = List.of(
      "employee_id", "First Name", "Last Name", "Email", "phone", "company_id", "Department Name", "job_title",
      "Engagement Score", "training_completion_rate", "message_open_count", "message_click_count", "Tags",
      "last_engagement_date", "assigned_training_paths", "survey_response_count", "survey_engagement_rate",
      "Owner Email", "sales_ready", "active_deals", "created_at", "updated_at", "Employee number",
      "Shift pattern", "Site");

  static final int ID = 0;
  static final int FIRST_NAME = 1;
  static final int LAST_NAME = 2;
  static final int EMAIL = 3;
  static final int PHONE = 4;
  static final int COMPANY_ID = 5;
  static final int DEPARTMENT = 6;
  static final int JOB_TITLE = 7;
  static final int ENGAGEMENT = 8;
  static final int TRAINING_RATE = 9;
  static final int OPENS = 10;
  static final int CLICKS = 11;
  static final int TAGS = 12;
  static final int LAST_ENGAGEMENT = 13;
  static final int TRAINING_PATHS = 14;
  static final int SURVEY_COUNT = 15;
  static final int SURVEY_RATE = 16;
  static final int OWNER = 17;
  static final int SALES_READY = 18;
  static final int ACTIVE_DEALS = 19;
  static final int CREATED = 20;
  static final int UPDATED = 21;
  static final int EMPLOYEE_NUMBER = 22;
  static final int SHIFT = 23;
  static final int SITE = 24;

  /** When the first export was taken: 06:00 in Copenhagen on 15 November 2024. */
  static final Instant EXPORTED = Instant.parse("2024-11-15T05:00:00Z");
  /** Changes and additions "a day later" happen in working hours on the 15th, after the first export. */
  private static final Instant DAY_LATER_FROM = Instant.parse("2024-11-15T07:00:00Z");
  private static final Instant DAY_LATER_TO = Instant.parse("2024-11-15T16:00:00Z");
  private static final Instant JOINED_FROM = Instant.parse("2019-01-01T00:00:00Z");
  private static final Instant JOINED_TO = Instant.parse("2024-10-31T00:00:00Z");
  private static final LocalDate ENGAGED_FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate ENGAGED_TO = LocalDate.of(2024, 11, 14);
  private static final List<String> TAG_SEPARATORS = List.of(";", ";", "; ", " ;", ";  ");

  /**
   * A row to write: its cells, and for an unreadable row the job title to write exactly as given in place
   * of the quoted cell (null otherwise).
   */
  record Row(Dirt dirt, List<String> cells, String rawJobTitle) {}

  /** Who someone is; the texts are drawn here so a changed row a day later writes them the same way. */
  record Person(String firstName, String lastName, String emailLocal, long phoneDigits, String phone,
      Instant joined, String joinedText) {}

  record Placement(Companies.Company company, String department, String jobTitle, String site, String shift) {}

  private final GeneratorSpec spec;
  private final Companies companies;
  private final DirtPlan dirt;
  private final ChangePlan changes;
  private final long phoneOffset;

  Employees(GeneratorSpec spec, Companies companies, DirtPlan dirt, ChangePlan changes) {
    this.spec = spec;
    this.companies = companies;
    this.dirt = dirt;
    this.changes = changes;
    this.phoneOffset = Math.floorMod(Draws.random(spec.seed(), Draws.PERSON, 0).nextLong(), 80_000_000L);
  }

  static String id(long index) {
    return "E" + Formats.pad(index, 6);
  }

  Person person(long index) {
    Random random = Draws.random(spec.seed(), Draws.PERSON, index);
    String first = Draws.pick(random, Vocabulary.FIRST_NAMES);
    String last = Draws.pick(random, Vocabulary.LAST_NAMES);
    Instant joined = index > spec.employees()
        ? between(random, DAY_LATER_FROM, DAY_LATER_TO)
        : between(random, JOINED_FROM, JOINED_TO);
    // Unique by construction: the row number is part of the address and the phone walk is a bijection.
    long phone = 20_000_000L + Math.floorMod(index * 7919 + phoneOffset, 80_000_000L);
    return new Person(first, last, Formats.ascii(first) + "." + Formats.ascii(last) + index, phone,
        Formats.phone(random, phone), joined, Formats.timestamp(random, joined));
  }

  Placement placement(long index) {
    Random random = Draws.random(spec.seed(), Draws.PLACEMENT, index);
    long company = 1 + (long) (companies.count() * Math.pow(random.nextDouble(), 1.6));
    Companies.Company at = companies.company(company);
    String department = Draws.pick(random, Vocabulary.DEPARTMENTS.get(at.industry()));
    String job = Draws.pick(random, Vocabulary.JOB_TITLES.get(department));
    String site = Draws.percent(random, 80) ? at.town() : Draws.pick(random, Vocabulary.TOWNS);
    String shift = Draws.percent(random, 10) ? "" : Draws.pick(random, Vocabulary.SHIFT_PATTERNS);
    return new Placement(at, department, job, site, shift);
  }

  String email(long index) {
    return person(index).emailLocal() + "@" + placement(index).company().domain();
  }

  Row row(long index) {
    Person person = person(index);
    Placement placement = placement(index);
    boolean changed = changes.changed(index);
    Random figures = Draws.random(spec.seed(), changed ? Draws.METRICS_DAY_LATER : Draws.METRICS, index);
    String[] cells = new String[HEADER.size()];
    cells[ID] = id(index);
    cells[FIRST_NAME] = person.firstName();
    cells[LAST_NAME] = person.lastName();
    cells[EMAIL] = person.emailLocal() + "@" + placement.company().domain();
    cells[PHONE] = person.phone();
    cells[EMPLOYEE_NUMBER] = Long.toString(100_000 + index);
    place(cells, placement);
    figures(cells, figures);
    if (changed) {
      // Whoever changed a day later was active that day.
      cells[LAST_ENGAGEMENT] = Formats.date(figures, DAY_LATER_FROM.atZone(Formats.COPENHAGEN).toLocalDate());
    }
    cells[CREATED] = person.joinedText();
    Instant updated = changed ? between(figures, DAY_LATER_FROM, DAY_LATER_TO)
        : index > spec.employees() ? person.joined()
        : between(figures, person.joined(), EXPORTED.minusSeconds(86_400));
    cells[UPDATED] = Formats.timestamp(figures, updated);
    Dirt kind = dirt.dirtOf(index);
    return kind == null ? new Row(null, List.of(cells), null) : soil(index, kind, cells);
  }

  private static void place(String[] cells, Placement placement) {
    cells[COMPANY_ID] = placement.company().id();
    cells[DEPARTMENT] = placement.department();
    cells[JOB_TITLE] = placement.jobTitle();
    cells[SHIFT] = placement.shift();
    cells[SITE] = placement.site();
  }

  private static void figures(String[] cells, Random random) {
    cells[ENGAGEMENT] = Formats.decimal(random, Draws.between(random, 0, 1000));
    cells[TRAINING_RATE] = Formats.percent(random, Draws.between(random, 0, 1000));
    int opens = Draws.between(random, 0, 400);
    cells[OPENS] = Draws.percent(random, 2) ? opens + ".0" : Integer.toString(opens);
    cells[CLICKS] = Integer.toString(Draws.between(random, 0, opens / 3));
    cells[TAGS] = tags(random);
    cells[LAST_ENGAGEMENT] = Draws.percent(random, 6) ? ""
        : Formats.date(random, ENGAGED_FROM.plusDays(random.nextInt((int) (ENGAGED_TO.toEpochDay() - ENGAGED_FROM.toEpochDay() + 1))));
    cells[TRAINING_PATHS] = trainingPaths(random);
    cells[SURVEY_COUNT] = Integer.toString(Draws.between(random, 0, 24));
    cells[SURVEY_RATE] = Formats.percent(random, Draws.between(random, 0, 1000));
    cells[OWNER] = Draws.pick(random, Vocabulary.OWNERS);
    cells[SALES_READY] = Draws.percent(random, 25) ? Draws.pick(random, Vocabulary.SALES_READY_YES)
        : Draws.pick(random, Vocabulary.SALES_READY_NO);
    int deals = random.nextInt(100);
    cells[ACTIVE_DEALS] = deals < 80 ? "0" : deals < 92 ? "1" : deals < 97 ? "2" : "3";
  }

  /** A quarter blank; else 1-4 tags, some capitalised, odd spacing, now and then one twice in other case. */
  private static String tags(Random random) {
    if (Draws.percent(random, 25)) {
      return "";
    }
    List<String> pool = new ArrayList<>(Vocabulary.TAGS);
    int count = Draws.between(random, 1, 4);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String tag = pool.remove(random.nextInt(pool.size()));
      chosen.add(Draws.percent(random, 10) ? tag.toUpperCase(Locale.ROOT) : tag);
    }
    if (Draws.percent(random, 5)) {
      String first = chosen.get(0);
      String lower = first.toLowerCase(Locale.ROOT);
      chosen.add(first.equals(lower) ? first.toUpperCase(Locale.ROOT) : lower);
    }
    StringBuilder out = new StringBuilder(chosen.get(0));
    for (int i = 1; i < chosen.size(); i++) {
      out.append(Draws.pick(random, TAG_SEPARATORS)).append(chosen.get(i));
    }
    return out.toString();
  }

  private static String trainingPaths(Random random) {
    if (Draws.percent(random, 20)) {
      return "";
    }
    List<String> pool = new ArrayList<>(Vocabulary.TRAINING_PATHS);
    int count = Draws.between(random, 1, 3);
    String separator = Draws.percent(random, 15) ? " | " : "|";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : separator).append(pool.remove(random.nextInt(pool.size())));
    }
    return out.toString();
  }

  private Row soil(long index, Dirt kind, String[] cells) {
    Random random = Draws.random(spec.seed(), Draws.DIRT, index);
    switch (kind) {
      case DUPLICATE_PERSON -> {
        long anchor = dirt.anchorOf(index);
        Person original = person(anchor);
        Placement placement = placement(anchor);
        cells[FIRST_NAME] = original.firstName();
        cells[LAST_NAME] = original.lastName();
        cells[EMAIL] = Formats.capitalised(original.emailLocal() + "@" + placement.company().domain());
        cells[PHONE] = Formats.phone(random, original.phoneDigits());
        cells[EMPLOYEE_NUMBER] = Long.toString(100_000 + anchor);
        place(cells, placement);
      }
      case SHARED_EMAIL -> cells[EMAIL] = email(dirt.anchorOf(index));
      case PHONE_ONLY -> cells[EMAIL] = "";
      case NO_CONTACT -> {
        cells[EMAIL] = "";
        cells[PHONE] = "";
      }
      case BLANK_LAST_NAME -> cells[LAST_NAME] = "";
      case UNKNOWN_COMPANY -> cells[COMPANY_ID] = Companies.id(companies.count() + 1 + random.nextInt(90));
      case SCORE_NOT_A_NUMBER -> cells[ENGAGEMENT] = "n/a";
      case IMPOSSIBLE_DATE -> cells[LAST_ENGAGEMENT] = Draws.pick(random, Vocabulary.BAD_DATES);
      case PERCENT_OUT_OF_RANGE -> cells[TRAINING_RATE] = Draws.pick(random, Vocabulary.BAD_PERCENTAGES);
      case MULTILINE_SITE -> cells[SITE] = cells[SITE] + "\n" + Draws.pick(random, Vocabulary.SITE_DETAILS);
      case PADDED_MIXED_CASE_EMAIL -> cells[EMAIL] = "  " + Formats.capitalised(cells[EMAIL]) + " ";
      case WRONG_COLUMN_COUNT -> {
        return unreadable(kind, cells, cells[JOB_TITLE] + "; " + Draws.pick(random, List.of("Chef", "Trainer", "Deputy")));
      }
      case BROKEN_QUOTE -> {
        return unreadable(kind, cells, "\"" + cells[JOB_TITLE]);
      }
      default -> throw new IllegalStateException("no rule for " + kind);
    }
    return new Row(kind, List.of(cells), null);
  }

  private static Row unreadable(Dirt kind, String[] cells, String rawJobTitle) {
    return new Row(kind, List.of(cells), rawJobTitle);
  }

  private static Instant between(Random random, Instant from, Instant to) {
    return Instant.ofEpochSecond(Draws.between(random, from.getEpochSecond(), to.getEpochSecond()));
  }
}
