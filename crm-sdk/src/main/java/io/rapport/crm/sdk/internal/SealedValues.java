package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.compliance.SubjectKey;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Audit values sealed with a data subject's {@link SubjectKey} (AES-256-GCM, a random 96-bit nonce
 * per value, the tenant and subject as associated data). A sealed value is text: {@code
 * sealed:customer:<uuid>:<base64 nonce+ciphertext>} (or {@code sealed:lead:…}), so it names the key
 * that opens it and the audit chain hashes it like any other value. Once the key is destroyed the
 * value reads as {@link FieldChange#ERASED}. Stateless and thread-safe.
 */
final class SealedValues {
  private static final String PREFIX = "sealed:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private SealedValues() {}

  /** Whether {@code stored} is a sealed value; false for null and for plain (older) values. */
  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** The subject whose key opens {@code stored}; empty for null and for plain values. */
  public static Optional<ConsentSubject> subjectOf(String stored) {
    if (!isSealed(stored)) {
      return Optional.empty();
    }
    String[] parts = stored.split(":", 4);
    Checks.argument(parts.length == 4, "value", "a sealed value has four parts");
    UUID id = UUID.fromString(parts[2]);
    return Optional.of(
        switch (parts[1]) {
          case "customer" -> ConsentSubject.customer(new CustomerId(id));
          case "lead" -> ConsentSubject.lead(new LeadId(id));
          default -> throw new IllegalArgumentException("unknown subject kind in a sealed value");
        });
  }

  /**
   * {@code plain} sealed for {@code subject} of {@code tenant} with {@code key}; null stays null.
   */
  public static String seal(
      TenantId tenant, ConsentSubject subject, SubjectKey key, String plain, SecureRandom random) {
    if (plain == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed =
        run(
            Cipher.ENCRYPT_MODE,
            tenant,
            subject,
            key,
            nonce,
            plain.getBytes(StandardCharsets.UTF_8));
    ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
    return PREFIX + subject + ":" + Base64.getEncoder().encodeToString(out.array());
  }

  /**
   * The plain text of {@code stored}: plain values as they are, sealed ones opened with {@code
   * key}, or {@link FieldChange#ERASED} when {@code key} is null (destroyed).
   *
   * @throws IllegalStateException if the value was altered or sealed with another key
   */
  public static String open(TenantId tenant, SubjectKey key, String stored) {
    Optional<ConsentSubject> subject = subjectOf(stored);
    if (subject.isEmpty()) {
      return stored;
    }
    if (key == null) {
      return FieldChange.ERASED;
    }
    byte[] bytes = Base64.getDecoder().decode(stored.substring(stored.lastIndexOf(':') + 1));
    byte[] nonce = java.util.Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
    return new String(
        run(Cipher.DECRYPT_MODE, tenant, subject.get(), key, nonce, sealed),
        StandardCharsets.UTF_8);
  }

  private static byte[] run(
      int mode, TenantId tenant, ConsentSubject subject, SubjectKey key, byte[] nonce, byte[] in) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          mode, new SecretKeySpec(key.material(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD((tenant.value() + "|" + subject).getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(in);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealed audit value cannot be opened with its key", e);
    }
  }
}
