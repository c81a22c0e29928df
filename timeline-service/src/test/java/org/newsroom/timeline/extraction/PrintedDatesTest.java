package org.newsroom.timeline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedDatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        "Published February 19, 2023 => 2023-02-19",
        "REUTERS | Published February 19, 2023 => 2023-02-19",
        "BREITBART | Published February 18, 2025 => 2025-02-18",
        "Tuesday 18 February 2025 16:43, UK => 2025-02-18",
        "Feb. 18, 2025 => 2025-02-18",
        "Feb 18 2025 => 2025-02-18",
        "18th Feb 2025 => 2025-02-18",
        "1st June 2025 => 2025-06-01",
        "22nd Jul. 2025 => 2025-07-22",
        "3rd March, 2025 => 2025-03-03",
        "Sept 3, 2024 => 2024-09-03",
        "Sep. 3, 2024 => 2024-09-03",
        "September 3, 2024 => 2024-09-03",
        "3 Sept 2024 => 2024-09-03",
        "June 1, 2025 => 2025-06-01",
        "Jun 1, 2025 => 2025-06-01",
        "May 5, 2025 => 2025-05-05",
        "Dec 31, 2024 => 2024-12-31",
        "FEBRUARY 19, 2023 => 2023-02-19",
        "published february 19th, 2023 => 2023-02-19",
        "February 29, 2024 => 2024-02-29",
        "2025-02-18 => 2025-02-18",
        "2025-02-18T10:00:00Z => 2025-02-18",
        "Updated: 2025-02-18T23:30:00+03:00 => 2025-02-18",
      })
  void shouldReadThePrintedDate(String printed, LocalDate date) {
    assertEquals(Optional.of(date), PrintedDates.parse(printed));
  }

  @Test
  void shouldFindNoDateInAnUnfilledPlaceholder() {
    String printed = "Published: [#item_custom_pubDate]";
    assertEquals(Optional.empty(), PrintedDates.parse(printed));
    assertTrue(PrintedDates.isPlaceholder(printed));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void shouldFindNoDateInNothing(String printed) {
    assertEquals(Optional.empty(), PrintedDates.parse(printed));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "February 30, 2025",
        "30 February 2025",
        "February 29, 2025",
        "April 31, 2025",
        "32 March 2025",
        "2025-02-30",
        "2025-13-01T10:00:00Z"
      })
  void shouldFindNoDateWhenThePrintedOneIsNotReal(String printed) {
    assertEquals(Optional.empty(), PrintedDates.parse(printed));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Published by the newsroom",
        "Updated 3 hours ago",
        "Published May 2025",
        "February 2025",
        "18 Febtember 2025",
        "Page 12 of 40"
      })
  void shouldFindNoDateInTextWithoutOne(String printed) {
    assertEquals(Optional.empty(), PrintedDates.parse(printed));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[#item_custom_pubDate]",
        "Published: [#item_custom_pubDate]",
        "Published {{date}}",
        "Published %DATE%",
        "Published ${pubDate}"
      })
  void shouldRecogniseAnUnfilledPlaceholder(String printed) {
    assertTrue(PrintedDates.isPlaceholder(printed));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Published February 19, 2023",
        "Tuesday 18 February 2025 16:43, UK",
        "[Updated] February 19, 2023",
        "100% certain"
      })
  void shouldNotTakeAnOrdinaryLineForAPlaceholder(String printed) {
    assertFalse(PrintedDates.isPlaceholder(printed));
  }
}
