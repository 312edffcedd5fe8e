package io.rapport.crm.jackson.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;

/**
 * Hands Jackson the Rapport serializer and deserializer for every domain record and sealed
 * interface, and nothing for other types. Thread-safe. Not API.
 */
public final class DomainSerializers {
  private DomainSerializers() {}

  /** The serializers; personal data masked if {@code masked}. */
  public static Serializers serializers(boolean masked) {
    DomainSerializer serializer = new DomainSerializer(masked);
    return new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(
          SerializationConfig config, JavaType type, BeanDescription description) {
        return DomainTypes.isDomain(type.getRawClass()) ? serializer : null;
      }
    };
  }

  /** The deserializers; personal data refused if it was written {@code masked}. */
  public static Deserializers deserializers(boolean masked) {
    return new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription description) {
        Class<?> raw = type.getRawClass();
        return DomainTypes.isDomain(raw) ? new DomainDeserializer(raw, masked) : null;
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return DomainTypes.isDomain(valueType);
      }
    };
  }
}
