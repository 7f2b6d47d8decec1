// Claim stage, attribution: the subject and role of each amount, on
// sentences of our own with hand-marked entities and figures.
#include <catch2/catch.hpp>

#include "claims_fixture.h"

using analyze::EntityType;
using analyze::Role;
using namespace claims_test;

namespace {
const EntitySpec kVelocia{"Vélocia", EntityType::Company, {}, {}};
const EntitySpec kPartech{"Partech", EntityType::Company, {}, {}};
const EntitySpec kBrumea{"Brumea", EntityType::Company, {}, {}};
const EntitySpec kOrion{"Orion", EntityType::Company, {}, {}};
const EntitySpec kZephyr{"Zephyr", EntityType::Company, {}, {}};
const EntitySpec kKestrel{"Kestrel", EntityType::Company, {}, {}};
const EntitySpec kNvidia{"Nvidia", EntityType::Company, {}, {}};
const EntitySpec kCnil{"CNIL", EntityType::Organization, {}, {}};
const EntitySpec kVela{"Vela-2", EntityType::Product, {}, "Vélocia"};
const EntitySpec kNova{"Nova-3", EntityType::Product, {}, "Brumea"};
const EntitySpec kChloe{"Chloé Marchand", EntityType::Person, {}, {}};
}  // namespace

TEST_CASE("The subject is the name before the amount in its clause", "[claims]") {
  const auto r = run("Vélocia a levé 48 millions d’euros auprès de Partech.", {kVelocia, kPartech},
                     {money("48 millions d’euros", 48e6, "EUR")});
  CHECK(r.subject_of("48 millions d’euros") == "Vélocia");
  CHECK(r.role_of("48 millions d’euros") == Role::Funding);
}

TEST_CASE("A name after « de » a cost noun owns the cost", "[claims]") {
  const auto r = run("Les dépenses opérationnelles de Brumea atteignent 12 millions d’euros par an.", {kBrumea},
                     {money("12 millions d’euros", 12e6, "EUR", "year")});
  CHECK(r.subject_of("12 millions d’euros") == "Brumea");
  CHECK(r.role_of("12 millions d’euros") == Role::OperatingCost);
}

TEST_CASE("In « le X de Y coûte », the product X is priced, not its maker", "[claims]") {
  const auto r = run("Le Nova-3 de Brumea coûte 4 dollars par million de jetons ; le Vela-2 de Vélocia coûte 0,40 dollar.",
                     {kBrumea, kVelocia, kNova, kVela},
                     {money("4 dollars", 4, "USD", "1M tokens"), money("0,40 dollar", 0.4, "USD", "1M tokens")});
  CHECK(r.subject_of("4 dollars") == "Nova-3");
  CHECK(r.subject_of("0,40 dollar") == "Vela-2");
  CHECK(r.role_of("4 dollars") == Role::Price);
}

TEST_CASE("« avec X » after a price names what is priced", "[claims]") {
  const auto r = run("Selon Chloé Marchand, une requête qui coûte 20 $ avec Nova-3, ne coûte même pas 2 $ avec Vela-2.",
                     {kChloe, kNova, kVela}, {money("20 $", 20, "USD"), money("2 $", 2, "USD")});
  CHECK(r.subject_of("20 $") == "Nova-3");
  CHECK(r.subject_of("2 $") == "Vela-2");
}

TEST_CASE("« dépensés par X » names who spent", "[claims]") {
  const auto r = run("Vélocia fait figure d’exception face aux milliards dépensés par Orion, Zephyr et Kestrel.",
                     {kVelocia, kOrion, kZephyr, kKestrel}, {vague_money("milliards")});
  CHECK(r.subject_of("milliards") == "Orion");
  CHECK(r.role_of("milliards") == Role::Investment);
}

TEST_CASE("A product's training cost goes to its maker; a GPU supplier is not the subject", "[claims]") {
  const auto r = run("Le modèle Vela-2 de Vélocia a surpris le secteur. Entraîné sur 1 500 GPU Nvidia, il a coûté 3,2 millions de dollars.",
                     {kVelocia, kVela, kNvidia}, {quantity("1 500 GPU", 1500), money("3,2 millions de dollars", 3.2e6, "USD")});
  CHECK(r.subject_of("3,2 millions de dollars") == "Vélocia");
  CHECK(r.role_of("3,2 millions de dollars") == Role::TrainingCost);
}

