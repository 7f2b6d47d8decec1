// Entity extractor: names no gazetteer knows, found by context cues, given
// names and shape; words that must not become entities; exact mentions.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analyze/entities.h"
#include "analyze/tokenizer.h"
#include "test_entities_support.h"

using analyze::Entity;
using analyze::EntityType;
using entities_test::check_type;
using entities_test::extract;
using entities_test::find;
using entities_test::read_fixture;

TEST_CASE("Start-ups, funds and people no list knows come from context cues", "[entities]") {
  const std::string text = read_fixture("entities_context.txt");
  const auto entities = extract(text);

  const Entity* brumea = find(entities, "Brumea Labs");
  REQUIRE(brumea != nullptr);
  CHECK(brumea->type == EntityType::Company);
  CHECK(brumea->aliases == std::vector<std::string>{"Brumea"});  // "directrice générale de Brumea"
  CHECK(brumea->mentions.size() == 4);

  for (const char* person : {"Hugo Lefranc", "Chloé Marchand", "Rahul Mehta", "Ines Okafor"}) {
    const Entity* e = find(entities, person);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Person);
  }
  CHECK(find(entities, "Ines Okafor")->aliases == std::vector<std::string>{"Okafor"});   // "Mme Okafor"
  CHECK(find(entities, "Chloé Marchand")->aliases == std::vector<std::string>{"Marchand"});  // sentence-initial surname

  const std::pair<const char*, EntityType> typed[] = {
      {"Kestrel Ventures", EntityType::Company},  // "le fonds Kestrel Ventures"
      {"Nébulo-2", EntityType::Product},          // "le modèle Nébulo-2"
      {"Orbitale Systems", EntityType::Company},  // company suffix
      {"Vélocia", EntityType::Company},           // "la société Vélocia"
      {"Quillon SAS", EntityType::Company},       // legal suffix
  };
  for (const auto& [name, type] : typed) {
    const Entity* e = find(entities, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == type);
  }
  CHECK(entities.size() == 10);
}

TEST_CASE("Sentence-initial words, months, places, generic acronyms and licenses are no entities", "[entities]") {
  const std::string text = read_fixture("entities_negatives.txt");
  const auto entities = extract(text);
  for (const Entity& e : entities) FAIL_CHECK("unexpected entity " << e.name);
}

