package org.newsroom.factcheck;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.newsroom.foundation.database.LocalPostgres;

/** Starts an embedded PostgreSQL when no database is configured, then the service. */
@QuarkusMain
public class FactcheckMain {

  public static void main(String... args) {
    LocalPostgres.provideUnlessConfigured("factcheck");
    Quarkus.run(args);
  }
}
