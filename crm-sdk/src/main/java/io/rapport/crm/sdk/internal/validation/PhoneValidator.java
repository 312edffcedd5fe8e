package io.rapport.crm.sdk.internal.validation;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.sdk.validation.ValidPhone;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidPhone} by asking {@link PhoneNumber} itself. */
public final class PhoneValidator implements ConstraintValidator<ValidPhone, String> {
  /** Creates the validator; Hibernate Validator calls this. */
  public PhoneValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      PhoneNumber.of(value);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }
}
