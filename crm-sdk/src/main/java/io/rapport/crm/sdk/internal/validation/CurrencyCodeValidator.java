package io.rapport.crm.sdk.internal.validation;

import io.rapport.crm.sdk.validation.CurrencyCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Currency;

/** Checks {@link CurrencyCode} against the JVM's ISO 4217 table. */
public final class CurrencyCodeValidator implements ConstraintValidator<CurrencyCode, String> {
  /** Creates the validator; Hibernate Validator calls this. */
  public CurrencyCodeValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (!value.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
