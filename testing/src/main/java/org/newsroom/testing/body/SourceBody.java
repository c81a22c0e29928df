package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An article to ingest into timeline-service; dates are ISO days, as sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceBody(
    String outlet,
    String title,
    String url,
    String language,
    String printedDate,
    String publishedOn,
    String trustedDate,
    String trustedDateNote,
    String text) {

  /** Only what the service requires: the outlet and the text. */
  public static SourceBody of(String outlet, String text) {
    return new SourceBody(outlet, null, null, null, null, null, null, null, text);
  }

  public SourceBody withTitle(String title) {
    return new SourceBody(
        outlet, title, url, language, printedDate, publishedOn, trustedDate, trustedDateNote, text);
  }

  public SourceBody withUrl(String url) {
    return new SourceBody(
        outlet, title, url, language, printedDate, publishedOn, trustedDate, trustedDateNote, text);
  }

  public SourceBody withLanguage(String language) {
    return new SourceBody(
        outlet, title, url, language, printedDate, publishedOn, trustedDate, trustedDateNote, text);
  }

  /** The date as printed; a null one is left out. */
  public SourceBody withPrintedDate(String printedDate) {
    return new SourceBody(
        outlet, title, url, language, printedDate, publishedOn, trustedDate, trustedDateNote, text);
  }

  public SourceBody withPublishedOn(String publishedOn) {
    return new SourceBody(
        outlet, title, url, language, printedDate, publishedOn, trustedDate, trustedDateNote, text);
  }

  /** The date to read the text against, and why it differs from the print. */
  public SourceBody withTrustedDate(String trustedDate, String trustedDateNote) {
    return new SourceBody(
        outlet, title, url, language, printedDate, publishedOn, trustedDate, trustedDateNote, text);
  }
}
