package org.newsroom.timeline.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.EDITOR;
import static org.newsroom.timeline.Fixtures.createEvent;
import static org.newsroom.timeline.Fixtures.event;
import static org.newsroom.timeline.Fixtures.source;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.Api;
import org.newsroom.testing.DatabaseFingerprint;
import org.newsroom.testing.HostileBattery;
import org.newsroom.testing.body.CitationBody;

/** Every operation of the document, attacked: each answer is a 4xx problem, nothing changes. */
@QuarkusTest
class HostileBatteryTest {

  @Inject AgroalDataSource dataSource;

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldRefuseEveryHostileRequestWithAProblemAndChangeNothing() throws Exception {
    long src = source("Wire", "The talks ended on Tuesday. " + unique("hostile"));
    long event =
        createEvent(event(unique("Hostile"), "2025-02-18", CitationBody.of(src, "Tuesday")));
    Map<String, String> before = DatabaseFingerprint.of(dataSource);

    HostileBattery battery =
        new HostileBattery(
            Api.openApi(RestAssured.given()),
            root.toURI(),
            RestAssured::given,
            path -> String.valueOf(path.startsWith("/api/v1/sources") ? src : event),
            EDITOR);
    int sent = battery.run();

    assertTrue(sent > 500, "only " + sent + " requests were generated");
    assertEquals(List.of(), battery.findings());
    assertEquals(before, DatabaseFingerprint.of(dataSource), "a refused request changed data");
  }
}
