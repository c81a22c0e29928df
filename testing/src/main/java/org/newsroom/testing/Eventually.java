package org.newsroom.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until something holds, with a generous deadline: no timing is asserted, only the end. */
public final class Eventually {

  private Eventually() {}

  /**
   * Reads until {@code done} holds for what was read, and answers it.
   *
   * @throws AssertionError with the last reading when the deadline passes first
   */
  public static <T> T until(Duration within, Supplier<T> read, Predicate<T> done, String what) {
    long deadline = System.nanoTime() + within.toNanos();
    T last = read.get();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + within + ": " + what + "; last read " + last);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
      last = read.get();
    }
    return last;
  }
}
