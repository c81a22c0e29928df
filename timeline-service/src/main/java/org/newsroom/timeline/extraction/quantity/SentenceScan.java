package org.newsroom.timeline.extraction.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.timeline.extraction.quantity.Lexicon.Phrase;
import org.newsroom.timeline.extraction.quantity.Numbers.Parsed;
import org.newsroom.timeline.extraction.text.Sentence;
import org.newsroom.timeline.extraction.text.Span;
import org.newsroom.timeline.extraction.text.Token;

/**
 * One pass over the tokens of one sentence. At each token it tries to read a number; a number read
 * is classified by what is written around it (a currency before, a unit, "%" or a plural noun
 * after), hedged by the qualifier before or after it, and given the subject the sentence names.
 * Tokens a quantity (or a year, a date, a clock time) used are not read again.
 */
final class SentenceScan {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  /** A number read: tokens [first, end), its value, and how it was written. */
  private record Num(
      int first,
      int end,
      double value,
      String rule,
      boolean words,
      boolean fraction,
      String unit,
      boolean age,
      boolean ambiguous,
      boolean article,
      boolean scaled) {

    static Num digits(int first, int end, double value, String rule) {
      return new Num(first, end, value, rule, false, false, null, false, false, false, false);
    }

    static Num words(int first, int end, double value, String rule) {
      return new Num(first, end, value, rule, true, false, null, false, false, false, false);
    }

    static Num fraction(int first, int end, double value, String rule, boolean words) {
      return new Num(first, end, value, rule, words, true, null, false, false, false, false);
    }
  }

  /** A qualifier phrase found at tokens [start, end). */
  private record Hedge(Phrase phrase, int start, int end) {}

  /** A unit marker after a number: where it ends, the rule that read it, the unit. */
  private record Marker(int end, String rule, String unit) {}

  private record Subject(String text, Span span, String rule) {}

  private final String text;
  private final Sentence sentence;
  private final List<Token> tokens;
  private final String[] lower;
  private final int n;
  private final boolean titleCase;
  private final List<Quantity> out;

  /** The first token a new quantity may use, qualifier included. */
  private int floor;

