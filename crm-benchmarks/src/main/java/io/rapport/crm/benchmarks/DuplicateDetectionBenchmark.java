package io.rapport.crm.benchmarks;

import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.merge.DuplicateDetector;
import io.rapport.crm.party.merge.DuplicateReport;
import io.rapport.crm.party.merge.MatchProfile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The duplicate-detection benchmark: generates customers with seeded duplicates ({@link
 * DuplicateGenerator}), keeps only each one's {@link MatchProfile}, and runs the blocking detector
 * of {@code crm.duplicates().find}. Prints the comparisons made against the n(n-1)/2 of comparing
 * every pair, and the recall of the seeded duplicates (the share of seeded pairs found in one
 * cluster), per kind of variation.
 *
 * <p>Run: {@code java -Xmx6g -cp crm-benchmarks/target/crm-benchmarks.jar
 * io.rapport.crm.benchmarks.DuplicateDetectionBenchmark [customers [duplicateShare]]}; defaults
 * 1000000 and 0.05.
 */
public final class DuplicateDetectionBenchmark {
  private DuplicateDetectionBenchmark() {}

  /** Runs the benchmark; see the class description for the arguments. */
  public static void main(String[] args) {
    int customers = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    double share = args.length > 1 ? Double.parseDouble(args[1]) : 0.05;
    System.out.println(run(customers, share));
  }

  /** Generates, detects and measures. */
  static Report run(int customers, double duplicateShare) {
    long generateStart = System.nanoTime();
    List<MatchProfile> profiles = new ArrayList<>(customers);
    List<DuplicateGenerator.SeededPair> seeded = new ArrayList<>();
    new DuplicateGenerator(42, duplicateShare)
        .generate(customers, c -> profiles.add(MatchProfile.of(c)), seeded::add);
    double generateSeconds = seconds(generateStart);

    long detectStart = System.nanoTime();
    DuplicateReport report = DuplicateDetector.standard().detect(profiles);
    double detectSeconds = seconds(detectStart);

    Map<CustomerId, Integer> clusterOf = new HashMap<>();
    for (int c = 0; c < report.clusters().size(); c++) {
      for (CustomerId member : report.clusters().get(c).members()) {
        clusterOf.put(member, c);
      }
    }
    Map<DuplicateGenerator.Variation, int[]> recall =
        new EnumMap<>(DuplicateGenerator.Variation.class);
    Set<Integer> seededClusters = new HashSet<>();
    for (DuplicateGenerator.SeededPair pair : seeded) {
      Integer cluster = clusterOf.get(pair.original());
      if (cluster != null) {
        seededClusters.add(cluster);
      }
      int[] counts = recall.computeIfAbsent(pair.variation(), v -> new int[2]);
      counts[1]++;
      Integer left = clusterOf.get(pair.original());
      if (left != null && left.equals(clusterOf.get(pair.duplicate()))) {
        counts[0]++;
      }
    }
    long clustered = report.clusters().stream().mapToLong(c -> c.members().size()).sum();
    int unseeded = report.clusters().size() - seededClusters.size();
    return new Report(
        report, seeded.size(), recall, clustered, unseeded, generateSeconds, detectSeconds);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** What one run measured. */
  record Report(
      DuplicateReport detection,
      int seededPairs,
      Map<DuplicateGenerator.Variation, int[]> recall,
      long clusteredRecords,
      int unseededClusters,
      double generateSeconds,
      double detectSeconds) {

    /** The share of seeded pairs found in one cluster, 0 to 1. */
    double recallOverall() {
      int found = recall.values().stream().mapToInt(c -> c[0]).sum();
      return seededPairs == 0 ? 1.0 : (double) found / seededPairs;
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      text.append(
          String.format(
              Locale.ROOT,
              "customers: %,d (%,d seeded duplicate pairs), generated in %.1f s%n",
              detection.records(),
              seededPairs,
              generateSeconds));
      text.append(
          String.format(
              Locale.ROOT,
              "comparisons: %,d of %,d all pairs (%.6f%%), blocks compared %,d, fuzzy blocks"
                  + " skipped %,d, detection %.1f s%n",
              detection.comparisons(),
              detection.allPairs(),
              100.0 * detection.comparisons() / Math.max(1, detection.allPairs()),
              detection.blocks(),
              detection.skippedBlocks(),
              detectSeconds));
      text.append(
          String.format(
              Locale.ROOT,
              "clusters: %,d holding %,d records, %,d of them without a seeded pair (look-alike"
                  + " generated people); recall of seeded pairs %.2f%%%n",
              detection.clusters().size(),
              clusteredRecords,
              unseededClusters,
              100 * recallOverall()));
      recall.forEach(
          (variation, counts) ->
              text.append(
                  String.format(
                      Locale.ROOT, "  %-24s %,7d of %,7d%n", variation, counts[0], counts[1])));
      return text.toString();
    }
  }
}
