package org.newsroom.foundation.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code newsroom.webhooks.*}: how deliveries are sent and retried. */
@ConfigMapping(prefix = "newsroom.webhooks")
public interface WebhookConfig {

  /** Send deliveries from this instance (any number of instances may; they never share one). */
  @WithDefault("true")
  boolean dispatch();

  /** How often due deliveries are looked for ({@code @Scheduled} reads the same key). */
  @WithDefault("1s")
  Duration pollEvery();

  /** Deliveries claimed and sent at once, per tick. */
  @WithDefault("20")
  int batch();

  /** How long to wait for a subscriber's connection. */
  @WithDefault("2s")
  Duration connectTimeout();

  /** How long to wait for a subscriber's answer once connected. */
  @WithDefault("5s")
  Duration readTimeout();

  /** Wait before the second attempt; each later one waits twice as long, with jitter. */
  @WithDefault("1s")
  Duration backoffInitial();

  /** The longest wait between two attempts. */
  @WithDefault("1h")
  Duration backoffMax();

  /** Attempts before a delivery is given up (FAILED). */
  @WithDefault("20")
  int maxAttempts();

  /**
   * Whether subscribers may be on this machine or its private network (loopback, private,
   * link-local, shared addresses): off in production, so that a webhook cannot reach internal
   * services or cloud metadata; on in dev, local runs and tests.
   */
  @WithDefault("false")
  boolean privateTargets();

  /** Age after which a delivery still failing is given up (FAILED). */
  @WithDefault("24h")
  Duration giveUpAfter();
}
