package org.newsroom.timeline.extraction.time;

import java.time.LocalDate;
import org.newsroom.timeline.extraction.text.Span;

/**
 * Something that tells when a text was written: a printed publication line, a dateline, a live-blog
 * timestamp, a template placeholder where a date should be, or a date the text itself states.
 * {@code span} is null for what came with the article rather than in its text (the printed date
 * field); {@code date} is null when it gives none (a placeholder, a dateline without a date).
 */
public record Evidence(
    EvidenceKind kind, Span span, String text, LocalDate date, boolean hasYear, String place) {

  public enum EvidenceKind {
    /** The printed publication date sent with the article. */
    PRINTED,
    /** A publication line inside the text ("REUTERS | Published February 19, 2023"). */
    PRINTED_IN_TEXT,
    /** An unfilled template where the date should be ("Published: [#item_custom_pubDate]"). */
    PLACEHOLDER,
    /** "RIYADH, Feb 18 (Reuters) –", "MOSCOW –", "Kyiv:". */
    DATELINE,
    /** A live-blog or page timestamp line ("Tuesday 18 February 2025 16:43, UK"). */
    TIMESTAMP,
    /** A complete date the text states ("on February 18 2025"). */
    CONTENT
  }

  public boolean isPrinted() {
    return kind == EvidenceKind.PRINTED || kind == EvidenceKind.PRINTED_IN_TEXT;
  }
}
