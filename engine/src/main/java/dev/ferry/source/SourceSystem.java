package dev.ferry.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Ferry knows about a source system's export before reading one: its objects (one file each) and
 * their columns, and which object carries the admin-defined custom fields. Validation uses it to catch misspelt columns without an export at hand; the contract
 * is documented for people in {@code mappings/README.md}.
 */
public record SourceSystem(String name, Map<String, SourceObject> objects, String customFieldObject) {

  /** One exported object: the file it is in and the columns that file has. */
  public record SourceObject(String name, String file, List<String> columns) {
    public SourceObject {
      columns = List.copyOf(columns);
    }
  }

  public SourceSystem {
    objects = Map.copyOf(objects);
  }

  public Optional<SourceObject> object(String name) {
    return Optional.ofNullable(objects.get(name));
  }

  /** Actimo's export bundle, as Ferry documents it (Actimo itself documents no export layout). */
  public static final SourceSystem ACTIMO = new SourceSystem("actimo", Map.of(
      "companies", new SourceObject("companies", "companies.csv", List.of(
          "company_id", "company_name", "industry", "employee_count", "annual_revenue",
          "department_name", "created_at", "updated_at")),
      "employees", new SourceObject("employees", "employees.csv", List.of(
          "employee_id", "first_name", "last_name", "email", "phone", "company_id", "department_name",
          "job_title", "engagement_score", "training_completion_rate", "message_open_count",
          "message_click_count", "tags", "last_engagement_date", "assigned_training_paths",
          "survey_response_count", "survey_engagement_rate", "owner_email", "sales_ready",
          "active_deals", "created_at", "updated_at")),
      "survey_responses", new SourceObject("survey_responses", "survey_responses.csv", List.of(
          "response_id", "survey_id", "survey_name", "question", "answer", "employee_id",
          "department_name", "submitted_at"))),
      "employees");

  public static Optional<SourceSystem> named(String name) {
    return ACTIMO.name().equals(name) ? Optional.of(ACTIMO) : Optional.empty();
  }
}
