#!/usr/bin/env python3
"""Writes a new user's Maven project from README.md alone: its pom holds the README's dependency
block as written (plus plugin versions, so the build resolves offline from a local cache), and
every fenced java block of the README becomes a class: a block that builds its own `crm` gets a
`main`, every other block a `run(crm, caller)` that `RunAll` calls with the quick start's in-memory
`crm` and `caller`, as the README tells a user to paste them.

Usage: readme-project.py README.md PROJECT_DIRECTORY EXPECTED_VERSION
Prints the names of the classes with a main method, one per line, then RunAll.
"""
import pathlib
import re
import sys

readme_path, project, version = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
readme = pathlib.Path(readme_path).read_text(encoding="utf-8")

xml_blocks = re.findall(r"^```xml\n(.*?)^```", readme, re.S | re.M)
if len(xml_blocks) != 1:
    sys.exit(f"README: expected one xml dependency block, found {len(xml_blocks)}")
dependencies = xml_blocks[0]
if f"<version>{version}</version>" not in dependencies:
    sys.exit(f"README: the dependency block does not name version {version}")

(project / "pom.xml").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>bank-app</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
{dependencies}
  <build>
    <pluginManagement>
      <plugins>
        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
        <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version></plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
""", encoding="utf-8")

sources = project / "src" / "main" / "java"
sources.mkdir(parents=True, exist_ok=True)
mains, continuing = [], []
for number, block in enumerate(re.findall(r"^```java\n(.*?)^```", readme, re.S | re.M), 1):
    lines = block.splitlines()
    imports = [line for line in lines if line.startswith("import ")]
    body = [line for line in lines if not line.startswith("import ")]
    name = f"ReadmeBlock{number}"
    if any("Crm crm =" in line for line in body):
        signature = "public static void main(String[] args) throws Exception"
        mains.append(name)
    else:
        signature = ("public static void run(io.rapport.crm.sdk.Crm crm, "
                     "io.rapport.crm.sdk.Caller caller) throws Exception")
        continuing.append(name)
    source = "\n".join(imports) + f"\n\npublic final class {name} {{\n  {signature} {{\n"
    source += "\n".join("    " + line for line in body) + "\n  }\n}\n"
    (sources / f"{name}.java").write_text(source, encoding="utf-8")

calls = "\n".join(
    f"    {name}.run(Crm.builder().storage(InMemoryStorage.create()).build(), caller);"
    for name in continuing)
(sources / "RunAll.java").write_text(f"""import io.rapport.crm.common.Actor;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.inmemory.InMemoryStorage;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;

/** Runs every README block that continues the quick start, each on a new in-memory crm. */
public final class RunAll {{
  public static void main(String[] args) throws Exception {{
    Caller caller = Caller.of(TenantId.of("bank-a"), Actor.user("rm-17"));
{calls}
    System.out.println("RunAll: {len(continuing)} blocks ran");
  }}
}}
""", encoding="utf-8")
print("\n".join(mains + ["RunAll"]))