TEST_CASE("A purpose after the amount gives its role", "[claims]") {
  const auto r = run("Brumea a injecté 9 millions de dollars pour développer Nova-3.", {kBrumea, kNova},
                     {money("9 millions de dollars", 9e6, "USD")});
  CHECK(r.subject_of("9 millions de dollars") == "Brumea");
  CHECK(r.role_of("9 millions de dollars") == Role::TrainingCost);
}

TEST_CASE("An amount restated without a name takes the subject of its other mention", "[claims]") {
  const auto r = run("48 millions d’euros pour conquérir l’Europe\nVélocia a levé 48 millions d’euros en série B.", {kVelocia},
                     {money("48 millions d’euros", 48e6, "EUR"), money("48 millions d’euros", 48e6, "EUR")});
  CHECK(r.figures[0].subject == 0);
  CHECK(r.figures[1].subject == 0);
}

TEST_CASE("A fine is paid by the one it is imposed on, not by the regulator", "[claims]") {
  const auto r = run("La CNIL a infligé à Orion une amende de 150 millions d’euros.", {kCnil, kOrion},
                     {money("150 millions d’euros", 150e6, "EUR")});
  CHECK(r.subject_of("150 millions d’euros") == "Orion");
  CHECK(r.role_of("150 millions d’euros") == Role::Fine);
}

TEST_CASE("A fine in a list is the clause subject's, not the plaintiff's", "[claims]") {
  const auto r = run("Orion fait face à de nombreux procès, y compris une plainte déposée par Kestrel, une amende de 20 millions "
                     "d’euros en Irlande, et un litige en Inde.",
                     {kOrion, kKestrel}, {money("20 millions d’euros", 20e6, "EUR")});
  CHECK(r.subject_of("20 millions d’euros") == "Orion");
  CHECK(r.role_of("20 millions d’euros") == Role::Fine);
}

TEST_CASE("A market loss belongs to the company whose shares fell", "[claims]") {
  const auto r = run("Orion a stagné, et les actions de Kestrel ont chuté, perdant près de 30 milliards de dollars en une journée.",
                     {kOrion, kKestrel}, {money("30 milliards de dollars", 30e9, "USD")});
  CHECK(r.subject_of("30 milliards de dollars") == "Kestrel");
  CHECK(r.role_of("30 milliards de dollars") == Role::MarketLoss);
}

TEST_CASE("A quoted source is not the subject", "[claims]") {
  const auto r = run("Selon Chloé Marchand, Vélocia a dépensé 3 millions d’euros.", {kChloe, kVelocia},
                     {money("3 millions d’euros", 3e6, "EUR")});
  CHECK(r.subject_of("3 millions d’euros") == "Vélocia");
}

TEST_CASE("With no name in the sentence, the subject is the focus of the one before", "[claims]") {
  const auto r = run("Brumea prépare son entrée en Bourse. Son chiffre d’affaires a atteint 85 millions d’euros.", {kBrumea},
                     {money("85 millions d’euros", 85e6, "EUR")});
  CHECK(r.subject_of("85 millions d’euros") == "Brumea");
  CHECK(r.role_of("85 millions d’euros") == Role::Revenue);
}

TEST_CASE("A complement inside an apposition is not the subject", "[claims]") {
  const EntitySpec iliad{"Iliad", EntityType::Company, {}, {}};
  const auto r = run("Le français Vélocia, filiale du groupe Iliad, a levé 50 millions d’euros.", {kVelocia, iliad},
                     {money("50 millions d’euros", 50e6, "EUR")});
  CHECK(r.subject_of("50 millions d’euros") == "Vélocia");
}

TEST_CASE("The buyer pays, not what is bought", "[claims]") {
  auto r = run("Orion a annoncé le rachat du britannique Kestrel pour environ 10 milliards de livres sterling.", {kOrion, kKestrel},
               {money("10 milliards de livres sterling", 10e9, "GBP")});
  CHECK(r.subject_of("10 milliards de livres sterling") == "Orion");
  CHECK(r.role_of("10 milliards de livres sterling") == Role::Investment);
  r = run("Vélocia a été rachetée par Orion pour un montant estimé entre 40 et 50 millions d’euros.", {kVelocia, kOrion},
          {money("40 et 50 millions d’euros", 45e6, "EUR")});
  CHECK(r.subject_of("40 et 50 millions d’euros") == "Orion");
}

