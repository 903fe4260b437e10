package dev.ferry.generate;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Pulse-survey answers: one response per employee of the first export, on average. A quarter are
 * anonymous (no employee_id: Actimo hides who answered below 3 respondents). Free-text answers hold commas,
 * quotes, line breaks and emoji, so the file exercises quoting.
 */
final class Surveys {

  static final List<String> HEADER = List.of(
      "response_id", "survey_id", "survey_name", "question", "answer", "employee_id", "department_name",
      "submitted_at");

  private enum Answer { SCALE_5, SCALE_10, YES_NO, TEXT }

  private record Question(String text, Answer answer) {}

  private record Survey(String id, String name, List<Question> questions) {}

  private static final List<Survey> SURVEYS = List.of(
      new Survey("S01", "Weekly pulse", List.of(
          new Question("How are you feeling about work this week?", Answer.SCALE_5),
          new Question("Do you have what you need to do your job?", Answer.SCALE_5),
          new Question("Anything you want to tell your manager?", Answer.TEXT))),
      new Survey("S02", "Monthly pulse", List.of(
          new Question("How likely are you to recommend us as a place to work?", Answer.SCALE_10),
          new Question("What should we start doing?", Answer.TEXT))),
      new Survey("S03", "Onboarding check-in", List.of(
          new Question("Did you get the training you needed in your first weeks?", Answer.YES_NO),
          new Question("What was confusing, if anything?", Answer.TEXT))),
      new Survey("S04", "Safety culture 2024", List.of(
          new Question("Do you feel safe at work?", Answer.SCALE_5),
          new Question("Have you seen a near-miss this month?", Answer.YES_NO))));

  private static final List<String> TEXTS = List.of(
      "More training on the new scanners, please.",
      "The \"new\" rota is confusing",
      "Better coffee, warmer gloves",
      "Ingen kommentarer",
      "Mere info om vagtplanen, tak",
      "Great team!\nBut the break room is too small.",
      "Forklift 3 brakes feel soft; reported twice",
      "Tak for en god uge 😊",
      "Can we get the schedule before Thursday?",
      "Parking at Dock 2 is a problem");

  private static final Instant FROM = Instant.parse("2024-01-01T06:00:00Z");
  private static final Instant TO = Instant.parse("2024-11-14T20:00:00Z");

  private final long seed;
  private final long employees;
  private final Employees people;

  Surveys(long seed, long employees, Employees people) {
    this.seed = seed;
    this.employees = employees;
    this.people = people;
  }

  List<String> row(long index) {
    Random random = Draws.random(seed, Draws.SURVEY, index);
    Survey survey = Draws.pick(random, SURVEYS);
    Question question = Draws.pick(random, survey.questions());
    String answer = switch (question.answer()) {
      case SCALE_5 -> Integer.toString(Draws.between(random, 1, 5));
      case SCALE_10 -> Integer.toString(Draws.between(random, 0, 10));
      case YES_NO -> random.nextBoolean() ? "Yes" : "No";
      case TEXT -> Draws.pick(random, TEXTS);
    };
    long employee = Draws.between(random, 1L, employees);
    boolean anonymous = Draws.percent(random, 25);
    Instant submitted = Instant.ofEpochSecond(Draws.between(random, FROM.getEpochSecond(), TO.getEpochSecond()));
    return List.of("R" + Formats.pad(index, 7), survey.id(), survey.name(), question.text(), answer,
        anonymous ? "" : Employees.id(employee), people.placement(employee).department(), Formats.utc(submitted));
  }
}
