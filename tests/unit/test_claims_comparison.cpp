// Claim stage, comparisons: each pattern on sentences of our own with
// hand-marked entities and figures, negatives, and the arithmetic check.
#include <catch2/catch.hpp>

#include "claims_fixture.h"

using analyze::ClaimKind;
using analyze::EntityType;
using analyze::Verdict;
using namespace claims_test;

namespace {
const EntitySpec kVelocia{"Vélocia", EntityType::Company, {}, {}};
const EntitySpec kBrumea{"Brumea", EntityType::Company, {}, {}};
const EntitySpec kOrion{"Orion", EntityType::Company, {}, {}};
const EntitySpec kZephyr{"Zephyr", EntityType::Company, {}, {}};
const EntitySpec kKestrel{"Kestrel", EntityType::Company, {}, {}};
const EntitySpec kVela{"Vela-2", EntityType::Product, {}, "Vélocia"};
const EntitySpec kNova{"Nova-3", EntityType::Product, {}, "Brumea"};
const EntitySpec kLumen{"Lumen", EntityType::Product, {}, {}};
}  // namespace

TEST_CASE("Two prices of two products in one sentence are a cost comparison", "[claims]") {
  const auto r = run("Le Nova-3 de Brumea coûte 4 dollars par million de jetons ; le Vela-2 de Vélocia coûte 0,40 dollar.",
                     {kBrumea, kVelocia, kNova, kVela},
                     {money("4 dollars", 4, "USD", "1M tokens"), money("0,40 dollar", 0.4, "USD", "1M tokens")});
  const auto* c = r.claim(ClaimKind::Cost, "Nova-3", "Vela-2");
  REQUIRE(c);
  CHECK(c->subject_value == 4);
  CHECK(c->object_value == 0.4);
  CHECK(r.claims.size() == 1);
}

TEST_CASE("« contre » sets two amounts against each other", "[claims]") {
  const auto r = run("Vélocia a entraîné Vela-2 pour 3 millions d’euros contre 90 millions d’euros pour Orion.", {kVelocia, kVela, kOrion},
                     {money("3 millions d’euros", 3e6, "EUR"), money("90 millions d’euros", 90e6, "EUR")});
  const auto* c = r.claim(ClaimKind::Cost, "Vélocia", "Orion");
  REQUIRE(c);
  CHECK(c->subject_value == 3e6);
  CHECK(c->object_value == 90e6);
  REQUIRE(c->ratio);
  CHECK(*c->ratio == Approx(3.0 / 90.0));
}

TEST_CASE("A spender list gives one comparison per name", "[claims]") {
  const auto r = run("Vélocia, qui a entraîné son modèle pour moins de 8 millions d’euros, contraste avec les milliards dépensés par "
                     "Orion, Zephyr et Kestrel.",
                     {kVelocia, kOrion, kZephyr, kKestrel}, {money("8 millions d’euros", 8e6, "EUR"), vague_money("milliards")});
  INFO(r.describe_claims());
  CHECK(r.claim(ClaimKind::Cost, "Vélocia", "Orion"));
  CHECK(r.claim(ClaimKind::Cost, "Vélocia", "Zephyr"));
  CHECK(r.claim(ClaimKind::Cost, "Vélocia", "Kestrel"));
  const auto* c = r.claim(ClaimKind::Cost, "Vélocia", "Orion");
  REQUIRE(c);
  CHECK(c->subject_value == 8e6);
  CHECK_FALSE(c->object_value);
}

TEST_CASE("Performance verbs set the subject against every name after them", "[claims]") {
  const auto r = run("Selon ses auteurs, Vela-2 rivalise avec Nova-3 et Lumen sur les tâches juridiques.", {kVela, kNova, kLumen}, {});
  INFO(r.describe_claims());
  CHECK(r.claim(ClaimKind::Performance, "Vela-2", "Nova-3"));
  CHECK(r.claim(ClaimKind::Performance, "Vela-2", "Lumen"));
  CHECK(r.claims.size() == 2);
}

TEST_CASE("« surpassant X » and « plus puissant que X »", "[claims]") {
  auto r = run("Vélocia a conquis le marché, surpassant Orion dans les classements.", {kVelocia, kOrion}, {});
  CHECK(r.claim(ClaimKind::Performance, "Vélocia", "Orion"));
  r = run("Brumea a lancé Nova-3 en affirmant qu’il est plus puissant que Vela-2.", {kBrumea, kNova, kVela}, {});
  CHECK(r.claim(ClaimKind::Performance, "Nova-3", "Vela-2"));
}

