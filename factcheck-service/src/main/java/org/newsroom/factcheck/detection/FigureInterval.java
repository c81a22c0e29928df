package org.newsroom.factcheck.detection;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stated figure read as the interval of true values it allows.
 *
 * <p>Bounds are in base units: seconds for durations, the figure's own unit otherwise. An infinite
 * upper bound is {@link Double#POSITIVE_INFINITY} and always open. {@code dimension} says which
 * figures can be compared at all ("duration", "percent", "percentage point", "money:USD",
 * "count:soldier", "number"); {@code rule} names the reading that produced the interval
 * ("interval.rounding", "interval.almost", ...); {@code qualifierWord} is the hedge as written, or
 * null.
 *
 * @param lower lower bound in base units, possibly {@link Double#NEGATIVE_INFINITY}
 * @param lowerClosed whether {@code lower} itself is allowed
 * @param upper upper bound in base units, possibly {@link Double#POSITIVE_INFINITY}
 * @param upperClosed whether {@code upper} itself is allowed
 * @param dimension what is measured; only intervals of equal dimension can be compared
 * @param rule id of the reading rule that produced this interval
 * @param qualifierWord the hedge word(s) of the figure, lower-case, or null
 */
public record FigureInterval(
    double lower,
    boolean lowerClosed,
    double upper,
    boolean upperClosed,
    String dimension,
    String rule,
    String qualifierWord) {

  /** Rule id for an unhedged figure: anything that rounds to it. */
  public static final String RULE_ROUNDING = "interval.rounding";

  /** Rule id for "almost", "nearly" and friends: just below the figure. */
  public static final String RULE_ALMOST = "interval.almost";

  /** Rule id for "less than", "under": anything from zero up to the figure. */
  public static final String RULE_LESS_THAN = "interval.less-than";

  /** Rule id for "just over", "a little over": just above the figure. */
  public static final String RULE_JUST_OVER = "interval.just-over";

  /** Rule id for "more than", "over": anything above the figure. */
  public static final String RULE_MORE_THAN = "interval.more-than";

  /** Rule id for "at least": the figure (as rounded) or more. */
  public static final String RULE_AT_LEAST = "interval.at-least";

  /** Rule id for "up to", "at most": zero up to the figure (as rounded). */
  public static final String RULE_AT_MOST = "interval.at-most";

  /** Rule id for "about", "around": within 10% or half a step, whichever is wider. */
  public static final String RULE_APPROXIMATELY = "interval.approximately";

  /** The dimension of every duration, whatever its unit. */
  public static final String DURATION = "duration";

  private static final MathContext MATH = MathContext.DECIMAL128;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final BigDecimal TENTH = new BigDecimal("0.1");
  private static final MathContext DISPLAY = new MathContext(12);
  private static final int MAX_DECIMALS = 3;

  private static final double SECONDS_PER_DAY = 86_400;
  private static final double SECONDS_PER_YEAR = 365.2425 * SECONDS_PER_DAY;
  private static final double SECONDS_PER_MONTH = SECONDS_PER_YEAR / 12;

  private static final Set<String> ALMOST_WORDS =
      Set.of("almost", "nearly", "close to", "just under", "approaching", "not quite", "barely");
  private static final Set<String> JUST_OVER_WORDS =
      Set.of("just over", "just above", "a little over", "slightly more than");

  /** A scale suffix right after a digit ("$300bn", "5 k"), or a scale word anywhere. */
  private static final Pattern SCALE_WORD =
      Pattern.compile(
          "(?<=\\d)\\s*(thousand|million|billion|trillion|mn|bn|tn|k|m)\\b"
              + "|\\b(thousand|million|billion|trillion)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A figure as stated by one source.
   *
   * @param kind DURATION, PERCENT, MONEY, COUNT, NUMBER or FRACTION
   * @param amount the amount in {@code unit} (4.5 for "4-1/2 hours", 3e11 for "$300bn")
   * @param unit duration unit (second ... century), "percent" or "percentage point", ISO currency
   *     code, counted noun, or null
   * @param normalized ISO-8601 duration ("PT4H30M") or plain decimal ("20", "300000000000 USD")
   * @param qualifier EXACTLY, APPROXIMATELY, LESS_THAN, MORE_THAN, AT_LEAST or AT_MOST
   * @param qualifierWord lower-case hedge word(s) as written, or null for EXACTLY
   * @param text the phrase as written ("almost five hours")
   */
  public record Figure(
      String kind,
      double amount,
      String unit,
      String normalized,
      String qualifier,
      String qualifierWord,
      String text) {}

  private enum Kind {
    DURATION,
    PERCENT,
    MONEY,
    COUNT,
    NUMBER,
    FRACTION
  }

  private enum Qualifier {
    EXACTLY,
    APPROXIMATELY,
    LESS_THAN,
    MORE_THAN,
    AT_LEAST,
    AT_MOST
  }

  /**
   * Reads a figure as the interval of true values it allows, in base units.
   *
   * @param f the stated figure
   * @return its interval
   * @throws IllegalArgumentException for an unknown kind, qualifier or duration unit, or an amount
   *     that is not a finite number
   */
  public static FigureInterval of(Figure f) {
    Kind kind = kindOf(f);
    if (!Double.isFinite(f.amount())) {
      throw new IllegalArgumentException("amount must be finite: " + f.amount());
    }
    double factor = kind == Kind.DURATION ? secondsPer(f.unit()) : 1;
    BigDecimal v = BigDecimal.valueOf(f.amount());
    BigDecimal g = granularity(kind, f);
    String word = hedgeWord(f.qualifierWord());
    String dimension = dimensionOf(f);
    BigDecimal halfStep = g.divide(TWO, MATH);
    BigDecimal thirdStep = g.divide(THREE, MATH);
    return switch (qualifierOf(f)) {
      case EXACTLY ->
          new FigureInterval(
              base(v.subtract(halfStep), factor),
              true,
              base(v.add(halfStep), factor),
              false,
              dimension,
              RULE_ROUNDING,
              word);
      case LESS_THAN ->
          word != null && ALMOST_WORDS.contains(word)
              ? new FigureInterval(
                  base(v.subtract(thirdStep), factor),
                  true,
                  base(v, factor),
                  false,
                  dimension,
                  RULE_ALMOST,
                  word)
              : new FigureInterval(
                  floorBelow(base(v, factor)),
                  true,
                  base(v, factor),
                  false,
                  dimension,
                  RULE_LESS_THAN,
                  word);
      case MORE_THAN ->
          word != null && JUST_OVER_WORDS.contains(word)
              ? new FigureInterval(
                  base(v, factor),
                  false,
                  base(v.add(thirdStep), factor),
                  true,
                  dimension,
                  RULE_JUST_OVER,
                  word)
              : new FigureInterval(
                  base(v, factor),
                  false,
                  Double.POSITIVE_INFINITY,
                  false,
                  dimension,
                  RULE_MORE_THAN,
                  word);
      case AT_LEAST ->
          new FigureInterval(
              base(v.subtract(halfStep), factor),
              true,
              Double.POSITIVE_INFINITY,
              false,
              dimension,
              RULE_AT_LEAST,
              word);
      case AT_MOST ->
          new FigureInterval(
              floorBelow(base(v.add(halfStep), factor)),
              true,
              base(v.add(halfStep), factor),
              false,
              dimension,
              RULE_AT_MOST,
              word);
      case APPROXIMATELY -> {
        BigDecimal margin = halfStep.max(v.abs().multiply(TENTH, MATH));
        yield new FigureInterval(
            base(v.subtract(margin), factor),
            true,
            base(v.add(margin), factor),
            true,
            dimension,
            RULE_APPROXIMATELY,
            word);
      }
    };
  }

  /**
   * Whether two figures measure the same thing: any two durations, percent with percent of the same
   * unit, money of the same currency, counts of the same noun, plain numbers and fractions.
   *
   * @param a one figure
   * @param b the other figure
   * @return true when their intervals can be compared
   */
  public static boolean comparable(Figure a, Figure b) {
    return dimensionOf(a).equals(dimensionOf(b));
  }

  /**
   * Whether this interval and another share at least one value. Intervals of different dimensions
   * never overlap; intervals touching at a single point overlap only when both touching ends are
   * closed.
   *
   * @param other the other interval
   * @return true when some value lies in both
   */
  public boolean overlaps(FigureInterval other) {
    if (!dimension.equals(other.dimension)) {
      return false;
    }
    double lo;
    boolean loClosed;
    if (lower == other.lower) {
      lo = lower;
      loClosed = lowerClosed && other.lowerClosed;
    } else if (lower > other.lower) {
      lo = lower;
      loClosed = lowerClosed;
    } else {
      lo = other.lower;
      loClosed = other.lowerClosed;
    }
    double hi;
    boolean hiClosed;
    if (upper == other.upper) {
      hi = upper;
      hiClosed = upperClosed && other.upperClosed;
    } else if (upper < other.upper) {
      hi = upper;
      hiClosed = upperClosed;
    } else {
      hi = other.upper;
      hiClosed = other.upperClosed;
    }
    return lo < hi || (lo == hi && loClosed && hiClosed && Double.isFinite(lo));
  }

  /**
   * The interval in the figure's terms, e.g. "[PT4H40M, PT5H)" or "[18, 22]". Durations under two
   * days print as {@link Duration} (whole seconds), under 60 days in days ("P13.5D"), under a year
   * in months ("P2.5M"), otherwise in years ("P19.5Y"), rounded to two decimals. Infinite bounds
   * print as "∞" / "-∞".
   *
   * @return the interval with brackets showing which ends are closed
   */
  public String describe() {
    return (lowerClosed ? "[" : "(")
        + format(lower)
        + ", "
        + format(upper)
        + (upperClosed ? "]" : ")");
  }

  /**
   * Explains why two figures cannot both be right, if they cannot.
   *
   * <p>When exactly one side is hedged, the unhedged side is checked against the hedged side's
   * interval: "PT4H30M EXACTLY is outside [PT4H40M, PT5H) from 'almost five hours'". Otherwise both
   * intervals are quoted: "20 (...) from '20%' does not meet 24 (...) from '24%'".
   *
   * @param a one figure
   * @param b the other figure
   * @return empty when the figures are not comparable or their intervals overlap, else a one-line
   *     explanation naming both sides
   */
  public static Optional<String> conflict(Figure a, Figure b) {
    if (!comparable(a, b)) {
      return Optional.empty();
    }
    FigureInterval ia = of(a);
    FigureInterval ib = of(b);
    if (ia.overlaps(ib)) {
      return Optional.empty();
    }
    boolean aExact = qualifierOf(a) == Qualifier.EXACTLY;
    boolean bExact = qualifierOf(b) == Qualifier.EXACTLY;
    if (aExact && !bExact) {
      return Optional.of(outside(a, b, ib));
    }
    if (bExact && !aExact) {
      return Optional.of(outside(b, a, ia));
    }
    return Optional.of(
        String.format(
            "%s (%s) from '%s' does not meet %s (%s) from '%s'",
            a.normalized(), ia.describe(), a.text(), b.normalized(), ib.describe(), b.text()));
  }

  private static String outside(Figure exact, Figure hedged, FigureInterval hedgedInterval) {
    return String.format(
        "%s %s is outside %s from '%s'",
        exact.normalized(), Qualifier.EXACTLY, hedgedInterval.describe(), hedged.text());
  }

  private String format(double value) {
    if (value == Double.POSITIVE_INFINITY) {
      return "∞";
    }
    if (value == Double.NEGATIVE_INFINITY) {
      return "-∞";
    }
    if (DURATION.equals(dimension)) {
      return formatDuration(value);
    }
    return plain(new BigDecimal(value).round(DISPLAY));
  }

  private static String formatDuration(double seconds) {
    double magnitude = Math.abs(seconds);
    if (magnitude < 2 * SECONDS_PER_DAY) {
      return Duration.ofSeconds(Math.round(seconds)).toString();
    }
    if (magnitude < 60 * SECONDS_PER_DAY) {
      return "P" + twoDecimals(seconds / SECONDS_PER_DAY) + "D";
    }
    if (magnitude < SECONDS_PER_YEAR) {
      return "P" + twoDecimals(seconds / SECONDS_PER_MONTH) + "M";
    }
    return "P" + twoDecimals(seconds / SECONDS_PER_YEAR) + "Y";
  }

  private static String twoDecimals(double value) {
    return plain(new BigDecimal(value).setScale(2, RoundingMode.HALF_UP));
  }

  private static String plain(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  private static double base(BigDecimal amount, double factor) {
    return amount.multiply(new BigDecimal(factor), MATH).doubleValue();
  }

  /** Zero for a positive bound, so "less than 5" starts at 0; unbounded below otherwise. */
  private static double floorBelow(double upper) {
    return upper > 0 ? 0 : Double.NEGATIVE_INFINITY;
  }

  /** One step of the last written digit, in the figure's own unit. */
  private static BigDecimal granularity(Kind kind, Figure f) {
    BigDecimal amount = BigDecimal.valueOf(f.amount());
    if (kind == Kind.MONEY || kind == Kind.COUNT || kind == Kind.NUMBER) {
      BigDecimal scale = scaleWord(f.text());
      if (scale != null) {
        return scale.multiply(step(amount.divide(scale, MATH)));
      }
    }
    return step(amount);
  }

  private static BigDecimal step(BigDecimal written) {
    int decimals = Math.max(0, Math.min(MAX_DECIMALS, written.stripTrailingZeros().scale()));
    return BigDecimal.ONE.movePointLeft(decimals);
  }

  private static BigDecimal scaleWord(String text) {
    if (text == null) {
      return null;
    }
    Matcher matcher = SCALE_WORD.matcher(text);
    if (!matcher.find()) {
      return null;
    }
    String scale = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    return switch (scale.toLowerCase(Locale.ROOT)) {
      case "k", "thousand" -> BigDecimal.ONE.movePointRight(3);
      case "m", "mn", "million" -> BigDecimal.ONE.movePointRight(6);
      case "bn", "billion" -> BigDecimal.ONE.movePointRight(9);
      default -> BigDecimal.ONE.movePointRight(12);
    };
  }

  private static String dimensionOf(Figure f) {
    String unit = f.unit() == null ? "" : f.unit().trim().toLowerCase(Locale.ROOT);
    return switch (kindOf(f)) {
      case DURATION -> DURATION;
      case PERCENT -> unit.startsWith("percentage point") ? "percentage point" : "percent";
      case MONEY -> "money:" + unit.toUpperCase(Locale.ROOT);
      case COUNT -> "count:" + singular(unit);
      case NUMBER, FRACTION -> "number";
    };
  }

  private static String singular(String noun) {
    return noun.length() > 3 && noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
  }

  private static double secondsPer(String unit) {
    String u = unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
    return switch (u) {
      case "second", "seconds" -> 1;
      case "minute", "minutes" -> 60;
      case "hour", "hours" -> 3_600;
      case "day", "days" -> SECONDS_PER_DAY;
      case "week", "weeks" -> 7 * SECONDS_PER_DAY;
      case "month", "months" -> SECONDS_PER_MONTH;
      case "year", "years" -> SECONDS_PER_YEAR;
      case "decade", "decades" -> 10 * SECONDS_PER_YEAR;
      case "century", "centuries" -> 100 * SECONDS_PER_YEAR;
      default -> throw new IllegalArgumentException("unknown duration unit: " + unit);
    };
  }

  private static Kind kindOf(Figure f) {
    if (f.kind() == null) {
      throw new IllegalArgumentException("figure kind is missing");
    }
    try {
      return Kind.valueOf(f.kind().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown figure kind: " + f.kind(), e);
    }
  }

  private static Qualifier qualifierOf(Figure f) {
    if (f.qualifier() == null || f.qualifier().isBlank()) {
      return Qualifier.EXACTLY;
    }
    try {
      return Qualifier.valueOf(f.qualifier().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown qualifier: " + f.qualifier(), e);
    }
  }

  private static String hedgeWord(String word) {
    if (word == null || word.isBlank()) {
      return null;
    }
    return word.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
