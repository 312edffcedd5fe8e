package io.rapport.crm.architecture;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a compiled class refers to, read from its constant pool (JVMS 4.4): the types it names in
 * class entries, descriptors and signatures, and the methods and fields it uses. No dependency
 * beyond the JDK.
 */
public final class ClassFile {
  /** A class type inside a descriptor or generic signature: {@code Ljava/util/List;}. */
  private static final Pattern DESCRIBED_TYPE =
      Pattern.compile("L([A-Za-z0-9_$]+(?:/[A-Za-z0-9_$]+)+)[;<]");

  private final String name;
  private final Set<String> typeNames;
  private final Set<String> members;

  private ClassFile(String name, Set<String> typeNames, Set<String> members) {
    this.name = name;
    this.typeNames = typeNames;
    this.members = members;
  }

  /** The internal name, e.g. {@code io/rapport/crm/party/Customer}. */
  public String name() {
    return name;
  }

  /** Internal names of every type named in the constant pool (not in string literals). */
  public Set<String> typeNames() {
    return typeNames;
  }

  /** Every method and field used, as {@code owner.name}, e.g. {@code java/time/Instant.now}. */
  public Set<String> members() {
    return members;
  }

  public static ClassFile parse(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IllegalArgumentException("not a class file");
      }
      in.readUnsignedShort(); // minor version
      in.readUnsignedShort(); // major version
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      int[] first = new int[count];
      int[] second = new int[count];
      int[] tags = new int[count];
      Set<Integer> literals = new HashSet<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        tags[i] = tag;
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 3, 4 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          case 7, 16, 19, 20 -> first[i] = in.readUnsignedShort();
          case 8 -> literals.add(in.readUnsignedShort());
          case 9, 10, 11, 12, 17, 18 -> {
            first[i] = in.readUnsignedShort();
            second[i] = in.readUnsignedShort();
          }
          case 15 -> {
            in.readUnsignedByte();
            first[i] = in.readUnsignedShort();
          }
          default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
        }
      }
      in.readUnsignedShort(); // access flags
      String name = utf8[first[in.readUnsignedShort()]];

      Set<String> typeNames = new TreeSet<>();
      Set<Integer> classNames = new HashSet<>();
      for (int i = 1; i < count; i++) {
        if (tags[i] == 7) {
          classNames.add(first[i]);
          String className = utf8[first[i]];
          if (className.startsWith("[")) {
            addDescribedTypes(className, typeNames);
          } else {
            typeNames.add(className);
          }
        }
      }
      for (int i = 1; i < count; i++) {
        if (tags[i] == 1 && !literals.contains(i) && !classNames.contains(i)) {
          addDescribedTypes(utf8[i], typeNames);
        }
      }
      Set<String> members = new TreeSet<>();
      for (int i = 1; i < count; i++) {
        if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
          String owner = utf8[first[first[i]]];
          String member = utf8[first[second[i]]];
          members.add(owner + "." + member);
        }
      }
      return new ClassFile(name, typeNames, members);
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable class file", e);
    }
  }

  private static void addDescribedTypes(String descriptor, Set<String> typeNames) {
    Matcher matcher = DESCRIBED_TYPE.matcher(descriptor);
    while (matcher.find()) {
      typeNames.add(matcher.group(1));
    }
  }

  /** The rule violations of this class, as readable lines. */
  List<String> forbiddenReferences(
      List<String> forbiddenTypePrefixes, List<String> forbiddenMembers) {
    List<String> violations = new ArrayList<>();
    for (String type : typeNames) {
      for (String prefix : forbiddenTypePrefixes) {
        if (type.startsWith(prefix)) {
          violations.add(name + " refers to " + type);
        }
      }
    }
    for (String member : members) {
      for (String forbidden : forbiddenMembers) {
        if (member.equals(forbidden)) {
          violations.add(name + " calls " + member);
        }
      }
    }
    return violations;
  }
}
