package org.newsroom.timeline.analysis;

import static org.newsroom.foundation.problem.ProblemResponses.BAD_REQUEST;

import io.quarkus.panache.common.Parameters;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.foundation.paging.EnumParameter;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;
import org.newsroom.timeline.extraction.time.FindingKind;

@Path("/api/v1/findings")
@Tag(name = "Analysis")
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

  @GET
  @Operation(
      operationId = "listFindings",
      summary = "List publication-date findings across sources",
      description =
          "Wrong years, unfilled placeholders, printed dates after the dateline, texts written"
              + " before their print date, missing or absent dates: each with the quotes on each"
              + " side, the printed date and the date the evidence supports. Newest first.")
  @APIResponse(responseCode = "200", description = "One page of findings")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public Page<AnalysisViews.FindingView> list(
      @QueryParam("sourceId") @Parameter(description = "Only this source's") Long sourceId,
      @QueryParam("kind")
          @Parameter(
              description =
                  "One or more of WRONG_YEAR, PLACEHOLDER, PRINTED_AFTER_DATELINE,"
                      + " WRITTEN_BEFORE_PRINT, PRINTED_DATE_DISAGREES, NO_PRINTED_DATE, UNDATED")
          List<String> kind,
      @BeanParam @Valid PageRequest page) {
    List<String> clauses = new ArrayList<>();
    Parameters params = new Parameters();
    if (sourceId != null) {
      clauses.add("sourceId = :sourceId");
      params.and("sourceId", sourceId);
    }
    Set<FindingKind> kinds = EnumParameter.parse("kind", kind, FindingKind.class);
    if (!kinds.isEmpty()) {
      clauses.add("kind in :kinds");
      params.and("kinds", kinds);
    }
    String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    List<DateFinding> findings =
        DateFinding.<DateFinding>find("from DateFinding" + where + " order by id desc", params)
            .range(page.offset, page.lastIndex())
            .list();
    return new Page<>(
            findings,
            page.offset,
            page.limit,
            DateFinding.count("from DateFinding" + where, params))
        .map(AnalysisReader::finding);
  }
}