TEST_CASE("« à une fraction du coût » after a performance claim is a cost claim on the same pair", "[claims]") {
  const auto r = run("Le modèle Vela-2 semble rivaliser avec les modèles d’Orion à une fraction du coût.", {kVela, kOrion}, {});
  INFO(r.describe_claims());
  CHECK(r.claim(ClaimKind::Performance, "Vela-2", "Orion"));
  CHECK(r.claim(ClaimKind::Cost, "Vela-2", "Orion"));
}

TEST_CASE("« N % du coût de X » states a share", "[claims]") {
  const auto r = run("Vélocia aurait développé Vela-2 pour environ 3 % du coût qu’Orion a investi.", {kVelocia, kVela, kOrion},
                     {percent("3 %", 3, analyze::Approx::About)});
  INFO(r.describe_claims());
  const auto* c = r.claims.empty() ? nullptr : &r.claims.front();
  REQUIRE(c);
  CHECK(r.entities[static_cast<std::size_t>(c->object)].name == "Orion");
  REQUIRE(c->stated_ratio);
  CHECK(*c->stated_ratio == Approx(0.03));
}

TEST_CASE("A stated percentage that the figures bear out is consistent", "[claims]") {
  const auto r = run("Vela-2 a coûté 5 millions de dollars, alors que Nova-3 a coûté 100 millions de dollars. "
                     "C’est environ 95 % moins cher que Nova-3 !",
                     {kVela, kNova}, {money("5 millions de dollars", 5e6, "USD"), money("100 millions de dollars", 100e6, "USD"),
                                      percent("95 %", 95, analyze::Approx::About)});
  INFO(r.describe_claims());
  REQUIRE(r.claims.size() == 2);
  const analyze::Claim& stated = r.claims[1];
  CHECK(stated.ratio_text == "95 % moins cher");
  CHECK(stated.verdict == Verdict::Consistent);
}

TEST_CASE("A wrong stated percentage is flagged", "[claims]") {
  const auto r = run("Vela-2 a coûté 5 millions de dollars, alors que Nova-3 a coûté 100 millions de dollars. "
                     "C’est 80 % moins cher que Nova-3 !",
                     {kVela, kNova}, {money("5 millions de dollars", 5e6, "USD"), money("100 millions de dollars", 100e6, "USD"),
                                      percent("80 %", 80)});
  INFO(r.describe_claims());
  REQUIRE(r.claims.size() == 2);
  CHECK(r.claims[1].verdict == Verdict::Inconsistent);
  CHECK(r.claims[1].verdict_note.find("95.0 %") != std::string::npos);
}

TEST_CASE("« soit N fois moins cher » is checked against the sentence's own amounts", "[claims]") {
  const auto r = run("Vela-2 facture 0,10 $ par million de jetons contre 2,70 $ pour Nova-3, soit 27 fois moins cher.", {kVela, kNova},
                     {money("0,10 $", 0.10, "USD", "1M tokens"), money("2,70 $", 2.70, "USD", "1M tokens")});
  INFO(r.describe_claims());
  REQUIRE(r.claims.size() == 1);
  CHECK(r.claims[0].ratio_text == "27 fois moins cher");
  CHECK(r.claims[0].verdict == Verdict::Consistent);
}

TEST_CASE("Likeness in a contrast is a performance claim; the amounts a cost claim", "[claims]") {
  const auto r = run("Orion dépense 5 milliards d’euros par an, tandis que Vélocia obtient des résultats similaires avec 40 millions "
                     "d’euros.",
                     {kOrion, kVelocia}, {money("5 milliards d’euros", 5e9, "EUR", "year"), money("40 millions d’euros", 40e6, "EUR")});
  INFO(r.describe_claims());
  CHECK(r.claim(ClaimKind::Performance, "Vélocia", "Orion"));
  CHECK(r.claim(ClaimKind::Cost, "Orion", "Vélocia"));
}

TEST_CASE("« la start-up » stands for the company named before; a comparative continues the pair", "[claims]") {
  const auto r = run("Vélocia a présenté son modèle. Là où Orion aligne des GPU par milliers et investit des milliards, la start-up "
                     "française obtient des performances comparables. Et alors ? Leur IA est moins chère, et elle est meilleure.",
                     {kVelocia, kOrion}, {vague_money("des milliards")});
  INFO(r.describe_claims());
  CHECK(r.claim(ClaimKind::Performance, "Vélocia", "Orion"));
  CHECK(r.claim(ClaimKind::Cost, "Vélocia", "Orion"));
  int in_last_sentence = 0;
  for (const auto& c : r.claims) in_last_sentence += c.sentence == 3;
  CHECK(in_last_sentence == 2);
}

TEST_CASE("« payer … quand X le fait gratuitement » contrasts two costs", "[claims]") {
  const auto r = run("Pourquoi payer une fortune pour accéder à Nova-3 quand Vela-2 fait le travail gratuitement ?", {kNova, kVela}, {});
  INFO(r.describe_claims());
  CHECK(r.claim(ClaimKind::Cost, "Nova-3", "Vela-2"));
}