TEST_CASE("« la start-up » stands for the company the text is about", "[claims]") {
  const auto r = run("La jeune entreprise Vélocia a été fondée en 2022 par Chloé Marchand. Selon ses comptes, la start-up "
                     "emploie environ 150 salariés et vise 10 millions d’euros de chiffre d’affaires.",
                     {kVelocia, kChloe}, {quantity("150 salariés", 150), money("10 millions d’euros", 10e6, "EUR")});
  CHECK(r.subject_of("150 salariés") == "Vélocia");
  CHECK(r.subject_of("10 millions d’euros") == "Vélocia");
}

TEST_CASE("An amount set against another by « contre » takes its role", "[claims]") {
  const auto r = run("Brumea a réalisé un chiffre d’affaires de 993 millions d’euros, contre 90 milliards d’euros pour Orion.",
                     {kBrumea, kOrion}, {money("993 millions d’euros", 993e6, "EUR"), money("90 milliards d’euros", 90e9, "EUR")});
  CHECK(r.role_of("90 milliards d’euros") == Role::Revenue);
  CHECK(r.subject_of("90 milliards d’euros") == "Orion");
  CHECK(r.claims.empty());  // revenues are not a cost comparison
}

TEST_CASE("Without a name nearby, an amount belongs to the company the article is about", "[claims]") {
  const auto r = run("Brumea publie ses comptes. Le patron de Brumea est confiant. Brumea recrute. "
                     "Les ventes nettes se sont élevées à 623 millions d’euros.",
                     {kBrumea}, {money("623 millions d’euros", 623e6, "EUR")});
  CHECK(r.subject_of("623 millions d’euros") == "Brumea");
}

TEST_CASE("A company named inside a product's name is not a second candidate", "[claims]") {
  const EntitySpec orion_cloud{"Orion Cloud", EntityType::Product, {}, "Orion"};
  const auto r = run("Brumea a réalisé 900 millions d’euros de ventes, contre 90 milliards d’euros pour Orion Cloud.",
                     {kBrumea, kOrion, orion_cloud},
                     {money("900 millions d’euros", 900e6, "EUR"), money("90 milliards d’euros", 90e9, "EUR")});
  CHECK(r.subject_of("90 milliards d’euros") == "Orion Cloud");
}

TEST_CASE("A role word right before the amount beats a fine elsewhere in the clause", "[claims]") {
  const auto r = run("Brumea, qui a réalisé un chiffre d’affaires de 350 millions d’euros, risque une astreinte de 100 000 euros.",
                     {kBrumea}, {money("350 millions d’euros", 350e6, "EUR"), money("100 000 euros", 1e5, "EUR")});
  CHECK(r.role_of("350 millions d’euros") == Role::Revenue);
  CHECK(r.role_of("100 000 euros") == Role::Fine);
}

TEST_CASE("« une sanction de X contre Y »: Y pays, not the regulator before it", "[claims]") {
  const auto r = run("La CNIL a prononcé une sanction de 325 millions d’euros contre Brumea.", {kCnil, kBrumea},
                     {money("325 millions d’euros", 325e6, "EUR")});
  CHECK(r.role_of("325 millions d’euros") == Role::Fine);
  CHECK(r.subject_of("325 millions d’euros") == "Brumea");
}

TEST_CASE("« X, qui investit N »: the relative clause is about X", "[claims]") {
  const auto r = run("Vélocia a bouclé un tour de table mené par Orion, qui investit à lui seul 30 millions d’euros.",
                     {kVelocia, kOrion}, {money("30 millions d’euros", 30e6, "EUR")});
  CHECK(r.subject_of("30 millions d’euros") == "Orion");
}

TEST_CASE("A sentence opening on a possessive is about the name before it, not the one after the amount", "[claims]") {
  const auto r = run("Kestrel a publié ses résultats. Sa capitalisation dépasse 400 milliards de dollars, loin devant Orion.",
                     {kKestrel, kOrion}, {money("400 milliards de dollars", 400e9, "USD")});
  CHECK(r.subject_of("400 milliards de dollars") == "Kestrel");
}

