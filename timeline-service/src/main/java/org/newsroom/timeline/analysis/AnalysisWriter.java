package org.newsroom.timeline.analysis;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeSet;
import org.newsroom.timeline.event.Citation;
import org.newsroom.timeline.event.Event;
import org.newsroom.timeline.event.EventStatus;
import org.newsroom.timeline.event.Precision;
import org.newsroom.timeline.event.ReviewStatus;
import org.newsroom.timeline.extraction.TextAnalyzer;
import org.newsroom.timeline.extraction.claim.Claim;
import org.newsroom.timeline.extraction.event.CoverageDating;
import org.newsroom.timeline.extraction.event.Happenings;
import org.newsroom.timeline.extraction.event.Terms;
import org.newsroom.timeline.extraction.name.NameGroup;
import org.newsroom.timeline.extraction.name.NameMention;
import org.newsroom.timeline.extraction.quantity.Quantity;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.time.AnchorBasis;
import org.newsroom.timeline.extraction.time.DateMention;
import org.newsroom.timeline.extraction.time.DateValue;
import org.newsroom.timeline.extraction.time.Evidence;
import org.newsroom.timeline.extraction.time.Finding;
import org.newsroom.timeline.extraction.time.PublicationDating;
import org.newsroom.timeline.extraction.time.Scope;
import org.newsroom.timeline.extraction.time.TemporalAnalysis;
import org.newsroom.timeline.source.Source;
import org.newsroom.timeline.source.TrustedDateBasis;

/**
 * Analyses a source and keeps what it found as rows, replacing what an earlier run made: dating
 * scopes, dated mentions, findings, quantities, names; sets the trusted date unless a person set
 * it; and files the candidate events. Runs inside the caller's transaction (the ingest, or a
 * re-run).
 */
@ApplicationScoped
public class AnalysisWriter {

  /** How many undated sources one new source may date from its coverage. */
  static final int REDATE_LIMIT = 20;

  /** The action of the changes an analysis run makes to sources and events. */
  public static final String ANALYSED = "ANALYSED";

  @Inject ExtractedEvents events;
  @Inject ChangeLog changes;

  /** What a run did. */
  public record Run(SourceAnalysis analysis, ExtractedEvents.Report events, List<Long> redated) {}

  /**
   * Analyses a stored source again, in a transaction of its own.
   *
   * @throws org.newsroom.foundation.problem.ProblemException 404 when there is no such source
   */
  @Transactional
  public Run rerun(long sourceId) {
    Source source = Source.require(sourceId);
    Run run = analyse(source);
    source.flush();
    return run;
  }

  /**
   * Analyses the source and stores the result; when the source is dated, tries to date the sources
   * still undated from what it adds to the timeline. Runs in the caller's transaction.
   */
  public Run analyse(Source source) {
    long started = System.nanoTime();
    TextAnalyzer.Analysis analysis = read(source, null);
    Run run = store(source, analysis, (System.nanoTime() - started) / 1000);
    if (analysis.undated()) {
      return run;
    }
    return new Run(run.analysis(), run.events(), redateUndated(source.id));
  }

  /**
   * The analysis of a source, dated from other coverage when it dates nothing itself. {@code known}
   * is what other sources date (loaded here when null).
   */
  private TextAnalyzer.Analysis read(Source source, List<KnownCitation> known) {
    PublicationDating.Printed printed =
        new PublicationDating.Printed(
            source.printedDate,
            source.printedDate == null ? source.publishedOn : null,
            LocalDate.now(ZoneOffset.UTC));
    Map<Integer, TemporalAnalysis.Override> overrides = new HashMap<>();
    if (source.trustedDateBasis == TrustedDateBasis.PERSON && source.trustedDate != null) {
      overrides.put(
          0,
          new TemporalAnalysis.Override(
              source.trustedDate,
              AnchorBasis.PERSON,
              "anchor.person",
              source.trustedDateNote != null
                  ? "Set by a person: " + source.trustedDateNote
                  : "Set by a person (" + source.updatedBy + ")"));
    }
    TextAnalyzer.Analysis analysis = TextAnalyzer.analyse(source.content, printed, overrides);
    if (!analysis.undated()) {
      return analysis;
    }
    List<CoverageDating.Known<Long>> others =
        (known != null ? known : knownCitations())
            .stream().filter(k -> k.sourceId() != source.id).map(KnownCitation::known).toList();
    return TextAnalyzer.withCoverage(analysis, printed, overrides, others, this::describe)
        .orElse(analysis);
  }

  /** Keeps an analysis: its rows, the trusted date, the events it files, and that it ran. */
  private Run store(Source source, TextAnalyzer.Analysis analysis, long elapsedMicros) {
    ChangeSet<Source> redated = Source.changeSet(changes);
    ChangeSet<Event> touched = Event.changeSet(changes);
    redated.watch(source);
    store(source, analysis);
    setTrustedDate(source, analysis);
    events.retract(source, touched);
    ExtractedEvents.Report report = events.file(source, analysis, touched);
    events.sweep(touched);
    touched.record(ANALYSED, TextAnalyzer.EXTRACTOR);
    redated.record(ANALYSED, TextAnalyzer.EXTRACTOR);
    SourceAnalysis row = SourceAnalysis.findById(source.id);
    if (row == null) {
      row = new SourceAnalysis();
      row.sourceId = source.id;
    }
    row.extractor = TextAnalyzer.EXTRACTOR;
    row.sourceSha256 = source.contentSha256;
    row.analysedAt = OffsetDateTime.now(ZoneOffset.UTC);
    row.elapsedMicros = elapsedMicros;
    row.claims = claims(analysis);
    row.persist();
    AnalysisFeed.record(row);
    return new Run(row, report, List.of());
  }

