package io.rapport.crm.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.SubjectDataVisitor;
import io.rapport.crm.compliance.SubjectExportHeader;
import io.rapport.crm.compliance.SubjectSection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a subject-access export as one JSON document (format {@value SubjectExportHeader#FORMAT},
 * described in {@code io/rapport/crm/jackson/subject-export.md} and {@code
 * subject-export.schema.json} beside this class) with Jackson's streaming generator: each record is
 * written as it arrives, so a long history never sits in memory.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   crm.privacy().export(caller, customerId, JsonSubjectExport.to(out));
 * }
 * }</pre>
 *
 * <p>The document is UTF-8; the stream is flushed at the end and left open for its owner to close.
 * Personal data is written in full ({@link RapportModule#unmasked()}): the export is for the person
 * themselves. Not thread-safe: one export per instance.
 */
public final class JsonSubjectExport implements SubjectDataVisitor {
  private final JsonGenerator generator;
  private final ObjectWriter writer;

  private JsonSubjectExport(JsonGenerator generator, ObjectWriter writer) {
    this.generator = generator;
    this.writer = writer;
  }

  /**
   * A visitor writing to {@code out} with a mapper of its own.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code out} is null
   */
  public static JsonSubjectExport to(OutputStream out) {
    return to(out, new ObjectMapper().registerModule(RapportModule.unmasked()));
  }

  /**
   * A visitor writing to {@code out} with {@code mapper}, which must have an unmasked {@link
   * RapportModule} registered for the document to match its format.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code out} or {@code mapper} is null
   * @throws UncheckedIOException if the generator cannot be created
   */
  public static JsonSubjectExport to(OutputStream out, ObjectMapper mapper) {
    Checks.notNull(out, "out");
    Checks.notNull(mapper, "mapper");
    try {
      JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      ObjectWriter writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
      return new JsonSubjectExport(generator, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void begin(SubjectExportHeader header) {
    write(
        () -> {
          generator.writeStartObject();
          generator.writeStringField("format", header.format());
          generator.writeStringField("exportedAt", header.exportedAt().toString());
          generator.writeStringField("tenant", header.tenant().value());
          generator.writeStringField("subject", header.subject().value().toString());
        });
  }

  @Override
  public void beginSection(SubjectSection section) {
    write(
        () -> {
          generator.writeFieldName(section.jsonName());
          generator.writeStartArray();
        });
  }

  @Override
  public void record(Object record) {
    write(() -> writer.writeValue(generator, record));
  }

  @Override
  public void endSection(SubjectSection section) {
    write(generator::writeEndArray);
  }

  @Override
  public void end() {
    write(
        () -> {
          generator.writeEndObject();
          generator.close();
        });
  }

  private static void write(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One write to the generator. */
  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }
}
