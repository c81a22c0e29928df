package org.newsroom.timeline.extraction.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsroom.timeline.event.Precision;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Sentence;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.text.TenseReader;

/**
 * The temporal half of the analysis: dates each scope, then reads every expression against its
 * scope's anchor, or against the date said in the same sentence when it sits inside a quotation
 * ("said on Monday: ‘we will meet tomorrow’").
 */
public final class TemporalAnalysis {

  /** A day a person or other coverage fixed for a scope, overriding the text's own evidence. */
  public record Override(LocalDate date, AnchorBasis basis, String rule, String reason) {}

  public record Result(List<Scope> scopes, List<DateMention> mentions) {}

  private TemporalAnalysis() {}

  public static Result analyse(
      Document doc, PublicationDating.Printed printed, Map<Integer, Override> overrides) {
    List<PublicationDating.Tensed> tensed = new ArrayList<>();
    for (Expression e : TemporalTagger.find(doc.text())) {
      Sentence s = doc.sentenceAt(e.span().start());
      TenseReader.Reading reading =
          s == null
              ? new TenseReader.Reading(org.newsroom.timeline.extraction.text.Tense.UNKNOWN, null)
              : TenseReader.read(s, e.span());
      tensed.add(new PublicationDating.Tensed(e, reading));
    }
    List<Scope> scopes = new ArrayList<>(PublicationDating.date(doc, tensed, printed));
    for (Map.Entry<Integer, Override> o : overrides.entrySet()) {
      int i = o.getKey();
      if (i >= 0 && i < scopes.size() && o.getValue().date() != null) {
        Override v = o.getValue();
        Scope dated = scopes.get(i).withAnchor(v.date(), v.basis(), v.rule(), v.reason());
        if (v.basis() == AnchorBasis.COVERAGE) {
          dated = dated.withoutFinding(FindingKind.UNDATED);
        }
        scopes.set(i, dated);
      }
    }
    return new Result(scopes, resolve(doc, tensed, scopes));
  }

  /** Reads every expression against its scope's anchor, in text order. */
  public static List<DateMention> resolve(
      Document doc, List<PublicationDating.Tensed> tensed, List<Scope> scopes) {
    List<DateMention> mentions = new ArrayList<>();
    DateMention previousDay = null; // the last day-precise date, for "the next day"
    DateMention previousAny = null; // the last date in the paragraph, for "eight years later"
    for (PublicationDating.Tensed t : tensed) {
      Expression e = t.expression();
      Scope scope = scopeOf(scopes, e.span());
      Sentence sentence = doc.sentenceAt(e.span().start());
      if (previousDay != null && previousDay.scope() != scope.index()) {
        previousDay = null;
      }
      if (previousAny != null && !sameParagraph(doc, previousAny.span(), sentence)) {
        previousAny = null;
      }
      boolean coarse =
          (e instanceof Expression.Shift shift && shift.unit() != ChronoUnit.DAYS)
              || (e instanceof Expression.RelativeUnit unit && unit.anaphoric());
      DateMention previous = coarse ? previousAny : previousDay;
      LocalDate anchor = scope.anchor();
      AnchorBasis basis = scope.basis();
      Span anchorMention = null;
      String ruleSuffix = "";
      DateMention said =
          sentence == null ? null : quotedSpeechDate(doc, sentence, e.span(), mentions);
      if (said != null && e.kind() == MentionKind.RELATIVE) {
        anchor = said.value().date();
        basis = AnchorBasis.MENTION;
        anchorMention = said.span();
        ruleSuffix = ".quoted";
      }
      Resolution r =
          DateResolver.resolve(e, anchor, t.reading(), previous == null ? null : previous.value());
      if (previous != null
          && (r.rule().equals("anaphor.shift")
              || (e instanceof Expression.RelativeUnit ru && ru.anaphoric()))) {
        basis = AnchorBasis.MENTION;
        anchorMention = previous.span();
        anchor = previous.value().date();
      }
      DateMention mention =
          new DateMention(
              e,
              e.span(),
              sentence == null ? e.span() : sentence.span(),
              doc.of(e.span()),
              scope.index(),
              e.kind(),
              r.value(),
              e.kind() == MentionKind.ABSOLUTE ? null : anchor,
              e.kind() == MentionKind.ABSOLUTE ? null : basis,
              anchorMention,
              r.rule() + ruleSuffix,
              r.explanation(),
              t.reading().tense(),
              t.reading().cue(),
              r.alternatives());
      mentions.add(mention);
      if (r.value() != null && r.value().precision() == Precision.DAY) {
        previousDay = mention;
      }
      if (r.value() != null) {
        previousAny = mention;
      }
    }
    return mentions;
  }

  private static boolean sameParagraph(Document doc, Span earlier, Sentence sentence) {
    Sentence before = doc.sentenceAt(earlier.start());
    return sentence != null && before != null && before.paragraph() == sentence.paragraph();
  }

  private static Scope scopeOf(List<Scope> scopes, Span span) {
    for (Scope s : scopes) {
      if (s.span().contains(span.start())) {
        return s;
      }
    }
    return scopes.get(scopes.size() - 1);
  }

  /**
   * The day-precise date said outside the quotation marks of this sentence, when the expression is
   * inside them: the words in a quotation count from when they were said.
   */
  private static DateMention quotedSpeechDate(
      Document doc, Sentence sentence, Span span, List<DateMention> earlier) {
    Span quote = quotationAround(doc.text(), sentence.span(), span.start());
    if (quote == null) {
      return null;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      DateMention m = earlier.get(i);
      if (!sentence.span().contains(m.span())) {
        break;
      }
      if (!quote.overlaps(m.span())
          && m.value() != null
          && m.value().precision() == Precision.DAY) {
        return m;
      }
    }
    return null;
  }

  /** The span of the curly or straight double quotation that holds the index, within a sentence. */
  static Span quotationAround(String text, Span sentence, int index) {
    int open = -1;
    boolean inside = false;
    for (int i = sentence.start(); i < sentence.end(); i++) {
      char c = text.charAt(i);
      if (c == '“' || (c == '"' && !inside)) {
        open = i;
        inside = true;
      } else if ((c == '”' || c == '"') && inside) {
        if (open < index && index < i) {
          return new Span(open, i + 1);
        }
        inside = false;
      }
    }
    return inside && open < index ? new Span(open, sentence.end()) : null;
  }
}
