package org.newsroom.foundation.precondition;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.foundation.problem.ProblemException;

class PreconditionsTest {

  private static ProblemException rejection(String ifMatch, long currentVersion) {
    return assertThrows(
        ProblemException.class, () -> Preconditions.requireMatch(ifMatch, currentVersion));
  }

  @Test
  void shouldQuoteTheVersionAsAStrongEtag() {
    assertEquals("\"3\"", Preconditions.etag(3));
    assertEquals("\"0\"", Preconditions.etag(0));
    assertEquals("\"9223372036854775807\"", Preconditions.etag(Long.MAX_VALUE));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void shouldRequireIfMatchWith428WhenItIsMissing(String ifMatch) {
    ProblemException e = rejection(ifMatch, 3);
    assertEquals(CommonProblem.PRECONDITION_REQUIRED, e.type());
    assertEquals(428, e.type().status());
    assertEquals(
        "Send If-Match with the ETag from your last read (current ETag is \"3\")", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", " * "})
  void shouldRefuseAWildcardIfMatchWith428(String ifMatch) {
    ProblemException e = rejection(ifMatch, 3);
    assertEquals(CommonProblem.PRECONDITION_REQUIRED, e.type());
    assertEquals(428, e.type().status());
    assertTrue(e.getMessage().startsWith("If-Match: * would overwrite blindly"), e.getMessage());
  }

  @Test
  void shouldRejectAStaleEtagWith412NamingTheCurrentOne() {
    ProblemException e = rejection("\"2\"", 3);
    assertEquals(CommonProblem.PRECONDITION_FAILED, e.type());
    assertEquals(412, e.type().status());
    assertEquals(
        "If-Match \"2\" is stale: the resource is now at \"3\"; read it again and reapply your"
            + " change",
        e.getMessage());
  }

  @Test
  void shouldRejectANewerEtagThanTheCurrentOneWith412() {
    assertEquals(CommonProblem.PRECONDITION_FAILED, rejection("\"4\"", 3).type());
  }

  @Test
  void shouldAcceptTheCurrentEtag() {
    assertDoesNotThrow(() -> Preconditions.requireMatch("\"3\"", 3));
  }

  @Test
  void shouldAcceptTheCurrentEtagWithSurroundingWhitespace() {
    assertDoesNotThrow(() -> Preconditions.requireMatch("  \"3\" ", 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"1\", \"3\"", "\"1\",\"3\"", "\"3\", \"1\"", "\"1\" ,  \"2\",\"3\""})
  void shouldAcceptAListContainingTheCurrentEtag(String ifMatch) {
    assertDoesNotThrow(() -> Preconditions.requireMatch(ifMatch, 3));
  }

  @Test
  void shouldRejectAListWithoutTheCurrentEtag() {
    ProblemException e = rejection("\"1\", \"2\"", 3);
    assertEquals(CommonProblem.PRECONDITION_FAILED, e.type());
    assertTrue(e.getMessage().contains("now at \"3\""), e.getMessage());
  }

  @Test
  void shouldNotMatchAWeakEtagUnderStrongComparison() {
    ProblemException e = rejection("W/\"3\"", 3);
    assertEquals(CommonProblem.PRECONDITION_FAILED, e.type());
    assertEquals(412, e.type().status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "\"03\"", "\"3 \"", "'3'"})
  void shouldNotMatchATagThatIsNotExactlyTheQuotedVersion(String ifMatch) {
    assertEquals(CommonProblem.PRECONDITION_FAILED, rejection(ifMatch, 3).type());
  }

  @Test
  void shouldMatchTheEtagItIssued() {
    assertDoesNotThrow(() -> Preconditions.requireMatch(Preconditions.etag(42), 42));
    assertEquals(CommonProblem.PRECONDITION_FAILED, rejection(Preconditions.etag(41), 42).type());
  }
}
