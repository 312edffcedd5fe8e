package io.rapport.crm.jackson.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.rapport.crm.common.CrmException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Turns a JSON tree into a value of a given Java type, the inverse of DomainSerializer. */
final class TreeReader {
  private final DeserializationContext context;
  private final boolean masked;

  TreeReader(DeserializationContext context, boolean masked) {
    this.context = context;
    this.masked = masked;
  }

  Object read(JsonNode node, Type type) throws IOException {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return node == null || node.isNull()
          ? Optional.empty()
          : Optional.ofNullable(read(node, argument(type, 0)));
    }
    if (node == null || node.isNull()) {
      return null;
    }
    if (DomainTypes.isScalar(raw)) {
      return Scalars.parse(node, raw, context);
    }
    if (List.class == raw || java.util.Collection.class == raw) {
      List<Object> list = new ArrayList<>();
      readElements(node, type, list);
      return list;
    }
    if (SortedSet.class.isAssignableFrom(raw)) {
      SortedSet<Object> set = new TreeSet<>();
      readElements(node, type, set);
      return set;
    }
    if (java.util.Set.class.isAssignableFrom(raw)) {
      java.util.Set<Object> set = new LinkedHashSet<>();
      readElements(node, type, set);
      return set;
    }
    if (Map.class.isAssignableFrom(raw)) {
      return readMap(node, type, SortedMap.class.isAssignableFrom(raw));
    }
    if (DomainTypes.isDomain(raw)) {
      return readDomain(node, raw);
    }
    return context.readTreeAsValue(node, raw);
  }

  private void readElements(JsonNode node, Type type, java.util.Collection<Object> into)
      throws IOException {
    expect(node.isArray(), node, type);
    Type element = argument(type, 0);
    for (JsonNode item : node) {
      into.add(read(item, element));
    }
  }

  private Map<Object, Object> readMap(JsonNode node, Type type, boolean sorted) throws IOException {
    expect(node.isObject(), node, type);
    Map<Object, Object> map = sorted ? new TreeMap<>() : new LinkedHashMap<>();
    Type keyType = argument(type, 0);
    Type valueType = argument(type, 1);
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      Object key = read(context.getNodeFactory().textNode(field.getKey()), keyType);
      map.put(key, read(field.getValue(), valueType));
    }
    return map;
  }

  private Object readDomain(JsonNode node, Class<?> type) throws IOException {
    if (type.isInterface()) {
      return readSealed(node, type);
    }
    if (masked && DomainTypes.isPersonal(type)) {
      throw JsonMappingException.from(
          context, type.getSimpleName() + " was written masked and cannot be read back");
    }
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    if (DomainTypes.isSingleValue(type)) {
      arguments[0] = read(node, components[0].getGenericType());
    } else {
      expect(node.isObject(), node, type);
      for (int i = 0; i < components.length; i++) {
        arguments[i] = read(node.get(components[i].getName()), components[i].getGenericType());
      }
    }
    return construct(type, types, arguments);
  }

  private Object readSealed(JsonNode node, Class<?> type) throws IOException {
    expect(node.isObject(), node, type);
    JsonNode discriminator = node.get(DomainTypes.TYPE_PROPERTY);
    String name = discriminator == null ? null : discriminator.asText();
    for (Class<?> permitted : type.getPermittedSubclasses()) {
      if (permitted.getSimpleName().equals(name)) {
        return readDomain(node, permitted);
      }
    }
    throw JsonMappingException.from(
        context,
        type.getSimpleName() + " needs " + DomainTypes.TYPE_PROPERTY + " naming one of its kinds");
  }

  private Object construct(Class<?> type, Class<?>[] types, Object[] arguments) throws IOException {
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      String reason = cause instanceof CrmException ? ": " + cause.getMessage() : "";
      throw JsonMappingException.from(
          context, type.getSimpleName() + " is invalid" + reason, cause);
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw JsonMappingException.from(context, "cannot create " + type.getSimpleName(), e);
    }
  }

  private void expect(boolean shape, JsonNode node, Type type) throws IOException {
    if (!shape) {
      throw JsonMappingException.from(
          context, raw(type).getSimpleName() + " cannot be read from JSON " + node.getNodeType());
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    if (type instanceof WildcardType wildcard) {
      return raw(wildcard.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized) {
      Type argument = parameterized.getActualTypeArguments()[index];
      return argument instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : argument;
    }
    return Object.class;
  }
}
