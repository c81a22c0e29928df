package org.newsroom.factcheck;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.newsroom.foundation.database.LocalPostgres;

/**
 * Starts an embedded PostgreSQL when no database is configured (dev, test and local profiles only;
 * production without one refuses to start), then the service.
 */
@QuarkusMain
public class FactcheckMain {

  public static void main(String... args) {
    try {
      LocalPostgres.provideUnlessConfigured("factcheck");
    } catch (LocalPostgres.NotConfigured e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
    Quarkus.run(args);
  }
}