TEST_CASE("No comparison without two named sides", "[claims]") {
  const std::vector<std::string> sentences = {
      "Les modèles ouverts surpassent les modèles propriétaires.",
      "Il a investi dans les meilleurs ingrédients pour Vélocia.",
      "Orion pourrait connaître un avenir similaire à celui de Kestrel.",
      "Vela-2 rivalise avec les modèles de pointe à une fraction du coût.",
      "C’est moins cher, beaucoup moins cher.",
  };
  for (const std::string& s : sentences) {
    const auto r = run(s, {kVelocia, kOrion, kKestrel, kVela}, {});
    INFO(s << "\n" << r.describe_claims());
    CHECK(r.claims.empty());
  }
}

TEST_CASE("Two amounts of the same company are not a comparison", "[claims]") {
  const auto r = run("Vélocia a levé 48 millions d’euros et vise un chiffre d’affaires de 10 millions d’euros.", {kVelocia},
                     {money("48 millions d’euros", 48e6, "EUR"), money("10 millions d’euros", 10e6, "EUR")});
  CHECK(r.claims.empty());
}

TEST_CASE("« la puce X » names the chip; « elle » after a comparison is its subject, not its object", "[claims]") {
  const EntitySpec chip{"MX-9", EntityType::Product, {}, "Kestrel"};
  const EntitySpec rival{"Z100", EntityType::Product, {}, "Orion"};
  const EntitySpec flagship{"Z200", EntityType::Product, {}, "Orion"};
  const auto r = run("Selon les analystes, la puce MX-9 de Kestrel est 30 % moins chère que la Z100, mais elle reste moins "
                     "performante que la Z200 d’Orion.",
                     {kKestrel, kOrion, chip, rival, flagship}, {percent("30 %", 30)});
  INFO(r.describe_claims());
  CHECK(r.claim(ClaimKind::Cost, "MX-9", "Z100"));
  CHECK(r.claim(ClaimKind::Performance, "MX-9", "Z200"));
  CHECK(r.claims.size() == 2);
}

TEST_CASE("« huit fois moins que X » in a sentence about a price is a cost comparison", "[claims]") {
  const auto r = run("Vela-2 est facturé 0,40 dollar par million de jetons, soit huit fois moins que Nova-3.", {kVela, kNova},
                     {money("0,40 dollar", 0.4, "USD", "1M tokens")});
  const auto* c = r.claim(ClaimKind::Cost, "Vela-2", "Nova-3");
  REQUIRE(c);
  CHECK(c->ratio_text == "huit fois moins");
  REQUIRE(c->stated_ratio);
  CHECK(*c->stated_ratio == Approx(1.0 / 8));
}

TEST_CASE("« fois moins que » with no price or amount in the sentence is no cost claim", "[claims]") {
  const auto r = run("Vela-2 répond huit fois moins vite que Nova-3 aux requêtes longues.", {kVela, kNova}, {});
  CHECK(r.claims.empty());
}

TEST_CASE("« six fois moins que X » about revenue is no cost claim", "[claims]") {
  const auto r = run("Vélocia a réalisé 7 millions d’euros de chiffre d’affaires, six fois moins que Brumea.", {kVelocia, kBrumea},
                     {money("7 millions d’euros", 7e6, "EUR")});
  CHECK(r.claims.empty());
}

TEST_CASE("« moins cher que ceux de X » compares with X; « moins cher … en dehors de X » does not", "[claims]") {
  const auto r = run("Brumea affirme que ses serveurs sont 30 % moins chers que ceux d’Orion.", {kBrumea, kOrion}, {percent("30 %", 30)});
  CHECK(r.claim(ClaimKind::Cost, "Brumea", "Orion"));
  const auto none = run("Brumea empêchait d’informer les clients d’offres moins chères en dehors de Lumen.", {kBrumea, kLumen}, {});
  CHECK(none.claims.empty());
}

TEST_CASE("Amounts in two currencies set against each other by « alors qu’ » compare, with no ratio", "[claims]") {
  const auto r = run("Vélocia investit 12 milliards de dollars par an, alors qu’Orion se contente de 400 millions d’euros.",
                     {kOrion, kVelocia}, {money("12 milliards de dollars", 12e9, "USD", "year"), money("400 millions d’euros", 400e6, "EUR")});
  const auto* c = r.claim(ClaimKind::Cost, "Vélocia", "Orion");
  REQUIRE(c);
  CHECK(c->subject_value == 12e9);
  CHECK(c->object_value == 400e6);
  CHECK_FALSE(c->ratio);
}

