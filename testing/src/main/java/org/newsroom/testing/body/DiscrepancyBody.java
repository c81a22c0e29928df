package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A discrepancy to record in factcheck-service, or the full new state of one to replace. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscrepancyBody(
    String subject,
    Long eventId,
    String attribute,
    String kind,
    String severity,
    String description,
    List<AssertionBody> assertions) {

  public DiscrepancyBody {
    assertions = assertions == null ? null : List.copyOf(assertions);
  }

  /** A discrepancy about no particular event. */
  public static DiscrepancyBody of(
      String subject,
      String attribute,
      String kind,
      String severity,
      String description,
      List<AssertionBody> assertions) {
    return new DiscrepancyBody(subject, null, attribute, kind, severity, description, assertions);
  }

  public DiscrepancyBody withEventId(long eventId) {
    return new DiscrepancyBody(
        subject, eventId, attribute, kind, severity, description, assertions);
  }

  public DiscrepancyBody withAttribute(String attribute) {
    return new DiscrepancyBody(
        subject, eventId, attribute, kind, severity, description, assertions);
  }

  public DiscrepancyBody withKind(String kind) {
    return new DiscrepancyBody(
        subject, eventId, attribute, kind, severity, description, assertions);
  }

  public DiscrepancyBody withSeverity(String severity) {
    return new DiscrepancyBody(
        subject, eventId, attribute, kind, severity, description, assertions);
  }
}
