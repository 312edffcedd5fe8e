package io.rapport.crm.common.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.pii.GovernmentId.Kind;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Personal data never shows up raw in toString() or in the messages of refused values. */
class PersonalDataPropertiesTest {

  @Property(tries = 100)
  void email_toString_neverContainsLocalPartOrDomainName(@ForAll("emails") String raw) {
    // given
    EmailAddress email = EmailAddress.of(raw);
    String local = raw.substring(0, raw.indexOf('@'));
    String domain = raw.substring(raw.indexOf('@') + 1, raw.indexOf('.', raw.indexOf('@')));

    // when
    String shown = email.toString();

    // then
    assertThat(shown).isEqualTo(email.masked());
    assertThat(shown).doesNotContain(raw).doesNotContain(local).doesNotContain(domain);
    assertThat(shown).doesNotContain(local.substring(1)).doesNotContain(domain.substring(1));
    assertThat(shown).startsWith(local.substring(0, 1)).contains("@" + domain.charAt(0) + "***");
  }

  @Property(tries = 100)
  void phone_toString_neverContainsTheNumber(@ForAll("phones") String raw) {
    // given
    PhoneNumber phone = PhoneNumber.of(raw);

    // when
    String shown = phone.toString();

    // then
    assertThat(shown).doesNotContain(raw).doesNotContain(phone.value());
    assertThat(shown).doesNotContain(phone.value().substring(3, phone.value().length() - 2));
  }

  @Property(tries = 100)
  void governmentId_toString_neverContainsTheValue(
      @ForAll("identifiers") String raw, @ForAll Kind kind) {
    // when
    String shown = new GovernmentId(kind, "GB", raw).toString();

    // then
    assertThat(shown).doesNotContain(raw);
  }

  @Property(tries = 100)
  void accountReference_toString_neverContainsTheReference(@ForAll("identifiers") String raw) {
    // when
    String shown = AccountReference.of(raw).toString();

    // then
    assertThat(shown).doesNotContain(raw);
  }

  @Property(tries = 100)
  void card_valueAndToString_neverContainTheFullNumberOrItsPrefix(@ForAll("pans") String pan) {
    // when
    AccountReference card = AccountReference.card(pan);

    // then
    assertThat(card.value()).doesNotContain(pan).doesNotContain(pan.substring(0, 6));
    assertThat(card.toString()).doesNotContain(pan).doesNotContain(pan.substring(0, 6));
    assertThat(card.value()).endsWith(pan.substring(pan.length() - 4));
  }

