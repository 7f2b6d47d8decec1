// Entity extractor: typing rules that must hold for names no list knows
// (unseen start-ups, models, newspapers), and words next to figures that
// only look like names.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_entities_support.h"

using analyze::Entity;
using analyze::EntityType;
using entities_test::extract;
using entities_test::find;

namespace {

struct Typed {
  const char* text;
  const char* name;
  EntityType type;
};

void check_typed(const Typed& c) {
  INFO(c.text);
  const auto entities = extract(c.text);
  const Entity* e = find(entities, c.name);
  if (!e) {
    FAIL_CHECK("not found: " << c.name);
    return;
  }
  CHECK(e->type == c.type);
}

}  // namespace

TEST_CASE("Scale, currency and unit abbreviations after a number are no entities", "[entities][typing]") {
  const char* texts[] = {
      "Le chiffre d’affaires de Valmorin a atteint 2,7 Md€ sur l’exercice.",
      "Les ventes ont atteint 3,1 Mds d’euros.",
      "Le groupe vise 12 Mrd EUR en 2026.",
      "Elle pèse 8 Md$ en Bourse.",
      "Le fonds gère 4 Bn USD.",
      "Le contrat vaut 2 Mds USD et 40 MEUR de plus.",
      "Valmorin obtient quatre blocs dans la bande des 26 GHz.",  // units of measure
      "Le campus de Valmorin consommera 1 GW, soit 8 TWh par an.",
      "Valmorin a été cofondée par un prix Nobel de physique.",  // awards
  };
  for (const char* text : texts) {
    INFO(text);
    for (const Entity& e : extract(text))
      if (e.name != "Valmorin") FAIL_CHECK("unexpected entity " << e.name);
  }
}

TEST_CASE("A name after 'baptisé' takes the head noun before the comma, not its complement", "[entities][typing]") {
  const Typed cases[] = {
      {"Le dernier modèle de langage de la start-up, baptisé Orvalis-4, sort lundi.", "Orvalis-4", EntityType::Product},
      {"La nouvelle application de la banque, baptisée Tirelo, vise les étudiants.", "Tirelo", EntityType::Product},
      {"L’éditeur du logiciel, baptisé Norvane, emploie 200 personnes.", "Norvane", EntityType::Company},
      {"L’éditeur lance un outil de la gamme, baptisé Quartzly, pour les comptables.", "Quartzly", EntityType::Product},
  };
  for (const Typed& c : cases) check_typed(c);
}

TEST_CASE("A noun cue after a reflexive or subject pronoun is a verb", "[entities][typing]") {
  // "s’offre": the verb offrir, not the noun "offre"; "montre" likewise.
  const Typed cases[] = {
      {"Le géant Pelletier Industries s’offre Brakwater pour 3 milliards d’euros.", "Brakwater", EntityType::Company},
      {"Avec ce rachat, elle s’offre Quintessa, son concurrent direct.", "Quintessa", EntityType::Company},
  };
  for (const Typed& c : cases) check_typed(c);
  const std::string text =
      "Rachat : Pelletier Industries s’offre Brakwater pour 2 milliards\n\n"
      "Pelletier Industries a annoncé le rachat du néerlandais Brakwater pour environ 2 milliards d’euros.";
  const auto entities = extract(text);
  const Entity* e = find(entities, "Brakwater");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Company);
}

TEST_CASE("A nationality noun after a contracted article types a company", "[entities][typing]") {
  check_typed({"Le rachat du néerlandais Brakwater a été validé.", "Brakwater", EntityType::Company});
  check_typed({"Le fonds a investi aux côtés de l’allemand Kellwitz et du suédois Fjordin.", "Fjordin", EntityType::Company});
}

TEST_CASE("Platforms named after their company are companies, named apps products", "[entities][typing]") {
  check_typed({"La CNIL a infligé à Facebook une amende de 60 millions d’euros.", "Facebook", EntityType::Company});
  check_typed({"Les vidéos publiées sur YouTube rapportent peu.", "YouTube", EntityType::Company});
  check_typed({"Les adolescents passent leurs soirées sur TikTok et Instagram.", "TikTok", EntityType::Product});
  check_typed({"Les adolescents passent leurs soirées sur TikTok et Instagram.", "Instagram", EntityType::Product});
  check_typed({"Le groupe a ouvert une chaîne WhatsApp pour ses clients.", "WhatsApp", EntityType::Product});
}

