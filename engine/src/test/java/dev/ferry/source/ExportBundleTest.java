package dev.ferry.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportBundleTest {

  @TempDir
  Path dir;

  @Test
  void listsObjectsAndReadsHeadersCaseInsensitively() throws IOException {
    Files.writeString(dir.resolve("Employees.CSV"), "Employee ID;EMAIL\n1;a@b.example\n");
    Files.writeString(dir.resolve("companies.csv"), "company_id,company_name\n");
    Files.writeString(dir.resolve("workflows.json"), "[]");
    ExportBundle bundle = ExportBundle.open(dir);
    assertEquals(List.of("companies", "employees"), bundle.objects());
    assertEquals(List.of("employee_id", "email"), bundle.header("employees").columns());
    try (RecordStream stream = bundle.open("employees")) {
      assertEquals("Employees.CSV", stream.header().file());
      assertEquals("a@b.example", ((SourceRecord) stream.next()).get("email"));
    }
    assertEquals(dir.resolve("workflows.json"), bundle.file("workflows.json"));
  }

  @Test
  void aMissingFileNamesTheFolderAndTheFile() throws IOException {
    Files.writeString(dir.resolve("companies.csv"), "company_id\n");
    ExportBundle bundle = ExportBundle.open(dir);
    SourceException e = assertThrows(SourceException.class, () -> bundle.open("employees", HeaderAliases.none()));
    assertEquals("the export folder " + dir + " has no employees.csv (it has: companies.csv)", e.getMessage());
    assertEquals(dir.resolve("employees.csv").toString(), e.file());
  }

  @Test
  void aMissingFolderSaysSo() {
    SourceException e = assertThrows(SourceException.class, () -> ExportBundle.open(dir.resolve("nope")));
    assertEquals("the export folder " + dir.resolve("nope") + " does not exist or is not a folder", e.getMessage());
  }
}
