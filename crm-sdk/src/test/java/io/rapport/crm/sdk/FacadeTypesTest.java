package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.SubjectKeys;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A host calls the SDK without importing the storage ports: no type reachable from the public
 * signatures of {@link Crm} (parameters, returns, exceptions, nested, records' components and
 * sealed subtypes) lives in {@code io.rapport.crm.spi}, except the {@link CrmStorage} the builder
 * takes (an adapter's {@code InMemoryStorage} or {@code JdbcStorage}) and the optional {@link
 * SubjectKeys} a host with its own key management service may hand it.
 */
class FacadeTypesTest {
  private final Set<Class<?>> reached = new LinkedHashSet<>();
  private final Set<TypeVariable<?>> variables = new HashSet<>();
  private final Deque<Class<?>> toVisit = new ArrayDeque<>();

  @Test
  void crmFacade_reachableTypes_comeFromTheSdkAndCoreOnly() {
    // when
    visit(Crm.class);
    while (!toVisit.isEmpty()) {
      Class<?> type = toVisit.poll();
      if (type != CrmStorage.class && type != SubjectKeys.class) {
        signatures(type).forEach(this::collect);
      }
    }

    // then
    Set<String> spi = new TreeSet<>();
    reached.stream()
        .filter(type -> type.getPackageName().equals("io.rapport.crm.spi"))
        .forEach(type -> spi.add(type.getName()));
    assertThat(reached)
        .as("the scan reaches the facade's own types and the domain's")
        .contains(Customers.class, CustomerQuery.class, PipelineReports.class);
    // The storage and the audit key store are the two ports a host plugs in (a host KMS may hold
    // the keys that seal personal audit values); every other port stays behind the facade.
    assertThat(spi).containsExactly(CrmStorage.class.getName(), SubjectKeys.class.getName());
  }

  private static List<Type> signatures(Class<?> type) {
    List<Type> types = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (method.getDeclaringClass() != Object.class) {
        types.add(method.getGenericReturnType());
        types.addAll(Arrays.asList(method.getGenericParameterTypes()));
        types.addAll(Arrays.asList(method.getGenericExceptionTypes()));
      }
    }
    for (Constructor<?> constructor : type.getConstructors()) {
      types.addAll(Arrays.asList(constructor.getGenericParameterTypes()));
    }
    if (type.getGenericSuperclass() != null) {
      types.add(type.getGenericSuperclass());
    }
    types.addAll(Arrays.asList(type.getGenericInterfaces()));
    if (type.isSealed()) {
      types.addAll(Arrays.asList(type.getPermittedSubclasses()));
    }
    return types;
  }

  private void collect(Type type) {
    if (type instanceof Class<?> raw) {
      Class<?> element = raw;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      visit(element);
    } else if (type instanceof ParameterizedType parameterized) {
      collect(parameterized.getRawType());
      Arrays.stream(parameterized.getActualTypeArguments()).forEach(this::collect);
    } else if (type instanceof WildcardType wildcard) {
      Arrays.stream(wildcard.getUpperBounds()).forEach(this::collect);
      Arrays.stream(wildcard.getLowerBounds()).forEach(this::collect);
    } else if (type instanceof GenericArrayType array) {
      collect(array.getGenericComponentType());
    } else if (type instanceof TypeVariable<?> variable && variables.add(variable)) {
      Arrays.stream(variable.getBounds()).forEach(this::collect);
    }
  }

  private void visit(Class<?> type) {
    if (type.getName().startsWith("io.rapport.") && reached.add(type)) {
      toVisit.add(type);
    }
  }
}
