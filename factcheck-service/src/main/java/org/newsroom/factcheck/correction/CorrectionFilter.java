package org.newsroom.factcheck.correction;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newsroom.foundation.paging.Conditions;
import org.newsroom.foundation.paging.EnumParameter;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;

/** The filters of the correction list, bound with {@code @BeanParam}; newest first. */
public class CorrectionFilter {

  @QueryParam("status")
  @Parameter(description = "One or more of SUBMITTED, APPROVED, REJECTED, PUBLISHED, WITHDRAWN")
  public List<String> status;

  @QueryParam("type")
  @Parameter(description = "One or more of CORRECTION, CLARIFICATION, UPDATE, RETRACTION")
  public List<String> type;

  @QueryParam("sourceId")
  @Parameter(description = "Corrects this timeline-service source")
  public Long sourceId;

  @QueryParam("submitter")
  @Parameter(description = "Filed by this person (the name in their token), ignoring case")
  public String submitter;

  @QueryParam("discrepancyId")
  @Parameter(description = "Comes from this discrepancy")
  public Long discrepancyId;

  @QueryParam("eventId")
  @Parameter(description = "Concerns this timeline-service event")
  public Long eventId;

  public Page<Correction> page(PageRequest page) {
    Conditions c =
        new Conditions()
            .and(
                "c.status in :status",
                "status",
                EnumParameter.parse("status", status, CorrectionStatus.class))
            .and("c.type in :type", "type", EnumParameter.parse("type", type, CorrectionType.class))
            .and("c.target.sourceId = :sourceId", "sourceId", sourceId)
            .and(
                "lower(c.submittedBy) = lower(:submitter)",
                "submitter",
                submitter == null ? null : submitter.strip())
            .and("c.discrepancy.id = :discrepancyId", "discrepancyId", discrepancyId)
            .and("c.eventId = :eventId", "eventId", eventId);
    return Page.of(
        Correction.find(
            "from Correction c" + c.where() + " order by c.createdAt desc, c.id desc",
            c.parameters()),
        page);
  }
}
