package org.newsroom.foundation.paging;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.newsroom.foundation.problem.ProblemException;

/** A calendar-date query parameter: absent or blank is null, anything but YYYY-MM-DD a 400. */
public final class DateParameter {

  private DateParameter() {}

  /**
   * The date, or null when the parameter is absent.
   *
   * @throws ProblemException 400 naming the parameter when it is not a date
   */
  public static LocalDate parse(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidParameter(
          name, "must be a date YYYY-MM-DD (was '" + value + "')");
    }
  }
}
