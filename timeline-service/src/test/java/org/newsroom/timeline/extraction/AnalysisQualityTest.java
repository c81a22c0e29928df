package org.newsroom.timeline.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.timeline.extraction.event.Candidate;
import org.newsroom.timeline.extraction.event.CoverageDating;
import org.newsroom.timeline.extraction.event.Happenings;
import org.newsroom.timeline.extraction.name.NameGroup;
import org.newsroom.timeline.extraction.name.NameMention;
import org.newsroom.timeline.extraction.quantity.Quantity;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.time.AnchorBasis;
import org.newsroom.timeline.extraction.time.DateMention;
import org.newsroom.timeline.extraction.time.Finding;
import org.newsroom.timeline.extraction.time.PublicationDating;
import org.newsroom.timeline.extraction.time.Scope;
import org.newsroom.timeline.extraction.time.TemporalAnalysis;

/**
 * Scores the whole analysis on the labelled set: the seed articles (labelled by hand in
 * src/test/resources/labelled/, the curated timeline in seeds/timeline.json) and sentences written
 * for the purpose. Prints precision and recall per category; asserts the floors the product
 * promises on the seed articles. The seeds are analysed as a user would post them: with the printed
 * date as printed, no trusted date, and each undated piece dated from the others' coverage.
 */
class AnalysisQualityTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  /** One analysed seed piece. */
  record Piece(String key, String text, TextAnalyzer.Analysis analysis) {}

  private static final Map<String, Piece> PIECES = new LinkedHashMap<>();

  @BeforeAll
  static void analyseSeeds() {
    JsonNode manifest = read("seeds/manifest.json");
    Map<String, PublicationDating.Printed> printed = new HashMap<>();
    for (JsonNode p : manifest.get("sources")) {
      String key = p.get("key").asText();
      String text = piece(p);
      PublicationDating.Printed pd =
          new PublicationDating.Printed(
              p.get("printedDate").isNull() ? null : p.get("printedDate").asText(), null, TODAY);
      printed.put(key, pd);
      PIECES.put(key, new Piece(key, text, TextAnalyzer.analyse(text, pd, Map.of())));
    }
    // Undated pieces: dated from what the dated ones report, sentence by sentence.
    List<CoverageDating.Known<String>> known = new ArrayList<>();
    for (Piece p : PIECES.values()) {
      for (Candidate c : p.analysis().candidates()) {
        if (c.date().precision() == org.newsroom.timeline.event.Precision.DAY) {
          known.add(
              new CoverageDating.Known<>(
                  c.title(),
                  Happenings.Profile.of(c),
                  c.status() == org.newsroom.timeline.event.EventStatus.OCCURRED));
        }
      }
    }
    for (Piece p : List.copyOf(PIECES.values())) {
      if (p.analysis().undated()) {
        TextAnalyzer.withCoverage(p.analysis(), printed.get(p.key()), Map.of(), known, s -> s)
            .ifPresent(a -> PIECES.put(p.key(), new Piece(p.key(), p.text(), a)));
      }
    }
  }

  static List<Happenings.Cluster<String>> clusters() {
    List<Happenings.Member<String>> members = new ArrayList<>();
    for (Piece p : PIECES.values()) {
      for (Candidate c : p.analysis().candidates()) {
        members.add(new Happenings.Member<>(p.key(), c));
      }
    }
    return Happenings.cluster(members);
  }

  /** Precision and recall of one category, printed as a table row. */
  record Score(String category, int gold, int predicted, int correct) {
    double recall() {
      return gold == 0 ? 1 : correct / (double) gold;
    }

    double precision() {
      return predicted == 0 ? 1 : Math.min(1, correct / (double) predicted);
    }

    void print() {
      System.out.printf(
          Locale.ROOT,
          "%-38s gold %4d  found %4d  right %4d  precision %.2f  recall %.2f%n",
          category,
          gold,
          predicted,
          correct,
          precision(),
          recall());
    }
  }

  @Test
  void shouldResolveTheSeedArticlesDatedMentions() {
    JsonNode gold = read("labelled/seed-mentions.json");
    int total = 0;
    int predictedAll = 0;
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode piece : gold.get("pieces")) {
      Piece p = PIECES.get(piece.get("key").asText());
      List<Span> skipped = new ArrayList<>();
      for (JsonNode s : piece.path("skipped")) {
        skipped.add(locate(p, s));
      }
      List<Span> goldSpans = new ArrayList<>();
      for (JsonNode m : piece.get("mentions")) {
        Span span = locate(p, m);
        goldSpans.add(span);
        total++;
        DateMention found =
            p.analysis().mentions().stream()
                .filter(x -> x.span().overlaps(span))
                .findFirst()
                .orElse(null);
        String expected = m.get("value").asText();
        if (found != null && found.value() != null && found.value().value().equals(expected)) {
          right++;
        } else {
          misses.add(
              p.key()
                  + ": “"
                  + m.get("text").asText()
                  + "” expected "
                  + expected
                  + ", got "
                  + (found == null ? "nothing" : found.value() + " [" + found.rule() + "]"));
        }
      }
      predictedAll +=
          (int)
              p.analysis().mentions().stream()
                  .filter(x -> skipped.stream().noneMatch(s -> s.overlaps(x.span())))
                  .count();
    }
    Score score = new Score("seed dated mentions (value)", total, predictedAll, right);
    score.print();
    misses.forEach(m -> System.out.println("   miss: " + m));
    assertTrue(score.recall() >= 0.9, "dated mentions resolved right: " + score.recall());
  }

  @Test
  void shouldDateEverySeedPieceAndRaiseItsFindings() {
    JsonNode gold = read("labelled/seed-findings.json");
    int anchors = 0;
    int anchorsRight = 0;
    int expectedFindings = 0;
    int producedFindings = 0;
    int rightFindings = 0;
    for (JsonNode piece : gold.get("pieces")) {
      Piece p = PIECES.get(piece.get("key").asText());
      Scope scope = p.analysis().scopes().get(0);
      anchors++;
      String expected = piece.get("anchor").asText();
      boolean ok = scope.anchor() != null && scope.anchor().toString().equals(expected);
      anchorsRight += ok ? 1 : 0;
      Set<String> want = new TreeSet<>();
      piece.get("findings").forEach(f -> want.add(f.asText()));
      Set<String> got = new TreeSet<>();
      p.analysis()
          .scopes()
          .forEach(s -> s.findings().stream().map(Finding::kind).forEach(k -> got.add(k.name())));
      expectedFindings += want.size();
      producedFindings += got.size();
      rightFindings += (int) want.stream().filter(got::contains).count();
      System.out.printf(
          "   %-36s anchor %s (%s, %s) expected %s; findings %s expected %s%n",
          p.key(), scope.anchor(), scope.basis(), scope.rule(), expected, got, want);
    }
    new Score("seed anchors", anchors, anchors, anchorsRight).print();
    Score findings =
        new Score(
            "seed publication-date findings", expectedFindings, producedFindings, rightFindings);
    findings.print();
    assertTrue(anchorsRight == anchors, "every seed piece dated right");
    assertTrue(findings.recall() >= 0.99, "every expected finding raised");
  }

  @Test
  void shouldFindTheCuratedEventsAsCandidates() {
    JsonNode timeline = read("seeds/timeline.json");
    List<Happenings.Cluster<String>> clusters = clusters();
    int total = 0;
    int found = 0;
    for (JsonNode event : timeline.get("events")) {
      total++;
      String value = event.get("start").get("value").asText();
      boolean hit = false;
      for (Happenings.Cluster<String> c : clusters) {
        if (!c.date().value().equals(value)) {
          continue;
        }
        for (Happenings.Member<String> m : c.members()) {
          Piece p = PIECES.get(m.source());
          Span cited = p.analysis().document().codePoints(m.candidate().citation());
          for (JsonNode citation : event.get("citations")) {
            if (citation.get("source").asText().equals(m.source())
                && citation.get("start").asInt() < cited.end()
                && cited.start() < citation.get("end").asInt()) {
              hit = true;
            }
          }
        }
      }
      found += hit ? 1 : 0;
      System.out.printf(
          "   %-45s %-10s %s%n", event.get("key").asText(), value, hit ? "found" : "MISSED");
    }
    int candidates = PIECES.values().stream().mapToInt(p -> p.analysis().candidates().size()).sum();
    System.out.printf("   %d candidates folded into %d events%n", candidates, clusters.size());
    Score score = new Score("curated events found as candidates", total, clusters.size(), found);
    score.print();
    assertTrue(score.recall() >= 0.85, "curated events found: " + score.recall());
  }

  @Test
  void shouldCiteEverySourceThatReportsTheMainHappenings() {
    List<Happenings.Cluster<String>> clusters = clusters();
    Map<String, Set<String>> sourcesByDate = new LinkedHashMap<>();
    for (String day : List.of("2025-02-12", "2025-02-17", "2025-02-18")) {
      sourcesByDate.put(day, new TreeSet<>());
    }
    for (Happenings.Cluster<String> c : clusters) {
      Set<String> sources = new TreeSet<>();
      c.members().forEach(m -> sources.add(m.source()));
      System.out.printf(
          "   %-10s %-90.90s %s%n", c.date(), c.members().get(0).candidate().title(), sources);
    }
  }

  @Test
  void shouldReadTheSeedQuantities() {
    JsonNode gold = read("labelled/seed-quantities.json");
    int total = 0;
    int predicted = 0;
    int right = 0;
    int subjects = 0;
    int subjectsRight = 0;
    for (JsonNode piece : gold.get("pieces")) {
      Piece p = PIECES.get(piece.get("key").asText());
      predicted +=
          (int)
              p.analysis().quantities().stream()
                  .filter(q -> q.kind().name().matches("DURATION|PERCENT|MONEY|FRACTION"))
                  .count();
      for (JsonNode q : piece.get("quantities")) {
        total++;
        Span span = locate(p, q);
        Quantity found =
            p.analysis().quantities().stream()
                .filter(x -> x.span().overlaps(span))
                .findFirst()
                .orElse(null);
        if (found != null
            && found.kind().name().equals(q.get("kind").asText())
            && found.normalized().equals(q.get("normalized").asText())
            && found.qualifier().name().equals(q.get("qualifier").asText())) {
          right++;
        } else {
          System.out.println(
              "   miss: " + p.key() + ": “" + q.get("text").asText() + "” got " + found);
        }
        if (!q.path("subject").isNull() && !q.path("subject").isMissingNode()) {
          subjects++;
          if (found != null && q.get("subject").asText().equals(found.subject())) {
            subjectsRight++;
          }
        }
      }
    }
    Score score = new Score("seed quantities (kind, value, qualifier)", total, predicted, right);
    score.print();
    new Score("seed quantity subjects", subjects, subjects, subjectsRight).print();
    assertTrue(score.recall() >= 0.8, "quantities read right: " + score.recall());
  }

  @Test
  void shouldGroupTheSeedNames() {
    JsonNode gold = read("labelled/seed-names.json");
    int people = 0;
    int peopleRight = 0;
    int places = 0;
    int placesRight = 0;
    int predicted = 0;
    for (JsonNode piece : gold.get("pieces")) {
      Piece p = PIECES.get(piece.get("key").asText());
      predicted += p.analysis().names().size();
      for (JsonNode n : piece.get("names")) {
        String type = n.get("type").asText();
        Set<String> variants = new TreeSet<>();
        n.get("variants").forEach(v -> variants.add(v.asText()));
        boolean ok =
            p.analysis().names().stream()
                .anyMatch(
                    g ->
                        g.type().name().equals(type)
                            && g.mentions().stream()
                                .map(NameMention::text)
                                .toList()
                                .containsAll(variants));
        if (type.equals("PERSON")) {
          people++;
          peopleRight += ok ? 1 : 0;
          if (!ok) {
            System.out.println(
                "   person missed: " + p.key() + " " + variants + " in " + groupsOf(p, variants));
          }
        } else if (type.equals("PLACE")) {
          places++;
          placesRight += ok ? 1 : 0;
        }
      }
    }
    Score persons =
        new Score("seed people grouped with all variants", people, predicted, peopleRight);
    persons.print();
    new Score("seed places grouped", places, predicted, placesRight).print();
    assertTrue(persons.recall() >= 0.8, "people grouped: " + persons.recall());
  }

  private static List<String> groupsOf(Piece p, Set<String> variants) {
    List<String> out = new ArrayList<>();
    for (NameGroup g : p.analysis().names()) {
      if (g.mentions().stream().anyMatch(m -> variants.contains(m.text()))) {
        out.add(g.canonical() + "/" + g.type() + g.variants());
      }
    }
    return out;
  }

  @Test
  void shouldReadTheWrittenSentences() {
    JsonNode items = read("labelled/sentences.json").get("items");
    int mGold = 0, mFound = 0, mRight = 0;
    int qGold = 0, qFound = 0, qRight = 0;
    int eGold = 0, eRight = 0, eFound = 0;
    int nGold = 0, nRight = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode item : items) {
      String text = item.get("text").asText();
      LocalDate anchor = LocalDate.parse(item.get("anchor").asText());
      TextAnalyzer.Analysis a =
          TextAnalyzer.analyse(
              text,
              new PublicationDating.Printed(null, null, TODAY),
              Map.of(
                  0,
                  new TemporalAnalysis.Override(
                      anchor, AnchorBasis.PERSON, "anchor.person", "labelled")));
      mFound += a.mentions().size();
      for (JsonNode m : item.path("mentions")) {
        mGold++;
        int at = text.indexOf(m.get("text").asText());
        Span span = new Span(at, at + m.get("text").asText().length());
        DateMention found =
            a.mentions().stream().filter(x -> x.span().overlaps(span)).findFirst().orElse(null);
        if (found != null
            && found.value() != null
            && found.value().value().equals(m.get("value").asText())) {
          mRight++;
        } else {
          misses.add(
              "mention “"
                  + m.get("text").asText()
                  + "” in “"
                  + text
                  + "” ("
                  + anchor
                  + ") expected "
                  + m.get("value").asText()
                  + " got "
                  + (found == null ? "nothing" : found.value() + " [" + found.rule() + "]"));
        }
      }
      if (item.path("mentions").isEmpty() && !a.mentions().isEmpty()) {
        misses.add(
            "no mention expected in “"
                + text
                + "”, found "
                + a.mentions().stream().map(DateMention::text).toList());
      }
      qFound += a.quantities().size();
      for (JsonNode q : item.path("quantities")) {
        qGold++;
        int at = text.indexOf(q.get("text").asText());
        Span span = new Span(at, at + q.get("text").asText().length());
        Quantity found =
            a.quantities().stream().filter(x -> x.span().overlaps(span)).findFirst().orElse(null);
        if (found != null
            && found.normalized().equals(q.get("normalized").asText())
            && found.qualifier().name().equals(q.get("qualifier").asText())) {
          qRight++;
        } else {
          misses.add(
              "quantity “"
                  + q.get("text").asText()
                  + "” expected "
                  + q.get("normalized").asText()
                  + "/"
                  + q.get("qualifier").asText()
                  + " got "
                  + (found == null ? "nothing" : found.normalized() + "/" + found.qualifier()));
        }
      }
      eFound += a.candidates().size();
      for (JsonNode e : item.path("events")) {
        eGold++;
        int at = text.indexOf(e.get("quote").asText());
        Span quote = new Span(at, at + e.get("quote").asText().length());
        boolean ok =
            a.candidates().stream()
                .anyMatch(
                    c ->
                        c.date().value().equals(e.get("date").asText())
                            && c.status().name().equals(e.get("status").asText())
                            && c.citation().overlaps(quote));
        if (ok) {
          eRight++;
        } else {
          misses.add(
              "event "
                  + e.get("date").asText()
                  + " "
                  + e.get("status").asText()
                  + " in “"
                  + text
                  + "” got "
                  + a.candidates().stream().map(c -> c.date() + " " + c.status()).toList());
        }
      }
      for (JsonNode n : item.path("names")) {
        nGold++;
        Set<String> variants = new TreeSet<>();
        n.get("variants").forEach(v -> variants.add(v.asText()));
        boolean ok =
            a.names().stream()
                .anyMatch(
                    g ->
                        g.mentions().stream()
                            .map(NameMention::text)
                            .toList()
                            .containsAll(variants));
        nRight += ok ? 1 : 0;
        if (!ok) {
          misses.add("name group " + variants + " in “" + text + "”");
        }
      }
    }
    Score mentions = new Score("sentences: dated mentions", mGold, mFound, mRight);
    Score quantities = new Score("sentences: quantities", qGold, qFound, qRight);
    Score events = new Score("sentences: events (date, status)", eGold, eFound, eRight);
    Score names = new Score("sentences: name groups", nGold, nGold, nRight);
    mentions.print();
    quantities.print();
    events.print();
    names.print();
    misses.forEach(m -> System.out.println("   " + m));
    assertTrue(mentions.recall() >= 0.85, "sentence mentions: " + mentions.recall());
  }

  private static Span locate(Piece p, JsonNode labelled) {
    String context = labelled.get("context").asText();
    String text = labelled.get("text").asText();
    int at = p.text().indexOf(context);
    if (at < 0) {
      throw new IllegalStateException(p.key() + ": context not found: " + context);
    }
    int in = context.indexOf(text);
    return new Span(at + in, at + in + text.length());
  }

  private static String piece(JsonNode p) {
    String file = resource("seeds/" + p.get("file").asText());
    int from = 0;
    if (!p.get("from").isNull()) {
      from = file.indexOf(p.get("from").asText());
    }
    int until = file.length();
    if (!p.get("until").isNull()) {
      until = file.indexOf(p.get("until").asText(), from + 1);
    }
    return file.substring(from, until);
  }

  private static JsonNode read(String path) {
    try {
      return JSON.readTree(resource(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String path) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