TEST_CASE("A company's revenue after a sentence about its product goes to a company", "[claims]") {
  const auto r = run("Vélocia vend son modèle Lumen-4 aux banques. Lumen-4 est facturé 2 euros par mois. "
                     "Son chiffre d’affaires dépasserait 30 millions d’euros.",
                     {kVelocia, EntitySpec{"Lumen-4", EntityType::Product, {}, {}}},
                     {money("2 euros", 2, "EUR", "month"), money("30 millions d’euros", 30e6, "EUR")});
  CHECK(r.subject_of("30 millions d’euros") == "Vélocia");
  CHECK(r.role_of("30 millions d’euros") == Role::Revenue);
}

TEST_CASE("« X rachète Y pour N »: the buyer pays (the present tense is no passive participle)", "[claims]") {
  const auto r = run("Orion rachète Zephyr pour 3 milliards de dollars.", {kOrion, kZephyr}, {money("3 milliards de dollars", 3e9, "USD")});
  CHECK(r.subject_of("3 milliards de dollars") == "Orion");
  const auto passive = run("Zephyr a été rachetée par Orion pour 3 milliards de dollars.", {kOrion, kZephyr},
                           {money("3 milliards de dollars", 3e9, "USD")});
  CHECK(passive.subject_of("3 milliards de dollars") == "Orion");
}

TEST_CASE("« à X » after a fine names who pays only right after the amount", "[claims]") {
  const auto r = run("La CNIL a infligé à Orion une amende de 15 millions d’euros, et à Zephyr une sanction de 6 millions d’euros.",
                     {kCnil, kOrion, kZephyr}, {money("15 millions d’euros", 15e6, "EUR"), money("6 millions d’euros", 6e6, "EUR")});
  CHECK(r.subject_of("15 millions d’euros") == "Orion");
  CHECK(r.subject_of("6 millions d’euros") == "Zephyr");
}

TEST_CASE("After a possessive, « pour X » after the amount still names what it is for", "[claims]") {
  const auto r = run("Brumea a lancé Nova-3. Son modèle Nova-3 coûte 8 dollars par million de jetons, contre 30 dollars pour Vela-2.",
                     {kBrumea, kNova, kVela}, {money("8 dollars", 8, "USD", "1M tokens"), money("30 dollars", 30, "USD", "1M tokens")});
  CHECK(r.subject_of("30 dollars") == "Vela-2");
}

TEST_CASE("Investors after « auprès de » and markets after « coté au » are not who the amount is about", "[claims]") {
  const auto r = run("La jeune entreprise Brumea avait levé 32 millions d’euros auprès de Partech et d’Orion.", {kBrumea, kPartech, kOrion},
                     {money("32 millions d’euros", 32e6, "EUR")});
  CHECK(r.subject_of("32 millions d’euros") == "Brumea");
  const auto listed = run("Kestrel, coté au Nasdaq depuis 2023, pèse environ 140 milliards de dollars en Bourse.",
                          {kKestrel, EntitySpec{"Nasdaq", EntityType::Company, {}, {}}}, {money("140 milliards de dollars", 140e9, "USD")});
  CHECK(listed.subject_of("140 milliards de dollars") == "Kestrel");
}

TEST_CASE("The same amount in another currency shares the subject and role", "[claims]") {
  const auto r = run("Orion a annoncé l’acquisition de Zephyr pour 250 millions de livres (environ 290 millions d’euros).",
                     {kOrion, kZephyr}, {money("250 millions de livres", 250e6, "GBP"), money("290 millions d’euros", 290e6, "EUR")});
  CHECK(r.subject_of("250 millions de livres") == "Orion");
  CHECK(r.subject_of("290 millions d’euros") == "Orion");
  CHECK(r.role_of("290 millions d’euros") == r.role_of("250 millions de livres"));
}

TEST_CASE("A sentence naming nobody goes on about the sentence before", "[claims]") {
  const auto r = run("Kestrel a publié un chiffre d’affaires de 418 millions d’euros. Les réservations nettes s’élèvent à 412 millions d’euros.",
                     {kKestrel}, {money("418 millions d’euros", 418e6, "EUR"), money("412 millions d’euros", 412e6, "EUR")});
  CHECK(r.subject_of("412 millions d’euros") == "Kestrel");
}

