package org.newsroom.timeline.analysis;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.timeline.event.Precision;
import org.newsroom.timeline.extraction.claim.Happening;
import org.newsroom.timeline.extraction.claim.StatedStatus;
import org.newsroom.timeline.extraction.name.NameType;
import org.newsroom.timeline.extraction.quantity.Qualifier;
import org.newsroom.timeline.extraction.quantity.QuantityKind;
import org.newsroom.timeline.extraction.text.Tense;
import org.newsroom.timeline.extraction.time.AnchorBasis;
import org.newsroom.timeline.extraction.time.Evidence;
import org.newsroom.timeline.extraction.time.FindingKind;
import org.newsroom.timeline.extraction.time.MentionKind;

/**
 * What the analysis of a source answers with. Every span counts Unicode code points in the source's
 * text, end exclusive, like citations.
 */
public final class AnalysisViews {

  private AnalysisViews() {}

  @Schema(name = "TextSpan", description = "Code point offsets in the source text, end exclusive")
  public record SpanView(int start, int end) {}

  @Schema(name = "DateEvidence", description = "Something that tells when the text was written")
  public record EvidenceView(
      Evidence.EvidenceKind kind,
      @Schema(
              nullable = true,
              description = "Where it is in the text; absent for the printed date sent with it")
          SpanView span,
      String text,
      @Schema(
              nullable = true,
              description = "The date it gives; a dateline's month and day carry the year 2000")
          LocalDate date,
      @Schema(nullable = true, description = "The dateline's place") String place) {}

  @Schema(name = "DatingScope", description = "A stretch of the text dated as one article")
  public record ScopeView(
      int position,
      SpanView span,
      @Schema(
              nullable = true,
              description = "The day relative dates are read against; absent when undated")
          LocalDate anchor,
      AnchorBasis basis,
      String rule,
      String reason,
      List<EvidenceView> evidence) {}

  @Schema(name = "DateAlternative", description = "Another reading and why it lost")
  public record AlternativeView(String value, LocalDate from, LocalDate to, String why) {}

  @Schema(name = "DateMention", description = "A temporal expression, resolved")
  public record MentionView(
      long id,
      int scope,
      SpanView span,
      SpanView sentence,
      String text,
      MentionKind kind,
      @Schema(
              nullable = true,
              description =
                  "ISO value: YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD; absent when it"
                      + " cannot be resolved")
          String value,
      @Schema(nullable = true) Precision precision,
      @Schema(nullable = true, description = "First day it may be") LocalDate from,
      @Schema(nullable = true, description = "Last day it may be") LocalDate to,
      @Schema(nullable = true) Anchor anchor,
      String rule,
      String explanation,
      Tense tense,
      @Schema(nullable = true, description = "The word that gave the tense away") String tenseCue,
      List<AlternativeView> alternatives) {}

  @Schema(name = "MentionAnchor", description = "What a relative expression was counted from")
  public record Anchor(
      @Schema(nullable = true) LocalDate date,
      AnchorBasis basis,
      @Schema(
              nullable = true,
              description = "For basis MENTION, the expression it was counted from")
          SpanView mention) {}

  @Schema(name = "FindingQuote", description = "One side of a finding")
  public record QuoteView(
      @Schema(description = "printed, placeholder, dateline, content or text") String role,
      @Schema(
              nullable = true,
              description = "Absent when the quote is the printed date sent with the article")
          SpanView span,
      String text,
      @Schema(nullable = true) String value) {}

  @Schema(name = "DateFinding", description = "Where the evidence for the date disagrees")
  public record FindingView(
      long id,
      long sourceId,
      int scope,
      FindingKind kind,
      String rule,
      String summary,
      @Schema(nullable = true) LocalDate printedDate,
      @Schema(nullable = true) LocalDate supportedDate,
      List<QuoteView> quotes) {}

  @Schema(name = "StatedQuantity", description = "A number, duration, percentage or sum")
  public record QuantityView(
      long id,
      SpanView span,
      SpanView sentence,
      String text,
      QuantityKind kind,
      double amount,
      @Schema(nullable = true) String unit,
      @Schema(
              description =
                  "DURATION: ISO 8601 (PT4H30M); PERCENT: the number; MONEY: amount and"
                      + " ISO currency; others: the number")
          String normalized,
      Qualifier qualifier,
      @Schema(nullable = true) String qualifierWord,
      @Schema(nullable = true, description = "What it measures, where the sentence says it")
          String subject,
      @Schema(nullable = true) SpanView subjectSpan,
      List<String> rules) {}

  @Schema(name = "NamedEntity", description = "A person, place or organisation and its spellings")
  public record NameView(
      String canonical, NameType type, List<String> variants, List<NameMentionView> mentions) {}

  @Schema(name = "NameMention")
  public record NameMentionView(
      SpanView span, String text, @Schema(nullable = true) String title) {}

  @Schema(name = "SourceAnalysis", description = "Everything the analysis read out of a source")
  public record SourceAnalysisView(
      long sourceId,
      String extractor,
      String sourceSha256,
      OffsetDateTime analysedAt,
      @Schema(description = "Time the analysis took, in microseconds") long elapsedMicros,
      @Schema(nullable = true) LocalDate trustedDate,
      @Schema(nullable = true) String trustedDateBasis,
      List<ScopeView> scopes,
      List<MentionView> mentions,
      List<FindingView> findings,
      List<QuantityView> quantities,
      List<NameView> names,
      List<ClaimView> claims) {}

  @Schema(
      name = "ClaimParty",
      description = "A person or place in a claim, with the key its spellings share across texts")
  public record PartyView(
      String text,
      @Schema(
              description =
                  "Folded surname for people, folded name for places: Zelenskyy, Zelensky and"
                      + " Zelenskiy all give zelenski")
          String key) {}

  @Schema(
      name = "Claim",
      description =
          "One report of a happening in one clause: its kind, who, where, the dated mentions that"
              + " date it and what became of it")
  public record ClaimView(
      int scope,
      SpanView sentence,
      SpanView clause,
      SpanView trigger,
      String triggerText,
      @Schema(description = "The words of its kind in the clause, lower case (\"met\", \"talks\")")
          List<String> words,
      @Schema(nullable = true, description = "Absent when only a status verb reports it")
          Happening kind,
      @Schema(nullable = true) StatedStatus status,
      @Schema(nullable = true) String statusWord,
      List<PartyView> people,
      List<PartyView> places,
      @Schema(description = "Spans of the dated mentions that date it (see mentions)")
          List<SpanView> dates,
      @Schema(description = "It speaks of another occurrence (\"a second meeting\", \"again\")")
          boolean repeated,
      List<String> rules) {}
}
