package org.newsroom.timeline.extraction.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsroom.timeline.extraction.PrintedDates;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Sentence;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.text.Tense;
import org.newsroom.timeline.extraction.text.TenseReader;

/**
 * Decides the day each scope of a text was written from the evidence it holds, and records a
 * finding wherever the printed date disagrees with it.
 *
 * <p>Candidate days come from the timestamp, the dateline, the printed date and the latest date the
 * text states (each with the day before and after, and the dateline's or print's month and day in
 * nearby years). Each candidate costs its prior (how much that kind of evidence is usually trusted)
 * plus how badly the text's tensed weekdays fit it: wire copy calls the day of writing and the days
 * just before it by their names in the past tense ("said on Tuesday"), never calls the day of
 * writing by its name in the future tense, and "later on Tuesday" is the day of writing. The
 * cheapest candidate wins; a tie goes to the better evidence.
 */
public final class PublicationDating {

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

  /** Cost of a bare weekday in the past tense, by how many days before the anchor it falls. */
  private static final double[] PAST_COST = {0, 0, 0.1, 0.3, 0.5, 0.8, 1.0};

  /**
   * The same in the lede, the first sentence after the dateline or publication line: wire ledes
   * report the day of writing or the day before, almost never earlier in the week.
   */
  private static final double[] LEDE_PAST_COST = {0, 0.2, 1.0, 1.5, 2.0, 2.0, 2.0};

  private PublicationDating() {}

  /** What came with the article: the printed date line and the day of ingest. */
  public record Printed(String printedDate, LocalDate publishedOn, LocalDate today) {}

  /** An expression with the tense of its clause, for the weekday fit. */
  public record Tensed(Expression expression, TenseReader.Reading reading, boolean lede) {

    public Tensed(Expression expression, TenseReader.Reading reading) {
      this(expression, reading, false);
    }

    Tensed inLede() {
      return new Tensed(expression, reading, true);
    }
  }

