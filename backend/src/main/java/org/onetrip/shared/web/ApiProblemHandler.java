package org.onetrip.shared.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.RuleRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns every failure of the REST API into an RFC 7807 problem detail. */
@RestControllerAdvice(basePackages = "org.onetrip")
public class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return respond(e.problem());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        var detail = errors.stream()
                .map(error -> error.get("field") + ": " + error.get("message"))
                .sorted()
                .collect(Collectors.joining("; "));
        var problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_INPUT, "Invalid input", detail);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameter(HandlerMethodValidationException e) {
        return respond(Problems.of(
                HttpStatus.BAD_REQUEST,
                Problems.INVALID_INPUT,
                "Invalid input",
                e.getAllErrors().stream()
                        .map(error -> String.valueOf(error.getDefaultMessage()))
                        .collect(Collectors.joining("; "))));
    }

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<ProblemDetail> invalidCommand(InvalidCommandException e) {
        return respond(Problems.invalid(e.field(), e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        return respond(Problems.of(
                HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request", describe(e.getCause())));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return respond(Problems.of(
                HttpStatus.PAYLOAD_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, "Payload too large", e.getMessage()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(Problems.forStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return respond(Problems.invalid(e.getName(), e.getName() + ": " + expected(e)));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return respond(Problems.of(
                HttpStatus.BAD_REQUEST,
                Problems.INVALID_INPUT,
                "Invalid input",
                "the header " + e.getHeaderName() + " is required"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return respond(Problems.invalid(e.getParameterName(), e.getParameterName() + ": is required"));
    }

    /** What a parameter should have been, in the caller's terms: the allowed values, never a Java type. */
    private static String expected(MethodArgumentTypeMismatchException e) {
        // a repeated parameter arrives as an array: name its values, not the array object
        var given = e.getValue() instanceof Object[] values
                ? Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(e.getValue());
        var value = "'" + abbreviate(given) + "'";
        var type = ResolvableType.forMethodParameter(e.getParameter());
        var target = type.isArray() || Collection.class.isAssignableFrom(type.toClass())
                ? (type.isArray()
                                ? type.getComponentType()
                                : type.asCollection().getGeneric(0))
                        .toClass()
                : type.toClass();
        if (target.isEnum()) {
            return value + " is not one of " + Arrays.toString(target.getEnumConstants());
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return value + " is not a whole number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return value + " is not true or false";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return value + " is not a date or time in ISO-8601 form";
        }
        return value + " is not a valid value";
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownCase(AggregateNotFoundException e) {
        return respond(Problems.unknownCase("no case " + e.getAggregateIdentifier()));
    }

    @ExceptionHandler(RuleRefusedException.class)
    ResponseEntity<ProblemDetail> refused(RuleRefusedException e) {
        return respond(refusal(e.reasonCode(), e.getMessage()));
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class})
    ResponseEntity<ProblemDetail> concurrent(RuntimeException e) {
        return respond(Problems.concurrentModification("it changed since you read it; read it again and retry"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unhandled(Exception e) {
        if (e instanceof ErrorResponse known) {
            return respond(Problems.forStatus(known.getStatusCode().value()));
        }
        return unexpected(e);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        var cause = e.getCause();
        if (cause instanceof InvalidCommandException c) {
            return invalidCommand(c);
        }
        if (cause instanceof AggregateNotFoundException c) {
            return unknownCase(c);
        }
        if (cause instanceof RuleRefusedException c) {
            return refused(c);
        }
        if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
            return concurrent((RuntimeException) cause);
        }
        return unexpected(e);
    }

    private ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure behind the API", e);
        return respond(Problems.forStatus(HttpStatus.INTERNAL_SERVER_ERROR.value()));
    }

    public static ProblemDetail refusal(String reason, String detail) {
        return Problems.refusal(reason, detail);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return path(invalid) + ": '" + invalid.getValue() + "' is not one of "
                    + Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return path(mismatched) + ": wrong type of value";
        }
        return "the body is not valid JSON of the expected shape";
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
