package io.rapport.crm.common;

/** The channel a consent covers: how the bank may reach the party. */
public enum ConsentChannel {
  /** E-mail. */
  EMAIL,
  /** Text messages. */
  SMS,
  /** Telephone calls, including automated voice messages. */
  PHONE,
  /** Letters and other printed mail. */
  POST,
  /** Push notifications of the mobile app. */
  PUSH,
  /** Approaches by staff in a branch. */
  IN_BRANCH,
  /** Personalised content on the bank's web site, social media and ATM screens. */
  DIGITAL
}
