package org.newsroom.timeline.citation;

import java.util.ArrayList;
import java.util.List;
import org.newsroom.foundation.quote.QuoteSelector;

/**
 * Checks a quote selector against a source text and fills in what is missing: offsets when only the
 * words were given, context when none was. Pure logic, no framework.
 */
public final class QuoteResolver {

  /** How much context (in code points) is stored either side when none was given. */
  public static final int CONTEXT = 32;

  private QuoteResolver() {}

  /** Either the complete selector, or why the quote does not match the text. */
  public record Resolution(QuoteSelector selector, String mismatch) {
    public boolean matches() {
      return mismatch == null;
    }

    static Resolution of(QuoteSelector selector) {
      return new Resolution(selector, null);
    }

    static Resolution mismatch(String reason) {
      return new Resolution(null, reason);
    }
  }

  public static Resolution resolve(String text, QuoteSelector quote) {
    if (quote.exact() == null || quote.exact().isEmpty()) {
      return Resolution.mismatch("the quote is empty");
    }
    if ((quote.start() != null && quote.start() < 0) || (quote.end() != null && quote.end() < 0)) {
      return Resolution.mismatch("offsets cannot be negative");
    }
    if ((quote.start() == null) != (quote.end() == null)) {
      return Resolution.mismatch("give both start and end, or neither");
    }
    return quote.start() == null ? locate(text, quote) : check(text, quote);
  }

  private static Resolution check(String text, QuoteSelector quote) {
    int length = text.codePointCount(0, text.length());
    int start = quote.start();
    int end = quote.end();
    if (start >= end) {
      return Resolution.mismatch("start " + start + " must be less than end " + end);
    }
    if (end > length) {
      return Resolution.mismatch(
          "end " + end + " is past the end of the source text (" + length + " code points)");
    }
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(from, end - start);
    String actual = text.substring(from, to);
    if (!actual.equals(quote.exact())) {
      return Resolution.mismatch(
          "offsets "
              + start
              + "-"
              + end
              + " hold \""
              + abbreviate(actual)
              + "\", not the quote"
              + (text.contains(quote.exact()) ? " (the quote is elsewhere in the source)" : ""));
    }
    String contextProblem = contextProblem(text, from, to, quote);
    if (contextProblem != null) {
      return Resolution.mismatch(contextProblem);
    }
    return Resolution.of(complete(text, from, to, start, end, quote));
  }

  private static Resolution locate(String text, QuoteSelector quote) {
    String exact = quote.exact();
    List<Integer> candidates = new ArrayList<>();
    int occurrences = 0;
    for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
      occurrences++;
      if (contextProblem(text, at, at + exact.length(), quote) == null) {
        candidates.add(at);
      }
    }
    if (occurrences == 0) {
      return Resolution.mismatch("the quote \"" + abbreviate(exact) + "\" is not in the source");
    }
    if (candidates.isEmpty()) {
      return Resolution.mismatch("the quote is in the source, but not with that prefix/suffix");
    }
    if (candidates.size() > 1) {
      return Resolution.mismatch(
          "the quote occurs "
              + candidates.size()
              + " times; give start/end or a prefix/suffix that singles one out");
    }
    int from = candidates.get(0);
    int to = from + exact.length();
    int start = text.codePointCount(0, from);
    int end = start + exact.codePointCount(0, exact.length());
    return Resolution.of(complete(text, from, to, start, end, quote));
  }

  /** Why the given prefix/suffix do not surround [from, to) (char indices), or null. */
  private static String contextProblem(String text, int from, int to, QuoteSelector quote) {
    if (quote.prefix() != null
        && !quote.prefix().isEmpty()
        && !text.substring(0, from).endsWith(quote.prefix())) {
      return "the text before the quote is not the given prefix";
    }
    if (quote.suffix() != null
        && !quote.suffix().isEmpty()
        && !text.substring(to).startsWith(quote.suffix())) {
      return "the text after the quote is not the given suffix";
    }
    return null;
  }

  private static QuoteSelector complete(
      String text, int from, int to, int start, int end, QuoteSelector quote) {
    String prefix =
        quote.prefix() != null && !quote.prefix().isEmpty()
            ? quote.prefix()
            : text.substring(text.offsetByCodePoints(from, -Math.min(CONTEXT, start)), from);
    int remaining = text.codePointCount(to, text.length());
    String suffix =
        quote.suffix() != null && !quote.suffix().isEmpty()
            ? quote.suffix()
            : text.substring(to, text.offsetByCodePoints(to, Math.min(CONTEXT, remaining)));
    return new QuoteSelector(quote.exact(), prefix, suffix, start, end);
  }

  private static String abbreviate(String s) {
    if (s.length() <= 60) {
      return s;
    }
    int cut = Character.isHighSurrogate(s.charAt(56)) ? 56 : 57;
    return s.substring(0, cut) + "...";
  }
}
