package org.newsroom.factcheck.correction;

import io.quarkus.panache.common.Parameters;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    List<String> clauses = new ArrayList<>();
    Parameters params = new Parameters();
    Set<CorrectionStatus> statuses = EnumParameter.parse("status", status, CorrectionStatus.class);
    if (!statuses.isEmpty()) {
      clauses.add("c.status in :status");
      params.and("status", statuses);
    }
    Set<CorrectionType> types = EnumParameter.parse("type", type, CorrectionType.class);
    if (!types.isEmpty()) {
      clauses.add("c.type in :type");
      params.and("type", types);
    }
    if (sourceId != null) {
      clauses.add("c.target.sourceId = :sourceId");
      params.and("sourceId", sourceId);
    }
    if (submitter != null && !submitter.isBlank()) {
      clauses.add("lower(c.submittedBy) = lower(:submitter)");
      params.and("submitter", submitter.strip());
    }
    if (discrepancyId != null) {
      clauses.add("c.discrepancy.id = :discrepancyId");
      params.and("discrepancyId", discrepancyId);
    }
    if (eventId != null) {
      clauses.add("c.eventId = :eventId");
      params.and("eventId", eventId);
    }
    String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    List<Correction> items =
        Correction.<Correction>find(
                "from Correction c" + where + " order by c.submittedAt desc, c.id desc", params)
            .range(page.offset, page.lastIndex())
            .list();
    return new Page<>(
        items, page.offset, page.limit, Correction.count("from Correction c" + where, params));
  }
}