TEST_CASE("A description stands for the name it introduced earlier", "[claims]") {
  const auto r = run("L’éditeur de logiciels Kestrel a publié ses comptes. Orion détient 9 % du capital. "
                     "La capitalisation de l’éditeur atteint 1,4 milliard d’euros.",
                     {kKestrel, kOrion}, {percent("9 %", 9), money("1,4 milliard d’euros", 1.4e9, "EUR")});
  CHECK(r.subject_of("1,4 milliard d’euros") == "Kestrel");
}

TEST_CASE("« le concepteur de puces X » describes X, not a supplier", "[claims]") {
  const auto r = run("Le concepteur britannique de puces Kestrel a annoncé l’acquisition de Zephyr pour 250 millions d’euros.",
                     {kKestrel, kZephyr}, {money("250 millions d’euros", 250e6, "EUR")});
  CHECK(r.subject_of("250 millions d’euros") == "Kestrel");
}

TEST_CASE("A sector's amount is nobody's, not the company of the sentence before", "[claims]") {
  const auto r = run("Brumea revendique un chiffre d’affaires de 90 millions d’euros. "
                     "Au total, les jeunes pousses françaises ont récolté 1,2 milliard d’euros en octobre.",
                     {kBrumea}, {money("90 millions d’euros", 90e6, "EUR"), money("1,2 milliard d’euros", 1.2e9, "EUR")});
  CHECK(r.subject_of("1,2 milliard d’euros").empty());
  CHECK(r.role_of("1,2 milliard d’euros") == Role::Funding);
}

TEST_CASE("World spending is nobody's, not the company the article is about", "[claims]") {
  const auto r = run("Brumea investit 3 milliards d’euros. Brumea recrute. Brumea grandit. "
                     "Les dépenses mondiales en puces dépasseront 200 milliards de dollars en 2028.",
                     {kBrumea}, {money("3 milliards d’euros", 3e9, "EUR"), money("200 milliards de dollars", 2e11, "USD")});
  CHECK(r.subject_of("3 milliards d’euros") == "Brumea");
  CHECK(r.subject_of("200 milliards de dollars").empty());
}

TEST_CASE("« obtient N de X » and « un tour de N » are fund-raisings", "[claims]") {
  const auto r = run("Orion obtient 50 millions de dollars de Partech, tandis que Zephyr boucle un tour de 24 millions d’euros.",
                     {kOrion, kPartech, kZephyr}, {money("50 millions de dollars", 50e6, "USD"), money("24 millions d’euros", 24e6, "EUR")});
  CHECK(r.role_of("50 millions de dollars") == Role::Funding);
  CHECK(r.role_of("24 millions d’euros") == Role::Funding);
  CHECK(r.claims.empty());  // fund-raisings compare no costs
}

TEST_CASE("Start-up descriptions name the same start-up", "[claims]") {
  const auto r = run("Orion s’offre la pépite française Brumea. Le montant avoisinerait 400 millions de dollars, "
                     "soit trois fois la dernière valorisation de la start-up, fixée à 130 millions de dollars.",
                     {kOrion, kBrumea}, {money("400 millions de dollars", 400e6, "USD"), money("130 millions de dollars", 130e6, "USD")});
  CHECK(r.subject_of("130 millions de dollars") == "Brumea");
}

TEST_CASE("The name after « Comparé à » is not what the next sentence is about", "[claims]") {
  const auto r = run("Comparé à Nova-3 de Brumea, le nouveau modèle reste plus cher. Son entraînement aurait coûté 12 millions de dollars.",
                     {kNova, kBrumea}, {money("12 millions de dollars", 12e6, "USD")});
  CHECK(r.subject_of("12 millions de dollars").empty());
}

TEST_CASE("A rival named after « son concurrent » is not what « le groupe » stands for", "[claims]") {
  const auto r = run("Kestrel a publié un chiffre d’affaires de 1,5 milliard d’euros. Son concurrent américain Orion a réalisé "
                     "1,6 milliard de dollars de revenus. Le groupe vise une marge de 200 millions d’euros.",
                     {kKestrel, kOrion},
                     {money("1,5 milliard d’euros", 1.5e9, "EUR"), money("1,6 milliard de dollars", 1.6e9, "USD"),
                      money("200 millions d’euros", 2e8, "EUR")});
  CHECK(r.subject_of("1,6 milliard de dollars") == "Orion");
  CHECK(r.subject_of("200 millions d’euros") == "Kestrel");
}