  /** The claims as served, in code points, each with the scope it is in. */
  private static List<AnalysisViews.ClaimView> claims(TextAnalyzer.Analysis analysis) {
    Document doc = analysis.document();
    List<AnalysisViews.ClaimView> views = new ArrayList<>(analysis.claims().size());
    for (Claim c : analysis.claims()) {
      int scope = 0;
      for (Scope s : analysis.scopes()) {
        if (s.span().contains(c.trigger().start())) {
          scope = s.index();
        }
      }
      views.add(
          new AnalysisViews.ClaimView(
              scope,
              span(doc, c.sentence()),
              span(doc, c.clause()),
              span(doc, c.trigger()),
              c.triggerText(),
              c.words(),
              c.kind(),
              c.status(),
              c.statusWord(),
              parties(c.people()),
              parties(c.places()),
              c.dates().stream().map(d -> span(doc, d)).toList(),
              c.repeated(),
              c.rules()));
    }
    return views;
  }

  private static List<AnalysisViews.PartyView> parties(List<Claim.Party> parties) {
    return parties.stream().map(p -> new AnalysisViews.PartyView(p.text(), p.key())).toList();
  }

  /**
   * Sources still undated, newest first, that the timeline may now date. What other sources date is
   * loaded once for all of them, and a source is written again only when it gets dated.
   */
  private List<Long> redateUndated(long except) {
    List<Long> ids =
        AnalysisScope.getEntityManager()
            .createQuery(
                "select distinct s.sourceId from AnalysisScope s where s.anchorDate is null"
                    + " and s.sourceId <> :except order by s.sourceId desc",
                Long.class)
            .setParameter("except", except)
            .setMaxResults(REDATE_LIMIT)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<KnownCitation> known = knownCitations();
    List<Long> redated = new ArrayList<>();
    for (Source other : Source.<Source>list("id in ?1", ids)) {
      long started = System.nanoTime();
      TextAnalyzer.Analysis analysis = read(other, known);
      if (!analysis.undated()) {
        store(other, analysis, (System.nanoTime() - started) / 1000);
        redated.add(other.id);
        Log.infof("Source %d dated from coverage after source %d", other.id, except);
      }
    }
    return redated;
  }

  private String describe(Long eventId) {
    Event e = Event.findById(eventId);
    return e == null
        ? "event " + eventId
        : "“" + e.title + "” (event " + eventId + ", " + e.start.value() + ")";
  }

  /** A citation of a day-precise event, as coverage dating sees it, and the source it quotes. */
  private record KnownCitation(long sourceId, CoverageDating.Known<Long> known) {}

  /**
   * What sources have dated to the day, sentence by sentence: each citation of a live day-precise
   * event, with the event's people and place where the cited words name them. Coverage dating
   * compares a text's undated sentences with these.
   */
  private List<KnownCitation> knownCitations() {
    List<Citation> citations =
        Citation.getEntityManager()
            .createQuery(
                "select c from Citation c join fetch c.event e where e.start.precision = :day"
                    + " and e.reviewStatus <> :rejected order by c.id desc",
                Citation.class)
            .setParameter("day", Precision.DAY)
            .setParameter("rejected", ReviewStatus.REJECTED)
            .setMaxResults(KNOWN_LIMIT)
            .getResultList();
    List<KnownCitation> known = new ArrayList<>();
    for (Citation c : citations) {
      Event e = c.event;
      String text = c.exact;
      List<String> people =
          e.participants.stream().filter(p -> text.contains(lastWord(p))).toList();
      String place =
          e.place != null && text.contains(e.place.split(",")[0].strip()) ? e.place : null;
      DateValue date = new DateValue(e.start.date, e.start.precision, null, null, null);
      known.add(
          new KnownCitation(
              c.source.id,
              new CoverageDating.Known<>(
                  e.id,
                  new Happenings.Profile(date, place, people, Terms.of(text)),
                  e.status == EventStatus.OCCURRED)));
    }
    return known;
  }

