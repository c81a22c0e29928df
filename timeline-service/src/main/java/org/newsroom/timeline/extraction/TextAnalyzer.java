package org.newsroom.timeline.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.timeline.extraction.claim.Claim;
import org.newsroom.timeline.extraction.claim.ClaimFinder;
import org.newsroom.timeline.extraction.event.Candidate;
import org.newsroom.timeline.extraction.event.CandidateFinder;
import org.newsroom.timeline.extraction.event.CoverageDating;
import org.newsroom.timeline.extraction.name.NameFinder;
import org.newsroom.timeline.extraction.name.NameGroup;
import org.newsroom.timeline.extraction.quantity.Quantity;
import org.newsroom.timeline.extraction.quantity.QuantityFinder;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.time.AnchorBasis;
import org.newsroom.timeline.extraction.time.DateMention;
import org.newsroom.timeline.extraction.time.Expression;
import org.newsroom.timeline.extraction.time.PublicationDating;
import org.newsroom.timeline.extraction.time.Scope;
import org.newsroom.timeline.extraction.time.TemporalAnalysis;

/**
 * The whole analysis of one text: dating, dated mentions, quantities, names, candidate events and
 * the claims (who did what, where, when) a fact-checker lines up across sources. Pure: text and
 * what came with it in, immutable records out; the service stores them.
 */
public final class TextAnalyzer {

  public static final String NAME = "newsroom-analysis";

  /** Raise when a rule changes what it produces; re-analysis replaces older versions' rows. */
  public static final String VERSION = "1.1.0";

  public static final String EXTRACTOR = NAME + "/" + VERSION;

  private TextAnalyzer() {}

  /** What the analysis found in one text. */
  public record Analysis(
      Document document,
      List<Scope> scopes,
      List<DateMention> mentions,
      List<Quantity> quantities,
      List<NameGroup> names,
      List<Candidate> candidates,
      List<Claim> claims) {

    /** Whether any part of the text is still undated. */
    public boolean undated() {
      return scopes.stream().anyMatch(s -> s.anchor() == null);
    }
  }

  public static Analysis analyse(
      String text,
      PublicationDating.Printed printed,
      Map<Integer, TemporalAnalysis.Override> overrides) {
    Document doc = Document.of(text);
    List<NameGroup> names = NameFinder.find(doc);
    List<Quantity> quantities = QuantityFinder.find(doc);
    return dated(doc, printed, overrides, names, quantities);
  }

  private static Analysis dated(
      Document doc,
      PublicationDating.Printed printed,
      Map<Integer, TemporalAnalysis.Override> overrides,
      List<NameGroup> names,
      List<Quantity> quantities) {
    TemporalAnalysis.Result temporal = TemporalAnalysis.analyse(doc, printed, overrides);
    List<Candidate> candidates =
        CandidateFinder.find(doc, temporal.scopes(), temporal.mentions(), names);
    List<Claim> claims = ClaimFinder.find(doc, temporal.mentions(), names);
    return new Analysis(
        doc, temporal.scopes(), temporal.mentions(), quantities, names, candidates, claims);
  }

  /**
   * Dates the undated scopes of an analysis from happenings other sources have dated, and answers
   * the analysis read again against those days, or nothing when no scope could be dated.
   */
  public static <K> Optional<Analysis> withCoverage(
      Analysis analysis,
      PublicationDating.Printed printed,
      Map<Integer, TemporalAnalysis.Override> overrides,
      List<CoverageDating.Known<K>> known,
      java.util.function.Function<K, String> describe) {
    Map<Integer, TemporalAnalysis.Override> more = new HashMap<>(overrides);
    for (Scope scope : analysis.scopes()) {
      if (scope.anchor() != null) {
        continue;
      }
      List<Expression> inScope = new ArrayList<>();
      for (DateMention m : analysis.mentions()) {
        if (scope.span().contains(m.span().start())) {
          inScope.add(m.expression());
        }
      }
      CoverageDating.date(analysis.document(), inScope, analysis.names(), known)
          .ifPresent(
              dated ->
                  more.put(
                      scope.index(),
                      new TemporalAnalysis.Override(
                          dated.date(),
                          AnchorBasis.COVERAGE,
                          "anchor.coverage",
                          dated.sentences()
                              + " sentence(s) of the text that count from the day of writing"
                              + " (today, last night, tomorrow) describe happenings other sources"
                              + " date: "
                              + String.join(
                                  "; ", dated.supporting().stream().map(describe).toList())
                              + ". Read against "
                              + dated.date()
                              + ".")));
    }
    if (more.size() == overrides.size()) {
      return Optional.empty();
    }
    return Optional.of(
        dated(analysis.document(), printed, more, analysis.names(), analysis.quantities()));
  }
}
