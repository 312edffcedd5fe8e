package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;
import java.util.Locale;

/**
 * Who performs a command: an employee, a system process or the customer themselves. The id is the
 * host application's identifier for the actor (an employee number, a service account), not personal
 * data about customers.
 */
public record Actor(Kind kind, String id) {
  /** The kind of actor. */
  public enum Kind {
    /** An employee or other human user of the host application. */
    USER,
    /** An automated process: an import, a batch job, a scheduler. */
    SYSTEM,
    /** The customer acting for themselves, e.g. through online banking. */
    CUSTOMER
  }

  /** Checks that kind and id are present; the id has at most 128 characters. */
  public Actor {
    Checks.notNull(kind, "actor.kind");
    Checks.text(id, "actor.id", 128);
  }

  /** An employee or other human user. */
  public static Actor user(String id) {
    return new Actor(Kind.USER, id);
  }

  /** An automated process. */
  public static Actor system(String id) {
    return new Actor(Kind.SYSTEM, id);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
  }
}
