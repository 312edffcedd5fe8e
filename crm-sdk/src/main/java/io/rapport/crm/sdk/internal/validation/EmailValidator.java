package io.rapport.crm.sdk.internal.validation;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.sdk.validation.ValidEmail;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidEmail} by asking {@link EmailAddress} itself. */
public final class EmailValidator implements ConstraintValidator<ValidEmail, String> {
  /** Creates the validator; Hibernate Validator calls this. */
  public EmailValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      EmailAddress.of(value);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }
}
