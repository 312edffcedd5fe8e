package io.rapport.crm.sdk.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.rapport.crm.sdk.internal.validation.SegmentTagValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is a segment tag as {@link io.rapport.crm.party.Customer} accepts it: after
 * trimming and lower-casing, 1 to 64 of a-z, 0-9, '_', '.', ':' or '-', starting with a letter or
 * digit. {@code null} is valid; combine with {@code @NotNull} when the value is required. The
 * message never contains the rejected value.
 */
// "exports": hosts see the constraint, never its validator, which stays in an internal package.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = SegmentTagValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface SegmentTag {
  /** The message; it names the rule, never the value. */
  String message() default "must be 1 to 64 of a-z, 0-9, '_', '.', ':' or '-'";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload for clients of the constraint. */
  Class<? extends Payload>[] payload() default {};
}
