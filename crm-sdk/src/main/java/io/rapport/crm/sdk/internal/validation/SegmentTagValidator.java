package io.rapport.crm.sdk.internal.validation;

import io.rapport.crm.sdk.validation.SegmentTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks {@link SegmentTag} with the rule {@link io.rapport.crm.party.Customer} applies. */
public final class SegmentTagValidator implements ConstraintValidator<SegmentTag, String> {
  private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9_.:-]{0,63}");

  /** Creates the validator; Hibernate Validator calls this. */
  public SegmentTagValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || TAG.matcher(value.strip().toLowerCase(Locale.ROOT)).matches();
  }
}
