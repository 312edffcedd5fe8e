package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.common.pii.PostalAddress;
import io.rapport.crm.party.ContactChannel;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import io.rapport.crm.sdk.NewContactPoint;
import io.rapport.crm.sdk.NewPostalAddress;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns validated {@link NewContactPoint}s into contact points. */
final class ContactPoints {
  private ContactPoints() {}

  /**
   * The contact points of a new customer. At most one per channel may be flagged primary; when none
   * of a channel is, the first of that channel becomes primary.
   */
  static List<ContactPoint> all(
      ViolationCollector collector, String path, List<NewContactPoint> points, IdSource ids) {
    if (points == null) {
      return List.of();
    }
    Set<ContactChannel> flagged = EnumSet.noneOf(ContactChannel.class);
    for (int i = 0; i < points.size(); i++) {
      NewContactPoint point = points.get(i);
      if (point == null) {
        continue;
      }
      if (point.primary() && !flagged.add(point.channel())) {
        collector.reject(
            path + "[" + i + "].primary",
            "SinglePrimary",
            "only one " + point.channel() + " contact point may be primary");
      }
    }
    Set<ContactChannel> seen = EnumSet.noneOf(ContactChannel.class);
    List<ContactPoint> result = new ArrayList<>(points.size());
    for (int i = 0; i < points.size(); i++) {
      NewContactPoint point = points.get(i);
      if (point == null) {
        continue;
      }
      boolean firstOfChannel = seen.add(point.channel());
      boolean primary = point.primary() || (firstOfChannel && !flagged.contains(point.channel()));
      ContactPoint converted =
          one(collector, path + "[" + i + "]", point, ids.next(ContactPointId::new), primary);
      if (converted != null) {
        result.add(converted);
      }
    }
    return result;
  }

  /**
   * One contact point with the given id and primary flag; null (with the refusal recorded) when
   * invalid.
   */
  static ContactPoint one(
      ViolationCollector collector,
      String path,
      NewContactPoint point,
      ContactPointId id,
      boolean primary) {
    ContactChannel channel = point.channel();
    if (channel == null) {
      return null;
    }
    boolean complete =
        expect(collector, path, "email", point.email(), channel == ContactChannel.EMAIL, channel)
            & expect(
                collector, path, "phone", point.phone(), channel == ContactChannel.PHONE, channel)
            & expect(
                collector,
                path,
                "address",
                point.address(),
                channel == ContactChannel.POSTAL,
                channel);
    if (!complete) {
      return null;
    }
    return switch (channel) {
      case EMAIL ->
          collector.at(
              ViolationCollector.join(path, "email"),
              () -> new EmailContact(id, EmailAddress.of(point.email()), point.purpose(), primary));
      case PHONE ->
          collector.at(
              ViolationCollector.join(path, "phone"),
              () -> new PhoneContact(id, PhoneNumber.of(point.phone()), point.purpose(), primary));
      case POSTAL ->
          collector.under(
              path,
              () -> new PostalContact(id, address(point.address()), point.purpose(), primary));
    };
  }

  private static PostalAddress address(NewPostalAddress address) {
    return new PostalAddress(
        address.lines(), address.city(), address.region(), address.postcode(), address.country());
  }

  private static boolean expect(
      ViolationCollector collector,
      String path,
      String field,
      Object value,
      boolean required,
      ContactChannel channel) {
    if (required && value == null) {
      collector.reject(
          ViolationCollector.join(path, field),
          "NotNull",
          "must not be null for a " + channel + " contact point");
      return false;
    }
    if (!required && value != null) {
      collector.reject(
          ViolationCollector.join(path, field),
          "Null",
          "must be null for a " + channel + " contact point");
      return false;
    }
    return true;
  }
}
