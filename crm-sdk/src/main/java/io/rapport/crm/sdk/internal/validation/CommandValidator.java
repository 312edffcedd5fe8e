package io.rapport.crm.sdk.internal.validation;

import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Jakarta Validation on commands and turns constraint violations into {@link Violation}s:
 * path, constraint name and message, never the rejected value. Thread-safe.
 */
public final class CommandValidator {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::rule);

  private final Validator validator;

  /** Validates with {@code validator}. */
  public CommandValidator(Validator validator) {
    this.validator = validator;
  }

  /**
   * A Hibernate Validator that needs no Expression Language implementation (parameters such as
   * {@code {max}} are interpolated, EL expressions are not), with English messages whatever the
   * JVM's locale, and {@code clock} as the time reference of {@code @Past} and {@code @Future}.
   */
  public static Validator hibernateValidator(Clock clock) {
    return Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .messageInterpolator(
            new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
        .clockProvider(() -> clock)
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Checks {@code command}.
   *
   * @param name the command's simple name for the exception, e.g. {@code RegisterCustomer}
   * @throws CommandValidationException listing every violation; also when {@code command} is null
   */
  public void check(Object command, String name) {
    List<Violation> violations = violations(command, "");
    if (!violations.isEmpty()) {
      throw new CommandValidationException(name, violations);
    }
  }

  /**
   * Starts collecting the violations of {@code command}: its constraint violations come first,
   * conversions and cross-field rules add theirs, and {@link ViolationCollector#throwIfInvalid}
   * reports them all at once.
   *
   * @param name the command's simple name for the exception, e.g. {@code PlanCampaign}
   * @throws CommandValidationException at once when {@code command} is null (nothing else to check)
   */
  public ViolationCollector collect(Object command, String name) {
    if (command == null) {
      check(null, name);
    }
    return new ViolationCollector(name, violations(command, ""));
  }

  /**
   * Every violation of {@code value}, paths prefixed with {@code prefix}, sorted by path; a null
   * value is one {@code NotNull} violation at the prefix (or {@code command}).
   */
  public List<Violation> violations(Object value, String prefix) {
    if (value == null) {
      return List.of(
          new Violation(prefix.isEmpty() ? "command" : prefix, "NotNull", "must not be null"));
    }
    List<Violation> result = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(value)) {
      result.add(
          new Violation(
              ViolationCollector.join(prefix, path(violation.getPropertyPath())),
              violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
              violation.getMessage()));
    }
    result.sort(ORDER);
    return result;
  }

  /** {@code contactPoints[1].phone}, {@code tags[2]}; map keys are never shown. */
  static String path(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        out.append('[');
        if (node.getIndex() != null) {
          out.append(node.getIndex());
        }
        out.append(']');
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT
          || node.getName() == null
          || node.getName().isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(node.getName());
    }
    return out.toString();
  }
}
