package org.newsroom.foundation.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Bean Validation message helpers shared by the constraints of both services. */
public final class Messages {

  private Messages() {}

  /**
   * Reports a violation in place of the constraint's default one: on {@code property} of the
   * validated object (or on the value itself when null), with the message used as it is.
   */
  public static void report(ConstraintValidatorContext context, String property, String message) {
    context.disableDefaultConstraintViolation();
    var builder = context.buildConstraintViolationWithTemplate(literal(message));
    if (property == null) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(property).addConstraintViolation();
    }
  }

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