  SentenceScan(String text, Sentence sentence, List<Quantity> out) {
    this.text = text;
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.n = tokens.size();
    this.lower = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = tokens.get(i).lower();
    }
    this.out = out;
    this.titleCase = titleCase();
  }

  void run() {
    int i = 0;
    while (i < n) {
      int next = at(i);
      if (next > i) {
        floor = next;
        i = next;
      } else {
        i++;
      }
    }
  }

  /** Reads what starts at token i; returns the token after what it used, or -1 for nothing. */
  private int at(int i) {
    Token t = tokens.get(i);
    String s = t.text();
    String lw = lower[i];
    String currency = Lexicon.CURRENCY_SYMBOLS.get(s);
    if (currency != null) {
      if (!startsWithDigit(i + 1)) {
        return -1;
      }
      int prefix = i;
      if (s.equals("$") && i - 1 >= floor && gap(i - 1, i) == 0) {
        String c = Lexicon.DOLLAR_PREFIXES.get(tokens.get(i - 1).text());
        if (c != null) {
          currency = c;
          prefix = i - 1;
        }
      }
      Num num = digits(i + 1, true);
      return num == null ? -1 : classify(num, prefix, currency, "money.symbol");
    }
    if (Lexicon.CURRENCY_CODES.contains(s) && startsWithDigit(i + 1)) {
      Num num = digits(i + 1, true);
      return num == null ? -1 : classify(num, i, s, "money.code");
    }
    Double vulgar = Lexicon.VULGAR.get(s);
    if (vulgar != null) {
      return classify(Num.fraction(i, i + 1, vulgar, "fraction.vulgar", false));
    }
    if (Character.isDigit(s.charAt(0))) {
      Num num = digits(i, false);
      return num == null ? -1 : classify(num);
    }
    if (!t.isWord()) {
      return -1;
    }
    if (Lexicon.VAGUE.contains(lw)) {
      return i + 1; // "hundreds of", "billions of dollars": no number to give
    }
    if (isHyphenated(lw)) {
      Num num = compound(i);
      if (num != null) {
        return classify(num);
      }
    }
    if (lw.equals("half")) {
      return half(i);
    }
    Num num = words(i);
    if (num != null) {
      return classify(num);
    }
    if ((lw.equals("a") || lw.equals("an"))
        && i + 1 < n
        && Lexicon.SINGULAR_UNITS.contains(lower[i + 1])) {
      return classify(
          new Num(i, i + 1, 1, "number.article", true, false, null, false, false, true, false));
    }
    return -1;
  }

  // ---- numbers ---------------------------------------------------------------------------

  /** A number in digits from token i: "2,000", "2.5 billion", "300bn", "3 1/2", "4½", "1/2". */
  private Num digits(int i, boolean money) {
    String s = tokens.get(i).text();
    if (isHyphenated(s)) {
      Num compound = compound(i);
      if (compound != null) {
        return compound;
      }
      if (Numbers.MIXED.matcher(s).matches()) {
        Parsed p = Numbers.text(s);
        return p == null ? null : Num.digits(i, i + 1, p.value(), p.rule());
      }
      return null; // "3-1", "2014-15", "2025-02-18"
    }
    if (Numbers.PLAIN.matcher(s).matches()) {
      double v = Numbers.plain(s);
      String rule = "number.digits";
      int end = i + 1;
      if (s.indexOf('.') < 0 && s.indexOf(',') < 0 && end < n) {
        Double f = Lexicon.VULGAR.get(tokens.get(end).text());
        Matcher m = Numbers.SLASH.matcher(tokens.get(end).text());
        if (f != null) {
          v += f;
          end++;
          rule = "number.mixed-fraction";
        } else if (m.matches() && !Double.isNaN(Numbers.slash(m))) {
          v += Numbers.slash(m);
          end++;
          rule = "number.mixed-fraction";
        }
      }
      // 4½-hour
      if (end + 1 < n && isHyphen(end) && gap(end - 1, end) == 0 && gap(end, end + 1) == 0) {
        String unit = Lexicon.DURATION_UNITS.get(lower[end + 1]);
        if (unit != null) {
          return new Num(i, end + 2, v, rule, false, false, unit, false, false, false, false);
        }
      }
      boolean scaled = false;
      if (end < n) {
        String w = lower[end];
        Double scale = Lexicon.SCALES.get(w);
        if (scale == null) {
          scale = Lexicon.SCALE_ABBREVIATIONS.get(w);
        }
        if (scale == null && money) {
          scale = Lexicon.AMBIGUOUS_SCALES.get(w);
        }
        if (scale != null) {
          v *= scale;
          end++;
          rule = "number.scale";
          scaled = true;
        }
      }
      return new Num(i, end, v, rule, false, false, null, false, false, false, scaled);
    }
    Matcher m = Numbers.SUFFIXED.matcher(s);
    if (m.matches()) {
      String suffix = m.group(2).toLowerCase(Locale.ROOT);
      Double scale = Lexicon.SCALE_ABBREVIATIONS.get(suffix);
      boolean ambiguous = false;
      if (scale == null) {
        scale = Lexicon.AMBIGUOUS_SCALES.get(suffix);
        ambiguous = !money;
      }
      double v = Numbers.plain(m.group(1)) * scale;
      return new Num(
          i, i + 1, v, "number.suffix", false, false, null, false, ambiguous, false, true);
    }
    m = Numbers.SLASH.matcher(s);
    if (m.matches()) {
      double f = Numbers.slashAlone(m);
      return Double.isNaN(f) ? null : Num.fraction(i, i + 1, f, "fraction.digits", false);
    }
    return null; // "19th", "9.32am", "1990s"
  }

  /** A hyphen compound of a number and a unit: "4-1/2-hour", "three-year", "30-year-old". */
  private Num compound(int i) {
    String[] parts = lower[i].split("[-‑]");
    if (parts.length < 2) {
      return null;
    }
    int u = parts.length - 1;
    boolean age = false;
    if (u >= 2 && (parts[u].equals("old") || parts[u].equals("long"))) {
      age = parts[u].equals("old");
      u--;
    }
    String unit = Lexicon.DURATION_UNITS.get(parts[u]);
    if (unit == null) {
      return null;
    }
    Parsed p = Numbers.text(String.join("-", Arrays.copyOfRange(parts, 0, u)));
    if (p == null) {
      return null;
    }
    boolean words = !Character.isDigit(parts[0].charAt(0));
    return new Num(i, i + 1, p.value(), p.rule(), words, false, unit, age, false, false, false);
  }

  /**
   * A spelled-out number from token i: "five", "twenty-four", "four-and-a-half", "four and a half",
   * "a dozen", "two hundred and fifty", "three million", "a third", "two-thirds".
   */
  private Num words(int i) {
    String head = lower[i];
    int dash = head.indexOf('-');
    if (!Lexicon.NUMBER_WORDS.contains(dash > 0 ? head.substring(0, dash) : head)) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>(); // parts read by the end of each token
    for (int j = i; j < n && j - i < 12 && tokens.get(j).isWord(); j++) {
      String[] ps = lower[j].split("[-‑]");
      boolean all = true;
      for (String p : ps) {
        all &= Lexicon.NUMBER_WORDS.contains(p);
      }
      if (!all) {
        break;
      }
      parts.addAll(Arrays.asList(ps));
      ends.add(parts.size());
    }
    int limit = parts.size();
    while (limit > 0) {
      Parsed p = Numbers.words(parts, 0, limit);
      if (p == null) {
        return null;
      }
      int k = ends.indexOf(p.consumed());
      if (k >= 0) {
        int end = i + k + 1;
        if (p.fraction()) {
          String den = parts.get(p.consumed() - 1);
          if (!den.endsWith("s") && !fractionFollows(end)) {
            return null; // "a third term": an ordinal
          }
          return Num.fraction(i, end, p.value(), p.rule(), true);
        }
        return new Num(
            i, end, p.value(), p.rule(), true, false, null, false, false, false, p.scaled());
      }
      int back = 0;
      for (int e : ends) {
        if (e < p.consumed()) {
          back = e;
        }
      }
      limit = back;
    }
    return null;
  }

  /** Whether what follows "a third" makes it a share and not an ordinal ("a third term"). */
  private boolean fractionFollows(int j) {
    if (j >= n || !tokens.get(j).isWord()) {
      return true;
    }
    String w = lower[j];
    return Lexicon.FRACTION_FOLLOWERS.contains(w)
        || Lexicon.AUXILIARIES.contains(w)
        || Lexicon.STOP.contains(w)
        || isAdverb(w)
        || isPast(j);
  }

  /** "half", "half of", "half the", "half an hour", "half a million", "a half hour". */
  private int half(int i) {
    String prev = i > 0 ? lower[i - 1] : "";
    if (Lexicon.HALF_BLOCKERS.contains(prev)) {
      return -1;
    }
    int first = (prev.equals("a") || prev.equals("an")) && i - 1 >= floor ? i - 1 : i;
    if (i + 2 < n && (lower[i + 1].equals("a") || lower[i + 1].equals("an"))) {
      String x = lower[i + 2];
      Double scale = x.equals("dozen") ? Double.valueOf(12) : Lexicon.SCALES.get(x);
      if (scale != null) {
        Num num =
            new Num(
                first,
                i + 3,
                0.5 * scale,
                "number.words",
                true,
                false,
                null,
                false,
                false,
                false,
                true);
        return classify(num);
      }
      if (Lexicon.SINGULAR_UNITS.contains(x) || percent(i + 2) != null) {
        return classify(Num.words(first, i + 2, 0.5, "number.words"));
      }
    }
    if (i + 1 < n && Lexicon.SINGULAR_UNITS.contains(lower[i + 1])) {
      return classify(Num.words(first, i + 1, 0.5, "number.words"));
    }
    return classify(Num.fraction(first, i + 1, 0.5, "fraction.word", true));
  }

  // ---- classification ---------------------------------------------------------------------

  private int classify(Num num) {
    return classify(num, -1, null, null);
  }

  /**
   * What a number is, from what is written around it; emits the quantity and returns the token
   * after it, or returns where to go on when the number is no quantity (-1: read on from the next
   * token).
   */
  private int classify(Num num, int prefix, String currency, String moneyRule) {
    int first = prefix >= 0 ? prefix : num.first();
    int end = num.end();
    double value = num.value();
    Hedge hedge = qualifierBefore(first);
    int qs = hedge == null ? first : hedge.start();
    List<String> rules = new ArrayList<>();
    rules.add(num.rule());

    if (currency != null) {
      if (num.fraction()) {
        return end;
      }
      rules.add(moneyRule);
      return emit(
          first,
          end,
          QuantityKind.MONEY,
          value,
          currency,
          money(value, currency),
          hedge,
          rules,
          subjectOf(qs, end, QuantityKind.MONEY));
    }
    if (num.words() && isName(num)) {
      return end; // "World War Two", "Round One"
    }
    if (num.unit() != null) {
      rules.add(num.age() ? "duration.age" : "duration.hyphen-compound");
      Subject subject = compoundSubject(end);
      if (subject == null && !num.age()) {
        subject = subjectOf(qs, end, QuantityKind.DURATION);
      }
      return emit(
          first,
          end,
          QuantityKind.DURATION,
          value,
          num.unit(),
          Numbers.isoDuration(value, num.unit()),
          hedge,
          rules,
          subject);
    }
    if (!num.words() && !num.fraction()) {
      if (percent(end) == null && Lexicon.DURATION_UNITS.get(end < n ? lower[end] : "") == null) {
        int clock = clock(num);
        if (clock > 0) {
          return clock;
        }
      }
      if (isDate(num)) {
        return end;
      }
      if (isYear(num) && percent(end) == null) {
        return end;
      }
    }
    Marker pc = percent(end);
    if (pc != null) {
      rules.add(pc.rule());
      return emit(
          first,
          pc.end(),
          QuantityKind.PERCENT,
          value,
          pc.unit(),
          Numbers.decimal(value),
          hedge,
          rules,
          subjectOf(qs, pc.end(), QuantityKind.PERCENT));
    }
    if (!num.fraction()) {
      Marker cur = currencyAfter(end);
      if (cur != null) {
        rules.add(cur.rule());
        return emit(
            first,
            cur.end(),
            QuantityKind.MONEY,
            value,
            cur.unit(),
            money(value, cur.unit()),
            hedge,
            rules,
            subjectOf(qs, cur.end(), QuantityKind.MONEY));
      }
    }
    String unit = end < n ? Lexicon.DURATION_UNITS.get(lower[end]) : null;
    if (unit != null) {
      return duration(num, first, qs, hedge, unit, rules);
    }
    if (num.article()) {
      return -1;
    }
    int ratio = ratio(num, first, hedge, rules);
    if (ratio > 0) {
      return ratio; // "one in five", "1 in 4"
    }
    int range = rangeEnd(num);
    if (range > 0) {
      return range; // "20 – 50", "two or three", "between 20 and 50": no one amount
    }
    if (!num.words() && isName(num)) {
      return end; // "Article 5", "Flight 370"
    }
    if (!num.fraction() && value >= 2) {
      int head = countHead(end);
      if (head >= 0) {
        rules.add("count.noun");
        return emit(
            first,
            head + 1,
            QuantityKind.COUNT,
            value,
            lower[head],
            Numbers.decimal(value),
            hedge,
            rules,
            countSubject(head));
      }
      if (end < n && lower[end].equals("of")) {
        head = countHead(skipDeterminers(end + 1));
        if (head >= 0) {
          rules.add("count.partitive");
          return emit(
              first,
              head + 1,
              QuantityKind.COUNT,
              value,
              lower[head],
              Numbers.decimal(value),
              hedge,
              rules,
              countSubject(head));
        }
      }
    }
    if (num.ambiguous()) {
      return end; // "100m", "5k" with no currency and nothing counted
    }
    if (num.fraction()
        && end + 2 < n
        && lower[end].equals("of")
        && (lower[end + 1].equals("a") || lower[end + 1].equals("an"))
        && Lexicon.SINGULAR_UNITS.contains(lower[end + 2])) {
      // "a quarter of a century", "half of a year"
      String whole = Lexicon.DURATION_UNITS.get(lower[end + 2]);
      rules.add("duration.unit");
      return emit(
          first,
          end + 3,
          QuantityKind.DURATION,
          value,
          whole,
          Numbers.isoDuration(value, whole),
          hedge,
          rules,
          subjectOf(qs, end + 3, QuantityKind.DURATION));
    }
    if (num.fraction()) {
      Subject subject = null;
      if (end < n && lower[end].equals("of")) {
        subject = ofSubject(end + 1, qs);
      } else if (end < n && (Lexicon.DETERMINERS.contains(lower[end]) || isPossessive(end))) {
        int[] np = npForward(skipDeterminers(end));
        subject = np == null ? null : subject(np, "subject.of");
      }
      if (subject == null) {
        subject = verbSubject(qs, QuantityKind.FRACTION);
      }
      return emit(
          first,
          end,
          QuantityKind.FRACTION,
          value,
          null,
          Numbers.decimal(value),
          hedge,
          rules,
          subject);
    }
    if (num.words() && hedge == null && !num.scaled()) {
      return end; // "the two", "one of": words with nothing counted are no quantity
    }
    if (num.words() && value == 1 && hedge == null) {
      return end;
    }
    rules.add("number.bare");
    return emit(
        first,
        end,
        QuantityKind.NUMBER,
        value,
        null,
        Numbers.decimal(value),
        hedge,
        rules,
        subjectOf(qs, end, QuantityKind.NUMBER));
  }

  /** A number followed by a unit: "five hours", "20 years", "an hour and a half". */
  private int duration(Num num, int first, int qs, Hedge hedge, String unit, List<String> rules) {
    int unitToken = num.end();
    int end = unitToken + 1;
    double value = num.value();
    boolean andHalf = false;
    if (end + 2 < n
        && lower[end].equals("and")
        && lower[end + 1].equals("a")
        && (lower[end + 2].equals("half") || lower[end + 2].equals("quarter"))) {
      value += lower[end + 2].equals("half") ? 0.5 : 0.25;
      end += 3;
      andHalf = true;
    }
    if (isDateAfter(end, qs)) {
      return end; // "six days ago", "two weeks later"
    }
    boolean one = num.article() || (num.words() && lower[num.first()].equals("one"));
    if (one
        && hedge == null
        && !andHalf
        && !(qs > 0 && Lexicon.ARTICLE_DURATION_CUES.contains(lower[qs - 1]))) {
      return -1; // "once a year", "One day, he said": a single unit needs a cue to be a length
    }
    rules.add(num.article() ? "duration.article" : "duration.unit");
    if (andHalf) {
      rules.add("duration.and-a-half");
    }
    Subject subject = null;
    if (!andHalf
        && Lexicon.SINGULAR_UNITS.contains(lower[unitToken])
        && !num.article()
        && value != 1
        && end < n
        && Character.isLowerCase(tokens.get(end).text().charAt(0))) {
      subject = compoundSubject(end); // "a five year plan"
    }
    if (subject == null) {
      subject = subjectOf(qs, end, QuantityKind.DURATION);
    }
    return emit(
        first,
        end,
        QuantityKind.DURATION,
        value,
        unit,
        Numbers.isoDuration(value, unit),
        hedge,
        rules,
        subject);
  }

  private static String money(double value, String currency) {
    return Numbers.decimal(value, 2) + " " + currency;
  }

  private int emit(
      int first,
      int end,
      QuantityKind kind,
      double amount,
      String unit,
      String normalized,
      Hedge hedge,
      List<String> rules,
      Subject subject) {
    int stop = end;
    if (hedge == null) {
      hedge = qualifierAfter(end);
      if (hedge != null) {
        stop = hedge.end();
      }
    }
    int start = hedge != null && hedge.start() < first ? hedge.start() : first;
    if (hedge != null) {
      rules.add("qualifier." + hedge.phrase().text().replace(' ', '-'));
    }
    if (subject != null) {
      rules.add(subject.rule());
    }
    Span span = new Span(tokens.get(start).start(), tokens.get(stop - 1).end());
    out.add(
        new Quantity(
            span,
            sentence.span(),
            span.of(text),
            kind,
            amount,
            unit,
            normalized,
            hedge == null ? Qualifier.EXACTLY : hedge.phrase().qualifier(),
            hedge == null ? null : hedge.phrase().text(),
            subject == null ? null : subject.text(),
            subject == null ? null : subject.span(),
            rules));
    return stop;
  }

  // ---- markers after a number --------------------------------------------------------------

  private Marker percent(int j) {
    if (j >= n) {
      return null;
    }
    String w = lower[j];
    if (w.equals("%")) {
      return new Marker(j + 1, "percent.symbol", "percent");
    }
    if (w.equals("percent") || w.equals("pct")) {
      return new Marker(j + 1, "percent.words", "percent");
    }
    if (w.equals("per") && j + 1 < n && lower[j + 1].equals("cent")) {
      return new Marker(j + 2, "percent.words", "percent");
    }
    if (w.equals("percentage")
        && j + 1 < n
        && (lower[j + 1].equals("point") || lower[j + 1].equals("points"))) {
      return new Marker(j + 2, "percent.points", "percentage point");
    }
    return null;
  }

  /** "300 billion dollars", "5m euros", "2bn US dollars", "40 million pounds sterling". */
  private Marker currencyAfter(int j) {
    if (j >= n) {
      return null;
    }
    String adjective = Lexicon.DOLLAR_ADJECTIVES.get(lower[j]);
    if (adjective != null
        && j + 1 < n
        && (lower[j + 1].equals("dollars") || lower[j + 1].equals("dollar"))) {
      return new Marker(j + 2, "money.words", adjective);
    }
    String s = tokens.get(j).text();
    if (Lexicon.CURRENCY_CODES.contains(s)) {
      return new Marker(j + 1, "money.code", s);
    }
    String code = Lexicon.CURRENCY_WORDS.get(lower[j]);
    if (code == null) {
      return null;
    }
    int end = j + 1;
    if (code.equals("GBP") && end < n && lower[end].equals("sterling")) {
      end++;
    }
    return new Marker(end, "money.words", code);
  }

  /** Whether the words after a duration make it a point in time: "ago", "later", "on". */
  private boolean isDateAfter(int j, int qs) {
    if (j >= n) {
      return false;
    }
    String w = lower[j];
    if (Lexicon.DATE_AFTER.contains(w)) {
      boolean spell = qs > 0 && lower[qs - 1].equals("for");
      return !(spell && (w.equals("before") || w.equals("after")));
    }
    if (w.equals("on")) {
      return j + 1 >= n
          || !tokens.get(j + 1).isWord()
          || lower[j + 1].equals("from")
          || lower[j + 1].equals("since");
    }
    return isApostrophe(j) && j + 1 < n && lower[j + 1].equals("time"); // "in three days’ time"
  }

  // ---- what a number is not ----------------------------------------------------------------

  /** The token after a clock time ("16:43", "9 am", "9.30 p.m.", "at 9.30"), or -1. */
  private int clock(Num num) {
    int i = num.first();
    if (num.end() != i + 1) {
      return -1;
    }
    if (i + 2 < n
        && tokens.get(i + 1).text().equals(":")
        && gap(i, i + 1) == 0
        && gap(i + 1, i + 2) == 0
        && startsWithDigit(i + 2)) {
      return i + 3;
    }
    if (i + 1 < n) {
      String w = lower[i + 1];
      if (Lexicon.TIME_WORDS.contains(w)) {
        return i + 2;
      }
      if ((w.equals("a") || w.equals("p"))
          && i + 3 < n
          && lower[i + 2].equals(".")
          && lower[i + 3].equals("m")) {
        return i + 4 < n && lower[i + 4].equals(".") ? i + 5 : i + 4;
      }
    }
    String s = tokens.get(i).text();
    if (i > 0 && Lexicon.CLOCK_CUES.contains(lower[i - 1]) && Numbers.CLOCK.matcher(s).matches()) {
      return i + 1;
    }
    return -1;
  }

  /** "February 18", "Feb. 18", "18 February", "18 of February". */
  private boolean isDate(Num num) {
    int i = num.first();
    if (num.end() != i + 1 || !Numbers.DAY.matcher(tokens.get(i).text()).matches()) {
      return false;
    }
    int day = Integer.parseInt(tokens.get(i).text());
    if (day < 1 || day > 31) {
      return false;
    }
    int p = i - 1;
    if (p >= 0 && lower[p].equals(".")) {
      p--;
    }
    if (p >= 0 && isMonth(p)) {
      return true;
    }
    int x = i + 1;
    if (x < n && lower[x].equals("of")) {
      x++;
    }
    return x < n && isMonth(x);
  }

  private boolean isMonth(int j) {
    return tokens.get(j).isCapitalised() && Lexicon.MONTHS.contains(lower[j]);
  }

  /** Four digits from 1000 to 2100 with no comma: a year ("in 2008", "2025 was"). */
  private boolean isYear(Num num) {
    int i = num.first();
    String s = tokens.get(i).text();
    if (num.end() != i + 1 || !Numbers.FOUR_DIGITS.matcher(s).matches()) {
      return false;
    }
    int year = Integer.parseInt(s);
    return year >= 1000 && year <= 2100;
  }

  /**
   * A number in a name: a capitalised number word inside a sentence ("World War Two"), or digits
   * after a capitalised word that is no function word ("Article 5", "Boeing 737").
   */
  private boolean isName(Num num) {
    if (titleCase) {
      return false;
    }
    int i = num.first();
    if (num.words()) {
      return tokens.get(i).isCapitalised() && !sentenceInitial(i);
    }
    int p = i - 1;
    if (p > 0 && lower[p].equals(".") && gap(p - 1, p) == 0 && tokens.get(p - 1).isCapitalised()) {
      return true; // "No. 10", "Art. 5"
    }
    if (p >= 0 && (tokens.get(p).text().equals("No") || tokens.get(p).text().equals("Nos"))) {
      return true; // "No 10"
    }
    if (p < 0 || !tokens.get(p).isWord() || !hasCapital(tokens.get(p).text())) {
      return false; // "iPhone 15" has its capital inside
    }
    String w = lower[p];
    return !isPossessive(p)
        && !Lexicon.STOP.contains(w)
        && !Lexicon.QUALIFIER_WORDS.contains(w)
        && !Lexicon.MONTHS.contains(w);
  }

  private boolean isNumberWord(int j) {
    String w = lower[j];
    return startsWithDigit(j)
        || Lexicon.ONES.containsKey(w)
        || Lexicon.TENS.containsKey(w)
        || Lexicon.SCALES.containsKey(w)
        || Lexicon.SCALE_ABBREVIATIONS.containsKey(w)
        || w.equals("hundred")
        || w.equals("dozen");
  }

  private static boolean hasCapital(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (Character.isUpperCase(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token i starts the sentence, or a quotation or clause after a colon or a dash. */
  private boolean sentenceInitial(int i) {
    for (int k = i - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (t.isWord()) {
        return false;
      }
      String s = t.text();
      if (s.equals(":")
          || s.equals("“")
          || s.equals("\"")
          || s.equals("‘")
          || s.equals("(")
          || s.equals("—")
          || s.equals("–")) {
        return true;
      }
    }
    return true;
  }

  /** "one in five (adults)", "1 in 4": a share; emits it and returns the token after, or -1. */
  private int ratio(Num num, int first, Hedge hedge, List<String> rules) {
    int j = num.end();
    double a = num.value();
    if (num.fraction() || a < 1 || a != Math.rint(a) || j + 1 >= n || !lower[j].equals("in")) {
      return -1;
    }
    Num second =
        startsWithDigit(j + 1)
            ? digits(j + 1, false)
            : tokens.get(j + 1).isWord() ? words(j + 1) : null;
    if (second == null
        || second.fraction()
        || second.unit() != null
        || second.value() <= a
        || second.value() > 100
        || second.value() != Math.rint(second.value())
        || (second.end() < n && Lexicon.DURATION_UNITS.containsKey(lower[second.end()]))) {
      return -1;
    }
    double value = a / second.value();
    rules.set(0, "fraction.ratio");
    int head = countHead(second.end());
    Subject subject =
        head < 0 ? null : new Subject(lower[head], tokens.get(head).span(), "subject.ratio");
    if (subject == null && second.end() < n && lower[second.end()].equals("of")) {
      subject = ofSubject(second.end() + 1, first);
    }
    return emit(
        first,
        second.end(),
        QuantityKind.FRACTION,
        value,
        null,
        Numbers.decimal(value),
        hedge,
        rules,
        subject);
  }

  /** The token after the second number of a range ("20 – 50", "two or three"), or -1. */
  private int rangeEnd(Num num) {
    int j = num.end();
    if (j + 1 >= n) {
      return -1;
    }
    String c = lower[j];
    boolean connector =
        c.equals("–")
            || c.equals("—")
            || c.equals("-")
            || c.equals("to")
            || c.equals("or")
            || (c.equals("and") && num.first() > 0 && lower[num.first() - 1].equals("between"));
    if (!connector) {
      return -1;
    }
    Num second =
        startsWithDigit(j + 1)
            ? digits(j + 1, false)
            : tokens.get(j + 1).isWord() ? words(j + 1) : null;
    return second == null ? -1 : second.end();
  }

  // ---- counts ------------------------------------------------------------------------------

  /** The plural noun a number counts, within three words: "five Ukrainian security chiefs". */
  private int countHead(int from) {
    for (int j = from; j < n && j - from < 3; j++) {
      if (!countWord(j)) {
        return -1;
      }
      if (isPlural(j)) {
        while (j + 1 < n && j + 1 - from < 3 && countWord(j + 1) && isPlural(j + 1)) {
          j++; // "two arms dealers"
        }
        return j;
      }
    }
    return -1;
  }

  private boolean countWord(int j) {
    Token t = tokens.get(j);
    if (!t.isWord() || Character.isDigit(t.text().charAt(0))) {
      return false;
    }
    String w = lower[j];
    if (Lexicon.COUNT_MODIFIERS.contains(w)) {
      return true;
    }
    if (Lexicon.STOP.contains(w)
        || isPossessive(j)
        || Lexicon.DURATION_UNITS.containsKey(w)
        || w.equals("percent")
        || Lexicon.NUMBER_WORDS.contains(w)
        || Lexicon.VAGUE.contains(w)
        || isAdverb(w)
        || (t.isCapitalised() && Lexicon.MONTHS.contains(w))) {
      return false;
    }
    return !isHyphenated(w) || compound(j) == null;
  }

  private boolean isPlural(int j) {
    String w = lower[j];
    if (Lexicon.COUNT_MODIFIERS.contains(w)) {
      return false;
    }
    if (Lexicon.IRREGULAR_PLURALS.contains(w)) {
      return true;
    }
    if (Lexicon.NOT_PLURAL.contains(w) || w.endsWith("ics")) {
      return false;
    }
    String s = tokens.get(j).text();
    if (Character.isUpperCase(s.charAt(0)) && !titleCase) {
      if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
        return false; // "US", "NATO"
      }
      // demonyms: "Americans", "Ukrainians", "Israelis"
      return w.length() > 4 && (w.endsWith("ans") || (w.endsWith("is") && !w.endsWith("sis")));
    }
    return w.length() >= 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")
        && !w.endsWith("'s")
        && !w.endsWith("’s");
  }

  private Subject countSubject(int head) {
    Token t = tokens.get(head);
    return new Subject(lower[head], t.span(), "subject.count");
  }

  // ---- qualifiers --------------------------------------------------------------------------

  private Hedge qualifierBefore(int first) {
    for (Phrase p : Lexicon.PREFIX_QUALIFIERS) {
      int k = p.words().size();
      int s = first - k;
      if (s < floor || s < 0) {
        continue;
      }
      boolean match = true;
      for (int m = 0; m < k && match; m++) {
        match = lower[s + m].equals(p.words().get(m));
      }
      if (match) {
        return new Hedge(p, s, first);
      }
    }
    return null;
  }

  private Hedge qualifierAfter(int end) {
    for (Phrase p : Lexicon.SUFFIX_QUALIFIERS) {
      int k = p.words().size();
      if (end + k > n) {
        continue;
      }
      boolean match = true;
      for (int m = 0; m < k && match; m++) {
        match = lower[end + m].equals(p.words().get(m));
      }
      if (match) {
        return new Hedge(p, end, end + k);
      }
    }
    return null;
  }

  // ---- subjects ----------------------------------------------------------------------------

  /** The subject of a quantity starting at token qs (qualifier included) and ending before end. */
  private Subject subjectOf(int qs, int end, QuantityKind kind) {
    if (end < n && lower[end].equals("of")) {
      Subject s = ofSubject(end + 1, qs);
      if (s != null) {
        return s;
      }
    }
    Subject s = verbSubject(qs, kind);
    if (s == null && kind == QuantityKind.DURATION) {
      s = tenureSubject(qs);
    }
    return s != null ? s : nounOfSubject(qs);
  }

  /** "a 4-1/2-hour meeting", "a three-year war": the noun phrase after the compound. */
  private Subject compoundSubject(int j) {
    int[] np = npForward(j);
    return np == null ? null : subject(np, "subject.compound");
  }

  /** "hours of negotiations", "20% of its territory", "20% of which" (the noun before). */
  private Subject ofSubject(int i, int qs) {
    if (i >= n) {
      return null;
    }
    String w = lower[i];
    if (w.equals("which") || w.equals("whom")) {
      int[] np = antecedent(qs - 1);
      return np == null ? null : subject(np, "subject.of-which");
    }
    if (Lexicon.PRONOUNS.contains(w)) {
      return null;
    }
    int j = skipDeterminers(i);
    for (int k = 0; k < 3 && j < n && isNumberWord(j); k++) {
      j++; // "two-thirds of the 4.5 million residents"
    }
    int[] np = npForward(j);
    return np == null ? null : subject(np, "subject.of");
  }

  /**
   * "The meeting lasted (for) five hours", "Talks took four hours", "The programme ran for two
   * years", "Prices rose by 5%", "American business has lost more than $300bn".
   */
  private Subject verbSubject(int qs, QuantityKind kind) {
    int v = qs - 1;
    while (v >= 0 && isQuote(v)) {
      v--;
    }
    String link = null;
    if (v >= 0 && isLink(lower[v])) {
      link = lower[v];
      v--;
    }
    if (v > 0 && lower[v].equals("on") && Lexicon.RUN_VERBS.contains(lower[v - 1])) {
      v--; // "went on for", "dragged on for"
    }
    if (v < 0) {
      return null;
    }
    String verb = lower[v];
    String rule;
    if (Lexicon.LAST_VERBS.contains(verb)) {
      rule = "subject.lasted";
    } else if (Lexicon.TAKE_VERBS.contains(verb)) {
      rule = "subject.took";
    } else if (Lexicon.RUN_VERBS.contains(verb)) {
      rule = "subject.ran";
    } else if (Lexicon.AMOUNT_VERBS.contains(verb)) {
      rule = "subject.verb";
    } else {
      return null;
    }
    boolean length = !rule.equals("subject.verb");
    if (length && (kind != QuantityKind.DURATION || (link != null && !link.equals("for")))) {
      return null;
    }
    if (rule.equals("subject.ran") && !"for".equals(link)) {
      return null;
    }
    if (!length && "for".equals(link) && !verb.startsWith("account")) {
      return null;
    }
    int k = v - 1;
    for (int guard = 0;
        k >= 0 && guard < 6 && (Lexicon.AUXILIARIES.contains(lower[k]) || isAdverb(lower[k]));
        guard++) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    if (lower[k].equals("which") || lower[k].equals("that") || lower[k].equals("who")) {
      int[] np = antecedent(k - 1);
      return np == null ? null : subject(np, rule);
    }
    int[] np = npBackward(k);
    return np == null ? null : subject(headOfPhrase(np), rule);
  }

  private static boolean isLink(String w) {
    return w.equals("for") || w.equals("by") || w.equals("to") || w.equals("at");
  }

  /** "has been Russia's foreign minister for over 20 years" → "foreign minister". */
  private Subject tenureSubject(int qs) {
    if (qs < 2 || !lower[qs - 1].equals("for")) {
      return null;
    }
    int[] np = npBackward(qs - 2);
    if (np == null) {
      return null;
    }
    int b = np[0] - 1;
    while (b >= 0
        && (Lexicon.DETERMINERS.contains(lower[b]) || isPossessive(b) || isApostrophe(b))) {
      b--;
    }
    if (b < 0 || !Lexicon.COPULAS.contains(lower[b])) {
      return null;
    }
    return subject(stripTenure(np), "subject.tenure");
  }

  /** "a veteran foreign minister of 20 years" → "foreign minister"; "an increase of 5%". */
  private Subject nounOfSubject(int qs) {
    if (qs < 2 || !lower[qs - 1].equals("of")) {
      return null;
    }
    int[] np = npBackward(qs - 2);
    return np == null ? null : subject(stripTenure(np), "subject.noun-of");
  }

  /** The nearest noun phrase before token {@code from}: what "which" stands for. */
  private int[] antecedent(int from) {
    for (int j = from; j >= 0 && from - j < 8; j--) {
      if (npWord(j) && !isPossessive(j)) {
        return npBackward(j);
      }
    }
    return null;
  }

  /** Up to three noun-phrase words from token i on; a possessor is passed over. */
  private int[] npForward(int i) {
    int start = i;
    int j = i;
    while (j < n && j - start < 3 && npWord(j) && (j == start || !isPast(j))) {
      if (isPossessive(j)) {
        start = j + 1;
        if (start < n && isApostrophe(start)) {
          start++;
        }
        j = start;
        continue;
      }
      j++;
    }
    return j > start ? new int[] {start, j} : null;
  }

  /** Up to three noun-phrase words ending at token {@code last}; stops at a possessor. */
  private int[] npBackward(int last) {
    if (last < 0 || isPast(last)) {
      return null; // "was jailed for a year": a participle heads no noun phrase
    }
    int j = last;
    while (j >= 0 && last - j < 3 && npWord(j) && !isPossessive(j)) {
      j--;
    }
    return j < last ? new int[] {j + 1, last + 1} : null;
  }

  /** "the meeting in the Saudi capital": the phrase before the preposition. */
  private int[] headOfPhrase(int[] np) {
    for (int round = 0; round < 2; round++) {
      int k = np[0] - 1;
      for (int guard = 0;
          k >= 0
              && guard < 4
              && (Lexicon.DETERMINERS.contains(lower[k])
                  || isPossessive(k)
                  || isApostrophe(k)
                  || startsWithDigit(k)
                  || Lexicon.ONES.containsKey(lower[k]));
          guard++) {
        k--;
      }
      if (k < 1 || !Lexicon.PHRASE_PREPOSITIONS.contains(lower[k])) {
        return np;
      }
      int[] before = npBackward(k - 1);
      if (before == null) {
        return np;
      }
      np = before;
    }
    return np;
  }

  private int[] stripTenure(int[] np) {
    int s = np[0];
    while (s < np[1] - 1 && Lexicon.TENURE_ADJECTIVES.contains(lower[s])) {
      s++;
    }
    return new int[] {s, np[1]};
  }

  private int skipDeterminers(int i) {
    int j = i;
    while (j < n
        && j - i < 4
        && (Lexicon.DETERMINERS.contains(lower[j]) || isPossessive(j) || isApostrophe(j))) {
      j++;
    }
    return j;
  }

  private Subject subject(int[] np, String rule) {
    int s = tokens.get(np[0]).start();
    int e = tokens.get(np[1] - 1).end();
    String words = SPACES.matcher(text.substring(s, e).toLowerCase(Locale.ROOT)).replaceAll(" ");
    return new Subject(words, new Span(s, e), rule);
  }

  private boolean npWord(int j) {
    Token t = tokens.get(j);
    if (!t.isWord() || Character.isDigit(t.text().charAt(0))) {
      return false;
    }
    String w = lower[j];
    return !Lexicon.STOP.contains(w)
        && !isAdverb(w)
        && !Lexicon.NUMBER_WORDS.contains(w)
        && !Lexicon.VAGUE.contains(w);
  }

  // ---- token tests -------------------------------------------------------------------------

  private static boolean isAdverb(String w) {
    return w.length() > 4 && w.endsWith("ly") && !Lexicon.LY_WORDS.contains(w);
  }

  /** A regular past form ("ended", "occupied"), which ends a noun phrase read forward. */
  private boolean isPast(int j) {
    String w = lower[j];
    return w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed") && !w.equals("hundred");
  }

  private boolean isPossessive(int j) {
    String w = lower[j];
    if (w.endsWith("'s") || w.endsWith("’s")) {
      return true;
    }
    return w.endsWith("s")
        && j + 1 < n
        && isApostrophe(j + 1)
        && gap(j, j + 1) == 0
        && (j + 2 >= n || gap(j + 1, j + 2) > 0);
  }

  private boolean isApostrophe(int j) {
    String s = tokens.get(j).text();
    return s.equals("'") || s.equals("’");
  }

  private boolean isQuote(int j) {
    String s = tokens.get(j).text();
    return s.equals("“")
        || s.equals("”")
        || s.equals("\"")
        || s.equals("‘")
        || s.equals("’")
        || s.equals("'")
        || s.equals("«")
        || s.equals("»");
  }

  private boolean isHyphen(int j) {
    String s = tokens.get(j).text();
    return s.equals("-") || s.equals("‑");
  }

  private static boolean isHyphenated(String s) {
    return s.indexOf('-') > 0 || s.indexOf('‑') > 0;
  }

  private boolean startsWithDigit(int j) {
    return j < n && Character.isDigit(tokens.get(j).text().charAt(0));
  }

  private int gap(int a, int b) {
    return tokens.get(b).start() - tokens.get(a).end();
  }

  /** A headline in Title Case, where capitals say nothing about names. */
  private boolean titleCase() {
    int words = 0;
    int capitals = 0;
    for (int k = 1; k < n; k++) {
      Token t = tokens.get(k);
      if (!Character.isLetter(t.text().charAt(0)) || Lexicon.STOP.contains(lower[k])) {
        continue;
      }
      words++;
      if (t.isCapitalised()) {
        capitals++;
      }
    }
    return words >= 3 && capitals * 5 >= words * 4;
  }
}
