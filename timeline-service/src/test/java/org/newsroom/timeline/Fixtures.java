package org.newsroom.timeline;

import static org.newsroom.testing.Api.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.testing.Tokens;

/** Builds what a test needs through the API, with names no other test uses. */
public final class Fixtures {

  public static final String JOURNALIST = Tokens.journalist("Jo Journalist");
  public static final String EDITOR = Tokens.editor("Ed Editor");

  private Fixtures() {}

  /** Ingests a text as a journalist and answers the new source's id. */
  public static long source(String outlet, String text) {
    Map<String, Object> body = new HashMap<>();
    body.put("outlet", outlet);
    body.put("title", "Title of " + outlet);
    body.put("text", text);
    return as(JOURNALIST)
        .body(body)
        .post("/api/v1/sources")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static Map<String, Object> citation(long sourceId, String exact) {
    Map<String, Object> quote = new HashMap<>();
    quote.put("exact", exact);
    Map<String, Object> citation = new HashMap<>();
    citation.put("sourceId", sourceId);
    citation.put("quote", quote);
    return citation;
  }

  public static Map<String, Object> time(String value, String precision) {
    Map<String, Object> time = new HashMap<>();
    time.put("value", value);
    if (precision != null) {
      time.put("precision", precision);
    }
    return time;
  }

  /** A valid event body: one day, one citation; tests change what they are about. */
  public static Map<String, Object> event(String title, String day, Map<String, Object> citation) {
    Map<String, Object> event = new HashMap<>();
    event.put("title", title);
    event.put("summary", "Summary of " + title);
    event.put("start", time(day, "DAY"));
    event.put("status", "OCCURRED");
    event.put("participants", new ArrayList<>(List.of("Marco Rubio", "Sergei Lavrov")));
    event.put("place", "Diriyah Palace, Riyadh");
    event.put("tags", new ArrayList<>(List.of("diplomacy")));
    event.put("citations", new ArrayList<>(List.of(citation)));
    return event;
  }

  /** Creates an event as a journalist and answers its id. */
  public static long createEvent(Map<String, Object> event) {
    return as(JOURNALIST)
        .body(event)
        .post("/api/v1/events")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
