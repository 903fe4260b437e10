package dev.ferry.freshsales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FreshsalesConfigTest {
  private static final String KEY = "cfg-test-key-5b1e";

  private static String base(Map<String, String> env) {
    return FreshsalesConfig.fromEnv(env).baseUrl().toString();
  }

  @Test
  void a_bundle_alias_gets_the_crm_sales_api_base() {
    assertEquals("https://acme.myfreshworks.com/crm/sales/api",
        base(Map.of("FRESHSALES_DOMAIN", "acme.myfreshworks.com", "FRESHSALES_API_KEY", KEY)));
    assertEquals("https://acme.myfreshworks.com/crm/sales/api",
        base(Map.of("FRESHSALES_DOMAIN", "https://acme.myfreshworks.com/crm/sales/", "FRESHSALES_API_KEY", KEY)));
    assertEquals("https://acme.myfreshworks.com/crm/sales/api",
        base(Map.of("FRESHSALES_DOMAIN", "acme", "FRESHSALES_API_KEY", KEY)));
  }

  @Test
  void a_classic_domain_gets_the_api_base() {
    assertEquals("https://acme.freshsales.io/api",
        base(Map.of("FRESHSALES_DOMAIN", "acme.freshsales.io", "FRESHSALES_API_KEY", KEY)));
  }

  @Test
  void a_full_url_is_taken_as_is() {
    assertEquals("http://127.0.0.1:8080/crm/sales/api",
        base(Map.of("FRESHSALES_URL", "http://127.0.0.1:8080/crm/sales/api/", "FRESHSALES_API_KEY", KEY)));
  }

  @Test
  void optional_settings_are_read() {
    FreshsalesConfig config = FreshsalesConfig.fromEnv(Map.of("FRESHSALES_DOMAIN", "acme.myfreshworks.com",
        "FRESHSALES_API_KEY", KEY, "FRESHSALES_LEAD_MODE", "module", "FRESHSALES_CONCURRENCY", "2"));
    assertEquals(LeadMode.MODULE, config.leadMode());
    assertEquals(2, config.concurrency());
  }

  @Test
  void missing_settings_are_named_without_the_key() {
    IllegalArgumentException noKey = assertThrows(IllegalArgumentException.class,
        () -> FreshsalesConfig.fromEnv(Map.of("FRESHSALES_DOMAIN", "acme.myfreshworks.com")));
    assertTrue(noKey.getMessage().contains("FRESHSALES_API_KEY"));
    IllegalArgumentException noTarget = assertThrows(IllegalArgumentException.class,
        () -> FreshsalesConfig.fromEnv(Map.of("FRESHSALES_API_KEY", KEY)));
    assertFalse(noTarget.getMessage().contains(KEY));
  }

  @Test
  void the_key_never_prints() {
    FreshsalesConfig config = FreshsalesConfig.fromEnv(Map.of("FRESHSALES_DOMAIN", "acme", "FRESHSALES_API_KEY", KEY));
    assertFalse(config.toString().contains(KEY));
    assertFalse(config.apiKey().toString().contains(KEY));
    assertTrue(FreshsalesConfig.targetsAnAccount(Map.of("FRESHSALES_DOMAIN", "acme")));
    assertFalse(FreshsalesConfig.targetsAnAccount(Map.of("FRESHSALES_API_KEY", KEY)));
  }
}
