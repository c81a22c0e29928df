package org.newsroom.timeline.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies and answers of the review operations. */
public final class ReviewRequests {

  private ReviewRequests() {}

  public enum Decision {
    CONFIRM,
    REJECT
  }

  public enum SuggestionChoice {
    ACCEPT,
    REJECT
  }

  @Schema(name = "ReviewDecision")
  public record ReviewDecision(
      @NotNull Decision decision,
      @Size(max = 2000) @Schema(description = "Why; kept in the history") String note) {}

  @Schema(name = "MergeRequest")
  public record MergeRequest(
      @NotEmpty
          @Size(max = 20)
          @Schema(description = "Events to fold into this one; they end REJECTED, pointing here")
          List<@NotNull Long> eventIds,
      @Size(max = 2000) String note) {}

  @Schema(name = "SplitRequest")
  public record SplitRequest(
      @NotEmpty
          @Size(max = 200)
          @Schema(description = "Citations to move to the new event; at least one must stay")
          List<@NotNull Long> citationIds,
      @NotBlank @Size(max = 500) @Schema(description = "Title of the new event") String title,
      @Size(max = 2000) String note) {}

  @Schema(name = "SuggestionDecision")
  public record SuggestionDecision(
      @NotNull SuggestionChoice decision, @Size(max = 2000) String note) {}

  @Schema(name = "ReviewEntry", description = "One entry of an event's review history")
  public record ReviewEntry(
      long id,
      @Schema(
              description =
                  "CREATED, PROPOSED, EDITED, CONFIRMED, REJECTED, MERGED_IN, MERGED_INTO, SPLIT_OFF,"
                      + " SPLIT_FROM, SUGGESTED, SUGGESTION_ACCEPTED, SUGGESTION_REJECTED")
          String action,
      String by,
      OffsetDateTime at,
      @Schema(nullable = true) String note,
      @Schema(nullable = true) ReviewStatus from,
      @Schema(nullable = true) ReviewStatus to,
      @Schema(nullable = true, description = "The other event of a merge or split")
          Long relatedEventId,
      @Schema(nullable = true) String detail) {

    static ReviewEntry of(EventReviewRecord r) {
      return new ReviewEntry(
          r.id,
          r.action,
          r.actor,
          r.at,
          r.note,
          r.fromStatus,
          r.toStatus,
          r.relatedEventId,
          r.detail);
    }
  }
}
