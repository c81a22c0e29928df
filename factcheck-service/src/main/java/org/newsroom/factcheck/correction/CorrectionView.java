package org.newsroom.factcheck.correction;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.foundation.quote.QuoteSelector;

/** A correction as answered. */
@Schema(name = "Correction")
public record CorrectionView(
    long id,
    long sourceId,
    @Schema(nullable = true, description = "The source's outlet when the quote was checked")
        String sourceOutlet,
    @Schema(nullable = true, description = "The source's title when the quote was checked")
        String sourceTitle,
    @Schema(description = "SHA-256 of the text the quote was checked against") String sourceSha256,
    QuoteSelector quote,
    @Schema(nullable = true) Long discrepancyId,
    @Schema(nullable = true) Long eventId,
    CorrectionType type,
    CorrectionStatus status,
    String originalText,
    @Schema(nullable = true) String correctedText,
    String reason,
    String publicNote,
    String submittedBy,
    OffsetDateTime submittedAt,
    String updatedBy,
    OffsetDateTime updatedAt,
    @Schema(nullable = true) String reviewedBy,
    @Schema(nullable = true) OffsetDateTime reviewedAt,
    @Schema(nullable = true) String reviewNote,
    @Schema(nullable = true) OffsetDateTime publishedAt,
    @Schema(
            nullable = true,
            description = "Where it came from, e.g. seed:<key>; absent for filed corrections")
        String originRef,
    long version) {

  public static CorrectionView of(Correction c) {
    return new CorrectionView(
        c.id,
        c.target.sourceId,
        c.target.sourceOutlet,
        c.target.sourceTitle,
        c.target.sourceSha256,
        c.target.selector(),
        c.discrepancy == null ? null : c.discrepancy.id,
        c.eventId,
        c.type,
        c.status,
        c.originalText,
        c.correctedText,
        c.reason,
        c.publicNote,
        c.submittedBy,
        c.createdAt,
        c.updatedBy,
        c.updatedAt,
        c.reviewedBy,
        c.reviewedAt,
        c.reviewNote,
        c.publishedAt,
        c.originRef,
        c.version);
  }
}
