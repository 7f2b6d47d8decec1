// Gazetteers: name keys, longest match over tokens, the file format and its
// errors, and user gazetteers given to the extractor (--gazetteer FILE).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analyze/entities.h"
#include "analyze/gazetteer.h"
#include "analyze/tokenizer.h"

using analyze::EntityExtractor;
using analyze::EntityType;
using analyze::Gazetteer;
using analyze::GazetteerSource;
using analyze::name_key;
using analyze::PhraseTable;

TEST_CASE("Name keys ignore case, accents, apostrophes and hyphens", "[gazetteer]") {
  CHECK(name_key("Qwen 2.5-Max") == "qwen 2.5 max");
  CHECK(name_key("DeepSeek-R1") == name_key("DeepSeek R1"));
  CHECK(name_key("L’Oréal") == "l'oreal");
  CHECK(name_key("  Société   Générale ") == "societe generale");
  CHECK(name_key("États-Unis") == "etats unis");
}

TEST_CASE("A phrase table finds the longest phrase over token keys", "[gazetteer]") {
  PhraseTable table;
  table.add("DeepSeek", 1);
  table.add("DeepSeek R1", 2);
  table.add("DeepSeek-R1-Lite", 3);
  // "DeepSeek-R1-Lite est là": tokens DeepSeek - R1 - Lite est là
  const std::vector<std::string> keys = {"deepseek", "-", "r1", "-", "lite", "est", "la"};
  const std::vector<bool> space = {false, false, false, false, false, true, true};
  std::string scratch;
  int found = 0;
  const auto accept_all = [&](std::size_t, const std::vector<int>& values) {
    found = values.front();
    return true;
  };
  const auto key = [&](std::size_t i) { return std::string_view(keys[i]); };
  const auto has_space = [&](std::size_t i) { return space[i]; };
  CHECK(table.longest(key, has_space, 0, keys.size(), scratch, accept_all) == 5);
  CHECK(found == 3);
  // Refusing the longest falls back to the next one.
  const auto refuse_lite = [&](std::size_t end, const std::vector<int>& values) {
    found = values.front();
    return end < 5;
  };
  CHECK(table.longest(key, has_space, 0, keys.size(), scratch, refuse_lite) == 3);
  CHECK(found == 2);
  CHECK(table.longest(key, has_space, 5, keys.size(), scratch, accept_all) == 5);
}

TEST_CASE("Gazetteer lines give entries with forms and an optional owner", "[gazetteer]") {
  Gazetteer gazetteer;
  std::string error;
  REQUIRE(gazetteer.load("mine.tsv",
                         "# a comment\n"
                         "company\tAcme Robotique\tAcme\n"
                         "product\tAcmeBot 2\tAcmeBot-2|AB2\tAcme Robotique\n"
                         "person\tJeanne Dupont-Leclerc\t\n",
                         &error));
  const auto& entries = gazetteer.entries();
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].type == EntityType::Company);
  CHECK(entries[1].forms == std::vector<std::string>{"AcmeBot 2", "AcmeBot-2", "AB2"});
  CHECK(entries[1].owner == "Acme Robotique");
  CHECK(entries[2].name() == "Jeanne Dupont-Leclerc");
  const auto* values = gazetteer.phrases().find(name_key("acmebot 2"));
  REQUIRE(values != nullptr);
  CHECK(Gazetteer::entry_of(values->front()) == 1);
}

TEST_CASE("Gazetteer errors name the file and the line", "[gazetteer]") {
  Gazetteer gazetteer;
  std::string error;
  CHECK_FALSE(gazetteer.load("mine.tsv", "company\tAcme\t\nanimal\tRex\t\n", &error));
  CHECK(error.find("mine.tsv:2:") == 0);
  CHECK(error.find("animal") != std::string::npos);
  CHECK_FALSE(gazetteer.load("other.tsv", "\n# ok\ncompany Acme without tabs\n", &error));
  CHECK(error.find("other.tsv:3:") == 0);
  CHECK_FALSE(gazetteer.load("third.tsv", "person\t\tAlias\n", &error));
  CHECK(error.find("third.tsv:1: empty name") == 0);
}

TEST_CASE("The extractor refuses a malformed user gazetteer", "[gazetteer][entities]") {
  std::string error;
  const auto extractor = EntityExtractor::create({GazetteerSource{"bad.tsv", "company\tAcme\t\nrobot\tR2\t\n"}}, &error);
  CHECK(extractor == nullptr);
  CHECK(error.find("bad.tsv:2:") == 0);
}

TEST_CASE("A user gazetteer adds entities of any type", "[gazetteer][entities]") {
  std::string error;
  const auto extractor = EntityExtractor::create(
      {GazetteerSource{"mine.tsv", "organization\tobservatoire zéphyr\tOZ\nproduct\tpluviomètre\t\tAcme Robotique\n"}}, &error);
  REQUIRE(extractor != nullptr);
  analyze::Tokenizer tokenizer;
  const std::string text = "Les relevés de l’observatoire zéphyr (OZ) confirment que le pluviomètre fonctionne.";
  const auto entities = extractor->extract(text, tokenizer.tokenize(text));
  REQUIRE(entities.size() == 2);
  CHECK(entities[0].type == EntityType::Organization);
  CHECK(entities[0].name == "observatoire zéphyr");
  CHECK(entities[0].aliases == std::vector<std::string>{"OZ"});
  CHECK(entities[1].type == EntityType::Product);
  CHECK(entities[1].name == "pluviomètre");
}
