package org.newsroom.foundation.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps deliveries away from the machine and its network: a subscriber URL whose host is, or
 * resolves to, a loopback, private, link-local (cloud metadata), shared (carrier-grade NAT),
 * unspecified or multicast address. On where {@code newsroom.webhooks.private-targets} is off
 * (production); local runs and tests deliver to receivers on the same machine.
 */
final class PrivateTargets {

  private PrivateTargets() {}

  /**
   * Why the URL's host may not be delivered to, or empty when it may. A host that does not resolve
   * now is not refused here: the attempt fails and is retried like any other.
   */
  static Optional<String> refusal(String url) {
    String host = URI.create(url).getHost();
    if (host == null) {
      return Optional.of("the URL has no host");
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (isPrivate(address)) {
          return Optional.of(
              host
                  + " is "
                  + address.getHostAddress()
                  + ", an address on this machine or its private network");
        }
      }
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 // "this network"
        || (first == 100 && second >= 64 && second < 128); // 100.64.0.0/10, shared (CGNAT)
  }
}