TEST_CASE("« dix fois plus que l’offre de X » compares with X", "[claims]") {
  const auto r = run("Lumen coûte près de 3 000 dollars par mois, soit dix fois plus que l’offre de Vélocia.", {kLumen, kVelocia},
                     {money("3 000 dollars", 3000, "USD", "month")});
  const auto* c = r.claim(ClaimKind::Cost, "Lumen", "Vélocia");
  REQUIRE(c);
  CHECK(c->ratio_text == "dix fois plus");
}

TEST_CASE("Words inside a name are no cues: « l’Autorité de la concurrence » compares nobody", "[claims]") {
  const auto r = run("Orion a levé 45 millions d’euros. L’Autorité de la concurrence doit encore valider l’entrée de Brumea au capital.",
                     {kOrion, EntitySpec{"Autorité de la concurrence", EntityType::Organization, {}, {}}, kBrumea},
                     {money("45 millions d’euros", 45e6, "EUR")});
  CHECK(r.claims.empty());
}

TEST_CASE("Two lists of prices across a contrast are paired in order", "[claims]") {
  const auto r = run("Vela-2 est proposé à 0,60 dollar par million de jetons en entrée et 2,50 dollars en sortie, "
                     "alors que Nova-3 est facturé 15 dollars et 75 dollars.",
                     {kVela, kNova},
                     {money("0,60 dollar", 0.6, "USD", "1M tokens"), money("2,50 dollars", 2.5, "USD", "1M tokens"),
                      money("15 dollars", 15, "USD", "1M tokens"), money("75 dollars", 75, "USD", "1M tokens")});
  CHECK(r.subject_of("2,50 dollars") == "Vela-2");  // not the name across the contrast
  CHECK(r.subject_of("15 dollars") == "Nova-3");
  const auto* c = r.claim(ClaimKind::Cost, "Vela-2", "Nova-3");
  REQUIRE(c);
  CHECK(c->subject_value == 0.6);
  CHECK(c->object_value == 15);
}

TEST_CASE("A product is never compared with its own maker", "[claims]") {
  const auto r = run("Vela-2 est environ 25 fois moins cher que Vélocia.", {kVela, kVelocia}, {});
  CHECK(r.claims.empty());
}

TEST_CASE("A performance verb after « , et » has the sentence's first subject", "[claims]") {
  const auto r = run("Lumen obtient un score de 65,8 % au test SWE-bench, contre 54,6 % pour Nova-3, et fait jeu égal avec Vela-2.",
                     {kLumen, kNova, kVela}, {percent("65,8 %", 65.8), percent("54,6 %", 54.6)});
  CHECK(r.claim(ClaimKind::Performance, "Lumen", "Vela-2"));
  CHECK_FALSE(r.claim(ClaimKind::Performance, "Nova-3", "Vela-2"));
  const auto* scores = r.claim(ClaimKind::Performance, "Lumen", "Nova-3");
  REQUIRE(scores);
  CHECK(scores->subject_value == 65.8);
  CHECK(scores->object_value == 54.6);
}

TEST_CASE("Two percentages across a contrast with no benchmark word are no performance claim", "[claims]") {
  const auto r = run("La marge de Vélocia atteint 19,5 %, contre 18 % pour Brumea.", {kVelocia, kBrumea},
                     {percent("19,5 %", 19.5), percent("18 %", 18)});
  CHECK_FALSE(r.claim(ClaimKind::Performance, "Vélocia", "Brumea"));
}

TEST_CASE("A headline's stated relation is checked against the amounts the article gives later", "[claims]") {
  const auto r = run("Vela-2, un modèle 90 % moins cher que Nova-3.\n\nVela-2 coûte 0,50 dollar par million de jetons, contre 5 dollars pour Nova-3.",
                     {kVela, kNova},
                     {percent("90 %", 90), money("0,50 dollar", 0.5, "USD", "1M tokens"), money("5 dollars", 5, "USD", "1M tokens")});
  bool checked = false;
  for (const auto& c : r.claims)
    if (c.ratio_text == "90 % moins cher") checked = c.verdict == Verdict::Consistent;
  CHECK(checked);
}

TEST_CASE("« Comparé à X, … le modèle reste cinq fois plus cher »: X is the object, not the subject", "[claims]") {
  const auto r = run("Lumen coûte 0,50 dollar par million de jetons. Comparé à Nova-3, facturé 0,10 dollar, le nouveau modèle "
                     "reste toutefois cinq fois plus cher.",
                     {kLumen, kNova}, {money("0,50 dollar", 0.5, "USD", "1M tokens"), money("0,10 dollar", 0.1, "USD", "1M tokens")});
  const auto* c = r.claim(ClaimKind::Cost, "Lumen", "Nova-3");
  REQUIRE(c);
  CHECK(c->ratio_text == "cinq fois plus cher");
}
