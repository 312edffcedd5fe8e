package io.rapport.crm.sdk;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every string an object graph holds, found by reflection: record components, fields of the
 * project's classes, elements of collections, maps (keys and values), optionals and arrays; byte
 * arrays decoded as UTF-8; other JDK values by their {@code toString()}. It never calls a project
 * type's {@code toString()}, which masks personal data and would hide it from the scan.
 */
final class ReflectedText {
  private final List<String> found = new ArrayList<>();
  private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  private ReflectedText() {}

  /** Every string reachable from {@code root}. */
  static List<String> of(Object root) {
    ReflectedText text = new ReflectedText();
    text.visit(root);
    return text.found;
  }

  private void visit(Object value) {
    if (value == null || value instanceof Class<?> || !seen.add(value)) {
      return;
    }
    if (value instanceof CharSequence text) {
      found.add(text.toString());
    } else if (value instanceof byte[] bytes) {
      found.add(new String(bytes, StandardCharsets.UTF_8));
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(this::visit);
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, element) -> {
            visit(key);
            visit(element);
          });
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(this::visit);
    } else if (value.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(value); i++) {
        visit(Array.get(value, i));
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        visit(read(component, value));
      }
    } else if (value instanceof Enum<?> constant) {
      found.add(constant.name());
    } else if (value.getClass().getName().startsWith("io.rapport.")) {
      fields(value);
    } else if (!(value instanceof Thread) && !(value instanceof ThreadLocal<?>)) {
      found.add(String.valueOf(value));
    }
  }

  private void fields(Object value) {
    for (Class<?> type = value.getClass();
        type != null && type.getName().startsWith("io.rapport.");
        type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
          try {
            field.setAccessible(true);
            visit(field.get(value));
          } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + field, e);
          }
        }
      }
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
