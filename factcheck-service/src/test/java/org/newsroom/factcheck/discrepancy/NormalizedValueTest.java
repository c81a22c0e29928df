package org.newsroom.factcheck.discrepancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsroom.factcheck.discrepancy.NormalizedValue.Qualifier;
import org.newsroom.factcheck.discrepancy.NormalizedValue.Type;

class NormalizedValueTest {

  @ParameterizedTest
  @CsvSource({
    "DURATION, PT4H30M",
    "DURATION, pt5h",
    "DURATION, P3D",
    "DURATION, P3Y",
    "DURATION, P1DT2H",
    "DATE, 2025-02-18",
    "DATE, 2025-02",
    "DATE, 2025",
    "DATE, 2024-02-29",
    "NUMBER, 20",
    "NUMBER, 4.5",
    "NUMBER, 0"
  })
  void shouldAcceptValuesOfTheirType(Type type, String value) {
    assertTrue(new NormalizedValue(type, value, null).problem().isEmpty(), value);
  }

  @ParameterizedTest
  @CsvSource({
    "DURATION, five hours",
    "DURATION, 4h30m",
    "DURATION, PT-4H",
    "DURATION, 2025-02-18",
    "DATE, 2025-02-30",
    "DATE, 2023-02-29",
    "DATE, 18/02/2025",
    "DATE, 2025-13",
    "DATE, PT5H",
    "NUMBER, -3",
    "NUMBER, twenty",
    "NUMBER, 1e3",
    "NUMBER, 20%"
  })
  void shouldRefuseValuesThatDoNotFitTheirType(Type type, String value) {
    assertTrue(new NormalizedValue(type, value, null).problem().isPresent(), value);
  }

  @ParameterizedTest
  @CsvSource({"DURATION, ' pt4h30m ', PT4H30M", "DATE, ' 2025-02 ', 2025-02", "NUMBER, 20, 20"})
  void shouldCanonicaliseAndDefaultToExactly(Type type, String value, String canonical) {
    NormalizedValue result = new NormalizedValue(type, value, null).canonical();
    assertEquals(canonical, result.value());
    assertEquals(Qualifier.EXACTLY, result.qualifier());
  }

  @ParameterizedTest
  @CsvSource({"LESS_THAN", "APPROXIMATELY", "MORE_THAN"})
  void shouldKeepTheQualifierGiven(Qualifier qualifier) {
    assertEquals(
        qualifier, new NormalizedValue(Type.DURATION, "PT5H", qualifier).canonical().qualifier());
  }
}
