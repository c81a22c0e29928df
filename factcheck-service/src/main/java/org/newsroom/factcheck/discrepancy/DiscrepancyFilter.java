package org.newsroom.factcheck.discrepancy;

import io.quarkus.panache.common.Parameters;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    List<String> clauses = new ArrayList<>();
    Parameters params = new Parameters();
    in(clauses, params, "status", EnumParameter.parse("status", status, DiscrepancyStatus.class));
    in(clauses, params, "kind", EnumParameter.parse("kind", kind, DiscrepancyKind.class));
    in(clauses, params, "severity", EnumParameter.parse("severity", severity, Severity.class));
    in(clauses, params, "attribute", EnumParameter.parse("attribute", attribute, Attribute.class));
    in(
        clauses,
        params,
        "recorderKind",
        EnumParameter.parse("recorder", recorder, RecorderKind.class));
    Set<String> rules = rules();
    if (!rules.isEmpty()) {
      clauses.add("d.rule in :rule");
      params.and("rule", rules);
    }
    if (sourceId != null) {
      clauses.add(
          "exists (select 1 from Assertion a where a.discrepancy = d and a.span.sourceId ="
              + " :sourceId)");
      params.and("sourceId", sourceId);
    }
    if (eventId != null) {
      clauses.add("d.eventId = :eventId");
      params.and("eventId", eventId);
    }
    if (q != null && !q.isBlank()) {
      clauses.add("(lower(d.subject) like :q or lower(coalesce(d.description, '')) like :q)");
      params.and("q", TextMatch.contains(q));
    }
    String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    List<Discrepancy> items =
        Discrepancy.<Discrepancy>find(
                "from Discrepancy d" + where + " order by d.recordedAt desc, d.id desc", params)
            .range(page.offset, page.lastIndex())
            .list();
    return new Page<>(
        items, page.offset, page.limit, Discrepancy.count("from Discrepancy d" + where, params));
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

  private static void in(List<String> clauses, Parameters params, String field, Set<?> values) {
    if (!values.isEmpty()) {
      clauses.add("d." + field + " in :" + field);
      params.and(field, values);
    }
  }
}
