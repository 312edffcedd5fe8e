package io.rapport.crm.lead;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attributes of a lead that scorers read, as feature name → value, all derived from stored
 * fields (age is taken at capture, in UTC) so that a score is reproducible. No personal data: only
 * whether e-mail or phone exist, and an age band.
 */
public final class LeadFeatures {
  /** The feature names, in order. */
  public static final String SOURCE = "source";

  /** The product type of interest. */
  public static final String INTEREST = "interest";

  /** {@code yes} or {@code no}. */
  public static final String HAS_EMAIL = "hasEmail";

  /** {@code yes} or {@code no}. */
  public static final String HAS_PHONE = "hasPhone";

  /** {@code <25}, {@code 25-34}, {@code 35-49}, {@code 50-64}, {@code 65+} or {@code unknown}. */
  public static final String AGE_BAND = "ageBand";

  /** Whether marketing consent was given: {@code yes} or {@code no}. */
  public static final String MARKETING_CONSENT = "marketingConsent";

  /** The lifecycle status (a behaviour: contacted, qualified). */
  public static final String STATUS = "status";

  private LeadFeatures() {}

  /** The features of {@code lead} for learned models: every feature but {@link #STATUS}. */
  public static Map<String, String> attributes(Lead lead) {
    Map<String, String> features = new LinkedHashMap<>();
    features.put(SOURCE, lead.source().kind().name());
    features.put(INTEREST, lead.interest().name());
    features.put(HAS_EMAIL, yesNo(lead.contact().email() != null));
    features.put(HAS_PHONE, yesNo(lead.contact().phone() != null));
    features.put(AGE_BAND, ageBand(lead));
    features.put(MARKETING_CONSENT, yesNo(lead.consents().marketing()));
    return features;
  }

  /** {@link #attributes} plus the status. */
  public static Map<String, String> all(Lead lead) {
    Map<String, String> features = attributes(lead);
    features.put(STATUS, lead.status().name());
    return features;
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  private static String ageBand(Lead lead) {
    LocalDate born = lead.contact().dateOfBirth();
    if (born == null) {
      return "unknown";
    }
    int age =
        Period.between(born, LocalDate.ofInstant(lead.capturedAt(), ZoneOffset.UTC)).getYears();
    if (age < 25) {
      return "<25";
    } else if (age < 35) {
      return "25-34";
    } else if (age < 50) {
      return "35-49";
    } else if (age < 65) {
      return "50-64";
    }
    return "65+";
  }
}
