package org.newsroom.foundation.paging;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.foundation.problem.ProblemException;

/**
 * A list filter that takes enum values, repeated ({@code ?status=OPEN&status=CONFIRMED}) or comma
 * separated ({@code ?status=open,confirmed}), ignoring case. An unknown value is a 400 naming the
 * parameter and listing the allowed values.
 */
public final class EnumParameter {

  private EnumParameter() {}

  /** The values given, or an empty set when the parameter is absent or blank. */
  public static <E extends Enum<E>> Set<E> parse(String name, List<String> raw, Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    if (raw == null) {
      return result;
    }
    for (String value : raw) {
      for (String one : value.split(",")) {
        if (one.isBlank()) {
          continue;
        }
        try {
          result.add(Enum.valueOf(type, one.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw ProblemException.invalidParameter(
              name,
              "must be one of "
                  + Arrays.stream(type.getEnumConstants())
                      .map(Enum::name)
                      .collect(Collectors.joining(", "))
                  + " (was '"
                  + one.strip()
                  + "')");
        }
      }
    }
    return result;
  }
}
