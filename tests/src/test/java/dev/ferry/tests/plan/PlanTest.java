package dev.ferry.tests.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.compile.PlanBuilder;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.plan.ObjectPlan;
import dev.ferry.plan.PlanPrinter;
import dev.ferry.tests.approval.ApprovedFile;
import dev.ferry.tests.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed plan of the shipped map is reviewed like code: approved, and its hash means what it says. */
class PlanTest {

  private static final Path SHIPPED = Path.of("../mappings/actimo-to-freshsales.yaml");

  @TempDir
  Path dir;

  @Test
  void theShippedMapsPlanIsApproved() {
    ExecutionPlan plan = build(SHIPPED);
    Approvals.verify(PlanPrinter.print(plan, Path.of("..")),
        ApprovedFile.beside(Path.of("approved"), "plan.actimo-to-freshsales"));
  }

  @Test
  void accountsRunBeforeTheEmployeesThatLookThemUp() {
    ExecutionPlan plan = build(SHIPPED);
    assertEquals(java.util.List.of("accounts", "employees"), plan.objects().stream().map(ObjectPlan::id).toList());
    assertEquals(java.util.Set.of("accounts"), plan.object("employees").orElseThrow().dependsOn());
  }

  @Test
  void theOrderComesFromLookupsNotFromTheOrderObjectsAreWritten() throws IOException {
    String text = Files.readString(SHIPPED);
    int accounts = text.indexOf("  - id: accounts");
    int employees = text.indexOf("  - id: employees");
    String swapped = text.substring(0, accounts) + text.substring(employees) + text.substring(accounts, employees);
    Path copy = copyWithText(swapped);
    assertEquals(java.util.List.of("accounts", "employees"),
        build(copy).objects().stream().map(ObjectPlan::id).toList());
  }

  @Test
  void theCommandPrintsThePlanAndItsHash() {
    Cli.Result result = Cli.run("plan", SHIPPED.toString());
    assertEquals(0, result.exitCode(), result.all());
    assertTrue(result.out().matches("(?s)Plan actimo-to-freshsales\n  hash    sha256:[0-9a-f]{64}\n.*"), result.out());
    assertTrue(result.out().indexOf("1. accounts") < result.out().indexOf("2. employees"), result.out());
  }

  @Test
  void theHashIgnoresCommentsAndLayoutButNotContent() throws IOException {
    String text = Files.readString(SHIPPED);
    String original = build(SHIPPED).hash().hex();
    String recommented = build(copyWithText(text.replace("# Actimo", "# Actimo, reviewed\n# again:"))).hash().hex();
    String changed = build(copyWithText(text.replace("default: 9", "default: 8"))).hash().hex();
    assertEquals(original, recommented, "a comment does not change what the map does");
    assertNotEquals(original, changed, "a changed default changes what the map does");
  }

  @Test
  void anInvalidMapHasNoPlan() throws IOException {
    Path broken = copyWithText(Files.readString(SHIPPED).replace("object: accounts", "object: acounts"));
    Cli.Result result = Cli.run("plan", broken.toString());
    assertEquals(1, result.exitCode());
    assertTrue(result.err().contains("lookup-unknown-object"), result.err());
  }

  private Path copyWithText(String text) throws IOException {
    // Beside the shipped map, so the export path in it still resolves.
    Path copy = SHIPPED.resolveSibling("plan-test-" + Math.abs(text.hashCode()) + ".yaml");
    Files.writeString(copy, text);
    copy.toFile().deleteOnExit();
    return copy;
  }

  private static ExecutionPlan build(Path map) {
    PlanBuilder.Result result = PlanBuilder.build(map, map.toString(), Clock.systemUTC());
    return result.plan().orElseThrow(() -> new AssertionError(result.diagnostics()));
  }
}
