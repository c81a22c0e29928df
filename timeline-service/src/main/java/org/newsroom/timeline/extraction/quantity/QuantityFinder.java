package org.newsroom.timeline.extraction.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.newsroom.timeline.extraction.text.Document;
import org.newsroom.timeline.extraction.text.Sentence;

/**
 * Finds quantities in news text: durations ("almost five hours", "a 4-1/2-hour meeting"), percents
 * ("around 20%"), money ("more than $300bn"), counts ("five security chiefs"), fractions ("a
 * third") and bare numbers, each with its qualifier ("almost", "more than") and, where the sentence
 * says it, what it is about ("meeting", "territory").
 *
 * <p>The rules describe English news writing, never one article. Years, dates, clock times,
 * ordinals, names with numbers ("Article 5", "World War Two"), ranges ("20 – 50") and vague amounts
 * ("hundreds of", "billions of dollars") give no quantity. Each quantity lists the ids of the rules
 * that produced it:
 *
 * <ul>
 *   <li>how the number was written: {@code number.digits}, {@code number.suffix} ("300bn"), {@code
 *       number.scale} ("2.5 billion"), {@code number.mixed-fraction} ("4-1/2", "3 1/2", "4½"),
 *       {@code number.words}, {@code number.article} ("a year"), {@code fraction.word}, {@code
 *       fraction.ratio} ("one in five"), {@code fraction.digits}, {@code fraction.vulgar};
 *   <li>what it measures: {@code duration.unit}, {@code duration.hyphen-compound}, {@code
 *       duration.age} ("30-year-old"), {@code duration.article} ("more than a decade"), {@code
 *       duration.and-a-half} ("an hour and a half"), {@code percent.symbol}, {@code percent.words},
 *       {@code percent.points}, {@code money.symbol}, {@code money.code}, {@code money.words},
 *       {@code count.noun}, {@code count.partitive} ("two of the officials"), {@code number.bare};
 *   <li>the hedge: {@code qualifier.<words>} ("qualifier.more-than", "qualifier.or-so");
 *   <li>the subject: {@code subject.count}, {@code subject.ratio}, {@code subject.compound}, {@code
 *       subject.of}, {@code subject.of-which}, {@code subject.lasted}, {@code subject.took}, {@code
 *       subject.ran}, {@code subject.verb}, {@code subject.tenure}, {@code subject.noun-of}.
 * </ul>
 */
public final class QuantityFinder {

  private QuantityFinder() {}

  /** The quantities of a document, in text order, none overlapping another. */
  public static List<Quantity> find(Document doc) {
    List<Quantity> out = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      new SentenceScan(doc.text(), sentence, out).run();
    }
    return Collections.unmodifiableList(out);
  }

  /** The ids of every rule the finder may report, for documentation and tests. */
  static List<String> ruleIds() {
    return RULE_IDS;
  }

  private static final List<String> RULE_IDS =
      List.copyOf(
          Arrays.asList(
              "number.digits",
              "number.suffix",
              "number.scale",
              "number.mixed-fraction",
              "number.words",
              "number.article",
              "number.bare",
              "fraction.word",
              "fraction.ratio",
              "fraction.digits",
              "fraction.vulgar",
              "duration.unit",
              "duration.hyphen-compound",
              "duration.age",
              "duration.article",
              "duration.and-a-half",
              "percent.symbol",
              "percent.words",
              "percent.points",
              "money.symbol",
              "money.code",
              "money.words",
              "count.noun",
              "count.partitive",
              "subject.count",
              "subject.ratio",
              "subject.compound",
              "subject.of",
              "subject.of-which",
              "subject.lasted",
              "subject.took",
              "subject.ran",
              "subject.verb",
              "subject.tenure",
              "subject.noun-of"));
}
