package org.newsroom.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/** Runs requests on real threads released at one instant, and answers their status codes. */
public final class Race {

  private Race() {}

  /** Runs {@code n} copies of {@code request}, told their index, all at once. */
  public static List<Integer> run(int n, java.util.function.IntFunction<Integer> request)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i : IntStream.range(0, n).toArray()) {
        Callable<Integer> call =
            () -> {
              start.await();
              return request.apply(i);
            };
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : futures) {
        statuses.add(f.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many of {@code statuses} equal {@code status}. */
  public static long count(List<Integer> statuses, int status) {
    return statuses.stream().filter(s -> s == status).count();
  }
}