TEST_CASE("Typing rules: titles, roles, appositions, founders, bodies", "[entities]") {
  struct Case {
    const char* text;
    const char* name;
    EntityType type;
  };
  const Case cases[] = {
      {"Hier, M. Tavernier a démissionné.", "Tavernier", EntityType::Person},
      {"Le ministre Bastien Fournel a réagi.", "Bastien Fournel", EntityType::Person},
      {"Les chiffres publiés par Oskar Lindqvist, directeur général de Norrsken Data, sont bons.", "Oskar Lindqvist",
       EntityType::Person},
      {"Les chiffres publiés par Oskar Lindqvist, directeur général de Norrsken Data, sont bons.", "Norrsken Data",
       EntityType::Company},
      {"Zentrik, une jeune pousse de Lille, recrute.", "Zentrik", EntityType::Company},
      {"La licorne Pailleron a levé des fonds.", "Pailleron", EntityType::Company},
      {"Le cofondateur de Dravik a quitté le navire.", "Dravik", EntityType::Company},
      {"La société a été fondée par Aiyana Whitehorse en 2019.", "Aiyana Whitehorse", EntityType::Person},
      {"L’application Plumio compte un million d’utilisateurs.", "Plumio", EntityType::Product},
      {"Elle utilise la puce Korvan X9 pour ses serveurs.", "Korvan X9", EntityType::Product},
      {"Le groupe Tessaro AG a publié ses comptes.", "Tessaro AG", EntityType::Company},
      {"Une étude de l’Institut Lavoisier pour la Chimie Verte le confirme.", "Institut Lavoisier pour la Chimie Verte",
       EntityType::Organization},
      {"Selon Wen Jiahao, le marché va croître.", "Wen Jiahao", EntityType::Person},
      {"Selon le cabinet Simon-Kucher, les prix vont grimper.", "Simon-Kucher", EntityType::Company},
      {"Il était aux côtés du Premier ministre belge Joren Van Aelst.", "Joren Van Aelst", EntityType::Person},
      {"Elle a levé 5 millions d’euros auprès d’IVP et de Greenoaks.", "IVP", EntityType::Company},
      {"Selon Jean-Luc Marchetti, les prix vont grimper.", "Jean-Luc Marchetti", EntityType::Person},
      {"Le projet Hélios sera lancé en mars.", "Hélios", EntityType::Organization},
      {"Son logiciel, baptisé Quillmate, plaît aux notaires.", "Quillmate", EntityType::Product},
      {"Elle édite l’application de méditation guidée Sérénova.", "Sérénova", EntityType::Product},
      {"Créée par Anouk Ferrand et Basile Morvan, la société recrute.", "Basile Morvan", EntityType::Person},
      {"Le groupe allemand Kellwitz publie ses comptes.", "Kellwitz", EntityType::Company},
      {"Les fonds levés auprès de Kestrel et Serena serviront à recruter.", "Serena", EntityType::Company},
      {"La start-up Brindle présente Brindle Compass aux banques.", "Brindle Compass", EntityType::Product},
  };
  for (const Case& c : cases) {
    const auto entities = extract(c.text);
    const Entity* e = find(entities, c.name);
    INFO(c.text);
    REQUIRE(e != nullptr);
    CHECK(e->type == c.type);
  }
}

TEST_CASE("Words that only look like names stay out", "[entities]") {
  const char* texts[] = {
      "Pourquoi les investisseurs hésitent-ils encore ?",
      "Selon nous, la Bourse de Paris a reculé lundi.",
      "Le Nouvel An chinois tombe en février.",
      "Le fonds a investi à Toulouse et en Bretagne.",
      "Les GPU et les LLM coûtent cher ; l’IA aussi.",
      "Rose pense que c’est une bonne idée.",
      "Ils ont visité la place Tahrir au Caire.",
      "Le ministre de l’Économie a salué les machines de lithographie EUV.",
      "Facturé 15 dollars par million de jetons, le modèle coûte cher.",
      "Vendu 9 livres sterling, le boîtier est rentable.",
      "Le centre de données de Saint-Ghislain accueille 600 personnes.",
      "Le modèle atteint 91,9 % sur GPQA Diamond et 37,5 % sur Humanity's Last Exam.",
      "Le modèle obtient 84 % au test Zorbench et 70 % sur Kappa Eval.",
      "Selon le benchmark MMLU-Pro, il progresse.",
  };
  for (const char* text : texts) {
    INFO(text);
    for (const Entity& e : extract(text)) FAIL_CHECK("unexpected entity " << e.name);
  }
}

TEST_CASE("Mentions are exact byte spans, every one listed, elided articles left out", "[entities]") {
  const std::string text = "La start-up Vélocia grandit. D’après Vélocia, l’offre de Vélocia plaît.";
  const auto entities = extract(text);
  REQUIRE(entities.size() == 1);
  const Entity& e = entities[0];
  REQUIRE(e.mentions.size() == 3);
  for (const auto& m : e.mentions) CHECK(text.substr(m.span.start, m.span.end - m.span.start) == "Vélocia");
  CHECK(e.mentions[0].sentence == 0);
  CHECK(e.mentions[2].sentence == 1);
}

TEST_CASE("A particle after a given name and a surname stays in the person's name", "[entities]") {
  const auto entities = extract("« Ces manquements sont graves », a estimé Lucien Vasseur de Montclair, secrétaire général de "
                                "l’autorité. Charles de Villerme a confirmé. Hélène Garnier de BRMX a refusé de commenter.");
  check_type(entities, "Lucien Vasseur de Montclair", EntityType::Person);
  CHECK(find(entities, "Montclair") == nullptr);
  CHECK(find(entities, "Charles de Villerme") != nullptr);
  CHECK(find(entities, "Hélène Garnier") != nullptr);  // an acronym after "de" is a company, not a surname
}