  @Property(tries = 100)
  void of_pan_isRefusedWithoutShowingIt(@ForAll("pans") String pan) {
    // when
    InvalidValueException refused =
        catchThrowableOfType(InvalidValueException.class, () -> AccountReference.of(pan));

    // then
    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).doesNotContain(pan);
  }

  @Property(tries = 100)
  void of_panWithAnySeparators_isRefused(@ForAll("separatedPans") String pan) {
    // when
    InvalidValueException refused =
        catchThrowableOfType(InvalidValueException.class, () -> AccountReference.of(pan));

    // then
    assertThat(refused).as(pan).isNotNull();
    assertThat(refused.field()).isEqualTo("accountReference");
    assertThat(refused.getMessage()).doesNotContain(pan).doesNotContain(pan.strip());
  }

  @Property(tries = 200)
  void invalidPersonalData_message_neverContainsTheInput(@ForAll("randomText") String raw) {
    // given: every input made invalid for each type in a way the type must refuse
    List<Refusal> refusals =
        List.of(
            new Refusal("email", EmailAddress::of, raw.replace("@", "") + " @@"),
            new Refusal("phone", PhoneNumber::of, "+0" + raw),
            new Refusal(
                "governmentId.value", v -> new GovernmentId(Kind.NATIONAL_ID, "GB", v), "#" + raw),
            new Refusal("accountReference", AccountReference::of, "#" + raw),
            new Refusal("cardNumber", AccountReference::card, raw + "x"),
            new Refusal(
                "address.lines",
                v -> new PostalAddress(List.of(v + "x".repeat(200)), "c", null, null, "GB"),
                raw));

    for (Refusal refusal : refusals) {
      // when
      InvalidValueException refused =
          catchThrowableOfType(
              InvalidValueException.class, () -> refusal.factory().apply(refusal.input()));

      // then
      assertThat(refused).as(refusal.field()).isNotNull();
      assertThat(refused.field()).isEqualTo(refusal.field());
      assertThat(refused.getMessage())
          .as(refusal.field())
          .doesNotContain(refusal.input())
          .doesNotContain(refusal.input().strip())
          .doesNotContain(raw.strip());
    }
  }

  record Refusal(String field, Function<String, Object> factory, String input) {}

  @Provide
  Arbitrary<String> randomText() {
    // at least 8 visible characters, so an accidental match with a fixed message is impossible
    Arbitrary<String> core =
        Arbitraries.strings()
            .withCharRange('!', '~')
            .withCharRange('\u00a1', '\u024f')
            .withCharRange('\u4e00', '\u4e20')
            .ofMinLength(8)
            .ofMaxLength(60)
            .filter(s -> s.chars().anyMatch(c -> c > '~'));
    Arbitrary<String> blanks = Arbitraries.of("", " ", "\t", "  ");
    return Combinators.combine(blanks, core, blanks).as((a, b, c) -> a + b + c);
  }

  @Provide
  Arbitrary<String> emails() {
    Arbitrary<String> local =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars('.', '_', '+')
            .ofMinLength(8)
            .ofMaxLength(30)
            .filter(s -> Character.isLetter(s.charAt(0)));
    Arbitrary<String> domain =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(8).ofMaxLength(20);
    Arbitrary<String> tld = Arbitraries.of("com", "org", "de", "co.uk", "bank");
    return Combinators.combine(local, domain, tld).as((l, d, t) -> l + "@" + d + "." + t);
  }

  @Provide
  Arbitrary<String> phones() {
    Arbitrary<String> country =
        Arbitraries.strings().withCharRange('0', '9').ofLength(2).filter(s -> s.charAt(0) != '0');
    Arbitrary<String> subscriber =
        Arbitraries.strings().withCharRange('0', '9').ofMinLength(6).ofMaxLength(12);
    Arbitrary<String> prefix = Arbitraries.of("+", "00", " +", "+ ");
    return Combinators.combine(prefix, country, subscriber).as((p, c, s) -> p + c + " " + s);
  }

  /** Account and id numbers; two letters and two digits would claim to be an IBAN, so never. */
  @Provide
  Arbitrary<String> identifiers() {
    Arbitrary<String> letters =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .ofMinLength(1)
            .ofMaxLength(4)
            .filter(prefix -> prefix.length() != 2);
    Arbitrary<String> digits =
        Arbitraries.strings().withCharRange('0', '9').ofMinLength(3).ofMaxLength(20);
    return Combinators.combine(letters, digits).as((l, d) -> l + d);
  }

  @Provide
  Arbitrary<String> separatedPans() {
    Arbitrary<String> separator = Arbitraries.of("", "", " ", "-", ".", "/");
    return pans()
        .flatMap(
            pan ->
                separator
                    .list()
                    .ofSize(pan.length())
                    .map(
                        separators -> {
                          StringBuilder out = new StringBuilder();
                          for (int i = 0; i < pan.length(); i++) {
                            out.append(pan.charAt(i));
                            if (i < pan.length() - 1) {
                              out.append(separators.get(i));
                            }
                          }
                          return out.toString();
                        }));
  }

  @Provide
  Arbitrary<String> pans() {
    return Arbitraries.integers()
        .between(12, 19)
        .flatMap(
            length ->
                Arbitraries.strings()
                    .withCharRange('0', '9')
                    .ofLength(length - 1)
                    .map(Cards::withCheckDigit));
  }
}