  /** How many citations coverage dating looks at, newest first. */
  static final int KNOWN_LIMIT = 5000;

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }

  private void setTrustedDate(Source source, TextAnalyzer.Analysis analysis) {
    if (source.trustedDateBasis == TrustedDateBasis.PERSON) {
      return;
    }
    Scope first = analysis.scopes().get(0);
    if (first.anchor() != null) {
      source.trustedDate = first.anchor();
      source.trustedDateBasis = TrustedDateBasis.ANALYSIS;
      source.trustedDateNote = truncate(first.reason(), 1000);
    } else {
      source.trustedDate = source.publishedOn;
      source.trustedDateBasis = source.publishedOn == null ? null : TrustedDateBasis.PRINTED;
      source.trustedDateNote = null;
    }
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static void store(Source source, TextAnalyzer.Analysis analysis) {
    long id = source.id;
    TemporalMention.delete("sourceId", id);
    DateFinding.delete("sourceId", id);
    StatedQuantity.delete("sourceId", id);
    NameOccurrence.delete("sourceId", id);
    AnalysisScope.delete("sourceId", id);
    AnalysisScope.flush();
    Document doc = analysis.document();
    for (Scope scope : analysis.scopes()) {
      AnalysisScope row = new AnalysisScope();
      row.sourceId = id;
      row.position = scope.index();
      Span span = doc.codePoints(scope.span());
      row.spanStart = span.start();
      row.spanEnd = span.end();
      row.anchorDate = scope.anchor();
      row.anchorBasis = scope.basis();
      row.rule = scope.rule();
      row.reason = scope.reason();
      row.evidence = scope.evidence().stream().map(e -> evidence(doc, e)).toList();
      row.persist();
      for (Finding f : scope.findings()) {
        DateFinding finding = new DateFinding();
        finding.sourceId = id;
        finding.scopePosition = scope.index();
        finding.kind = f.kind();
        finding.rule = f.rule();
        finding.summary = f.summary();
        finding.printedDate = f.printed();
        finding.supportedDate = f.supported();
        finding.quotes =
            f.quotes().stream()
                .map(
                    q ->
                        new AnalysisViews.QuoteView(
                            q.role(), span(doc, q.span()), q.text(), q.value()))
                .toList();
        finding.persist();
      }
    }
    for (DateMention m : analysis.mentions()) {
      TemporalMention row = new TemporalMention();
      row.sourceId = id;
      row.scopePosition = m.scope();
      Span span = doc.codePoints(m.span());
      Span sentence = doc.codePoints(m.sentence());
      row.spanStart = span.start();
      row.spanEnd = span.end();
      row.sentenceStart = sentence.start();
      row.sentenceEnd = sentence.end();
      row.text = truncate(m.text(), 500);
      row.kind = m.kind();
      if (m.value() != null) {
        row.value = m.value().value();
        row.precision = m.value().precision();
        row.spanFrom = m.value().from();
        row.spanTo = m.value().to();
        row.earliest = m.value().earliest();
        row.latest = m.value().latest();
      }
      row.anchorDate = m.anchorDate();
      row.anchorBasis = m.anchorBasis();
      if (m.anchorMention() != null) {
        Span a = doc.codePoints(m.anchorMention());
        row.anchorStart = a.start();
        row.anchorEnd = a.end();
      }
      row.rule = m.rule();
      row.explanation = m.explanation();
      row.tense = m.tense();
      row.tenseCue = m.tenseCue();
      row.alternatives =
          m.alternatives().stream()
              .filter(a -> a.value() != null)
              .map(
                  a ->
                      new AnalysisViews.AlternativeView(
                          a.value().value(), a.value().from(), a.value().to(), a.why()))
              .toList();
      row.persist();
    }
    for (Quantity q : analysis.quantities()) {
      StatedQuantity row = new StatedQuantity();
      row.sourceId = id;
      Span span = doc.codePoints(q.span());
      Span sentence = doc.codePoints(q.sentence());
      row.spanStart = span.start();
      row.spanEnd = span.end();
      row.sentenceStart = sentence.start();
      row.sentenceEnd = sentence.end();
      row.text = truncate(q.text(), 500);
      row.kind = q.kind();
      row.amount = q.amount();
      row.unit = truncate(q.unit(), 100);
      row.normalized = truncate(q.normalized(), 100);
      row.qualifier = q.qualifier();
      row.qualifierWord = truncate(q.qualifierWord(), 50);
      row.subject = truncate(q.subject(), 200);
      if (q.subjectSpan() != null) {
        Span s = doc.codePoints(q.subjectSpan());
        row.subjectStart = s.start();
        row.subjectEnd = s.end();
      }
      row.rules = new ArrayList<>(q.rules());
      row.persist();
    }
    for (NameGroup g : analysis.names()) {
      for (NameMention nm : g.mentions()) {
        NameOccurrence row = new NameOccurrence();
        row.sourceId = id;
        row.canonical = truncate(g.canonical(), 300);
        row.nameType = g.type();
        row.text = truncate(nm.text(), 300);
        row.title = truncate(nm.title(), 200);
        Span span = doc.codePoints(nm.span());
        row.spanStart = span.start();
        row.spanEnd = span.end();
        row.persist();
      }
    }
  }

  private static AnalysisViews.EvidenceView evidence(Document doc, Evidence e) {
    return new AnalysisViews.EvidenceView(
        e.kind(), span(doc, e.span()), e.text(), e.date(), e.place());
  }

  static AnalysisViews.SpanView span(Document doc, Span span) {
    if (span == null) {
      return null;
    }
    Span cp = doc.codePoints(span);
    return new AnalysisViews.SpanView(cp.start(), cp.end());
  }
}
