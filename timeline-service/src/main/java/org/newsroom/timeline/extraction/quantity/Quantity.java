package org.newsroom.timeline.extraction.quantity;

import java.util.List;
import java.util.Objects;
import org.newsroom.timeline.extraction.text.Span;

/**
 * A quantity read from a sentence.
 *
 * @param span the quantity phrase, qualifier words included ("almost five hours", "4-1/2-hour",
 *     "around 20%"), in UTF-16 indexes of the document text
 * @param sentence the sentence it is in
 * @param text the text of {@code span}
 * @param kind what it measures
 * @param amount the numeric amount in {@code unit}: 4.5 for "4-1/2 hours", 20 for "20%", 3e11 for
 *     "$300bn", 0.333.. for "a third"
 * @param unit "hour", "minute", "second", "day", "week", "month", "year", "decade" or "century" for
 *     durations; "percent" (or "percentage point"); an ISO 4217 code for money; the counted noun
 *     for counts; null for fractions and numbers
 * @param normalized an ISO-8601 duration ("PT4H30M", "P20Y") for durations; the plain decimal for
 *     percents ("20"), counts, fractions and numbers ("5", "0.3333"); "amount CODE" for money
 *     ("300000000000 USD")
 * @param qualifier how the text hedges it
 * @param qualifierWord the lower-case word(s) that set the qualifier, null for {@link
 *     Qualifier#EXACTLY}
 * @param subject what the quantity is about, lower case, where the sentence says it; else null
 * @param subjectSpan where the subject words are, or null
 * @param rules the ids of the rules that produced it, in the order they applied
 */
public record Quantity(
    Span span,
    Span sentence,
    String text,
    QuantityKind kind,
    double amount,
    String unit,
    String normalized,
    Qualifier qualifier,
    String qualifierWord,
    String subject,
    Span subjectSpan,
    List<String> rules) {

  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(qualifier, "qualifier");
    if ((qualifier == Qualifier.EXACTLY) != (qualifierWord == null)) {
      throw new IllegalArgumentException("a qualifier word goes with a qualifier, and only then");
    }
    if ((subject == null) != (subjectSpan == null)) {
      throw new IllegalArgumentException("a subject goes with its span, and only then");
    }
    rules = List.copyOf(rules);
  }
}