TEST_CASE("Newspapers after au, aux, du, des, or a lower-case article, are found and named with their article", "[entities][typing]") {
  const Typed cases[] = {
      {"Le ministre a confié au Monde qu’il attendait le rapport.", "Le Monde", EntityType::Company},
      {"La dirigeante a expliqué aux Echos que la croissance ralentit.", "Les Echos", EntityType::Company},
      {"Selon les informations du Figaro, la vente est bouclée.", "Le Figaro", EntityType::Company},
      {"Un journaliste du Parisien a révélé l’affaire.", "Le Parisien", EntityType::Company},
      {"D’après Le Monde, le projet est suspendu.", "Le Monde", EntityType::Company},
      {"« Nous recrutons », a déclaré Camille Roussel aux Echos.", "Les Echos", EntityType::Company},
      {"Sa solution coûte 3 000 dollars par mois, selon les Echos.", "Les Echos", EntityType::Company},
      {"Le chiffre est publié dans le Figaro ce matin.", "Le Figaro", EntityType::Company},
  };
  for (const Typed& c : cases) check_typed(c);
  // The mention is the word written, without the contracted article.
  const std::string text = "Il a déclaré au Monde que tout allait bien.";
  const auto entities = extract(text);
  const Entity* monde = find(entities, "Le Monde");
  REQUIRE(monde != nullptr);
  REQUIRE(monde->mentions.size() == 1);
  const auto& span = monde->mentions[0].span;
  CHECK(text.substr(span.start, span.end - span.start) == "Monde");
  // Common words stay common: "le tour du monde", "la Coupe du Monde".
  for (const char* other : {"Elle a fait le tour du monde en voilier.", "La Coupe du Monde commence en juin.",
                            "Il voyage dans le monde entier."}) {
    INFO(other);
    CHECK(find(extract(other), "Le Monde") == nullptr);
  }
}

TEST_CASE("Names shaped like versions are products", "[entities][typing][products]") {
  const Typed cases[] = {
      {"Nova 3 sera disponible en juin pour les abonnés.", "Nova 3", EntityType::Product},
      {"Les ingénieurs ont testé Orbix 2 pendant des mois.", "Orbix 2", EntityType::Product},
      {"Les clients attendent Helios-7 avec impatience.", "Helios-7", EntityType::Product},
      {"Vela-2 Pro arrive en Europe cet automne.", "Vela-2 Pro", EntityType::Product},
      {"Le groupe mise sur sa plateforme 4DVISTA pour croître.", "4DVISTA", EntityType::Product},
  };
  for (const Typed& c : cases) check_typed(c);
  for (const char* text : {"Le CAC 40 a reculé de 2 % lundi.", "Le DAX 40 et le FTSE 100 ont reculé.", "Le 15 janvier, rien.",
                           "Phase 3 des essais : tout va bien.", "Le Top 10 des licornes est publié.", "La COP 29 se tient à Bakou.",
                           "Mardi 4 mars, la Covid 19 reculait.", "Elle vise 3 millions de clients."}) {
    INFO(text);
    for (const Entity& e : extract(text)) FAIL_CHECK("unexpected entity " << e.name);
  }
}

TEST_CASE("Product nouns, makers and launches type unknown products", "[entities][typing][products]") {
  const Typed cases[] = {
      {"Son modèle Tessel promet des réponses plus rapides.", "Tessel", EntityType::Product},
      {"La plateforme Vendrix compte deux millions d’utilisateurs.", "Vendrix", EntityType::Product},
      {"Le service Parlo deviendra payant.", "Parlo", EntityType::Product},
      {"L’outil Scribo aide les juristes.", "Scribo", EntityType::Product},
      {"Le chatbot Mirela répond en français.", "Mirela", EntityType::Product},
      {"L’assistant Koda écrit du code.", "Koda", EntityType::Product},
      {"La console Nebulis sortira en novembre.", "Nebulis", EntityType::Product},
      {"Le smartphone Pulsarion arrive en boutique.", "Pulsarion", EntityType::Product},
      // "X de COMPANY": the company's product.
      {"Le Vireo de Nvidia est vendu 900 dollars.", "Vireo", EntityType::Product},
      {"Le Quasar de Samsung coûte 1 200 euros.", "Quasar", EntityType::Product},
      {"Nadia Ferrand de Capgemini a répondu.", "Nadia Ferrand", EntityType::Person},
      {"La start-up Kelvar a levé 5 millions. Le Zorbit de Kelvar sort en mai.", "Zorbit", EntityType::Product},
      // Launch verbs, when nothing else says the name is a company.
      {"La start-up bordelaise a lancé Corvalis la semaine dernière.", "Corvalis", EntityType::Product},
      {"Le groupe dévoile Orvane lors du salon.", "Orvane", EntityType::Product},
      {"Elle présente Zelinka aux investisseurs.", "Zelinka", EntityType::Product},
      {"La start-up Pexiora recrute. Le salon présente Pexiora au public.", "Pexiora", EntityType::Company},
      // The maker of a product, and examples of a product noun.
      {"Le créateur de Pixora a quitté l’entreprise.", "Pixora", EntityType::Product},
      {"Le fondateur de Pixora a quitté l’entreprise.", "Pixora", EntityType::Company},
      {"Les applications de l’éditeur, notamment Quilla, séduisent les PME.", "Quilla", EntityType::Product},
      {"Des assistants comme Tavio progressent vite.", "Tavio", EntityType::Product},
      {"Une application connue sous le nom de Quorly inquiète Washington.", "Quorly", EntityType::Product},
      // Without a comma, "comme" names examples of the nearest noun only.
      {"Ses modèles battent ceux des grands groupes comme Falkner.", "Falkner", EntityType::Company},
      // A name written as a web address is the company behind the site.
      {"Le créateur de Tutora.ai a levé 4 millions.", "Tutora.ai", EntityType::Company},
      // A company verb after the name outweighs a product noun before it.
      {"La plateforme Lendora a levé 30 millions d’euros.", "Lendora", EntityType::Company},
  };
  for (const Typed& c : cases) check_typed(c);
}
