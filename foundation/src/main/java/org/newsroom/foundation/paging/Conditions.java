package org.newsroom.foundation.paging;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The where-clause of a list query, condition by condition, with its named parameters: every filter
 * of every list is written with it. A condition whose value is absent (null, a blank string, an
 * empty collection) is left out.
 *
 * <pre>{@code
 * Conditions c = new Conditions()
 *     .and("d.status in :status", "status", statuses)
 *     .and("d.eventId = :eventId", "eventId", eventId);
 * return Page.of(Discrepancy.find("from Discrepancy d" + c.where() + ORDER, c.parameters()), page);
 * }</pre>
 */
public final class Conditions {

  private final List<String> clauses = new ArrayList<>();
  private final Parameters parameters = new Parameters();

  /** Adds a condition on one named parameter, unless the value is absent. */
  public Conditions and(String clause, String name, Object value) {
    if (present(value)) {
      clauses.add(clause);
      parameters.and(name, value);
    }
    return this;
  }

  /** {@code " where a and b"}, or empty when there is no condition. */
  public String where() {
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  public Parameters parameters() {
    return parameters;
  }

  private static boolean present(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof String text) {
      return !text.isBlank();
    }
    if (value instanceof Collection<?> values) {
      return !values.isEmpty();
    }
    return true;
  }
}
