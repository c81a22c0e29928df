package org.newsroom.factcheck.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.factcheck.Fixtures.EDITOR;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.testing.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.Fixtures;
import org.newsroom.testing.Api;
import org.newsroom.testing.DatabaseFingerprint;
import org.newsroom.testing.HostileBattery;
import org.newsroom.testing.body.CorrectionBody;

/** Every operation of the document, attacked: each answer is a 4xx problem, nothing changes. */
@QuarkusTest
class HostileBatteryTest {

  @Inject AgroalDataSource dataSource;

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldRefuseEveryHostileRequestWithAProblemAndChangeNothing() throws Exception {
    Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
    long correction =
        as(JOURNALIST)
            .body(
                CorrectionBody.of(
                    made.second(),
                    "almost five hours",
                    "four and a half hours",
                    "Pool timings",
                    "An earlier version misstated the length of the talks."))
            .post("/api/v1/corrections")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Map<String, String> before = DatabaseFingerprint.of(dataSource, "feed_cursor");

    HostileBattery battery =
        new HostileBattery(
            Api.openApi(RestAssured.given()),
            root.toURI(),
            RestAssured::given,
            path ->
                String.valueOf(
                    path.startsWith("/api/v1/corrections") ? correction : made.discrepancyId()),
            EDITOR);
    int sent = battery.run();

    assertTrue(sent > 300, "only " + sent + " requests were generated");
    assertEquals(List.of(), battery.findings());
    assertEquals(
        before,
        DatabaseFingerprint.of(dataSource, "feed_cursor"),
        "a refused request changed data");
  }
}
