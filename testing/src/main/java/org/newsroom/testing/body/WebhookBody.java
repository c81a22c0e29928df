package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A webhook subscriber to register. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookBody(String url, List<String> eventTypes, String description) {

  public static WebhookBody of(String url, String... eventTypes) {
    return new WebhookBody(url, List.of(eventTypes), null);
  }
}
