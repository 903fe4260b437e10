package dev.ferry.generate;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The companies of an export. Names come from a fixed set of 600 (prefix, industry word, legal form),
 * visited in a seeded order so no name repeats before all are used. Every tenth company (the 4th, 14th,
 * ...) has a blank industry and every tenth from the 7th says {@value Vocabulary#UNMAPPED_INDUSTRY}, a value
 * outside Actimo's usual list.
 */
final class Companies {

  static final List<String> HEADER = List.of(
      "company_id", "company_name", "industry", "employee_count", "annual_revenue", "department_name",
      "created_at", "updated_at");

  private static final int NAMES = Vocabulary.COMPANY_PREFIXES.size() * Vocabulary.COMPANY_WORDS.size()
      * Vocabulary.LEGAL_FORMS.size();
  /** Coprime with {@link #NAMES}, so stepping by it visits every name once. */
  private static final int STRIDE = 401;
  private static final Instant FOUNDED_FROM = Instant.parse("2016-01-01T00:00:00Z");
  private static final Instant FOUNDED_TO = Instant.parse("2023-06-30T00:00:00Z");

  record Company(long index, String id, String name, String industry, String domain, String town) {}

  private final long seed;
  private final long count;
  private final int nameOffset;

  Companies(long seed, long count) {
    this.seed = seed;
    this.count = count;
    this.nameOffset = Draws.random(seed, Draws.COMPANY, 0).nextInt(NAMES);
  }

  long count() {
    return count;
  }

  static String id(long index) {
    return "C" + Formats.pad(index, 5);
  }

  /** Company {@code index} (1-based); its industry here is the real one, whatever its row says. */
  Company company(long index) {
    int name = (int) (((index - 1) * STRIDE + nameOffset) % NAMES);
    int prefix = name % Vocabulary.COMPANY_PREFIXES.size();
    int rest = name / Vocabulary.COMPANY_PREFIXES.size();
    int word = rest % Vocabulary.COMPANY_WORDS.size();
    String legalForm = Vocabulary.LEGAL_FORMS.get(rest / Vocabulary.COMPANY_WORDS.size());
    long round = (index - 1) / NAMES;
    String base = Vocabulary.COMPANY_PREFIXES.get(prefix) + " " + Vocabulary.COMPANY_WORDS.get(word)
        + (round > 0 ? " " + (round + 1) : "");
    String domain = Formats.ascii(Vocabulary.COMPANY_PREFIXES.get(prefix)) + "-"
        + Formats.ascii(Vocabulary.COMPANY_WORDS.get(word)) + (round > 0 ? "-" + (round + 1) : "") + ".example";
    Random random = Draws.random(seed, Draws.COMPANY, index);
    return new Company(index, id(index), base + " " + legalForm, Vocabulary.INDUSTRIES.get(word / 3), domain,
        Draws.pick(random, Vocabulary.TOWNS));
  }

  List<String> row(Company company) {
    Random random = Draws.random(seed, Draws.COMPANY_ROW, company.index());
    long employees = Math.round(Math.pow(10, 1.3 + random.nextDouble() * 2.4));
    long revenue = employees * Draws.between(random, 400_000L, 1_200_000L);
    int oere = random.nextInt(4) == 0 ? random.nextInt(100) : 0;
    Instant created = Instant.ofEpochSecond(Draws.between(random, FOUNDED_FROM.getEpochSecond(), FOUNDED_TO.getEpochSecond()));
    Instant updated = Instant.ofEpochSecond(Draws.between(random, created.getEpochSecond(),
        Employees.EXPORTED.getEpochSecond() - 86_400));
    String department = random.nextInt(10) < 7 ? "HQ"
        : Vocabulary.DEPARTMENTS.get(company.industry()).get(0);
    String industry = switch ((int) (company.index() % 10)) {
      case 4 -> "";
      case 7 -> Vocabulary.UNMAPPED_INDUSTRY;
      default -> company.industry();
    };
    return List.of(company.id(), company.name(), industry, Formats.count(random, employees),
        Formats.revenue(random, revenue, oere), department, Formats.utc(created), Formats.utc(updated));
  }
}
