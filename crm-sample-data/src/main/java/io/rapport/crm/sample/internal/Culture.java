package io.rapport.crm.sample.internal;

import java.util.List;

/**
 * A naming culture: given and family names as commonly written (accents kept) and the language its
 * speakers may prefer. The lists are embedded here; the names are common ones, and no person in a
 * generated bank is meant to be a real one.
 */
record Culture(String language, String[] female, String[] male, String[] family) {

  static final Culture ENGLISH =
      of(
          "en-GB",
          "Olivia,Amelia,Isla,Ava,Emily,Sophie,Grace,Chloe,Poppy,Evie,Zoë,Hannah,Charlotte,Lucy,"
              + "Megan,Rachel,Joanne,Susan,Margaret,Patricia",
          "Oliver,George,Harry,Jack,Jacob,Noah,Charlie,Thomas,Oscar,William,James,Daniel,"
              + "Matthew,Samuel,David,Richard,Stephen,Paul,Andrew,Graham",
          "Smith,Jones,Taylor,Brown,Williams,Wilson,Johnson,Davies,Robinson,Wright,Thompson,"
              + "Evans,Walker,White,Roberts,Green,Hall,Wood,Jackson,Clarke,Hughes,Edwards,"
              + "Harrison,Fletcher,Ashworth,Pemberton");
  static final Culture IRISH =
      of(
          "en-IE",
          "Aoife,Siobhán,Niamh,Saoirse,Caoimhe,Róisín,Ciara,Orla,Sinéad,Áine,Clodagh,Éabha,"
              + "Mairéad,Deirdre",
          "Seán,Cian,Oisín,Darragh,Pádraig,Conor,Cillian,Eoin,Ronan,Tadhg,Fionn,Ciarán,Declan,"
              + "Colm",
          "Murphy,Kelly,O'Sullivan,Walsh,O'Brien,Byrne,Ryan,O'Connor,O'Neill,Ó Briain,"
              + "Mac Giolla,Doyle,McCarthy,Gallagher,Ní Dhónaill,Brennan,Kavanagh,Fitzgerald");
  static final Culture GERMAN =
      of(
          "de-DE",
          "Anna,Lena,Leonie,Hannah,Lea,Sophie,Marie,Jana,Katharina,Julia,Sabine,Ursula,Jördis,"
              + "Brigitte,Monika,Mia,Emilia,Greta,Ingrid",
          "Lukas,Leon,Jonas,Maximilian,Felix,Paul,Tobias,Jürgen,Klaus,Uwe,Stefan,Matthias,"
              + "Björn,Jörg,Sören,Moritz,Florian,Dieter",
          "Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,"
              + "Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,Krüger,"
              + "Hartmann,Lange,Weiß,Köhler,Groß");
  static final Culture FRENCH =
      of(
          "fr-FR",
          "Camille,Léa,Manon,Chloé,Inès,Jade,Louise,Zoé,Emma,Élise,Hélène,Océane,Margaux,"
              + "Françoise,Anaïs,Mathilde,Noémie,Céline",
          "Lucas,Hugo,Théo,Louis,Raphaël,Arthur,Jules,Mathis,Nathan,Clément,Étienne,François,"
              + "Jérôme,Benoît,Loïc,Gaël,Aurélien,Maxime",
          "Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,"
              + "Lefèvre,Michel,Garcia,Faure,Rousseau,Fournier,Girard,Lefebvre,Mercier,Chevalier,"
              + "Brunet,Gauthier,Lemaître,Barbé");
  static final Culture SPANISH =
      of(
          "es-ES",
          "Lucía,María,Sofía,Martina,Paula,Julia,Valentina,Alba,Carmen,Inés,Noelia,Rocío,"
              + "Begoña,Pilar",
          "Hugo,Mateo,Martín,Lucas,Leo,Daniel,Alejandro,Pablo,Álvaro,Adrián,Javier,Sergio,"
              + "Iñaki,Jesús",
          "García,Rodríguez,González,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Martín,"
              + "Jiménez,Ruiz,Hernández,Díaz,Muñoz,Álvarez,Romero,Núñez");
  static final Culture ITALIAN =
      of(
          "it-IT",
          "Giulia,Sofia,Aurora,Alice,Ginevra,Emma,Giorgia,Beatrice,Chiara,Francesca,Elisa,"
              + "Martina,Noemi,Ilaria",
          "Leonardo,Francesco,Alessandro,Lorenzo,Mattia,Andrea,Gabriele,Riccardo,Tommaso,"
              + "Niccolò,Giuseppe,Marco,Luca,Nicolò",
          "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,"
              + "Conti,De Luca,Mancini,Costa,Giordano,D'Angelo");
  static final Culture PORTUGUESE =
      of(
          "pt-PT",
          "Maria,Beatriz,Leonor,Matilde,Mariana,Carolina,Inês,Joana,Conceição,Luísa,Margarida,"
              + "Rita",
          "João,Rodrigo,Francisco,Martim,Santiago,Tomás,Afonso,Duarte,Gonçalo,Simão,Rui," + "Vasco",
          "Silva,Santos,Ferreira,Pereira,Oliveira,Costa,Rodrigues,Martins,Jesus,Sousa,Fernandes,"
              + "Gonçalves,Gomes,Lopes,Marques,Magalhães");
  static final Culture POLISH =
      of(
          "pl-PL",
          "Zofia,Zuzanna,Hanna,Julia,Maja,Lena,Alicja,Małgorzata,Agnieszka,Katarzyna,Joanna,"
              + "Ewa,Magdalena,Bożena",
          "Antoni,Jan,Jakub,Aleksander,Franciszek,Szymon,Łukasz,Michał,Paweł,Piotr,Wojciech,"
              + "Krzysztof,Tomasz,Grzegorz",
          "Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,"
              + "Szymański,Woźniak,Dąbrowski,Kozłowski,Jankowski,Mazur,Krawczyk,Żukowski");
  static final Culture TURKISH =
      of(
          "tr-TR",
          "Zeynep,Elif,Ayşe,Fatma,Emine,Hatice,Merve,Büşra,Özlem,Gül,Derya,Esra,Şeyma,İpek",
          "Mehmet,Mustafa,Ahmet,Ali,Hüseyin,Hasan,İbrahim,Murat,Emre,Burak,Can,Oğuz,Yusuf,"
              + "Çağrı",
          "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir,Arslan,Doğan,"
              + "Kılıç,Aslan,Çetin,Koç");
  static final Culture ARABIC =
      of(
          "ar",
          "Fatima,Aisha,Mariam,Nour,Layla,Yasmin,Salma,Amira,Hana,Rania,Zainab,Leïla,Samira,"
              + "Khadija",
          "Mohammed,Ahmed,Omar,Youssef,Ali,Karim,Hassan,Khalid,Ibrahim,Tariq,Samir,Rachid,"
              + "Mehdi,Bilal",
          "Haddad,Khalil,Mansour,Nasser,Saleh,El Amrani,Benali,Bouzid,Farouk,Hamdan,Rahman,"
              + "Aziz,Bakr,Saïdi,Haddou,Chérif");
  static final Culture INDIAN =
      of(
          "hi-IN",
          "Priya,Ananya,Aditi,Divya,Kavya,Meera,Neha,Pooja,Riya,Sanjana,Shreya,Lakshmi,Sunita,"
              + "Deepika",
          "Arjun,Rahul,Rohan,Vikram,Aarav,Aditya,Sanjay,Rajesh,Amit,Karan,Nikhil,Vivek,Suresh,"
              + "Harpreet",
          "Patel,Sharma,Singh,Kumar,Gupta,Shah,Mehta,Reddy,Iyer,Nair,Joshi,Chopra,Malhotra,"
              + "Kapoor,Desai,Bhatt");
  static final Culture CHINESE =
      of(
          "zh-CN",
          "Mei,Xiu Ying,Li Na,Jing,Fang,Yan,Hui,Xin,Ling,Yu,Qian,Min",
          "Wei,Jun,Hao,Lei,Yong,Jie,Tao,Ming,Chen,Bo,Zhi Hao,Jian",
          "Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou,Xu,Sun,Ma,Zhu,Hu,Lin");
  static final Culture VIETNAMESE =
      of(
          "vi-VN",
          "Linh,Lan,Mai,Hương,Thảo,Trang,Ngọc,Hà,Thu,Anh,Phương,Hạnh",
          "Minh,Huy,Khang,Bảo,Dũng,Hùng,Nam,Phúc,Quang,Thành,Tuấn,Việt",
          "Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý");
  static final Culture NIGERIAN =
      of(
          "en-NG",
          "Chioma,Ngozi,Adaeze,Folake,Funmilayo,Amaka,Temitope,Yetunde,Ifeoma,Bisola,Zainab,"
              + "Chiamaka",
          "Chinedu,Emeka,Oluwaseun,Tunde,Babajide,Ikenna,Obinna,Femi,Adebayo,Chukwuma,Kelechi,"
              + "Segun",
          "Okafor,Adeyemi,Okonkwo,Balogun,Eze,Nwosu,Adebayo,Ogunleye,Obi,Okeke,Afolabi,Oyelaran,"
              + "Uche,Bello");
  static final Culture WEST_AFRICAN =
      of(
          "fr-SN",
          "Aminata,Fatoumata,Awa,Mariama,Aïssatou,Khady,Ndèye,Coumba,Binta,Rokhaya",
          "Mamadou,Moussa,Ousmane,Ibrahima,Abdoulaye,Cheikh,Souleymane,Boubacar,Amadou,Modou",
          "Diallo,Traoré,Koné,Ndiaye,Diop,Sow,Camara,Touré,Cissé,Keïta,Coulibaly,Fall,Sy,Ba");

  /** All cultures, for tests. */
  static final List<Culture> ALL =
      List.of(
          ENGLISH,
          IRISH,
          GERMAN,
          FRENCH,
          SPANISH,
          ITALIAN,
          PORTUGUESE,
          POLISH,
          TURKISH,
          ARABIC,
          INDIAN,
          CHINESE,
          VIETNAMESE,
          NIGERIAN,
          WEST_AFRICAN);

  private static Culture of(String language, String female, String male, String family) {
    return new Culture(language, female.split(","), male.split(","), family.split(","));
  }

  /** A given name for a woman or a man. */
  String givenName(Dice dice, boolean female) {
    return dice.pick(female ? this.female : male);
  }

  /** A family name. */
  String familyName(Dice dice) {
    return dice.pick(family);
  }
}
