package org.newsroom.timeline.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.newsroom.timeline.extraction.time.PublicationDating;

/**
 * How long the analysis of a 2,000-word article takes once the JVM is warm: the whole pure pipeline
 * (sentences, dating, dated mentions, quantities, names, candidate events), no database. A
 * benchmark, not a test: run it with {@code bench/analysis.sh}. It prints the distribution of many
 * runs; the target is a median under 20 ms.
 */
public final class AnalysisBenchmark {

  private AnalysisBenchmark() {}

  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    String text = article(2000);
    int words = text.strip().split("\\s+").length;
    PublicationDating.Printed printed =
        new PublicationDating.Printed(
            "Published February 18, 2025", null, LocalDate.of(2026, 1, 1));
    int found = 0;
    for (int i = 0; i < warmup; i++) {
      found += TextAnalyzer.analyse(text, printed, Map.of()).mentions().size();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      TextAnalyzer.Analysis a = TextAnalyzer.analyse(text, printed, Map.of());
      nanos[i] = System.nanoTime() - start;
      found += a.mentions().size();
    }
    Arrays.sort(nanos);
    TextAnalyzer.Analysis a = TextAnalyzer.analyse(text, printed, Map.of());
    System.out.printf(
        Locale.ROOT,
        "analysis of a %d-word article (%d chars): %d mentions, %d quantities, %d names, %d"
            + " candidates%n",
        words,
        text.length(),
        a.mentions().size(),
        a.quantities().size(),
        a.names().size(),
        a.candidates().size());
    System.out.printf(
        Locale.ROOT,
        "warm runs: %d  median %.2f ms  p90 %.2f ms  p99 %.2f ms  min %.2f ms  (checksum %d)%n",
        runs,
        ms(nanos[runs / 2]),
        ms(nanos[(int) (runs * 0.9)]),
        ms(nanos[(int) (runs * 0.99)]),
        ms(nanos[0]),
        found);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** The first {@code words} words of the seed articles, whole lines, in file order. */
  static String article(int words) {
    StringBuilder text = new StringBuilder();
    int count = 0;
    for (String file :
        new String[] {
          "000_49b9e2db92e32251.txt", "001_697425ad9d472758.txt", "002_956f4a7255e706f6.txt"
        }) {
      for (String line : resource("seeds/" + file).split("\n", -1)) {
        if (count >= words) {
          return text.toString();
        }
        text.append(line).append('\n');
        count += line.isBlank() ? 0 : line.strip().split("\\s+").length;
      }
    }
    return text.toString();
  }

  private static String resource(String path) {
    try (InputStream in = AnalysisBenchmark.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
