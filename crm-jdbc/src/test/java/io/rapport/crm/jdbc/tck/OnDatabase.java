package io.rapport.crm.jdbc.tck;

import io.rapport.crm.jdbc.Dialect;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the database a jqwik test class runs on, for {@link SkipWithoutDatabase}. (JUnit Jupiter
 * classes skip through an assumption in a {@code @BeforeEach} instead.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OnDatabase {
  /** The database. */
  Dialect value();
}
