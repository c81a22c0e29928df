package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A correction to file in factcheck-service, or its replacement while it is still SUBMITTED. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorrectionBody(
    Long sourceId,
    QuoteBody quote,
    String sourceSha256,
    Long discrepancyId,
    Long eventId,
    String type,
    String originalText,
    String correctedText,
    String reason,
    String publicNote) {

  /**
   * A {@code CORRECTION} of the words {@code originalText} in a source, quoted exactly; a null
   * {@code correctedText} is left out.
   */
  public static CorrectionBody of(
      long sourceId, String originalText, String correctedText, String reason, String publicNote) {
    return new CorrectionBody(
        sourceId,
        QuoteBody.of(originalText),
        null,
        null,
        null,
        "CORRECTION",
        originalText,
        correctedText,
        reason,
        publicNote);
  }

  public CorrectionBody withDiscrepancyId(long discrepancyId) {
    return new CorrectionBody(
        sourceId,
        quote,
        sourceSha256,
        discrepancyId,
        eventId,
        type,
        originalText,
        correctedText,
        reason,
        publicNote);
  }

  public CorrectionBody withType(String type) {
    return new CorrectionBody(
        sourceId,
        quote,
        sourceSha256,
        discrepancyId,
        eventId,
        type,
        originalText,
        correctedText,
        reason,
        publicNote);
  }

  /** The same quote, said to read {@code originalText}. */
  public CorrectionBody withOriginalText(String originalText) {
    return new CorrectionBody(
        sourceId,
        quote,
        sourceSha256,
        discrepancyId,
        eventId,
        type,
        originalText,
        correctedText,
        reason,
        publicNote);
  }
}
