package io.rapport.crm.sample.internal;

import java.util.Locale;

/** An SME's line of business: its tag and the trade words used in company names per language. */
enum Sector {
  HOSPITALITY("Bakery,Café,Kitchen,Bistro", "Bäckerei,Café,Gasthaus", "Boulangerie,Bistrot,Café"),
  CONSTRUCTION(
      "Builders,Joinery,Roofing,Plumbing", "Bau,Tischlerei,Dachdeckerei", "Bâtiment,Menuiserie"),
  RETAIL("Florist,Books,Outfitters,Hardware", "Blumen,Buchhandlung,Eisenwaren", "Fleurs,Librairie"),
  PROFESSIONAL(
      "Consulting,Accountants,Design Studio,Legal",
      "Beratung,Steuerbüro,Planung",
      "Conseil,Expertise"),
  TECHNOLOGY(
      "Software,Digital,Analytics,Systems", "Software,Digital,Systeme", "Logiciels,Numérique"),
  HEALTH(
      "Dental Practice,Physiotherapy,Pharmacy",
      "Zahnarztpraxis,Physiotherapie,Apotheke",
      "Pharmacie,Kinésithérapie"),
  TRANSPORT("Logistics,Couriers,Removals", "Logistik,Kurierdienst,Umzüge", "Transports,Logistique"),
  AGRICULTURE("Farms,Nurseries,Vineyards", "Hof,Gärtnerei,Weingut", "Vignobles,Pépinières");

  private final String[] english;
  private final String[] german;
  private final String[] french;

  Sector(String english, String german, String french) {
    this.english = english.split(",");
    this.german = german.split(",");
    this.french = french.split(",");
  }

  /** The sector tag, e.g. {@code sector:hospitality}. */
  String tag() {
    return "sector:" + name().toLowerCase(Locale.ROOT);
  }

  /** A trade word in the language of {@code country}. */
  String trade(Dice dice, Country country) {
    return dice.pick(
        switch (country) {
          case GB, IE -> english;
          case DE -> german;
          case FR -> french;
        });
  }
}
