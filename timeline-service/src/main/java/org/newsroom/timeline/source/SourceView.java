package org.newsroom.timeline.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as clients see it. The text itself is at {@code /api/v1/sources/{id}/text}. */
@Schema(name = "Source")
public record SourceView(
    long id,
    String outlet,
    String title,
    String url,
    String language,
    String printedDate,
    LocalDate publishedOn,
    LocalDate trustedDate,
    String trustedDateNote,
    @Schema(description = "Who set the trusted date: PERSON, ANALYSIS or PRINTED")
        TrustedDateBasis trustedDateBasis,
    @Schema(description = "Lower-case hex SHA-256 of the UTF-8 text") String contentSha256,
    @Schema(description = "Length of the text in Unicode code points") int textLength,
    Origin origin,
    String originRef,
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
