package dev.ferry.generate;

import java.util.List;
import java.util.Map;

/** The words a Nordic deskless workforce's export is made of. Changing any list changes every bundle. */
final class Vocabulary {

  private Vocabulary() {}

  static final List<String> FIRST_NAMES = List.of(
      "Anna", "Mette", "Sofie", "Freja", "Ida", "Emma", "Maja", "Laura", "Clara", "Karen", "Kirsten", "Hanne",
      "Line", "Camilla", "Louise", "Julie", "Cecilie", "Nanna", "Signe", "Birgitte", "Åse", "Lars", "Jens",
      "Peter", "Mikkel", "Rasmus", "Søren", "Niels", "Anders", "Frederik", "Mads", "Jonas", "Oliver", "William",
      "Noah", "Lucas", "Magnus", "Emil", "Mathias", "Bjørn", "Jørgen", "Ahmed", "Fatima", "Mohammed", "Aisha",
      "Ali", "Piotr", "Agnieszka", "Tomasz", "Katarzyna", "Andrei", "Ioana", "Mehmet", "Ayşe", "Linh", "Erik",
      "Ingrid", "Astrid", "Sven", "Kari");

  static final List<String> LAST_NAMES = List.of(
      "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
      "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen",
      "Johansen", "Møller", "Mortensen", "Holm", "Berg", "Dahl", "Lindqvist", "Kowalski", "Nowak", "Yılmaz",
      "Hassan", "Popescu", "Nguyen", "Haugen", "Eriksson", "Bakke", "Østergaard", "Frandsen");

  static final List<String> TOWNS = List.of(
      "Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Kolding", "Horsens", "Randers", "København", "Roskilde",
      "Herning", "Silkeborg", "Næstved", "Fredericia", "Viborg", "Køge", "Hillerød", "Helsingør", "Malmö",
      "Göteborg");

  static final List<String> SITE_DETAILS = List.of("Gate 4", "Building B", "Dock 2", "2nd floor", "Annex");

  static final List<String> INDUSTRIES = List.of("Retail", "Logistics", "Hospitality", "Manufacturing", "Healthcare");

  /** Three name words per industry, in {@link #INDUSTRIES} order. */
  static final List<String> COMPANY_WORDS = List.of(
      "Dagligvarer", "Supermarked", "Handel",
      "Logistik", "Transport", "Fragt",
      "Hotel", "Kro", "Restauranter",
      "Stål", "Fødevarer", "Møbler",
      "Plejecenter", "Omsorg", "Hjemmepleje");

  static final List<String> COMPANY_PREFIXES = List.of(
      "Nordlys", "Havblik", "Kystvej", "Fjordland", "Bøgely", "Solbakken", "Skovly", "Strandgaard", "Vestkyst",
      "Østerled", "Klitgaard", "Engholm", "Mosegaard", "Bakkehus", "Granly", "Lindely", "Søndervang", "Højmark",
      "Ravnsborg", "Lyngholm");

  static final List<String> LEGAL_FORMS = List.of("A/S", "ApS");

  /** The industry a company really has, when its export row says otherwise: Actimo's own list lacks it. */
  static final String UNMAPPED_INDUSTRY = "Facility services";

  /** Departments by industry, each listed as often as its weight. */
  static final Map<String, List<String>> DEPARTMENTS = Map.of(
      "Retail", List.of("Store", "Store", "Store", "Store", "Store", "Warehouse", "Warehouse", "Customer service", "HQ"),
      "Logistics", List.of("Warehouse", "Warehouse", "Warehouse", "Warehouse", "Drivers", "Drivers", "Drivers",
          "Customer service", "HQ"),
      "Hospitality", List.of("Kitchen", "Kitchen", "Kitchen", "Front desk", "Front desk", "Housekeeping",
          "Housekeeping", "Housekeeping", "HQ"),
      "Manufacturing", List.of("Production", "Production", "Production", "Production", "Production", "Warehouse",
          "Warehouse", "Maintenance", "HQ"),
      "Healthcare", List.of("Care", "Care", "Care", "Care", "Care", "Kitchen", "Cleaning", "Cleaning", "HQ"));

  static final Map<String, List<String>> JOB_TITLES = Map.ofEntries(
      Map.entry("Store", List.of("Sales assistant", "Cashier", "Store manager", "Shift lead", "Visual merchandiser")),
      Map.entry("Warehouse", List.of("Warehouse operative", "Forklift driver", "Picker", "Shift lead", "Warehouse manager")),
      Map.entry("Customer service", List.of("Customer service agent", "Team lead")),
      Map.entry("HQ", List.of("HR partner", "Payroll specialist", "Communications lead", "Operations manager", "Controller")),
      Map.entry("Drivers", List.of("Delivery driver", "Truck driver", "Route planner")),
      Map.entry("Kitchen", List.of("Chef", "Sous chef", "Kitchen assistant", "Dishwasher")),
      Map.entry("Front desk", List.of("Receptionist", "Night auditor", "Front office manager")),
      Map.entry("Housekeeping", List.of("Room attendant", "Housekeeping supervisor")),
      Map.entry("Production", List.of("Machine operator", "Production technician", "Line lead", "Quality inspector")),
      Map.entry("Maintenance", List.of("Maintenance technician", "Electrician")),
      Map.entry("Care", List.of("Care assistant", "Nurse", "Healthcare helper", "Care coordinator")),
      Map.entry("Cleaning", List.of("Cleaner", "Cleaning supervisor")));

  static final List<String> SHIFT_PATTERNS = List.of("Day", "Day", "Day", "Evening", "Night", "Rotating", "Weekend");

  static final List<String> TAGS = List.of(
      "night-shift", "vip", "newsletter", "onboarding", "safety-champion", "union-rep", "forklift-certified",
      "first-aid", "mentor", "part-time");

  static final List<String> TRAINING_PATHS = List.of(
      "Safety 101", "Forklift basics", "Food hygiene", "Customer service", "GDPR basics", "First aid",
      "Manual handling");

  /** Actimo admins who own employees, by weight; the last two have no Freshsales user. */
  static final List<String> OWNERS = List.of(
      "anna.larsen@nordhavn.example", "anna.larsen@nordhavn.example", "anna.larsen@nordhavn.example",
      "anna.larsen@nordhavn.example", "anna.larsen@nordhavn.example",
      "mikkel.holm@nordhavn.example", "mikkel.holm@nordhavn.example", "mikkel.holm@nordhavn.example",
      "mikkel.holm@nordhavn.example",
      "sofie.berg@nordhavn.example", "sofie.berg@nordhavn.example", "sofie.berg@nordhavn.example",
      "jonas.krogh@nordhavn.example", "jonas.krogh@nordhavn.example", "jonas.krogh@nordhavn.example",
      "freja.dahl@nordhavn.example", "freja.dahl@nordhavn.example",
      "oliver.munk@nordhavn.example",
      "", "");

  static final List<String> SALES_READY_YES = List.of("yes", "true", "1", "Yes", "TRUE");
  static final List<String> SALES_READY_NO = List.of("no", "false", "0", "No", "FALSE");

  static final List<String> BAD_DATES = List.of("31/02/2024", "2024-02-30", "31/04/2024", "30.02.2024");
  static final List<String> BAD_PERCENTAGES = List.of("130%", "112", "250 %");
}
