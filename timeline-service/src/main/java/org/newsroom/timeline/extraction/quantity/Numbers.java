package org.newsroom.timeline.extraction.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbers written in digits or words, and writes amounts and durations back out. */
final class Numbers {

  private Numbers() {}

  /** "2,000", "2.5", "300". */
  static final Pattern PLAIN = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

  /** "300bn", "5m", "2.5tn". */
  static final Pattern SUFFIXED =
      Pattern.compile(
          "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(bn|mn|mln|tn|trn|m|k|b)",
          Pattern.CASE_INSENSITIVE);

  /** "4-1/2". */
  static final Pattern MIXED = Pattern.compile("(\\d+)[-‑](\\d+)/(\\d+)");

  /** "1/2". */
  static final Pattern SLASH = Pattern.compile("(\\d+)/(\\d+)");

  /** A four-digit number that may be a year. */
  static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  /** A day of the month. */
  static final Pattern DAY = Pattern.compile("\\d{1,2}");

  /** "9.30", "16.45": a clock time after "at". */
  static final Pattern CLOCK = Pattern.compile("(?:[01]?\\d|2[0-3])[.:][0-5]\\d");

  /** A number read from text, the count of words it took, and how it was written. */
  record Parsed(double value, int consumed, boolean fraction, boolean scaled, String rule) {}

  static double plain(String digits) {
    return Double.parseDouble(digits.replace(",", ""));
  }

  /**
   * a/b when it reads as a fraction (a below b, a small b), else NaN: "9/11" and "24/7" are not.
   */
  static double slash(Matcher m) {
    double a = Double.parseDouble(m.group(1));
    double b = Double.parseDouble(m.group(2));
    return b > 0 && b <= 16 && a > 0 && a < b ? a / b : Double.NaN;
  }

  /**
   * a/b standing alone: only halves, thirds, quarters and eighths, since "9/11", "24/7" and "3/10"
   * (a date or a score) are no shares.
   */
  static double slashAlone(Matcher m) {
    int b = Integer.parseInt(m.group(2));
    return b == 2 || b == 3 || b == 4 || b == 8 ? slash(m) : Double.NaN;
  }

  /**
   * The number part of a hyphen compound ("4-1/2" of "4-1/2-hour", "four-and-a-half", "24",
   * "half"), or null.
   */
  static Parsed text(String s) {
    if (PLAIN.matcher(s).matches()) {
      return new Parsed(plain(s), 1, false, false, "number.digits");
    }
    Matcher m = MIXED.matcher(s);
    if (m.matches()) {
      double whole = Double.parseDouble(m.group(1));
      double a = Double.parseDouble(m.group(2));
      double b = Double.parseDouble(m.group(3));
      return b > 0 && a < b
          ? new Parsed(whole + a / b, 1, false, false, "number.mixed-fraction")
          : null;
    }
    if (s.equals("half")) {
      return new Parsed(0.5, 1, true, false, "number.words");
    }
    List<String> parts = List.of(s.split("[-‑]"));
    Parsed p = words(parts, 0, parts.size());
    return p != null && p.consumed() == parts.size() ? p : null;
  }

  /**
   * A spelled-out number from {@code w[from]} on, read no further than {@code limit}: "five",
   * "twenty four", "two hundred and fifty", "a dozen", "three million", "four and a half", "a
   * third", "two thirds". Null when there is none.
   */
  static Parsed words(List<String> w, int from, int limit) {
    if (from >= limit) {
      return null;
    }
    int i = from;
    double total = 0;
    double seg = -1;
    boolean scaled = false;
    String first = w.get(i);
    if (first.equals("a") || first.equals("an") || first.equals("one")) {
      if (i + 1 < limit) {
        String next = w.get(i + 1);
        Integer den = Lexicon.DENOMINATORS.get(next);
        if (den != null && !next.endsWith("s")) {
          return new Parsed(1.0 / den, 2, true, false, "fraction.word");
        }
      }
      if (!first.equals("one")) {
        if (i + 1 >= limit) {
          return null;
        }
        String next = w.get(i + 1);
        if (!next.equals("dozen") && !next.equals("hundred") && !Lexicon.SCALES.containsKey(next)) {
          return null;
        }
        seg = 1;
        i++;
      }
    }
    while (true) {
      if (seg < 0) {
        int[] b = below100(w, i, limit);
        if (b == null) {
          break;
        }
        seg = b[0];
        i = b[1];
      }
      if (i < limit && w.get(i).equals("hundred")) {
        seg *= 100;
        i++;
        scaled = true;
        int[] b =
            i + 1 < limit && w.get(i).equals("and")
                ? below100(w, i + 1, limit)
                : below100(w, i, limit);
        if (b != null) {
          seg += b[0];
          i = b[1];
        }
      }
      if (i < limit && w.get(i).equals("dozen")) {
        seg *= 12;
        i++;
      }
      Double scale = i < limit ? Lexicon.SCALES.get(w.get(i)) : null;
      if (scale != null) {
        total += seg * scale;
        seg = -1;
        i++;
        scaled = true;
        if (i + 1 < limit && w.get(i).equals("and") && below100(w, i + 1, limit) != null) {
          i++;
        }
        if (below100(w, i, limit) != null) {
          continue;
        }
      }
      break;
    }
    if (i == from || (seg < 0 && total == 0 && !scaled)) {
      return null;
    }
    double value = total + Math.max(seg, 0);
    // two thirds, three quarters
    if (!scaled && i < limit && value >= 1 && value <= 10) {
      Integer den = Lexicon.DENOMINATORS.get(w.get(i));
      if (den != null && value < den && (value == 1) != w.get(i).endsWith("s")) {
        return new Parsed(value / den, i + 1 - from, true, false, "fraction.word");
      }
    }
    // four and a half, two and three quarters
    if (i + 2 < limit && w.get(i).equals("and")) {
      String a = w.get(i + 1);
      Integer den = Lexicon.DENOMINATORS.get(w.get(i + 2));
      Integer num = a.equals("a") || a.equals("one") ? Integer.valueOf(1) : Lexicon.ONES.get(a);
      if (den != null && num != null && num > 0 && num < den) {
        value += num / (double) den;
        i += 3;
      }
    }
    return new Parsed(value, i - from, false, scaled, "number.words");
  }

