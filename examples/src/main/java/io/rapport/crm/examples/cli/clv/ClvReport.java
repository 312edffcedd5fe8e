package io.rapport.crm.examples.cli.clv;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.crm.analytics.BgNbdModel;
import io.rapport.crm.analytics.GammaGammaModel;
import io.rapport.crm.analytics.ValueForecast;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The output of {@code rapport clv}: both models' parameters and one line per customer. */
record ClvReport(BgNbdModel purchases, GammaGammaModel value, List<Line> customers) {

  /** One customer's figures. */
  record Line(String id, int frequency, double recency, double age, ValueForecast forecast) {}

  /**
   * {@code {"bgnbd": {"r","alpha","a","b","logLikelihood"}, "gammaGamma": {"p","q","gamma"},
   * "customers": [{"id","frequency","recency","age","expectedTransactions","probabilityAlive",
   * "expectedAverageValue","clv"}]}}.
   */
  void writeJson(PrintWriter out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ObjectNode bgnbd = root.putObject("bgnbd");
    bgnbd.put("r", purchases.r());
    bgnbd.put("alpha", purchases.alpha());
    bgnbd.put("a", purchases.a());
    bgnbd.put("b", purchases.b());
    bgnbd.put("logLikelihood", purchases.logLikelihood());
    ObjectNode gammaGamma = root.putObject("gammaGamma");
    gammaGamma.put("p", value.p());
    gammaGamma.put("q", value.q());
    gammaGamma.put("gamma", value.gamma());
    ArrayNode rows = root.putArray("customers");
    for (Line line : customers) {
      ObjectNode row = rows.addObject();
      row.put("id", line.id());
      row.put("frequency", line.frequency());
      row.put("recency", line.recency());
      row.put("age", line.age());
      row.put("expectedTransactions", line.forecast().expectedTransactions());
      row.put("probabilityAlive", line.forecast().probabilityAlive());
      row.put("expectedAverageValue", line.forecast().expectedAverageValue());
      row.put("clv", line.forecast().clv());
    }
    out.println(mapper.writeValueAsString(root));
  }

  /** The parameters as {@code #} comment lines, then a CSV header and one row per customer. */
  void writeCsv(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "# bgnbd r=%s alpha=%s a=%s b=%s logLikelihood=%s%n",
        purchases.r(),
        purchases.alpha(),
        purchases.a(),
        purchases.b(),
        purchases.logLikelihood());
    out.printf(
        Locale.ROOT, "# gammaGamma p=%s q=%s gamma=%s%n", value.p(), value.q(), value.gamma());
    out.println(
        "id,frequency,recency,age,expectedTransactions,probabilityAlive,expectedAverageValue,clv");
    for (Line line : customers) {
      ValueForecast forecast = line.forecast();
      out.printf(
          Locale.ROOT,
          "%s,%d,%.4f,%.4f,%.6f,%.6f,%.4f,%.4f%n",
          line.id(),
          line.frequency(),
          line.recency(),
          line.age(),
          forecast.expectedTransactions(),
          forecast.probabilityAlive(),
          forecast.expectedAverageValue(),
          forecast.clv());
    }
  }
}
