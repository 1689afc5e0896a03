package org.truce.core.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.truce.core.ConflictException;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.InvalidInputException.FieldError;
import org.truce.core.MalformedInputException;
import org.truce.core.NotFoundException;
import org.truce.core.UnavailableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Every error of the REST API as an RFC 9457 problem detail. Input errors name the field in {@code field}
 * and list all of them in {@code errors}, in words for the person who wrote the request — what the field must be, never
 * a Java type; unexpected failures answer 500 without revealing anything.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
	private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(long.class, Long.class, int.class, Integer.class, short.class,
			Short.class, byte.class, Byte.class, BigInteger.class);
	private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

	private final RefusedBodies refusedBodies;

	ApiProblemHandler(RefusedBodies refusedBodies) {
		this.refusedBodies = refusedBodies;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", e.getMessage(), e.errors());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformed(MalformedInputException e) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), List.of(new FieldError(e.field(), e.reason())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), List.of());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(UnavailableException e) {
		var response = problem(HttpStatus.SERVICE_UNAVAILABLE, "Unavailable", e.getMessage(), List.of());
		return ResponseEntity.status(response.getStatusCode())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
			.body(response.getBody());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		var error = new FieldError(e.getName(), expectation(e.getRequiredType()));
		return problem(HttpStatus.BAD_REQUEST, "Bad request", error.field() + ": " + error.message(), List.of(error));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Unexpected failure answering an API request", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be completed.", List.of());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = e.getBindingResult().getFieldErrors().stream()
			.map(f -> new FieldError(f.getField(), f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage()))
			.toList();
		var globalErrors = e.getBindingResult().getGlobalErrors().stream()
			.map(g -> new FieldError(g.getObjectName(), g.getDefaultMessage() == null ? "is invalid" : g.getDefaultMessage()))
			.toList();
		var all = errors.isEmpty() ? globalErrors : errors;
		return widen(problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", describe(all), all));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = e.getParameterValidationResults().stream()
			.flatMap(r -> r.getResolvableErrors().stream()
				.map(err -> new FieldError(r.getMethodParameter().getParameterName() == null ? "parameter"
						: r.getMethodParameter().getParameterName(), err.getDefaultMessage() == null ? "is invalid" : err.getDefaultMessage())))
			.toList();
		return widen(problem(HttpStatus.BAD_REQUEST, "Bad request", describe(errors), errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var error = new FieldError(e.getParameterName(), "is required");
		return widen(problem(HttpStatus.BAD_REQUEST, "Bad request", describe(List.of(error)), List.of(error)));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return widen(refusedBodies.tooLarge(e));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return widen(refusedBodies.unsupported(e));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var binding = findCause(e, DatabindException.class);
		if (binding == null) {
			var jackson = findCause(e, JacksonException.class);
			return widen(problem(HttpStatus.BAD_REQUEST, "Malformed request body", "The request body is not valid JSON"
					+ (jackson == null ? "." : ": " + firstLine(jackson.getOriginalMessage())), List.of()));
		}
		if (binding.getPath().isEmpty()) {
			return widen(problem(HttpStatus.BAD_REQUEST, "Malformed request body", "The request body " + unreadable(binding), List.of()));
		}
		var field = binding.getPath().stream()
			.map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
			.collect(Collectors.joining(".")).replace(".[", "[");
		var error = new FieldError(field, unreadable(binding));
		return widen(problem(HttpStatus.BAD_REQUEST, "Malformed request body", describe(List.of(error)), List.of(error)));
	}

	/** Why a field of a JSON body cannot be read, in words. */
	private static String unreadable(DatabindException e) {
		return switch (e) {
			case PropertyBindingException unknown -> "is not a property of this request" + (unknown.getKnownPropertyIds() == null
					? "" : "; it takes " + unknown.getKnownPropertyIds().stream().map(Object::toString).collect(Collectors.joining(", ")));
			case InvalidNullException missing -> "must not be null";
			case MismatchedInputException mismatched -> expectation(mismatched.getTargetType());
			case ValueInstantiationException invalid when invalid.getCause() instanceof IllegalArgumentException rule
					&& rule.getMessage() != null -> "is not valid: " + rule.getMessage();
			default -> "is not valid";
		};
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, @Nullable String detail, List<FieldError> errors) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
		problem.setTitle(title);
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.getFirst().field());
			problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		}
		return ResponseEntity.status(status).body(problem);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}

	private static String describe(List<FieldError> errors) {
		return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
	}

	/** What a value of the type must be, said without naming a Java type. */
	static String expectation(@Nullable Class<?> type) {
		if (type == null) {
			return "is not in the expected form";
		}
		if (type.isEnum()) {
			return "must be one of " + List.of(type.getEnumConstants());
		}
		if (WHOLE_NUMBERS.contains(type)) {
			return "must be a whole number";
		}
		if (NUMBERS.contains(type)) {
			return "must be a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "must be true or false";
		}
		if (type == String.class) {
			return "must be text";
		}
		if (type == UUID.class) {
			return "must be an id (a UUID)";
		}
		if (type == Instant.class || type == OffsetDateTime.class) {
			return "must be an ISO-8601 instant such as 2017-01-15T08:30:00Z";
		}
		if (type == LocalDate.class) {
			return "must be a date such as 2017-01-15";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "must be a list";
		}
		return "must be an object";
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "invalid value";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	private static <T extends Throwable> @Nullable T findCause(Throwable e, Class<T> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}
}
