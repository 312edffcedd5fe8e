package io.rapport.crm.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.spi.StorageException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON text of a segment's criteria column: one object per criterion with its {@code kind}.
 * Stateless and thread-safe.
 */
final class CriteriaJson implements Criterion.Visitor<ObjectNode> {
  private static final CriteriaJson WRITER = new CriteriaJson();

  private CriteriaJson() {}

  static String write(Criterion criterion) {
    try {
      return Json.MAPPER.writeValueAsString(criterion.accept(WRITER));
    } catch (JsonProcessingException e) {
      throw new StorageException("Could not write segment criteria", e);
    }
  }

  static Criterion read(String text) {
    try {
      return parse(Json.MAPPER.readTree(text));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new StorageException("Stored segment criteria are not valid JSON criteria", null);
    }
  }

  private static ObjectNode node(String kind) {
    return Json.MAPPER.createObjectNode().put("kind", kind);
  }

  private ObjectNode parts(String kind, List<Criterion> parts) {
    ObjectNode node = node(kind);
    ArrayNode array = node.putArray("parts");
    parts.forEach(part -> array.add(part.accept(this)));
    return node;
  }

  @Override
  public ObjectNode allOf(Criterion.AllOf criterion) {
    return parts("allOf", criterion.parts());
  }

  @Override
  public ObjectNode anyOf(Criterion.AnyOf criterion) {
    return parts("anyOf", criterion.parts());
  }

  @Override
  public ObjectNode not(Criterion.Not criterion) {
    ObjectNode node = node("not");
    node.set("part", criterion.part().accept(this));
    return node;
  }

  @Override
  public ObjectNode hasTag(Criterion.HasTag criterion) {
    return node("hasTag").put("value", criterion.tag());
  }

  @Override
  public ObjectNode statusIn(Criterion.StatusIn criterion) {
    ObjectNode node = node("statusIn");
    ArrayNode array = node.putArray("values");
    EnumSet.copyOf(criterion.statuses()).forEach(s -> array.add(s.name()));
    return node;
  }

  @Override
  public ObjectNode kindIs(Criterion.KindIs criterion) {
    return node("kindIs").put("value", criterion.kind().name());
  }

  @Override
  public ObjectNode countryIs(Criterion.CountryIs criterion) {
    return node("countryIs").put("value", criterion.country());
  }

  @Override
  public ObjectNode ownedBy(Criterion.OwnedBy criterion) {
    return node("ownedBy").put("value", criterion.owner().value());
  }

  @Override
  public ObjectNode inBranch(Criterion.InBranch criterion) {
    return node("inBranch").put("value", criterion.branch().toString());
  }

  @Override
  public ObjectNode holdsProduct(Criterion.HoldsProduct criterion) {
    return node("holdsProduct").put("value", criterion.productType().name());
  }

  @Override
  public ObjectNode lacksProduct(Criterion.LacksProduct criterion) {
    return node("lacksProduct").put("value", criterion.productType().name());
  }

  @Override
  public ObjectNode balanceBetween(Criterion.BalanceBetween criterion) {
    return node("balanceBetween")
        .put("value", criterion.productType().name())
        .put("currency", criterion.min().currency().getCurrencyCode())
        .put("min", criterion.min().amount().toPlainString())
        .put("max", criterion.max().amount().toPlainString());
  }

  @Override
  public ObjectNode scoreBetween(Criterion.ScoreBetween criterion) {
    return node("scoreBetween")
        .put("value", criterion.kind().name())
        .put("min", criterion.min().toPlainString())
        .put("max", criterion.max().toPlainString());
  }

  @Override
  public ObjectNode scoreIn(Criterion.ScoreIn criterion) {
    ObjectNode node = node("scoreIn").put("value", criterion.kind().name());
    ArrayNode array = node.putArray("values");
    new TreeSet<>(criterion.labels()).forEach(array::add);
    return node;
  }

  private static Criterion parse(JsonNode node) {
    String value = node.path("value").asText();
    switch (node.get("kind").asText()) {
      case "allOf":
        return new Criterion.AllOf(parseParts(node));
      case "anyOf":
        return new Criterion.AnyOf(parseParts(node));
      case "not":
        return new Criterion.Not(parse(node.get("part")));
      case "hasTag":
        return new Criterion.HasTag(value);
      case "statusIn":
        Set<CustomerStatus> statuses = EnumSet.noneOf(CustomerStatus.class);
        node.get("values").forEach(s -> statuses.add(CustomerStatus.valueOf(s.asText())));
        return new Criterion.StatusIn(statuses);
      case "kindIs":
        return new Criterion.KindIs(PartyKind.valueOf(value));
      case "countryIs":
        return new Criterion.CountryIs(value);
      case "ownedBy":
        return new Criterion.OwnedBy(EmployeeId.of(value));
      case "inBranch":
        return new Criterion.InBranch(BranchCode.of(value));
      case "holdsProduct":
        return new Criterion.HoldsProduct(ProductType.valueOf(value));
      case "lacksProduct":
        return new Criterion.LacksProduct(ProductType.valueOf(value));
      case "balanceBetween":
        String currency = node.get("currency").asText();
        return new Criterion.BalanceBetween(
            ProductType.valueOf(value),
            Money.of(node.get("min").asText(), currency),
            Money.of(node.get("max").asText(), currency));
      case "scoreBetween":
        return new Criterion.ScoreBetween(
            ScoreKind.valueOf(value),
            new BigDecimal(node.get("min").asText()),
            new BigDecimal(node.get("max").asText()));
      case "scoreIn":
        Set<String> labels = new HashSet<>();
        node.get("values").forEach(label -> labels.add(label.asText()));
        return new Criterion.ScoreIn(ScoreKind.valueOf(value), labels);
      default:
        throw new IllegalArgumentException("unknown criterion kind");
    }
  }

  private static List<Criterion> parseParts(JsonNode node) {
    List<Criterion> parts = new ArrayList<>();
    node.get("parts").forEach(part -> parts.add(parse(part)));
    return parts;
  }
}
