package org.newsroom.factcheck.discrepancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stated value in a comparable form: "almost five hours" is {@code DURATION PT5H LESS_THAN},
 * "February 19, 2023" is {@code DATE 2023-02-19 EXACTLY}.
 */
@Schema(name = "NormalizedValue")
@FitsItsType
public record NormalizedValue(
    @NotNull Type type,
    @NotBlank
        @Size(max = 40)
        @Schema(
            description =
                "ISO 8601: a duration (PT4H30M, P3D), a date (2025-02-18, 2025-02, 2025), or a"
                    + " plain decimal number (20, 4.5)",
            examples = "PT4H30M")
        String value,
    @Schema(description = "How the source qualifies it; EXACTLY when absent") Qualifier qualifier) {

  /** The kinds of normalised value. */
  public enum Type {
    DURATION,
    DATE,
    NUMBER
  }

  /** How a source qualifies a value: "almost", "about", "more than", "at least", "up to". */
  public enum Qualifier {
    EXACTLY,
    APPROXIMATELY,
    LESS_THAN,
    MORE_THAN,
    AT_LEAST,
    AT_MOST
  }

  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  /** Why the value does not fit its type, or empty when it does. */
  public Optional<String> problem() {
    if (type == null || value == null) {
      return Optional.empty(); // Bean Validation reports these
    }
    String v = value.strip();
    return switch (type) {
      case DURATION -> durationProblem(v);
      case DATE -> dateProblem(v);
      case NUMBER ->
          NUMBER.matcher(v).matches() && new BigDecimal(v).compareTo(BigDecimal.ZERO) >= 0
              ? Optional.empty()
              : Optional.of("must be a plain non-negative decimal number like 20 or 4.5");
    };
  }

  /** The value in its canonical form (upper-case duration, stripped), assuming it is valid. */
  public NormalizedValue canonical() {
    String v = value.strip();
    return new NormalizedValue(
        type,
        type == Type.DURATION ? v.toUpperCase(Locale.ROOT) : v,
        qualifier == null ? Qualifier.EXACTLY : qualifier);
  }

  private static Optional<String> durationProblem(String v) {
    String upper = v.toUpperCase(Locale.ROOT);
    try {
      if (Duration.parse(upper).isNegative()) {
        return Optional.of("must not be negative");
      }
      return Optional.empty();
    } catch (DateTimeParseException e) {
      try {
        if (Period.parse(upper).isNegative()) {
          return Optional.of("must not be negative");
        }
        return Optional.empty();
      } catch (DateTimeParseException e2) {
        return Optional.of("must be an ISO 8601 duration like PT4H30M or P3D (was '" + v + "')");
      }
    }
  }

  private static Optional<String> dateProblem(String v) {
    if (!DATE.matcher(v).matches()) {
      return Optional.of("must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD (was '" + v + "')");
    }
    try {
      switch (v.length()) {
        case 4 -> Year.parse(v);
        case 7 -> YearMonth.parse(v);
        default -> LocalDate.parse(v);
      }
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of("is not a calendar date (was '" + v + "')");
    }
  }
}