TEST_CASE("A title in guillemets, every word capitalized, is one product; quoted speech is not", "[entities]") {
  const auto entities = extract("Le lancement de « Sky Raiders Origins » a déçu. Kelvane a aussi publié « Tales of the Hollow Crown » "
                                "en mars. « Nous voulons devenir le leader européen », a affirmé Lucie Ferrand.");
  check_type(entities, "Sky Raiders Origins", EntityType::Product);
  check_type(entities, "Tales of the Hollow Crown", EntityType::Product);
  CHECK(find(entities, "Raiders Origins") == nullptr);
  CHECK(find(entities, "Nous") == nullptr);
  CHECK(find(entities, "Lucie Ferrand") != nullptr);
}

TEST_CASE("Devices named after « appareil », « défibrillateur » are products", "[entities]") {
  const auto entities = extract("La medtech Cardéon a levé 12 millions d’euros. Son appareil, baptisé VitaPulse, a obtenu le marquage CE. "
                                "Le défibrillateur Korvex sortira en juin.");
  for (const char* name : {"VitaPulse", "Korvex"}) check_type(entities, name, EntityType::Product);
}

TEST_CASE("A gazetteer name that is a common word counts at a sentence start before a verb", "[entities]") {
  const auto entities = extract("Publié le 24 octobre à 7h30. Orange a publié jeudi un chiffre d’affaires de 9,9 milliards d’euros. "
                                "L’Ebitdaal atteint 3,4 milliards d’euros.");
  check_type(entities, "Orange", EntityType::Company);
  CHECK(find(entities, "7h30") == nullptr);
  CHECK(find(entities, "Ebitdaal") == nullptr);
  CHECK(entities.size() == 1);
}

TEST_CASE("A common-word company opening a sentence before « , qui » or a verb of paying is a name", "[entities]") {
  for (const char* text : {"Orange, qui compte 300 000 clients, a annoncé une hausse.", "Enchères 5G : Orange paie 1 milliard d’euros."}) {
    INFO(text);
    const auto entities = extract(text);
    check_type(entities, "Orange", EntityType::Company);
    CHECK(entities.size() == 1);  // no "Enchères 5" either
  }
}

TEST_CASE("An unknown name's possessive before a capitalized word is part of a title; a known name's is not", "[entities]") {
  const auto game = extract("Le studio a vendu 2 millions d’exemplaires d’Assassin’s Creed Shadows.");
  CHECK(find(game, "Assassin’s Creed Shadows") != nullptr);
  const auto model = extract("Selon les tests, OpenAI’s o1 reste devant.");
  CHECK(find(model, "OpenAI") != nullptr);
  CHECK(find(model, "o1") != nullptr);
}

TEST_CASE("Founders listed together are people, even with a given name no list knows", "[entities]") {
  const auto entities = extract("Photolys a été cofondée par Matthieu Rouvier et Zorvan Kellec. "
                                "Le fonds a investi aux côtés d’Eurazeo et de Serena Capital.");
  check_type(entities, "Zorvan Kellec", EntityType::Person);
  check_type(entities, "Serena Capital", EntityType::Company);
}

TEST_CASE("A known company followed by capitalized words ending in a company suffix is one company", "[entities]") {
  const auto entities = extract("L’allemand Siemens Digital Industries Software affiche une croissance de 11 %. "
                                "Microsoft Research a publié une étude.");
  check_type(entities, "Siemens Digital Industries Software", EntityType::Company);
  CHECK(find(entities, "Digital Industries Software") == nullptr);
  CHECK(find(entities, "Microsoft") != nullptr);  // one word after the name is not enough
}
