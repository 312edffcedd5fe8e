package io.rapport.crm.examples.readme;

import java.util.ArrayList;
import java.util.List;

/**
 * One fenced {@code java} block of the README: its imports, its body, and where it starts.
 *
 * <p>A block that declares {@code Crm crm =} is standalone and runs as it is. Every other block
 * continues the quick start: it runs with the quick start's {@code crm} and {@code caller} in
 * scope, as a user would paste it below the quick start.
 *
 * @param line the README line of the opening fence (1-based), for failure messages
 * @param imports the block's {@code import} lines, as written
 * @param body the remaining lines, as written
 */
record ReadmeSnippet(int line, List<String> imports, List<String> body) {

  ReadmeSnippet {
    imports = List.copyOf(imports);
    body = List.copyOf(body);
  }

  /** Every fenced {@code java} block of {@code markdown}, in order. */
  static List<ReadmeSnippet> parse(List<String> markdown) {
    List<ReadmeSnippet> snippets = new ArrayList<>();
    int opening = -1;
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (int i = 0; i < markdown.size(); i++) {
      String line = markdown.get(i);
      if (opening < 0) {
        if (line.strip().equals("```java")) {
          opening = i + 1;
          imports.clear();
          body.clear();
        }
      } else if (line.strip().equals("```")) {
        snippets.add(new ReadmeSnippet(opening, imports, body));
        opening = -1;
      } else if (line.startsWith("import ")) {
        imports.add(line);
      } else {
        body.add(line);
      }
    }
    if (opening >= 0) {
      throw new IllegalArgumentException(
          "README: java block at line " + opening + " is not closed");
    }
    return snippets;
  }

  /** Whether the block builds its own {@code Crm} instead of continuing the quick start. */
  boolean standalone() {
    return body.stream().anyMatch(line -> line.contains("Crm crm ="));
  }

  /** The class name the block compiles to. */
  String className() {
    return "ReadmeLine" + line;
  }

  /**
   * The block as a compilation unit: its imports, then a class whose {@code run} method holds the
   * body. A continuing block's {@code run} takes {@code crm} and {@code caller}.
   */
  String source() {
    StringBuilder source = new StringBuilder();
    imports.forEach(line -> source.append(line).append('\n'));
    source.append("\npublic final class ").append(className()).append(" {\n");
    source.append(
        standalone()
            ? "  public static void run() throws Exception {\n"
            : "  public static void run(io.rapport.crm.sdk.Crm crm, io.rapport.crm.sdk.Caller caller)"
                + " throws Exception {\n");
    body.forEach(line -> source.append("    ").append(line).append('\n'));
    source.append("  }\n}\n");
    return source.toString();
  }
}
