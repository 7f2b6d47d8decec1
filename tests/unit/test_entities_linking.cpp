// Entity extractor: one entity per real-world thing (short forms, other
// casings, elided and possessive forms, handles, typos), case-aware matching
// of known names, and the makers of products.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_entities_support.h"

using analyze::Entity;
using analyze::EntityType;
using entities_test::extract;
using entities_test::find;
using entities_test::read_fixture;

namespace {

std::vector<std::string> mention_texts(const std::string& text, const Entity& e) {
  std::vector<std::string> out;
  for (const auto& m : e.mentions) out.push_back(text.substr(m.span.start, m.span.end - m.span.start));
  return out;
}

}  // namespace

TEST_CASE("Short forms, casings, handles and elided forms link to one entity", "[entities][linking]") {
  const std::string text = read_fixture("entities_linking.txt");
  const auto entities = extract(text);

  const Entity* altman = find(entities, "Sam Altman");
  REQUIRE(altman != nullptr);
  CHECK(altman->aliases == std::vector<std::string>{"Altman", "@sama"});
  CHECK(mention_texts(text, *altman) == std::vector<std::string>{"Sam Altman", "Altman", "Sam Altman", "@sama"});

  const Entity* r1 = find(entities, "DeepSeek R1");
  REQUIRE(r1 != nullptr);
  CHECK(r1->type == EntityType::Product);
  CHECK(r1->aliases == std::vector<std::string>{"DeepSeek-R1", "R1"});

  // Only "Deepseek" and "deepseek" are written: the name is a form the article uses.
  const Entity* deepseek = find(entities, "Deepseek");
  REQUIRE(deepseek != nullptr);
  CHECK(deepseek->aliases == std::vector<std::string>{"deepseek"});
  CHECK(r1->owner >= 0);
  CHECK(&entities[static_cast<std::size_t>(r1->owner)] == deepseek);

  const Entity* openai = find(entities, "OpenAI");
  REQUIRE(openai != nullptr);
  CHECK(mention_texts(text, *openai) == std::vector<std::string>{"OpenAI", "OpenAI"});  // d’OpenAI twice
  const Entity* o1 = find(entities, "o1");
  REQUIRE(o1 != nullptr);
  CHECK(mention_texts(text, *o1) == std::vector<std::string>{"o1"});  // l’o1
  CHECK(&entities[static_cast<std::size_t>(o1->owner)] == openai);
  CHECK(entities.size() == 5);
}

TEST_CASE("A product written only in short is named as written", "[entities][linking]") {
  const auto entities = extract("Le R1 de DeepSeek est gratuit, et R1 progresse vite.");
  const Entity* r1 = find(entities, "R1");
  REQUIRE(r1 != nullptr);
  CHECK(r1->aliases.empty());
  CHECK(r1->mentions.size() == 2);
  REQUIRE(r1->owner >= 0);
  CHECK(entities[static_cast<std::size_t>(r1->owner)].name == "DeepSeek");
}

TEST_CASE("A product named after its maker makes the maker an entity too", "[entities][linking]") {
  const std::string text = "Le modèle DeepSeek-V3 a été entraîné vite. Ensuite, OpenAI’s o1 a répondu.";
  const auto entities = extract(text);
  const Entity* v3 = find(entities, "DeepSeek-V3");
  REQUIRE(v3 != nullptr);
  REQUIRE(v3->owner >= 0);
  const Entity& maker = entities[static_cast<std::size_t>(v3->owner)];
  CHECK(maker.name == "DeepSeek");
  CHECK(maker.type == EntityType::Company);
  CHECK(mention_texts(text, maker) == std::vector<std::string>{"DeepSeek"});
  const Entity* openai = find(entities, "OpenAI");
  REQUIRE(openai != nullptr);
  CHECK(mention_texts(text, *openai) == std::vector<std::string>{"OpenAI"});  // without "’s"
  CHECK(&entities[static_cast<std::size_t>(find(entities, "o1")->owner)] == openai);
}

TEST_CASE("Products built on a known name: versions and company prefixes", "[entities][linking]") {
  const auto entities = extract("Chez DeepSeek, DeepSeek-R1-Zero précède DeepSeek-V4 et le futur DeepSeek-L7.");
  for (const char* name : {"DeepSeek-R1-Zero", "DeepSeek-V4", "DeepSeek-L7"}) {
    const Entity* e = find(entities, name);
    INFO(name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Product);
  }
}

