package org.newsroom.factcheck.discrepancy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.foundation.quote.QuoteSelector;

/** A discrepancy as answered. */
@Schema(name = "Discrepancy")
public record DiscrepancyView(
    long id,
    String subject,
    @Schema(nullable = true) Long eventId,
    Attribute attribute,
    DiscrepancyKind kind,
    Severity severity,
    DiscrepancyStatus status,
    @Schema(description = "The statuses an editor may move it to next") Set<DiscrepancyStatus> next,
    @Schema(nullable = true) String description,
    List<AssertionView> assertions,
    @Schema(nullable = true, description = "Present when RESOLVED") Resolution resolution,
    RecorderKind recorderKind,
    String recordedBy,
    OffsetDateTime recordedAt,
    String updatedBy,
    OffsetDateTime updatedAt,
    @Schema(
            nullable = true,
            description =
                "Where it came from: seed:<key>, detector:<fact>; absent for manual records")
        String originRef,
    @Schema(
            nullable = true,
            description =
                "For a detector's record, the rule that found it (e.g. figure.interval); the"
                    + " description says why it fired")
        String rule,
    @Schema(description = "A person edited it; the detector no longer adds to it")
        boolean personEdited,
    long version) {

  /** One sourced assertion. */
  @Schema(name = "Assertion")
  public record AssertionView(
      @Schema(description = "Position in the list; resolutions refer to it") int index,
      long sourceId,
      @Schema(nullable = true, description = "The source's outlet when the quote was checked")
          String sourceOutlet,
      @Schema(nullable = true, description = "The source's title when the quote was checked")
          String sourceTitle,
      @Schema(description = "SHA-256 of the text the quote was checked against")
          String sourceSha256,
      QuoteSelector quote,
      String statedValue,
      @Schema(nullable = true) NormalizedValue normalized,
      @Schema(nullable = true) String note) {}

  /** Which assertion holds, why, who decided and when. */
  @Schema(name = "Resolution")
  public record Resolution(
      @Schema(
              nullable = true,
              description = "Index of the assertion that holds; absent when none does")
          Integer preferredAssertion,
      @Schema(nullable = true) String note,
      String by,
      OffsetDateTime at,
      @Schema(nullable = true, description = "The approved correction that resolved it, if one did")
          Long correctionId) {}

  public static DiscrepancyView of(Discrepancy d) {
    return new DiscrepancyView(
        d.id,
        d.subject,
        d.eventId,
        d.attribute,
        d.kind,
        d.severity,
        d.status,
        d.status.next(),
        d.description,
        d.assertions.stream().map(DiscrepancyView::assertion).toList(),
        d.status == DiscrepancyStatus.RESOLVED
            ? new Resolution(
                d.preferredAssertion,
                d.resolutionNote,
                d.resolvedBy,
                d.resolvedAt,
                d.resolvedByCorrection)
            : null,
        d.recorderKind,
        d.recordedBy,
        d.createdAt,
        d.updatedBy,
        d.updatedAt,
        d.originRef,
        d.rule,
        d.personEdited,
        d.version);
  }

  private static AssertionView assertion(Assertion a) {
    return new AssertionView(
        a.position,
        a.span.sourceId,
        a.span.sourceOutlet,
        a.span.sourceTitle,
        a.span.sourceSha256,
        a.span.selector(),
        a.statedValue,
        a.normalized(),
        a.note);
  }
}