  /** The scopes of a text, each dated. */
  public static List<Scope> date(Document doc, List<Tensed> expressions, Printed printed) {
    List<Evidence> lines = EvidenceFinder.publicationLines(doc);
    List<Span> spans = scopes(doc, lines);
    List<Scope> scopes = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      List<Evidence> evidence = new ArrayList<>();
      for (Evidence e : lines) {
        if (span.contains(e.span().start())) {
          evidence.add(e);
        }
      }
      if (i == 0) {
        printedEvidence(doc, printed, evidence).ifPresent(e -> evidence.add(0, e));
      }
      EvidenceFinder.dateline(doc, span).ifPresent(evidence::add);
      // The evidence lines themselves ("Published February 18, 2025") say nothing about the text.
      List<Tensed> inScope =
          expressions.stream()
              .filter(t -> span.contains(t.expression().span().start()))
              .filter(
                  t ->
                      evidence.stream()
                          .noneMatch(
                              e -> e.span() != null && e.span().overlaps(t.expression().span())))
              .toList();
      for (Tensed t : inScope) {
        if (t.expression() instanceof Expression.FullDate d
            && t.reading().tense() != Tense.FUTURE
            && evidence.stream().noneMatch(e -> e.span() != null && e.span().overlaps(d.span()))) {
          evidence.add(
              new Evidence(
                  Evidence.EvidenceKind.CONTENT, d.span(), doc.of(d.span()), d.date(), true, null));
        }
      }
      Span lede = lede(doc, span, evidence);
      inScope =
          inScope.stream()
              .map(t -> lede != null && lede.contains(t.expression().span()) ? t.inLede() : t)
              .toList();
      scopes.add(choose(i, span, evidence, inScope, printed.today(), doc));
    }
    return scopes;
  }

  /**
   * The lede: the sentence holding the dateline, else the first sentence after the last publication
   * line, else the first sentence of twelve words or more.
   */
  static Span lede(Document doc, Span scope, List<Evidence> evidence) {
    int after = scope.start();
    for (Evidence e : evidence) {
      if (e.span() == null) {
        continue;
      }
      if (e.kind() == Evidence.EvidenceKind.DATELINE) {
        Sentence s = doc.sentenceAt(e.span().start());
        return s == null ? null : s.span();
      }
      if (e.kind() != Evidence.EvidenceKind.CONTENT
          && e.kind() != Evidence.EvidenceKind.PLACEHOLDER) {
        after = Math.max(after, e.span().end());
      }
    }
    for (Sentence s : doc.sentences()) {
      if (scope.contains(s.span().start())
          && s.span().start() >= after
          && (after > scope.start() || s.wordCount() >= 12)) {
        return s.span();
      }
    }
    return null;
  }

  /**
   * One scope for the whole text, or one per publication line when the text bundles several
   * articles (each starting at its publication line, the first at the start of the text).
   */
  static List<Span> scopes(Document doc, List<Evidence> lines) {
    List<Integer> starts = new ArrayList<>();
    for (Evidence e : lines) {
      if (e.kind() == Evidence.EvidenceKind.PRINTED_IN_TEXT
          || e.kind() == Evidence.EvidenceKind.TIMESTAMP) {
        starts.add(e.span().start());
      }
    }
    List<Span> spans = new ArrayList<>();
    int length = doc.text().length();
    if (starts.size() <= 1) {
      spans.add(new Span(0, length));
      return spans;
    }
    int from = 0;
    for (int k = 1; k < starts.size(); k++) {
      spans.add(new Span(from, starts.get(k)));
      from = starts.get(k);
    }
    spans.add(new Span(from, length));
    return spans;
  }

  private static Optional<Evidence> printedEvidence(
      Document doc, Printed printed, List<Evidence> inText) {
    if (printed == null || printed.printedDate() == null || printed.printedDate().isBlank()) {
      if (printed != null && printed.publishedOn() != null) {
        return Optional.of(
            new Evidence(
                Evidence.EvidenceKind.PRINTED,
                null,
                printed.publishedOn().toString(),
                printed.publishedOn(),
                true,
                null));
      }
      return Optional.empty();
    }
    String line = printed.printedDate();
    int at = doc.text().indexOf(line);
    Span span = at >= 0 ? new Span(at, at + line.length()) : null;
    if (span != null && inText.stream().anyMatch(e -> e.span().overlaps(span))) {
      return Optional.empty(); // the same line is already evidence from the text
    }
    if (PrintedDates.isPlaceholder(line)) {
      return Optional.of(
          new Evidence(Evidence.EvidenceKind.PLACEHOLDER, span, line, null, false, null));
    }
    LocalDate date =
        printed.publishedOn() != null
            ? printed.publishedOn()
            : PrintedDates.parse(line).orElse(null);
    if (date == null) {
      return Optional.empty();
    }
    return Optional.of(new Evidence(Evidence.EvidenceKind.PRINTED, span, line, date, true, null));
  }

  private record Candidate(
      LocalDate date, double prior, AnchorBasis basis, String rule, String how) {}

  private static Scope choose(
      int index,
      Span span,
      List<Evidence> evidence,
      List<Tensed> expressions,
      LocalDate today,
      Document doc) {
    Evidence timestamp = first(evidence, Evidence.EvidenceKind.TIMESTAMP);
    Evidence printed = firstPrinted(evidence);
    Evidence dateline = first(evidence, Evidence.EvidenceKind.DATELINE);
    Evidence content =
        evidence.stream()
            .filter(e -> e.kind() == Evidence.EvidenceKind.CONTENT)
            .max(Comparator.comparing(Evidence::date))
            .orElse(null);
    boolean strong = timestamp != null || printed != null;

    Integer year =
        printed != null
            ? Integer.valueOf(printed.date().getYear())
            : timestamp != null
                ? Integer.valueOf(timestamp.date().getYear())
                : content != null ? Integer.valueOf(content.date().getYear()) : null;
    LocalDate datelineDate =
        dateline != null && dateline.date() != null && year != null
            ? safeYear(dateline.date(), year)
            : null;

    List<Candidate> candidates = new ArrayList<>();
    if (timestamp != null) {
      add(
          candidates,
          timestamp.date(),
          0.0,
          AnchorBasis.TIMESTAMP,
          "anchor.timestamp",
          "the timestamp line");
    }
    if (datelineDate != null) {
      add(candidates, datelineDate, 0.1, AnchorBasis.DATELINE, "anchor.dateline", "the dateline");
    }
    if (printed != null) {
      add(
          candidates,
          printed.date(),
          0.3,
          AnchorBasis.PRINTED,
          "anchor.printed",
          "the printed date");
    }
    if (content != null) {
      add(
          candidates,
          content.date(),
          strong ? 1.0 : 0.5,
          AnchorBasis.CONTENT,
          "anchor.content",
          "the latest date the text states");
    }
    // The primary month and day in nearby years, for a wrong printed year.
    LocalDate primary =
        datelineDate != null ? datelineDate : printed != null ? printed.date() : null;
    if (primary != null) {
      AnchorBasis basis = datelineDate != null ? AnchorBasis.DATELINE : AnchorBasis.PRINTED;
      double base = datelineDate != null ? 0.1 : 0.3;
      for (int dy = -6; dy <= 6; dy++) {
        LocalDate other = safeYear(primary, primary.getYear() + dy);
        if (dy != 0 && other != null && (today == null || !other.isAfter(today))) {
          candidates.add(
              new Candidate(
                  other,
                  base + 1.2 + 0.1 * Math.abs(dy),
                  basis,
                  "anchor." + basis.name().toLowerCase(Locale.ROOT) + ".weekday-year",
                  (datelineDate != null ? "the dateline's" : "the printed")
                      + " day in "
                      + other.getYear()
                      + ", the year near the print that fits the text's weekdays"));
        }
      }
    }
    if (candidates.isEmpty()) {
      List<Finding> findings = new ArrayList<>();
      placeholderFinding(evidence, null, doc).ifPresent(findings::add);
      findings.add(
          new Finding(
              FindingKind.UNDATED,
              "dating.undated",
              "Nothing in or about the text gives its date: no printed date, dateline, timestamp"
                  + " or full date in the text. Its relative dates cannot be read until other"
                  + " coverage or a person dates it.",
              null,
              null,
              quotes(evidence)));
      return new Scope(
          index,
          span,
          null,
          AnchorBasis.NONE,
          "anchor.none",
          "nothing dates the text",
          evidence,
          findings);
    }

    Candidate best = null;
    double bestCost = Double.MAX_VALUE;
    for (Candidate c : candidates) {
      double cost =
          c.prior()
              + misfit(c.date(), expressions)
              + (today != null && c.date().isAfter(today) ? 5 : 0);
      if (cost < bestCost - 1e-9
          || (Math.abs(cost - bestCost) < 1e-9 && c.prior() < best.prior())) {
        best = c;
        bestCost = cost;
      }
    }
    List<Finding> findings =
        findings(
            best, printed, timestamp, dateline, datelineDate, content, evidence, expressions, doc);
    String reason = reason(best, printed, expressions);
    return new Scope(
        index, span, best.date(), best.basis(), best.rule(), reason, evidence, findings);
  }

  private static void add(
      List<Candidate> candidates,
      LocalDate date,
      double prior,
      AnchorBasis basis,
      String rule,
      String how) {
    candidates.add(new Candidate(date, prior, basis, rule, how));
    candidates.add(
        new Candidate(
            date.minusDays(1), prior + 0.9, basis, rule + ".day-before", "the day before " + how));
    candidates.add(
        new Candidate(
            date.plusDays(1), prior + 0.9, basis, rule + ".day-after", "the day after " + how));
  }

  /** How badly the text's tensed weekdays and stated dates fit a day of writing. */
  static double misfit(LocalDate anchor, List<Tensed> expressions) {
    double cost = 0;
    for (Tensed t : expressions) {
      cost += misfit(anchor, t);
    }
    return cost;
  }

  private static double misfit(LocalDate anchor, Tensed t) {
    if (t.expression() instanceof Expression.Weekday w) {
      int a = anchor.getDayOfWeek().getValue();
      int day = w.day().getValue();
      int back = Math.floorMod(a - day, 7);
      int ahead = Math.floorMod(day - a, 7);
      String mod = w.modifier();
      if (mod != null && mod.endsWith("-on")) {
        return back == 0 ? 0 : 1.0;
      }
      if (mod != null) {
        return 0;
      }
      double cost = 0;
      Tense tense = t.reading().tense();
      if (tense == Tense.PAST) {
        cost += t.lede() ? LEDE_PAST_COST[back] : PAST_COST[back];
      } else if (tense == Tense.FUTURE) {
        cost += ahead == 0 ? 1.0 : 0;
        if ("eve".equals(t.reading().cue()) && ahead != 1) {
          cost += 1.0;
        }
      } else if (Math.min(back, ahead) >= 3) {
        cost += 0.2;
      }
      return cost;
    }
    if (t.expression() instanceof Expression.FullDate d
        && t.reading().tense() != Tense.FUTURE
        && d.date().isAfter(anchor)) {
      return 1.5; // the text reports as done something dated after it was written
    }
    return 0;
  }

  private static List<Finding> findings(
      Candidate best,
      Evidence printed,
      Evidence timestamp,
      Evidence dateline,
      LocalDate datelineDate,
      Evidence content,
      List<Evidence> evidence,
      List<Tensed> expressions,
      Document doc) {
    List<Finding> findings = new ArrayList<>();
    LocalDate chosen = best.date();
    placeholderFinding(evidence, best, doc).ifPresent(findings::add);
    if (printed == null && timestamp == null) {
      if (findings.isEmpty()) {
        List<Finding.Quote> quotes = new ArrayList<>();
        quotes.add(support(best, dateline, content));
        findings.add(
            new Finding(
                FindingKind.NO_PRINTED_DATE,
                "dating.no-printed-date",
                "No publication date is printed; the text is dated "
                    + chosen
                    + " from "
                    + best.how()
                    + ".",
                null,
                chosen,
                clean(quotes)));
      }
      return findings;
    }
    Evidence print = printed != null ? printed : timestamp;
    LocalDate p = print.date();
    if (p.equals(chosen)) {
      return findings;
    }
    List<Finding.Quote> quotes = new ArrayList<>();
    quotes.add(new Finding.Quote("printed", print.span(), print.text(), p.toString()));
    if (dateline != null && dateline.date() != null) {
      quotes.add(
          new Finding.Quote(
              "dateline",
              dateline.span(),
              dateline.text(),
              datelineDate == null ? null : safeYear(datelineDate, chosen.getYear()).toString()));
    }
    quotes.addAll(decisive(p, chosen, expressions, doc));
    if (p.getYear() != chosen.getYear()
        && Math.abs(ChronoUnit.DAYS.between(p.withYear(chosen.getYear()), chosen)) <= 1) {
      findings.add(
          new Finding(
              FindingKind.WRONG_YEAR,
              "dating.wrong-year",
              "Printed "
                  + p
                  + ", but the text's own evidence supports "
                  + LONG.format(chosen)
                  + ": "
                  + best.how()
                  + ". The printed year "
                  + p.getYear()
                  + " is wrong.",
              p,
              chosen,
              quotes));
    }
    LocalDate datelineDay = datelineDate == null ? null : safeYear(datelineDate, chosen.getYear());
    LocalDate printedDay = p.withYear(chosen.getYear());
    if (datelineDay != null && printedDay.isAfter(datelineDay)) {
      findings.add(
          new Finding(
              FindingKind.PRINTED_AFTER_DATELINE,
              "dating.printed-after-dateline",
              "The printed day ("
                  + p.getMonth().getValue()
                  + "/"
                  + p.getDayOfMonth()
                  + ") is "
                  + ChronoUnit.DAYS.between(datelineDay, printedDay)
                  + " day(s) after the dateline's; the text is read against the dateline.",
              p,
              chosen,
              quotes));
    } else if (datelineDay == null
        && printedDay.isAfter(chosen)
        && p.getYear() == chosen.getYear()) {
      findings.add(
          new Finding(
              FindingKind.WRITTEN_BEFORE_PRINT,
              "dating.written-before-print",
              "Printed "
                  + LONG.format(p)
                  + ", but the text was written on "
                  + LONG.format(chosen)
                  + ": its weekdays count from that day.",
              p,
              chosen,
              quotes));
    } else if (findings.isEmpty()) {
      findings.add(
          new Finding(
              FindingKind.PRINTED_DATE_DISAGREES,
              "dating.printed-disagrees",
              "Printed "
                  + p
                  + ", but the text's evidence supports "
                  + chosen
                  + " ("
                  + best.how()
                  + ").",
              p,
              chosen,
              quotes));
    }
    return findings;
  }

  private static Optional<Finding> placeholderFinding(
      List<Evidence> evidence, Candidate best, Document doc) {
    Evidence placeholder = first(evidence, Evidence.EvidenceKind.PLACEHOLDER);
    if (placeholder == null) {
      return Optional.empty();
    }
    List<Finding.Quote> quotes = new ArrayList<>();
    quotes.add(new Finding.Quote("placeholder", placeholder.span(), placeholder.text(), null));
    return Optional.of(
        new Finding(
            FindingKind.PLACEHOLDER,
            "dating.placeholder",
            "The publication date is an unfilled template placeholder"
                + (best == null
                    ? "."
                    : "; the text is dated " + best.date() + " from " + best.how() + "."),
            null,
            best == null ? null : best.date(),
            quotes));
  }

  private static Finding.Quote support(Candidate best, Evidence dateline, Evidence content) {
    if (best.basis() == AnchorBasis.DATELINE && dateline != null) {
      return new Finding.Quote(
          "dateline", dateline.span(), dateline.text(), best.date().toString());
    }
    if (content != null) {
      return new Finding.Quote(
          "content", content.span(), content.text(), content.date().toString());
    }
    return null;
  }

  /**
   * The weekday expressions that fit the chosen day and not the printed one, worst misfit first.
   */
  private static List<Finding.Quote> decisive(
      LocalDate printed, LocalDate chosen, List<Tensed> expressions, Document doc) {
    record Scored(Tensed t, double gain) {}
    List<Scored> scored = new ArrayList<>();
    for (Tensed t : expressions) {
      double gain = misfit(printed, t) - misfit(chosen, t);
      if (gain > 0) {
        scored.add(new Scored(t, gain));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::gain).reversed());
    List<Finding.Quote> quotes = new ArrayList<>();
    for (Scored s : scored.subList(0, Math.min(3, scored.size()))) {
      Span span = s.t().expression().span();
      Sentence sentence = doc.sentenceAt(span.start());
      Span quote = clause(doc, sentence, span);
      quotes.add(new Finding.Quote("text", quote, doc.of(quote), null));
    }
    return quotes;
  }

  /** A few words around an expression, enough to show how it is used. */
  private static Span clause(Document doc, Sentence sentence, Span span) {
    if (sentence == null) {
      return span;
    }
    int first = sentence.tokenAt(span.start());
    int from = Math.max(0, first - 4);
    int last = first;
    while (last < sentence.tokens().size() && sentence.tokens().get(last).start() < span.end()) {
      last++;
    }
    int to = Math.min(sentence.tokens().size(), last + 3);
    int start = Math.min(span.start(), sentence.tokens().get(from).start());
    int end = Math.max(span.end(), sentence.tokens().get(to - 1).end());
    return new Span(start, end);
  }

  private static String reason(Candidate best, Evidence printed, List<Tensed> expressions) {
    StringBuilder reason = new StringBuilder("Read against ");
    reason.append(LONG.format(best.date())).append(", from ").append(best.how());
    long weekdays =
        expressions.stream().filter(t -> t.expression() instanceof Expression.Weekday).count();
    if (weekdays > 0) {
      reason.append("; the text's ").append(weekdays).append(" weekday mention(s) fit it");
      double m = misfit(best.date(), expressions);
      if (m > 0) {
        reason.append(String.format(Locale.ROOT, " with a misfit of %.1f", m));
      }
    }
    if (printed != null && !printed.date().equals(best.date())) {
      reason.append("; the printed ").append(printed.date()).append(" fits worse");
    }
    return reason.append('.').toString();
  }

  private static List<Finding.Quote> quotes(List<Evidence> evidence) {
    List<Finding.Quote> quotes = new ArrayList<>();
    for (Evidence e : evidence) {
      quotes.add(
          new Finding.Quote(
              e.kind().name().toLowerCase(Locale.ROOT),
              e.span(),
              e.text(),
              e.date() == null ? null : e.date().toString()));
    }
    return quotes;
  }

  private static List<Finding.Quote> clean(List<Finding.Quote> quotes) {
    return quotes.stream().filter(q -> q != null).toList();
  }

  private static Evidence first(List<Evidence> evidence, Evidence.EvidenceKind kind) {
    return evidence.stream().filter(e -> e.kind() == kind).findFirst().orElse(null);
  }

  private static Evidence firstPrinted(List<Evidence> evidence) {
    return evidence.stream().filter(Evidence::isPrinted).findFirst().orElse(null);
  }

  private static LocalDate safeYear(LocalDate date, int year) {
    if (date.getMonthValue() == 2 && date.getDayOfMonth() == 29 && !java.time.Year.isLeap(year)) {
      return null;
    }
    return date.withYear(year);
  }
}