TEST_CASE("Several spenders named together are represented by the first one", "[claims]") {
  const auto r = run("Orion, Zephyr et Kestrel prévoient de consacrer ensemble plus de 300 milliards de dollars à leurs centres de données.",
                     {kOrion, kZephyr, kKestrel}, {money("300 milliards de dollars", 300e9, "USD")});
  CHECK(r.subject_of("300 milliards de dollars") == "Orion");
  CHECK(r.role_of("300 milliards de dollars") == Role::Investment);
}

TEST_CASE("« proposée à N » is a price", "[claims]") {
  const auto r = run("La puce Lumen de Brumea est proposée à environ 15 000 dollars.", {kBrumea, EntitySpec{"Lumen", EntityType::Product, {}, "Brumea"}},
                     {money("15 000 dollars", 15000, "USD")});
  CHECK(r.role_of("15 000 dollars") == Role::Price);
  CHECK(r.subject_of("15 000 dollars") == "Lumen");
}

TEST_CASE("A training cost of a product no list knows goes to the company a description before it stands for", "[claims]") {
  const auto r = run("Vélocia a levé 48 millions d’euros. L’entreprise affirme que son modèle Lumen-4 rivalise avec Nova-3, "
                     "pour un coût d’entraînement de 3,2 millions de dollars.",
                     {kVelocia, EntitySpec{"Lumen-4", EntityType::Product, {}, {}}, kNova},
                     {money("48 millions d’euros", 48e6, "EUR"), money("3,2 millions de dollars", 3.2e6, "USD")});
  CHECK(r.role_of("3,2 millions de dollars") == Role::TrainingCost);
  CHECK(r.subject_of("3,2 millions de dollars") == "Vélocia");
}

TEST_CASE("A fine on an unnamed rival is nobody's, not the article's company", "[claims]") {
  const auto r = run("Vélocia a levé 48 millions d’euros. Vélocia recrute. Vélocia grandit. "
                     "En mars, la CNIL a infligé à un concurrent une amende de 2,1 millions d’euros.",
                     {kVelocia, kCnil}, {money("48 millions d’euros", 48e6, "EUR"), money("2,1 millions d’euros", 2.1e6, "EUR")});
  CHECK(r.role_of("2,1 millions d’euros") == Role::Fine);
  CHECK(r.subject_of("2,1 millions d’euros").empty());
}

TEST_CASE("A description stands for the paragraph's topic, not for a name given in passing", "[claims]") {
  // Kestrel is named twice, Orion once as the agent of a passive: « l’entreprise » is Kestrel.
  const auto r = run("Kestrel lève 48 millions d’euros. Kestrel édite un logiciel de trésorerie. Le tour de table est mené par "
                     "le fonds Orion. L’entreprise revendique 12 000 clients et un chiffre d’affaires de 15 millions d’euros.",
                     {kKestrel, kOrion}, {money("48 millions d’euros", 48e6, "EUR"), money("15 millions d’euros", 15e6, "EUR")});
  CHECK(r.subject_of("15 millions d’euros") == "Kestrel");
  // In a new paragraph, the company just named holds: a round-up goes from one company to the next.
  const auto next = run("Kestrel lève 48 millions d’euros. Kestrel édite un logiciel de trésorerie.\n"
                        "Le fonds a aussi soutenu Orion. L’entreprise revendique un chiffre d’affaires de 15 millions d’euros.",
                        {kKestrel, kOrion}, {money("48 millions d’euros", 48e6, "EUR"), money("15 millions d’euros", 15e6, "EUR")});
  CHECK(next.subject_of("15 millions d’euros") == "Orion");
}

TEST_CASE("A monthly price near a fund-raising is a price, not funding", "[claims]") {
  const auto r = run("Vélocia, qui a levé 600 millions d’euros en juin, a lancé Vela-2 à 14,99 euros par mois.",
                     {kVelocia, kVela},
                     {money("600 millions d’euros", 600e6, "EUR"), money("14,99 euros", 14.99, "EUR", "month")});
  CHECK(r.role_of("600 millions d’euros") == Role::Funding);
  CHECK(r.role_of("14,99 euros") == Role::Price);
}

