package io.rapport.crm.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.rapport.crm.common.pii.PersonalData;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a domain record: one property per record component, in declaration order, with {@value
 * DomainTypes#TYPE_PROPERTY} first for a record of a sealed interface; a record of one scalar
 * component as that scalar. Decimals are strings (exact), enums their names, currencies their ISO
 * 4217 codes, times ISO-8601 strings. When masking, personal data is its masked rendering.
 * Thread-safe. Not API.
 */
public final class DomainSerializer extends StdSerializer<Object> {
  private static final long serialVersionUID = 1L;

  private final boolean masked;

  /** A serializer that masks personal data if {@code masked}. */
  public DomainSerializer(boolean masked) {
    super(Object.class);
    this.masked = masked;
  }

  @Override
  public void serialize(Object value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    writeValue(value, generator, provider);
  }

  private void writeRecord(Object value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    Class<?> type = value.getClass();
    if (masked && value instanceof PersonalData personal) {
      generator.writeString(personal.masked());
      return;
    }
    RecordComponent[] components = type.getRecordComponents();
    if (DomainTypes.isSingleValue(type)) {
      writeValue(read(components[0], value, provider), generator, provider);
      return;
    }
    generator.writeStartObject(value);
    String discriminator = DomainTypes.discriminator(type);
    if (discriminator != null) {
      generator.writeStringField(DomainTypes.TYPE_PROPERTY, discriminator);
    }
    for (RecordComponent component : components) {
      generator.writeFieldName(component.getName());
      writeValue(read(component, value, provider), generator, provider);
    }
    generator.writeEndObject();
  }

  private void writeValue(Object value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Boolean flag) {
      generator.writeBoolean(flag);
    } else if (value instanceof BigDecimal decimal) {
      generator.writeString(decimal.toPlainString());
    } else if (value instanceof BigInteger integer) {
      generator.writeString(integer.toString());
    } else if (value instanceof Integer || value instanceof Short) {
      generator.writeNumber(((Number) value).intValue());
    } else if (value instanceof Long number) {
      generator.writeNumber(number.longValue());
    } else if (value instanceof Double || value instanceof Float) {
      generator.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Enum<?> constant) {
      generator.writeString(constant.name());
    } else if (value instanceof Currency currency) {
      generator.writeString(currency.getCurrencyCode());
    } else if (DomainTypes.isScalar(value.getClass())) {
      generator.writeString(value.toString());
    } else if (value instanceof Optional<?> optional) {
      writeValue(optional.orElse(null), generator, provider);
    } else if (value instanceof Collection<?> collection) {
      generator.writeStartArray();
      for (Object element : collection) {
        writeValue(element, generator, provider);
      }
      generator.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName(key(entry.getKey(), provider));
        writeValue(entry.getValue(), generator, provider);
      }
      generator.writeEndObject();
    } else if (DomainTypes.isDomain(value.getClass())) {
      writeRecord(value, generator, provider);
    } else {
      provider.defaultSerializeValue(value, generator);
    }
  }

  private String key(Object key, SerializerProvider provider) throws JsonMappingException {
    if (key instanceof Enum<?> constant) {
      return constant.name();
    }
    if (key instanceof Record && DomainTypes.isSingleValue(key.getClass())) {
      return String.valueOf(read(key.getClass().getRecordComponents()[0], key, provider));
    }
    return String.valueOf(key);
  }

  private static Object read(RecordComponent component, Object value, SerializerProvider provider)
      throws JsonMappingException {
    try {
      return component.getAccessor().invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw JsonMappingException.from(
          provider, "cannot read " + component.getDeclaringRecord().getSimpleName(), e);
    }
  }
}
