package io.rapport.crm.sample.internal;

import io.rapport.crm.common.pii.PostalAddress;
import java.util.List;

/**
 * Postal addresses on made-up streets (nature words and common street types) in real cities,
 * written the way each country writes them.
 */
final class Addresses {
  private static final String[] ENGLISH_STEMS =
      "Acacia,Larkspur,Willowbrook,Foxglove,Kestrel,Juniper,Hawthorn,Bramble,Meadowsweet,Thistle,"
          .concat("Marigold,Orchard,Primrose,Heron,Cobblestone,Lantern,Rowan,Sorrel,Wren,Linnet")
          .split(",");
  private static final String[] ENGLISH_TYPES =
      "Road,Street,Lane,Avenue,Close,Crescent,Gardens,Way,Terrace,Grove".split(",");
  private static final String[] GERMAN_STEMS =
      "Ahorn,Birken,Lerchen,Finken,Linden,Eichen,Holunder,Kastanien,Rosen,Tannen,Mühlen,Sonnen,"
          .concat("Schwalben,Flieder,Distel,Kiebitz")
          .split(",");
  private static final String[] GERMAN_TYPES = "straße,weg,gasse,allee,ring,pfad".split(",");
  private static final String[] FRENCH_STREETS =
      "rue des Lilas,avenue des Acacias,rue du Moulin,allée des Tilleuls,rue de la Fontaine,"
          .concat("impasse des Mésanges,chemin du Verger,boulevard des Peupliers,rue de l'Étang,")
          .concat("rue des Glycines,allée des Hirondelles,rue du Lavoir,place des Marronniers")
          .split(",");
  private static final String[] FLAT_WORDS = {"Flat", "Apartment"};

  private Addresses() {}

  /** A home or office address in {@code city}. */
  static PostalAddress address(Dice dice, Country country, City city) {
    int number = dice.between(1, 180);
    List<String> lines =
        switch (country) {
          case GB, IE -> englishLines(dice, number);
          case DE -> List.of(dice.pick(GERMAN_STEMS) + dice.pick(GERMAN_TYPES) + " " + number);
          case FR -> List.of(number + " " + dice.pick(FRENCH_STREETS));
        };
    return new PostalAddress(
        lines, city.name(), city.region(), city.postcode(dice), country.name());
  }

  private static List<String> englishLines(Dice dice, int number) {
    String street = number + " " + dice.pick(ENGLISH_STEMS) + " " + dice.pick(ENGLISH_TYPES);
    if (dice.chance(0.25)) {
      return List.of(dice.pick(FLAT_WORDS) + " " + dice.between(1, 24), street);
    }
    return List.of(street);
  }
}