TEST_CASE("A known product followed by a one- or two-digit number is a new version", "[entities][linking]") {
  const auto entities = extract("Anthropic lance Claude 9 et relève ses prix, trois fois plus cher que ChatGPT 2 fois moins rapide.");
  const Entity* claude = find(entities, "Claude 9");
  REQUIRE(claude != nullptr);
  CHECK(claude->type == EntityType::Product);
  CHECK(find(entities, "ChatGPT") != nullptr);
  CHECK(find(entities, "ChatGPT 2") == nullptr);
}

TEST_CASE("Version words after a known product's number are part of its name", "[entities][linking]") {
  const auto entities = extract("Google facture Gemini 2.5 Flash 0,30 $ ; Claude 3.7 Sonnet coûte 3 $.");
  CHECK(find(entities, "Gemini 2.5 Flash") != nullptr);
  CHECK(find(entities, "Claude 3.7 Sonnet") != nullptr);
}

TEST_CASE("A size suffix glued to a model's number is part of its name", "[entities][linking]") {
  const auto entities = extract("Selon Alibaba, Qwen3-235B devance Zorblax-70B.");
  for (const char* name : {"Qwen3-235B", "Zorblax-70B"}) {
    INFO(name);
    const Entity* e = find(entities, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Product);
  }
  CHECK(find(entities, "B") == nullptr);
}

TEST_CASE("A surname links to the person; a one-letter typo too", "[entities][linking]") {
  const auto entities = extract(
      "L’ingénieur Lorcan Whitfield a quitté Valmarex. Whitfield rejoint Brisko. Plus tard, Whitfeld a confirmé.");
  const Entity* person = find(entities, "Lorcan Whitfield");
  REQUIRE(person != nullptr);
  CHECK(person->aliases == std::vector<std::string>{"Whitfield", "Whitfeld"});
}

TEST_CASE("A surname that is a French word is that word before a noun at a sentence start", "[entities][linking]") {
  const std::string text =
      "Le fondateur Tadashi Son a parlé. Son action a reculé de 8 %. Son a ensuite quitté la salle.";
  const auto entities = extract(text);
  const Entity* person = find(entities, "Tadashi Son");
  REQUIRE(person != nullptr);
  CHECK(mention_texts(text, *person) == std::vector<std::string>{"Tadashi Son", "Son"});
  CHECK(person->mentions.back().span.start == text.rfind("Son a ensuite"));
}

TEST_CASE("A known company name after a given name is a surname", "[entities][linking]") {
  const auto entities = extract("Le PDG, Marc-Antoine Leclerc, a parlé. Leclerc a ensuite quitté la salle.");
  const Entity* person = find(entities, "Marc-Antoine Leclerc");
  REQUIRE(person != nullptr);
  CHECK(person->aliases == std::vector<std::string>{"Leclerc"});
  CHECK(entities.size() == 1);
}

TEST_CASE("Known names match by case: Meta not méta, Apple not apple, X only in context", "[entities][case]") {
  struct Case {
    const char* text;
    std::vector<std::string> names;
  };
  const Case cases[] = {
      {"Meta publie un méta-modèle.", {"Meta"}},
      {"Il croque une apple pie chez Apple.", {"Apple"}},
      {"Sur X, il a publié la génération X de ses robots.", {"X"}},
      {"La génération X adore les robots.", {}},
      {"Il porte un pull orange chez Orange.", {"Orange"}},
      {"La licence MIT autorise tout.", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<std::string> names;
    for (const Entity& e : extract(c.text)) names.push_back(e.name);
    CHECK(names == c.names);
  }
}

TEST_CASE("Acronyms in parentheses and handles after a name are aliases", "[entities][linking]") {
  const std::string text = "La Fédération des Opérateurs Numériques (FON) et la société Trellix (@trellix_fr) signent.";
  const auto entities = extract(text);
  const Entity* trellix = find(entities, "Trellix");
  REQUIRE(trellix != nullptr);
  CHECK(trellix->aliases == std::vector<std::string>{"@trellix_fr"});
  const Entity* federation = find(entities, "Fédération des Opérateurs Numériques");
  REQUIRE(federation != nullptr);
  CHECK(federation->type == EntityType::Organization);
  CHECK(federation->aliases == std::vector<std::string>{"FON"});
  CHECK(entities.size() == 2);
}
