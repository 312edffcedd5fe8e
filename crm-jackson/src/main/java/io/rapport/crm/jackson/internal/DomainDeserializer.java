package io.rapport.crm.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a domain record or sealed interface written by {@link DomainSerializer}, through the
 * record's canonical constructor, so the record's own checks apply to what is read. Thread-safe.
 * Not API.
 */
public final class DomainDeserializer extends StdDeserializer<Object> {
  private static final long serialVersionUID = 1L;

  private final boolean masked;

  /** A deserializer for {@code type}; refuses personal data if the module {@code masked} it. */
  public DomainDeserializer(Class<?> type, boolean masked) {
    super(type);
    this.masked = masked;
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode node = context.readTree(parser);
    return new TreeReader(context, masked).read(node, handledType());
  }

  @Override
  public Object getNullValue(DeserializationContext context) {
    return null;
  }
}