TEST_CASE("« que X, proposé à N »: the price in the participle clause is X's", "[claims]") {
  const auto r = run("Facturé 15 dollars, Vela-2 coûte cinq fois plus cher que Nova-3, proposé à 3 dollars.", {kVela, kNova},
                     {money("15 dollars", 15, "USD"), money("3 dollars", 3, "USD")});
  CHECK(r.subject_of("15 dollars") == "Vela-2");
  CHECK(r.subject_of("3 dollars") == "Nova-3");
}

TEST_CASE("« soutenu par X à hauteur de N » is X's investment, not the revenue named after it", "[claims]") {
  const auto r = run("Vélocia, soutenue par Nvidia à hauteur de 8 milliards de dollars, affiche un chiffre d’affaires de 3 milliards de dollars.",
                     {kVelocia, kNvidia}, {money("8 milliards de dollars", 8e9, "USD"), money("3 milliards de dollars", 3e9, "USD")});
  CHECK(r.subject_of("8 milliards de dollars") == "Nvidia");
  CHECK(r.role_of("8 milliards de dollars") == Role::Investment);
  CHECK(r.role_of("3 milliards de dollars") == Role::Revenue);
}

TEST_CASE("« Ses dépenses… » after a sentence whose amount had a subject through a description", "[claims]") {
  const auto r = run("Brumea annonce un plan. Le groupe a déjà dépensé 3 milliards d’euros en France. Le contexte reste difficile. "
                     "Ses dépenses mondiales atteindront 85 milliards de dollars cette année.",
                     {kBrumea}, {money("3 milliards d’euros", 3e9, "EUR"), money("85 milliards de dollars", 85e9, "USD")});
  CHECK(r.subject_of("3 milliards d’euros") == "Brumea");
  CHECK(r.subject_of("85 milliards de dollars") == "Brumea");
}

TEST_CASE("A score « obtenu » by a product is no fund-raising, and stays the product's", "[claims]") {
  const auto r = run("Vélocia a publié Vela-2. Selon l’entreprise, Vela-2 obtient 85,7 % au test AIME.", {kVelocia, kVela},
                     {percent("85,7 %", 85.7)});
  CHECK(r.subject_of("85,7 %") == "Vela-2");
  CHECK(r.role_of("85,7 %") == Role::None);
}

TEST_CASE("« X, qui valorise Y à N »: Y is valued; « X apportera N » is X's investment", "[claims]") {
  const auto r = run("Brumea a levé 40 millions d’euros auprès de Partech, qui valorise Brumea à 300 millions d’euros. "
                     "Partech apportera 30 millions.",
                     {kBrumea, kPartech},
                     {money("40 millions d’euros", 40e6, "EUR"), money("300 millions d’euros", 300e6, "EUR"), money("30 millions", 30e6, "EUR")});
  CHECK(r.subject_of("300 millions d’euros") == "Brumea");
  CHECK(r.role_of("300 millions d’euros") == Role::Valuation);
  CHECK(r.subject_of("30 millions") == "Partech");
  CHECK(r.role_of("30 millions") == Role::Investment);
}

TEST_CASE("« Téléchargé N fois sur X, Y démocratise… »: the platform is no subject, the name after the opening phrase is", "[claims]") {
  const EntitySpec hub{"Hugging Face", EntityType::Company, {}, {}};
  const auto r = run("Téléchargé plus de 109 000 fois sur Hugging Face, Nova-3 séduit les développeurs.", {hub, kNova},
                     {quantity("109 000 fois", 109000)});
  CHECK(r.subject_of("109 000 fois") == "Nova-3");
}

TEST_CASE("A contract or an order won is revenue, not a fund-raising", "[claims]") {
  const auto r = run("Orion décroche un contrat de 125 millions d’euros, et Zephyr remporte une commande de 2 milliards d’euros.",
                     {kOrion, kZephyr}, {money("125 millions d’euros", 125e6, "EUR"), money("2 milliards d’euros", 2e9, "EUR")});
  CHECK(r.role_of("125 millions d’euros") == Role::Revenue);
  CHECK(r.subject_of("125 millions d’euros") == "Orion");
  CHECK(r.role_of("2 milliards d’euros") == Role::Revenue);
  CHECK(r.subject_of("2 milliards d’euros") == "Zephyr");
}
