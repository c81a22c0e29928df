package org.newsroom.timeline.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as clients see it. The text itself is at {@code /api/v1/sources/{id}/text}. */
@Schema(name = "Source")
public record SourceView(
    long id,
    String outlet,
    @Schema(nullable = true) String title,
    @Schema(nullable = true) String url,
    @Schema(nullable = true) String language,
    @Schema(nullable = true) String printedDate,
    @Schema(nullable = true) LocalDate publishedOn,
    @Schema(nullable = true) LocalDate trustedDate,
    @Schema(nullable = true) String trustedDateNote,
    @Schema(nullable = true, description = "Who set the trusted date: PERSON, ANALYSIS or PRINTED")
        TrustedDateBasis trustedDateBasis,
    @Schema(description = "Lower-case hex SHA-256 of the UTF-8 text") String contentSha256,
    @Schema(description = "Length of the text in Unicode code points") int textLength,
    Origin origin,
    @Schema(nullable = true) String originRef,
    String createdBy,
    OffsetDateTime createdAt,
    String updatedBy,
    OffsetDateTime updatedAt,
    long version) {

  public static SourceView of(Source s) {
    return new SourceView(
        s.id,
        s.outlet,
        s.title,
        s.url,
        s.language,
        s.printedDate,
        s.publishedOn,
        s.trustedDate,
        s.trustedDateNote,
        s.trustedDateBasis,
        s.contentSha256,
        s.contentLength,
        s.origin,
        s.originRef,
        s.createdBy,
        s.createdAt,
        s.updatedBy,
        s.updatedAt,
        s.version);
  }
}
