package io.rapport.crm.sdk.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.rapport.crm.sdk.internal.validation.CurrencyCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is an ISO 4217 currency code known to the JVM, such as {@code EUR}. {@code
 * null} is valid; combine with {@code @NotNull} when the value is required. The message never
 * contains the rejected value.
 */
// "exports": hosts see the constraint, never its validator, which stays in an internal package.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = CurrencyCodeValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CurrencyCode {
  /** The message; it names the rule, never the value. */
  String message() default "must be an ISO 4217 currency code such as EUR";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload for clients of the constraint. */
  Class<? extends Payload>[] payload() default {};
}
