package org.newsroom.factcheck.detection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * One source as timeline-service's analysis describes it: what the detector reads. The nested
 * records mirror the parts of timeline-service's {@code SourceAnalysis}, {@code SourceView} and
 * {@code EventView} schemas that detection uses, and ignore the rest. Spans count code points.
 *
 * @param sourceId the timeline-service source
 * @param outlet who published it
 * @param title its title, or null
 * @param sha256 the hash of the text the analysis read
 * @param text the text, to quote from
 * @param analysis what the analysis found in it
 */
public record SourceFacts(
    long sourceId, String outlet, String title, String sha256, String text, Analysis analysis) {

  /** Code point offsets, end exclusive. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Span(int start, int end) {

    public boolean contains(Span other) {
      return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
      return start < other.end && other.start < end;
    }
  }

  /** Schema {@code SourceAnalysis}, the parts detection reads. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Analysis(
      long sourceId,
      String sourceSha256,
      List<Scope> scopes,
      List<Mention> mentions,
      List<Finding> findings,
      List<Quantity> quantities,
      List<Claim> claims) {}

  /** Schema {@code DatingScope}: a stretch dated as one article. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Scope(int position, Span span, LocalDate anchor) {}

  /** Schema {@code DateMention}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Mention(
      int scope,
      Span span,
      Span sentence,
      String text,
      String value,
      String precision,
      LocalDate from,
      LocalDate to) {

    /** The day it names, when it names exactly one. */
    public LocalDate day() {
      return "DAY".equals(precision) && value != null ? LocalDate.parse(value) : null;
    }
  }

  /** Schema {@code DateFinding}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Finding(
      int scope,
      String kind,
      String rule,
      String summary,
      LocalDate printedDate,
      LocalDate supportedDate,
      List<FindingQuote> quotes) {}

  /** Schema {@code FindingQuote}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FindingQuote(String role, Span span, String text, String value) {}

  /** Schema {@code StatedQuantity}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Quantity(
      Span span,
      Span sentence,
      String text,
      String kind,
      double amount,
      String unit,
      String normalized,
      String qualifier,
      String qualifierWord,
      String subject,
      Span subjectSpan) {

    public FigureInterval.Figure figure() {
      return new FigureInterval.Figure(
          kind, amount, unit, normalized, qualifier, qualifierWord, text);
    }
  }

  /** Schema {@code Claim}: one report of a happening in one clause. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Claim(
      int scope,
      Span sentence,
      Span clause,
      Span trigger,
      String triggerText,
      List<String> words,
      String kind,
      String status,
      String statusWord,
      List<Party> people,
      List<Party> places,
      List<Span> dates,
      boolean repeated) {}

  /** Schema {@code ClaimParty}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Party(String text, String key) {}

  /**
   * An event of the timeline, its start as an ISO value ("2025-02-18", "2025-03") and the spans its
   * citations quote: what a discrepancy concerns.
   */
  public record EventFacts(long id, String title, String start, List<Cited> citations) {}

  /** One citation of an event. */
  public record Cited(long sourceId, Span span) {}

  /** The words of a span of the text. */
  public String quote(Span span) {
    int from = text.offsetByCodePoints(0, span.start());
    int to = text.offsetByCodePoints(from, span.end() - span.start());
    return text.substring(from, to);
  }
}
