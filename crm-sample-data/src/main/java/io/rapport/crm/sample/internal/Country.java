package io.rapport.crm.sample.internal;

import java.util.List;

/**
 * The countries customers live in: only those whose regulator publishes drama-number blocks (Ofcom,
 * ComReg, Bundesnetzagentur, ARCEP), so every generated phone number is one that is never assigned
 * to anybody.
 */
enum Country {
  GB(
      "GBP",
      "en-GB",
      Culture.ENGLISH,
      List.of(
          Culture.INDIAN,
          Culture.POLISH,
          Culture.NIGERIAN,
          Culture.CHINESE,
          Culture.ARABIC,
          Culture.IRISH,
          Culture.ITALIAN,
          Culture.PORTUGUESE),
      "+447700900###",
      List.of(
          City.of(
              "London",
              null,
              "E1 #@@,N7 #@@,SE15 #@@,NW3 #@@,W11 #@@,E17 #@@",
              "+442079460###",
              "GB-LON-01"),
          City.of("London", null, "SW9 #@@,SW11 #@@,N16 #@@,E8 #@@", "+442079460###", "GB-LON-02"),
          City.of(
              "Manchester",
              "Greater Manchester",
              "M1 #@@,M4 #@@,M14 #@@,M20 #@@",
              "+441614960###",
              "GB-MAN-01"),
          City.of(
              "Leeds", "West Yorkshire", "LS1 #@@,LS6 #@@,LS11 #@@", "+441134960###", "GB-LDS-01"),
          City.of("Bristol", null, "BS1 #@@,BS6 #@@,BS8 #@@", "+441174960###", "GB-BRS-01"),
          City.of(
              "Birmingham",
              "West Midlands",
              "B1 #@@,B13 #@@,B15 #@@",
              "+441214960###",
              "GB-BHM-01"),
          City.of("Edinburgh", null, "EH1 #@@,EH3 #@@,EH10 #@@", "+441314960###", "GB-EDI-01"),
          City.of("Glasgow", null, "G1 #@@,G12 #@@,G41 #@@", "+441414960###", "GB-GLA-01"),
          City.of(
              "Newcastle upon Tyne",
              "Tyne and Wear",
              "NE1 #@@,NE2 #@@,NE6 #@@",
              "+441914980###",
              "GB-NCL-01"),
          City.of(
              "Belfast", "County Antrim", "BT1 #@@,BT7 #@@,BT9 #@@", "+442896496###", "GB-BFS-01"),
          City.of("Cardiff", null, "CF10 #@@,CF11 #@@,CF24 #@@", "+442920180###", "GB-CDF-01"))),
  IE(
      "EUR",
      "en-IE",
      Culture.IRISH,
      List.of(Culture.POLISH, Culture.ENGLISH, Culture.NIGERIAN, Culture.INDIAN, Culture.CHINESE),
      "+3532091#####",
      List.of(
          City.of(
              "Dublin",
              "County Dublin",
              "D02 @#@#,D04 @##@,D06 @#@#,D08 @##@",
              "+3532091#####",
              "IE-DUB-01"),
          City.of("Cork", "County Cork", "T12 @##@,T23 @#@#", "+3532091#####", "IE-ORK-01"),
          City.of("Galway", "County Galway", "H91 @#@#", "+3532091#####", "IE-GWY-01"),
          City.of("Limerick", "County Limerick", "V94 @##@", "+3532091#####", "IE-LMK-01"))),
  DE(
      "EUR",
      "de-DE",
      Culture.GERMAN,
      List.of(
          Culture.TURKISH,
          Culture.POLISH,
          Culture.ITALIAN,
          Culture.ARABIC,
          Culture.VIETNAMESE,
          Culture.SPANISH),
      null,
      List.of(
          City.of("Berlin", "Berlin", "10###,12###,13###", "+493023125###", "DE-BER-01"),
          City.of("Berlin", "Berlin", "10###,12###", "+493023125###", "DE-BER-02"),
          City.of("Hamburg", "Hamburg", "20###,22###", "+494066969###", "DE-HAM-01"),
          City.of("München", "Bayern", "80###,81###", "+498999998###", "DE-MUC-01"),
          City.of("Köln", "Nordrhein-Westfalen", "50###,51###", "+492214710###", "DE-CGN-01"),
          City.of("Frankfurt am Main", "Hessen", "60###,65###", "+496990009###", "DE-FRA-01"))),
  FR(
      "EUR",
      "fr-FR",
      Culture.FRENCH,
      List.of(
          Culture.ARABIC,
          Culture.PORTUGUESE,
          Culture.WEST_AFRICAN,
          Culture.VIETNAMESE,
          Culture.SPANISH,
          Culture.ITALIAN),
      "+3363998####",
      List.of(
          City.of("Paris", "Île-de-France", "750##", "+3319900####", "FR-PAR-01", "75"),
          City.of("Paris", "Île-de-France", "750##", "+3319900####", "FR-PAR-02", "75"),
          City.of("Lyon", "Auvergne-Rhône-Alpes", "6900#", "+3346571####", "FR-LYS-01", "69"),
          City.of(
              "Marseille",
              "Provence-Alpes-Côte d'Azur",
              "130##",
              "+3346571####",
              "FR-MRS-01",
              "13"),
          City.of("Toulouse", "Occitanie", "310##", "+3353649####", "FR-TLS-01", "31"),
          City.of("Bordeaux", "Nouvelle-Aquitaine", "330##", "+3353649####", "FR-BOD-01", "33"),
          City.of("Lille", "Hauts-de-France", "590##", "+3335301####", "FR-LIL-01", "59"),
          City.of("Nantes", "Pays de la Loire", "440##", "+3326191####", "FR-NTE-01", "44"),
          City.of("Strasbourg", "Grand Est", "670##", "+3335301####", "FR-SXB-01", "67")));

  private final String currency;
  private final String language;
  private final Culture localCulture;
  private final List<Culture> migrantCultures;
  private final String mobileDrama;
  private final List<City> cities;

  Country(
      String currency,
      String language,
      Culture localCulture,
      List<Culture> migrantCultures,
      String mobileDrama,
      List<City> cities) {
    this.currency = currency;
    this.language = language;
    this.localCulture = localCulture;
    this.migrantCultures = migrantCultures;
    this.mobileDrama = mobileDrama;
    this.cities = cities;
  }

  /** A country of residence: 45 % GB, 20 % DE, 20 % FR, 15 % IE. */
  static Country pick(Dice dice) {
    return values()[dice.weighted(45, 15, 20, 20)];
  }

  String currency() {
    return currency;
  }

  String language() {
    return language;
  }

  /** A naming culture: the local one three times in four, else one of the migrant ones. */
  Culture culture(Dice dice) {
    return dice.chance(0.75) ? localCulture : dice.pick(migrantCultures);
  }

  City city(Dice dice) {
    return dice.pick(cities);
  }

  /** The drama block of mobile numbers, e.g. {@code +447700900###}; null when there is none. */
  String mobileDrama() {
    return mobileDrama;
  }

  List<City> cities() {
    return cities;
  }
}
