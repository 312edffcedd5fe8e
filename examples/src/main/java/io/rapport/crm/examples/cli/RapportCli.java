package io.rapport.crm.examples.cli;

import io.rapport.crm.examples.cli.clv.ClvCommand;
import io.rapport.crm.examples.cli.demo.DemoCommand;
import io.rapport.crm.examples.cli.finance.ImportCommand;
import io.rapport.crm.examples.cli.report.ReportCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code rapport} command line: runnable tours of Rapport for bank developers. Run {@code java
 * -jar examples/target/rapport.jar demo} for the demo on an embedded H2 database.
 */
@Command(
    name = "rapport",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Rapport, the embeddable CRM library for banks: demos and tools.",
    subcommands = {
      DemoCommand.class,
      ClvCommand.class,
      ImportCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RapportCli implements Runnable {
  @Spec CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging: send it to SLF4J (warnings only) too.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    System.exit(commandLine().execute(args));
  }

  /** The command line with every subcommand, writing to standard out and standard error. */
  public static CommandLine commandLine() {
    return new CommandLine(new RapportCli());
  }

  /** Without a subcommand, prints the usage. */
  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    spec.commandLine().usage(out);
  }
}
