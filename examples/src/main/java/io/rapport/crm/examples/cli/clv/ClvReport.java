package io.rapport.crm.examples.cli.clv;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.rapport.crm.analytics.BgNbdModel;
import io.rapport.crm.analytics.GammaGammaModel;
import io.rapport.crm.analytics.RepeatBuying;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes the output of {@code rapport clv} as it is computed: both models' parameters, then one
 * line per customer. Without a Gamma-Gamma model (a summary input without monetary values) the
 * value fields are left out.
 *
 * <ul>
 *   <li>{@code json}: one document {@code {"bgnbd": {"r","alpha","a","b","logLikelihood"},
 *       "gammaGamma": {"p","q","gamma"}, "customers": [{"id","frequency","recency","age",
 *       "expectedTransactions","probabilityAlive","expectedAverageValue","clv"}]}}.
 *   <li>{@code jsonl}: the first line {@code {"bgnbd": {…}, "gammaGamma": {…}}}, then one customer
 *       object a line.
 *   <li>{@code csv}: the parameters as {@code #} comment lines, a header, one row per customer.
 * </ul>
 */
final class ClvReport {
  private final ClvCommand.Output format;
  private final PrintWriter out;
  private final GammaGammaModel value;
  private final JsonGenerator json;

  private ClvReport(
      ClvCommand.Output format, PrintWriter out, BgNbdModel purchases, GammaGammaModel value)
      throws IOException {
    this.format = format;
    this.out = out;
    this.value = value;
    if (format == ClvCommand.Output.csv) {
      this.json = null;
      writeCsvParameters(purchases);
      return;
    }
    this.json =
        new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out);
    if (format == ClvCommand.Output.json) {
      json.useDefaultPrettyPrinter();
    } else {
      json.setRootValueSeparator(null);
    }
    json.writeStartObject();
    json.writeObjectFieldStart("bgnbd");
    json.writeNumberField("r", purchases.r());
    json.writeNumberField("alpha", purchases.alpha());
    json.writeNumberField("a", purchases.a());
    json.writeNumberField("b", purchases.b());
    json.writeNumberField("logLikelihood", purchases.logLikelihood());
    json.writeEndObject();
    if (value != null) {
      json.writeObjectFieldStart("gammaGamma");
      json.writeNumberField("p", value.p());
      json.writeNumberField("q", value.q());
      json.writeNumberField("gamma", value.gamma());
      json.writeEndObject();
    }
    if (format == ClvCommand.Output.json) {
      json.writeArrayFieldStart("customers");
    } else {
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /** Starts the output with the parameters; {@code value} is null without monetary values. */
  static ClvReport start(
      ClvCommand.Output format, PrintWriter out, BgNbdModel purchases, GammaGammaModel value)
      throws IOException {
    return new ClvReport(format, out, purchases, value);
  }

  /**
   * One customer's line; {@code averageValue} and {@code clv} are ignored without a value model.
   */
  void customer(
      String id,
      RepeatBuying customer,
      double expectedTransactions,
      double probabilityAlive,
      double averageValue,
      double clv)
      throws IOException {
    if (json == null) {
      StringBuilder row = new StringBuilder(96);
      row.append(id).append(',').append(customer.frequency());
      row.append(',').append(Decimals.fixed(customer.recencyWeeks(), 4));
      row.append(',').append(Decimals.fixed(customer.ageWeeks(), 4));
      row.append(',').append(Decimals.fixed(expectedTransactions, 6));
      row.append(',').append(Decimals.fixed(probabilityAlive, 6));
      if (value != null) {
        row.append(',').append(Decimals.fixed(averageValue, 4));
        row.append(',').append(Decimals.fixed(clv, 4));
      }
      // write, not println: the command's writer flushes on every println
      out.write(row.append(System.lineSeparator()).toString());
      return;
    }
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeNumberField("frequency", customer.frequency());
    json.writeNumberField("recency", customer.recencyWeeks());
    json.writeNumberField("age", customer.ageWeeks());
    json.writeNumberField("expectedTransactions", expectedTransactions);
    json.writeNumberField("probabilityAlive", probabilityAlive);
    if (value != null) {
      json.writeNumberField("expectedAverageValue", averageValue);
      json.writeNumberField("clv", clv);
    }
    json.writeEndObject();
    if (format == ClvCommand.Output.jsonl) {
      json.writeRaw('\n');
    }
  }

  /** Ends the document and flushes. */
  void finish() throws IOException {
    if (format == ClvCommand.Output.json) {
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw(System.lineSeparator());
    }
    if (json != null) {
      json.flush();
    }
    out.flush();
  }

  private void writeCsvParameters(BgNbdModel purchases) {
    out.printf(
        Locale.ROOT,
        "# bgnbd r=%s alpha=%s a=%s b=%s logLikelihood=%s%n",
        purchases.r(),
        purchases.alpha(),
        purchases.a(),
        purchases.b(),
        purchases.logLikelihood());
    if (value != null) {
      out.printf(
          Locale.ROOT, "# gammaGamma p=%s q=%s gamma=%s%n", value.p(), value.q(), value.gamma());
      out.println(
          "id,frequency,recency,age,expectedTransactions,probabilityAlive,expectedAverageValue,clv");
    } else {
      out.println("id,frequency,recency,age,expectedTransactions,probabilityAlive");
    }
  }
}
