package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The metadata of a timeline-service source as an update replaces it; the text never changes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceMetadataBody(
    String outlet,
    String title,
    String url,
    String language,
    String printedDate,
    String publishedOn,
    String trustedDate,
    String trustedDateNote) {

  /** Only what the service requires: the outlet. */
  public static SourceMetadataBody of(String outlet) {
    return new SourceMetadataBody(outlet, null, null, null, null, null, null, null);
  }

  public SourceMetadataBody withPrintedDate(String printedDate) {
    return new SourceMetadataBody(
        outlet, title, url, language, printedDate, publishedOn, trustedDate, trustedDateNote);
  }

  /** The date to read the text against, and why; a null note is left out. */
  public SourceMetadataBody withTrustedDate(String trustedDate, String trustedDateNote) {
    return new SourceMetadataBody(
        outlet, title, url, language, printedDate, publishedOn, trustedDate, trustedDateNote);
  }
}
