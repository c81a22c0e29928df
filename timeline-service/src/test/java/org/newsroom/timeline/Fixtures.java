package org.newsroom.timeline;

import static org.newsroom.testing.Api.as;

import org.newsroom.testing.TimelineFixtures;
import org.newsroom.testing.Tokens;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.EventBody;
import org.newsroom.testing.body.TimeBody;

/** Builds what a test needs through the API, with names no other test uses. */
public final class Fixtures {

  public static final String JOURNALIST = Tokens.journalist("Jo Journalist");
  public static final String EDITOR = Tokens.editor("Ed Editor");

  private Fixtures() {}

  /** Ingests a text as a journalist and answers the new source's id. */
  public static long source(String outlet, String text) {
    return TimelineFixtures.source(as(JOURNALIST), outlet, text);
  }

  /** A valid event body: one day, one citation; tests change what they are about. */
  public static EventBody event(String title, String day, CitationBody citation) {
    return EventBody.occurred(title, TimeBody.of(day, "DAY"), citation)
        .withSummary("Summary of " + title)
        .withParticipants("Marco Rubio", "Sergei Lavrov")
        .withPlace("Diriyah Palace, Riyadh")
        .withTags("diplomacy");
  }

  /** Creates an event as a journalist and answers its id. */
  public static long createEvent(EventBody event) {
    return TimelineFixtures.createEvent(as(JOURNALIST), event);
  }
}