  /** [value, next index] of a number below 100 in words, or null. */
  private static int[] below100(List<String> w, int i, int limit) {
    if (i >= limit) {
      return null;
    }
    String x = w.get(i);
    Integer tens = Lexicon.TENS.get(x);
    if (tens != null) {
      Integer ones = i + 1 < limit ? Lexicon.ONES.get(w.get(i + 1)) : null;
      if (ones != null && ones > 0 && ones < 10) {
        return new int[] {tens + ones, i + 2};
      }
      return new int[] {tens, i + 1};
    }
    Integer ones = Lexicon.ONES.get(x);
    return ones == null ? null : new int[] {ones, i + 1};
  }

  /** The plain decimal, at most four places: "5", "0.3333", "300000000000". */
  static String decimal(double value) {
    return decimal(value, 4);
  }

  static String decimal(double value, int places) {
    return BigDecimal.valueOf(value)
        .setScale(places, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** An ISO-8601 duration of an amount of a unit: "PT4H30M", "P20Y", "P1DT12H". */
  static String isoDuration(double amount, String unit) {
    return switch (unit) {
      case "second" -> time(amount);
      case "minute" -> time(amount * 60);
      case "hour" -> time(amount * 3600);
      case "day" -> days(amount);
      case "week" -> isWhole(amount) ? "P" + Math.round(amount) + "W" : days(amount * 7);
      case "month" -> "P" + decimal(amount) + "M";
      case "decade" -> years(amount * 10);
      case "century" -> years(amount * 100);
      default -> years(amount);
    };
  }

  private static boolean isWhole(double v) {
    return Math.abs(v - Math.rint(v)) < 1e-9;
  }

  private static String time(double seconds) {
    return "PT" + clock(seconds, true);
  }

  /** "4H30M" of a number of seconds; "0S" for none when {@code zero}. */
  private static String clock(double seconds, boolean zero) {
    double s = Math.rint(seconds * 1000) / 1000;
    long hours = (long) Math.floor(s / 3600 + 1e-9);
    s -= hours * 3600;
    long minutes = (long) Math.floor(s / 60 + 1e-9);
    s -= minutes * 60;
    StringBuilder out = new StringBuilder();
    if (hours > 0) {
      out.append(hours).append('H');
    }
    if (minutes > 0) {
      out.append(minutes).append('M');
    }
    if (s > 1e-6) {
      out.append(decimal(s, 3)).append('S');
    }
    if (out.isEmpty() && zero) {
      out.append("0S");
    }
    return out.toString();
  }

  private static String days(double days) {
    long whole = (long) Math.floor(days + 1e-9);
    String rest = clock((days - whole) * 86400, false);
    if (whole == 0) {
      return "PT" + (rest.isEmpty() ? "0S" : rest);
    }
    return "P" + whole + "D" + (rest.isEmpty() ? "" : "T" + rest);
  }

  private static String years(double years) {
    long whole = (long) Math.floor(years + 1e-9);
    double months = (years - whole) * 12;
    if (!isWhole(months)) {
      return "P" + decimal(years) + "Y";
    }
    long m = Math.round(months);
    if (whole == 0 && m == 0) {
      return "P0Y";
    }
    return "P" + (whole > 0 ? whole + "Y" : "") + (m > 0 ? m + "M" : "");
  }
}
