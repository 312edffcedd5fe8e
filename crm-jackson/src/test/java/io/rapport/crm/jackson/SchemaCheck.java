package io.rapport.crm.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A hand check of a document against the subset of JSON Schema that {@code
 * subject-export.schema.json} uses: type, const, required, properties, additionalProperties false
 * and items. Returns the violations as "path: problem".
 */
final class SchemaCheck {
  private SchemaCheck() {}

  static JsonNode subjectExportSchema() {
    try (InputStream in = RapportModule.class.getResourceAsStream("subject-export.schema.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> violations(JsonNode schema, JsonNode document) {
    List<String> violations = new ArrayList<>();
    check(schema, document, "$", violations);
    return violations;
  }

  private static void check(JsonNode schema, JsonNode value, String path, List<String> out) {
    if (schema.has("const") && !schema.get("const").equals(value)) {
      out.add(path + ": must be " + schema.get("const"));
    }
    if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
      out.add(path + ": must be of type " + schema.get("type").asText());
      return;
    }
    if (schema.has("required")) {
      for (JsonNode name : schema.get("required")) {
        if (!value.has(name.asText())) {
          out.add(path + ": lacks " + name.asText());
        }
      }
    }
    JsonNode properties = schema.path("properties");
    if (value.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (properties.has(field.getKey())) {
          check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey(), out);
        } else if (schema.path("additionalProperties").isBoolean()
            && !schema.get("additionalProperties").asBoolean()) {
          out.add(path + ": unexpected " + field.getKey());
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), path + "[" + i + "]", out);
      }
    }
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("type " + type + " is not checked");
    };
  }
}
