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
  REQUIRE(e != nullptr);
  CHECK(e->type == c.type);
}

}  // namespace

TEST_CASE("Scale and currency abbreviations after a number are no entities", "[entities][typing]") {
  const char* texts[] = {
      "Le chiffre d’affaires de Valmorin a atteint 2,7 Md€ sur l’exercice.",
      "Les ventes ont atteint 3,1 Mds d’euros.",
      "Le groupe vise 12 Mrd EUR en 2026.",
      "Elle pèse 8 Md$ en Bourse.",
      "Le fonds gère 4 Bn USD.",
      "Le contrat vaut 2 Mds USD et 40 MEUR de plus.",
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

TEST_CASE("Newspapers after au, aux, du, des are found and named with their article", "[entities][typing]") {
  const Typed cases[] = {
      {"Le ministre a confié au Monde qu’il attendait le rapport.", "Le Monde", EntityType::Company},
      {"La dirigeante a expliqué aux Echos que la croissance ralentit.", "Les Echos", EntityType::Company},
      {"Selon les informations du Figaro, la vente est bouclée.", "Le Figaro", EntityType::Company},
      {"Un journaliste du Parisien a révélé l’affaire.", "Le Parisien", EntityType::Company},
      {"D’après Le Monde, le projet est suspendu.", "Le Monde", EntityType::Company},
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
  for (const char* other : {"Elle a fait le tour du monde en voilier.", "La Coupe du Monde commence en juin."}) {
    INFO(other);
    CHECK(find(extract(other), "Le Monde") == nullptr);
  }
}
