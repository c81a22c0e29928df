package org.newsroom.factcheck.discrepancy;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newsroom.foundation.paging.Conditions;
import org.newsroom.foundation.paging.EnumParameter;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;
import org.newsroom.foundation.paging.TextMatch;

/** The filters of the discrepancy list, bound with {@code @BeanParam}; newest first. */
public class DiscrepancyFilter {

  @QueryParam("status")
  @Parameter(description = "One or more of OPEN, CONFIRMED, DISMISSED, RESOLVED")
  public List<String> status;

  @QueryParam("kind")
  @Parameter(description = "One or more kinds, e.g. DATE_ERROR,NUMERIC_MISMATCH")
  public List<String> kind;

  @QueryParam("severity")
  @Parameter(description = "One or more of LOW, MEDIUM, HIGH")
  public List<String> severity;

  @QueryParam("attribute")
  @Parameter(description = "One or more attributes, e.g. DATE,DURATION")
  public List<String> attribute;

  @QueryParam("recorder")
  @Parameter(description = "Who recorded it: one or more of PERSON, DETECTOR, SEED")
  public List<String> recorder;

  @QueryParam("rule")
  @Parameter(
      description =
          "The detector rule that found it, e.g. figure.interval or happening.date-outlier (repeat"
              + " for several)")
  public List<String> rule;

  @QueryParam("sourceId")
  @Parameter(description = "Has an assertion quoting this timeline-service source")
  public Long sourceId;

  @QueryParam("eventId")
  @Parameter(description = "Concerns this timeline-service event")
  public Long eventId;

  @QueryParam("q")
  @Parameter(description = "Words in the subject or description, ignoring case")
  public String q;

  public Page<Discrepancy> page(PageRequest page) {
    Conditions c =
        new Conditions()
            .and(
                "d.status in :status",
                "status",
                EnumParameter.parse("status", status, DiscrepancyStatus.class))
            .and(
                "d.kind in :kind", "kind", EnumParameter.parse("kind", kind, DiscrepancyKind.class))
            .and(
                "d.severity in :severity",
                "severity",
                EnumParameter.parse("severity", severity, Severity.class))
            .and(
                "d.attribute in :attribute",
                "attribute",
                EnumParameter.parse("attribute", attribute, Attribute.class))
            .and(
                "d.recorderKind in :recorder",
                "recorder",
                EnumParameter.parse("recorder", recorder, RecorderKind.class))
            .and("d.rule in :rule", "rule", rules())
            .and(
                "exists (select 1 from Assertion a where a.discrepancy = d and a.span.sourceId ="
                    + " :sourceId)",
                "sourceId",
                sourceId)
            .and("d.eventId = :eventId", "eventId", eventId)
            .and(
                "(lower(d.subject) like :q or lower(coalesce(d.description, '')) like :q)",
                "q",
                q == null || q.isBlank() ? null : TextMatch.contains(q));
    return Page.of(
        Discrepancy.find(
            "from Discrepancy d" + c.where() + " order by d.createdAt desc, d.id desc",
            c.parameters()),
        page);
  }

  /** The rule ids asked for, comma-separated or repeated. */
  private Set<String> rules() {
    Set<String> rules = new java.util.LinkedHashSet<>();
    if (rule != null) {
      for (String value : rule) {
        for (String part : value.split(",")) {
          if (!part.isBlank()) {
            rules.add(part.strip());
          }
        }
      }
    }
    return rules;
  }
}
