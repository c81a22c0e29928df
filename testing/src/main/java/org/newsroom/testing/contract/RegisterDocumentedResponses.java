package org.newsroom.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestContext;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Puts {@link DocumentedResponses} in front of every REST Assured request of every
 * {@code @QuarkusTest} (a Quarkus test callback, found through {@code META-INF/services}), and
 * after each test class appends how many responses it validated to {@code
 * target/documented-responses.txt}: one line per class, {@code class validated skipped}.
 */
public class RegisterDocumentedResponses
    implements QuarkusTestBeforeEachCallback, QuarkusTestAfterAllCallback {

  private static final Path REPORT = Path.of("target", "documented-responses.txt");
  private static final String STARTED = "newsroom.documented-responses.started";

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    DocumentedResponses.register();
  }

  @Override
  public void afterAll(QuarkusTestContext context) {
    long validated = DocumentedResponses.VALIDATED.getAndSet(0);
    long skipped = DocumentedResponses.SKIPPED.getAndSet(0);
    Object test = context.getTestInstance();
    String name = test == null ? "?" : test.getClass().getName();
    String line = name + " " + validated + " " + skipped + "\n";
    try {
      Files.createDirectories(REPORT.getParent());
      boolean first = System.getProperty(STARTED) == null;
      System.setProperty(STARTED, "true");
      Files.writeString(
          REPORT,
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          first ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
