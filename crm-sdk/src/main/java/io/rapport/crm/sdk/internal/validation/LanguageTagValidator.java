package io.rapport.crm.sdk.internal.validation;

import io.rapport.crm.sdk.validation.LanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link LanguageTag} with the pattern {@link io.rapport.crm.party.Customer} applies. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  /** Creates the validator; Hibernate Validator calls this. */
  public LanguageTagValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || LANGUAGE.matcher(value).matches();
  }
}
