package io.rapport.crm.examples.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every leaf value of a domain record, found by reflection over its record components, as a map
 * from path ({@code party.nationalId.value}, {@code contactPoints[1].phone}) to the text the export
 * documents for it; and the same map for a JSON element. A record component added later is found
 * without changing this class.
 */
final class RecordLeaves {
  private RecordLeaves() {}

  /** The leaves of {@code record}; a null leaf maps to null. */
  static Map<String, String> of(Object record) {
    Map<String, String> leaves = new LinkedHashMap<>();
    walk("", record, leaves);
    return leaves;
  }

  /** The leaves of a JSON element, skipping the {@code @type} discriminators. */
  static Map<String, String> of(JsonNode node) {
    Map<String, String> leaves = new LinkedHashMap<>();
    walk("", node, leaves);
    return leaves;
  }

  private static void walk(String path, Object value, Map<String, String> leaves) {
    if (value instanceof Optional<?> optional) {
      walk(path, optional.orElse(null), leaves);
    } else if (value instanceof Record record) {
      RecordComponent[] components = record.getClass().getRecordComponents();
      if (components.length == 1 && isScalar(components[0].getType())) {
        walk(path, read(components[0], record), leaves);
        return;
      }
      for (RecordComponent component : components) {
        walk(join(path, component.getName()), read(component, record), leaves);
      }
    } else if (value instanceof Collection<?> collection) {
      int index = 0;
      for (Object element : collection) {
        walk(path + "[" + index++ + "]", element, leaves);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        walk(join(path, render(entry.getKey())), entry.getValue(), leaves);
      }
    } else {
      leaves.put(path, value == null ? null : render(value));
    }
  }

  private static void walk(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getKey().equals("@type")) {
          walk(join(path, field.getKey()), field.getValue(), leaves);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.isNull() ? null : node.asText());
    }
  }

  private static String render(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Currency currency) {
      return currency.getCurrencyCode();
    }
    if (value instanceof Record record) {
      return render(read(record.getClass().getRecordComponents()[0], record));
    }
    return value.toString();
  }

  private static boolean isScalar(Class<?> type) {
    return type.isPrimitive()
        || type.isEnum()
        || type == String.class
        || type == UUID.class
        || type == Boolean.class
        || type == Currency.class
        || Number.class.isAssignableFrom(type)
        || TemporalAccessor.class.isAssignableFrom(type)
        || TemporalAmount.class.isAssignableFrom(type);
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
