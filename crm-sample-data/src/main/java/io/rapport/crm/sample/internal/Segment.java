package io.rapport.crm.sample.internal;

/** The customer segment, written as the customer's segment tag; drives products and balances. */
enum Segment {
  STUDENT("student", 0.3),
  MASS_RETAIL("mass-retail", 1.0),
  AFFLUENT("affluent", 5.0),
  PRIVATE_BANKING("private-banking", 25.0),
  SME("sme", 10.0);

  private final String tag;
  private final double wealth;

  Segment(String tag, double wealth) {
    this.tag = tag;
    this.wealth = wealth;
  }

  /** The segment tag, e.g. {@code mass-retail}. */
  String tag() {
    return tag;
  }

  /** How many times the balances of a mass-retail customer this segment's balances are. */
  double wealth() {
    return wealth;
  }

  /** A person's segment by age: students are 18 to 24; private banking is rare. */
  static Segment forPerson(Dice dice, int age) {
    if (age <= 24 && dice.chance(0.6)) {
      return STUDENT;
    }
    double roll = dice.unit();
    double affluent = age >= 45 ? 0.18 : 0.11;
    if (roll < 0.03) {
      return PRIVATE_BANKING;
    }
    return roll < 0.03 + affluent ? AFFLUENT : MASS_RETAIL;
  }
}
