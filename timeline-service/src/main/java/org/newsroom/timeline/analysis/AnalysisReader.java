package org.newsroom.timeline.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsroom.foundation.problem.ProblemException;
import org.newsroom.timeline.event.Citation;
import org.newsroom.timeline.event.Event;
import org.newsroom.timeline.source.Source;

/** Reads stored analysis rows back as views; nothing is recomputed. */
@ApplicationScoped
public class AnalysisReader {

  public AnalysisViews.SourceAnalysisView read(Source source, Set<AnalysisPart> parts) {
    SourceAnalysis row = SourceAnalysis.findById(source.id);
    if (row == null) {
      throw new ProblemException(
          org.newsroom.timeline.problem.TimelineProblem.NOT_ANALYSED,
          "Source " + source.id + " has not been analysed; POST to its analysis to run it");
    }
    boolean all = parts.isEmpty();
    long id = source.id;
    return new AnalysisViews.SourceAnalysisView(
        id,
        row.extractor,
        row.sourceSha256,
        row.analysedAt,
        row.elapsedMicros,
        source.trustedDate,
        source.trustedDateBasis == null ? null : source.trustedDateBasis.name(),
        all || parts.contains(AnalysisPart.SCOPES) ? scopes(id) : List.of(),
        all || parts.contains(AnalysisPart.MENTIONS)
            ? TemporalMention.<TemporalMention>list("sourceId = ?1 order by spanStart, id", id)
                .stream()
                .map(AnalysisReader::mention)
                .toList()
            : List.of(),
        all || parts.contains(AnalysisPart.FINDINGS)
            ? DateFinding.<DateFinding>list("sourceId = ?1 order by scopePosition, id", id).stream()
                .map(AnalysisReader::finding)
                .toList()
            : List.of(),
        all || parts.contains(AnalysisPart.QUANTITIES)
            ? StatedQuantity.<StatedQuantity>list("sourceId = ?1 order by spanStart, id", id)
                .stream()
                .map(AnalysisReader::quantity)
                .toList()
            : List.of(),
        all || parts.contains(AnalysisPart.NAMES) ? names(id) : List.of(),
        all || parts.contains(AnalysisPart.CLAIMS) ? List.copyOf(row.claims) : List.of());
  }

  private static List<AnalysisViews.ScopeView> scopes(long sourceId) {
    return AnalysisScope.<AnalysisScope>list("sourceId = ?1 order by position", sourceId).stream()
        .map(
            s ->
                new AnalysisViews.ScopeView(
                    s.position,
                    new AnalysisViews.SpanView(s.spanStart, s.spanEnd),
                    s.anchorDate,
                    s.anchorBasis,
                    s.rule,
                    s.reason,
                    s.evidence))
        .toList();
  }

  static AnalysisViews.MentionView mention(TemporalMention m) {
    return new AnalysisViews.MentionView(
        m.id,
        m.scopePosition,
        new AnalysisViews.SpanView(m.spanStart, m.spanEnd),
        new AnalysisViews.SpanView(m.sentenceStart, m.sentenceEnd),
        m.text,
        m.kind,
        m.value,
        m.precision,
        m.spanFrom,
        m.spanTo,
        m.anchorDate == null && m.anchorBasis == null
            ? null
            : new AnalysisViews.Anchor(
                m.anchorDate,
                m.anchorBasis,
                m.anchorStart == null
                    ? null
                    : new AnalysisViews.SpanView(m.anchorStart, m.anchorEnd)),
        m.rule,
        m.explanation,
        m.tense,
        m.tenseCue,
        m.alternatives);
  }

  static AnalysisViews.FindingView finding(DateFinding f) {
    return new AnalysisViews.FindingView(
        f.id,
        f.sourceId,
        f.scopePosition,
        f.kind,
        f.rule,
        f.summary,
        f.printedDate,
        f.supportedDate,
        f.quotes);
  }

  static AnalysisViews.QuantityView quantity(StatedQuantity q) {
    return new AnalysisViews.QuantityView(
        q.id,
        new AnalysisViews.SpanView(q.spanStart, q.spanEnd),
        new AnalysisViews.SpanView(q.sentenceStart, q.sentenceEnd),
        q.text,
        q.kind,
        q.amount,
        q.unit,
        q.normalized,
        q.qualifier,
        q.qualifierWord,
        q.subject,
        q.subjectStart == null ? null : new AnalysisViews.SpanView(q.subjectStart, q.subjectEnd),
        q.rules);
  }

  private static List<AnalysisViews.NameView> names(long sourceId) {
    Map<String, List<NameOccurrence>> byName = new LinkedHashMap<>();
    for (NameOccurrence n :
        NameOccurrence.<NameOccurrence>list("sourceId = ?1 order by spanStart, id", sourceId)) {
      byName.computeIfAbsent(n.canonical + "\u0000" + n.nameType, k -> new ArrayList<>()).add(n);
    }
    List<AnalysisViews.NameView> names = new ArrayList<>();
    for (List<NameOccurrence> group : byName.values()) {
      Set<String> variants = new LinkedHashSet<>();
      group.forEach(n -> variants.add(n.text));
      names.add(
          new AnalysisViews.NameView(
              group.get(0).canonical,
              group.get(0).nameType,
              List.copyOf(variants),
              group.stream()
                  .map(
                      n ->
                          new AnalysisViews.NameMentionView(
                              new AnalysisViews.SpanView(n.spanStart, n.spanEnd), n.text, n.title))
                  .toList()));
    }
    return names;
  }

  /** What the analysis found inside each citation of an event: its dates and its quantities. */
  public EventEvidence evidence(Event event) {
    List<Long> sources = event.citations.stream().map(c -> c.source.id).distinct().toList();
    List<TemporalMention> mentions =
        sources.isEmpty()
            ? List.of()
            : TemporalMention.list("sourceId in ?1 order by spanStart, id", sources);
    List<StatedQuantity> quantities =
        sources.isEmpty()
            ? List.of()
            : StatedQuantity.list("sourceId in ?1 order by spanStart, id", sources);
    List<EventEvidence.CitedEvidence> cited = new ArrayList<>();
    for (Citation c : event.citations) {
      long sourceId = c.source.id;
      cited.add(
          new EventEvidence.CitedEvidence(
              c.id,
              sourceId,
              c.source.outlet,
              c.exact,
              c.start,
              c.end,
              mentions.stream()
                  .filter(
                      m -> m.sourceId == sourceId && m.spanStart >= c.start && m.spanEnd <= c.end)
                  .map(AnalysisReader::mention)
                  .toList(),
              quantities.stream()
                  .filter(
                      q -> q.sourceId == sourceId && q.spanStart >= c.start && q.spanEnd <= c.end)
                  .map(AnalysisReader::quantity)
                  .toList()));
    }
    return new EventEvidence(event.id, event.start.value(), cited);
  }
}
