package org.newsroom.foundation.validation;

/** Bean Validation message helpers shared by the constraints of both services. */
public final class Messages {

  private Messages() {}

  /**
   * A message used as it is: braces, dollars and backslashes escaped, so a value the client sent
   * and the message quotes is never read as a template or an expression.
   */
  public static String literal(String message) {
    return message
        .replace("\\", "\\\\")
        .replace("{", "\\{")
        .replace("}", "\\}")
        .replace("$", "\\$");
  }
}
