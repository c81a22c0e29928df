package org.newsroom.foundation.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsroom.foundation.strict.StrictJson;

/**
 * The one place failures become {@code application/problem+json}. Nothing here ever echoes a class
 * name or a stack trace to the client.
 */
public class ProblemMapper {

  @ServerExceptionMapper
  public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
    return respond(e.type(), e.getMessage(), uri, e.violations());
  }

  @ServerExceptionMapper
  public RestResponse<Problem> rateLimited(ProblemException.RateLimited e, UriInfo uri) {
    return RestResponse.ResponseBuilder.<Problem>create(e.type().status())
        .entity(problemOf(e.type(), e.getMessage(), uri))
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .type(Problem.MEDIA_TYPE)
        .build();
  }

  @ServerExceptionMapper
  public RestResponse<Problem> constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.Violation> violations =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Violation::field))
            .toList();
    String detail =
        violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .collect(Collectors.joining("; "));
    return respond(CommonProblem.VALIDATION, detail, uri, violations);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> json(JsonProcessingException e, UriInfo uri) {
    return fromJson(e, uri);
  }

  /** Takes precedence over Quarkus' built-in mapper, which answers an empty 400. */
  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public RestResponse<Problem> mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return fromJson(e, uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> unauthenticated(UnauthorizedException e, UriInfo uri) {
    return unauthorized("Send 'Authorization: Bearer <token>' with a valid token", uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> badToken(AuthenticationFailedException e, UriInfo uri) {
    return unauthorized("The bearer token is not valid (signature, issuer or expiry)", uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
    return respond(
        CommonProblem.FORBIDDEN,
        "Your token does not carry a role that may do this",
        uri,
        List.of());
  }

  @ServerExceptionMapper
  public RestResponse<Problem> web(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof JsonProcessingException json) {
      return fromJson(json, uri);
    }
    if (e.getCause() instanceof ProblemException problem) {
      // A parameter converter refused a value; JAX-RS wraps that in a 404.
      return problem(problem, uri);
    }
    int status = e.getResponse().getStatus();
    String detail =
        switch (status) {
          case 404 -> "Nothing at " + uri.getPath();
          case 405 -> "This method is not allowed on " + uri.getPath();
          case 406 -> "No representation matches the Accept header";
          case 415 -> "Send the body as application/json";
          default -> status >= 500 ? "The request could not be completed" : "Bad request";
        };
    if (status >= 500) {
      Log.error("Request failed", e);
    }
    return respond(CommonProblem.forStatus(status), detail, uri, List.of());
  }

  @ServerExceptionMapper
  public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return problem(problem, uri);
      }
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return respond(
            CommonProblem.PRECONDITION_FAILED,
            "Someone else changed this resource while you were writing; read it again",
            uri,
            List.of());
      }
      // Connection lost or refused (08…), the server shutting down or starting (57P…)
      if (t instanceof org.hibernate.exception.JDBCConnectionException
          || t instanceof java.sql.SQLTransientConnectionException
          || (t instanceof java.sql.SQLException sql
              && sql.getSQLState() != null
              && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))) {
        Log.warnf("Database unavailable: %s", t.getMessage());
        return RestResponse.ResponseBuilder.<Problem>create(503)
            .entity(
                problemOf(
                    CommonProblem.DATABASE_UNAVAILABLE,
                    "The database did not answer; nothing was changed, try again shortly",
                    uri))
            .header(HttpHeaders.RETRY_AFTER, "5")
            .type(Problem.MEDIA_TYPE)
            .build();
      }
      if (t instanceof org.hibernate.exception.ConstraintViolationException) {
        return respond(
            CommonProblem.CONFLICT,
            "The change conflicts with existing data and was not applied",
            uri,
            List.of());
      }
    }
    Log.error("Unexpected failure", e);
    return respond(CommonProblem.INTERNAL, "An unexpected error occurred", uri, List.of());
  }

  private static RestResponse<Problem> unauthorized(String detail, UriInfo uri) {
    return RestResponse.ResponseBuilder.create(
            RestResponse.Status.UNAUTHORIZED, problemOf(CommonProblem.UNAUTHENTICATED, detail, uri))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .type(Problem.MEDIA_TYPE)
        .build();
  }

  private static RestResponse<Problem> fromJson(JsonProcessingException e, UriInfo uri) {
    if (e instanceof StreamReadException) {
      return respond(
          CommonProblem.MALFORMED_BODY,
          "The body is not valid JSON: " + e.getOriginalMessage(),
          uri,
          List.of());
    }
    String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
    String message;
    if (e instanceof PropertyBindingException binding) {
      field = field.isEmpty() ? binding.getPropertyName() : field;
      return respond(
          CommonProblem.VALIDATION,
          "Unknown field '" + field + "'",
          uri,
          List.of(new Problem.Violation(field, "unknown field")));
    } else if (e instanceof InvalidFormatException format
        && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      message =
          "must be one of "
              + Arrays.stream(format.getTargetType().getEnumConstants())
                  .map(Object::toString)
                  .collect(Collectors.joining(", "))
              + " (was '"
              + format.getValue()
              + "')";
    } else if (e instanceof InvalidFormatException format) {
      message = "'" + format.getValue() + "' is not a valid " + describe(format.getTargetType());
    } else if (e instanceof ValueInstantiationException instantiation
        && instantiation.getCause() != null) {
      message = instantiation.getCause().getMessage();
    } else if (e instanceof StrictJson.UnstorableText unstorable) {
      message = unstorable.getOriginalMessage();
    } else if (e instanceof MismatchedInputException mismatch) {
      message = "expected " + describe(mismatch.getTargetType());
    } else {
      message = "has the wrong type or format";
    }
    String where = field.isEmpty() ? "body" : field;
    return respond(
        CommonProblem.INVALID_VALUE,
        where + ": " + message,
        uri,
        List.of(new Problem.Violation(where, message)));
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type.isRecord() || type == Object.class) {
      return "an object";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return switch (type.getSimpleName()) {
      case "String" -> "a string";
      case "Integer", "int", "Long", "long" -> "an integer";
      case "Boolean", "boolean" -> "true or false";
      case "LocalDate" -> "date (YYYY-MM-DD)";
      case "OffsetDateTime", "Instant" -> "timestamp (ISO-8601 with offset)";
      default -> "value";
    };
  }

  /** JSON path of a binding failure, e.g. {@code citations[1].quote.start}. */
  static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /**
   * The field a violation is about, without the Java method and parameter names: {@code
   * citations[0].quote.exact} for a body, {@code limit} for a query parameter.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        continue;
      }
      if (node.getIndex() != null && !path.isEmpty()) {
        path.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null && !path.isEmpty()) {
        path.append('[').append(node.getKey()).append(']');
      }
      if (node.getName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(node.getName());
      }
    }
    if (path.isEmpty()) {
      return Objects.requireNonNullElse(parameter, "body");
    }
    return path.toString();
  }

  static Problem problemOf(ProblemType type, String detail, UriInfo uri) {
    return problemOf(type, detail, uri, List.of());
  }

  private static Problem problemOf(
      ProblemType type, String detail, UriInfo uri, List<Problem.Violation> violations) {
    return new Problem(
        type.uri().toString(),
        type.title(),
        type.status(),
        detail,
        uri == null ? null : uri.getPath(),
        violations);
  }

  private static RestResponse<Problem> respond(
      ProblemType type, String detail, UriInfo uri, List<Problem.Violation> violations) {
    return RestResponse.ResponseBuilder.<Problem>create(type.status())
        .entity(problemOf(type, detail, uri, violations))
        .type(Problem.MEDIA_TYPE)
        .build();
  }
}
