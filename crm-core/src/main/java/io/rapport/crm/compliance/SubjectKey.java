package io.rapport.crm.compliance;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The random AES-256 key of one data subject (a customer or a lead). Audit values about the subject
 * are sealed with it; destroying it erases them (crypto-shredding). Immutable; {@link #toString()}
 * never shows the key.
 */
public final class SubjectKey {
  /** Key length in bytes (AES-256). */
  public static final int LENGTH = 32;

  private final byte[] material;

  private SubjectKey(byte[] material) {
    Checks.argument(material.length == LENGTH, "subjectKey", "a subject key has %s bytes", LENGTH);
    this.material = material.clone();
  }

  /** A new key drawn from {@code random}. */
  public static SubjectKey generate(SecureRandom random) {
    Checks.notNull(random, "random");
    byte[] bytes = new byte[LENGTH];
    random.nextBytes(bytes);
    return new SubjectKey(bytes);
  }

  /**
   * The key whose {@link #toBase64()} form is {@code text}.
   *
   * @throws InvalidValueException naming {@code subjectKey} if it is not 32 bytes of base64
   */
  public static SubjectKey fromBase64(String text) {
    Checks.notNull(text, "subjectKey");
    try {
      return new SubjectKey(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("subjectKey", "a subject key is base64 text");
    }
  }

  /** The key as base64 text, how the database adapters store it. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(material);
  }

  /** A copy of the key's bytes. */
  public byte[] material() {
    return material.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubjectKey key && MessageDigest.isEqual(material, key.material);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(material);
  }

  @Override
  public String toString() {
    return "SubjectKey[****]";
  }
}
