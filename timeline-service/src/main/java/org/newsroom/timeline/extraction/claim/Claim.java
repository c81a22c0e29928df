package org.newsroom.timeline.extraction.claim;

import java.util.List;
import java.util.Objects;
import org.newsroom.timeline.extraction.text.Span;

/**
 * One report of a happening in one clause: what kind of happening, the words that say so, who and
 * where, the dated mentions that date it, and what became of it. What a fact-checker lines up
 * across sources. Spans are UTF-16 indexes of the document.
 *
 * @param sentence the sentence it is in
 * @param clause the clause around the trigger word
 * @param trigger the word that reports the happening (or, with no such word, the status verb)
 * @param words the words of its kind in the clause, lower case ("met", "talks")
 * @param kind the kind of happening, null when only a status verb reports it ("rescheduled a go")
 * @param status what became of it, or null
 * @param statusWord the verb that said so, or null
 * @param people the people named in the clause, or in the sentence when the clause names none
 * @param places the places named in the clause, or in the sentence when the clause names none
 * @param dates the dated mentions in the clause, or in the sentence when the clause has none
 * @param repeated the clause speaks of another occurrence ("a second meeting", "again")
 * @param rules the ids of the rules that made it
 */
public record Claim(
    Span sentence,
    Span clause,
    Span trigger,
    String triggerText,
    List<String> words,
    Happening kind,
    StatedStatus status,
    String statusWord,
    List<Party> people,
    List<Party> places,
    List<Span> dates,
    boolean repeated,
    List<String> rules) {

  public Claim {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(trigger, "trigger");
    if (kind == null && status == null) {
      throw new IllegalArgumentException("a claim reports a kind of happening or a status");
    }
    if ((status == null) != (statusWord == null)) {
      throw new IllegalArgumentException("a status goes with its word, and only then");
    }
    words = List.copyOf(words);
    people = List.copyOf(people);
    places = List.copyOf(places);
    dates = List.copyOf(dates);
    rules = List.copyOf(rules);
  }

  /**
   * A person or place as written, with the key under which its spelling variants meet across texts
   * ("Zelenskyy", "Zelensky" and "Zelenskiy" share {@code zelenski}).
   */
  public record Party(String text, String key) {}
}
