// Qualifiers (approx) and rates (per) around figures. Sentences written for the tests.
#include "test_figures_util.h"

using namespace figures_test;

TEST_CASE("qualifiers that say about", "[figures][qualifiers]") {
  check_cases({
      {"Le chantier a coûté environ 3 millions d’euros.", {fig(kMoney, "3 millions d’euros").val(3e6).cur("EUR").qual(kAbout)}},
      {"La levée atteint près de 4 millions d’euros.", {fig(kMoney, "4 millions d’euros").val(4e6).cur("EUR").qual(kAbout)}},
      {"Le groupe emploie quelque 200 ingénieurs.", {fig(kQuantity, "200 ingénieurs").val(200).noun("ingénieur").qual(kAbout)}},
      {"Le taux tourne autour de 5 %.", {fig(kPercent, "5 %").val(5).qual(kAbout)}},
      {"Le budget avoisine approximativement 70 $.", {fig(kMoney, "70 $").val(70).cur("USD").qual(kAbout)}},
      {"La facture se situe aux alentours de 40 € par mois.", {fig(kMoney, "40 €").val(40).cur("EUR").rate("month").qual(kAbout)}},
      {"Il en coûte à peu près 50 dollars.", {fig(kMoney, "50 dollars").val(50).cur("USD").qual(kAbout)}},
      {"Comptez ~60 $ pour la version pro.", {fig(kMoney, "60 $").val(60).cur("USD").qual(kAbout)}},
      {"Une enveloppe d’environ 12 M€ est prévue.", {fig(kMoney, "12 M€").val(1.2e7).cur("EUR").qual(kAbout)}},
      {"Un forfait à 10 € environ suffit.", {fig(kMoney, "10 €").val(10).cur("EUR").qual(kAbout)}},
      {"La société compte une centaine de salariés.", {fig(kQuantity, "une centaine de salariés").val(100).noun("salarié").qual(kAbout)}},
  });
}

TEST_CASE("qualifiers that bound from above", "[figures][qualifiers]") {
  check_cases({
      {"Le modèle a été développé pour moins de 6 millions de dollars.",
       {fig(kMoney, "6 millions de dollars").val(6e6).cur("USD").qual(kAtMost)}},
      {"La remise va jusqu’à 20 $ sur la console.", {fig(kMoney, "20 $").val(20).cur("USD").qual(kAtMost)}},
      {"Le prix ne dépassera pas plus de 30 $.", {fig(kMoney, "30 $").val(30).cur("USD").qual(kAtMost)}},
      {"L’essai coûte au maximum 50 $.", {fig(kMoney, "50 $").val(50).cur("USD").qual(kAtMost)}},
      {"Avec l’autre modèle, l’expérience ne coûte même pas 10$.", {fig(kMoney, "10$").val(10).cur("USD").qual(kAtMost)}},
      {"La part des ventes en ligne reste inférieure à 8 %.", {fig(kPercent, "8 %").val(8).qual(kAtMost)}},
      {"L’entraînement a mobilisé moins de 2 000 GPU.", {fig(kQuantity, "2 000 GPU").val(2000).noun("GPU").qual(kAtMost)}},
      {"Le rendement atteint 5 % au maximum.", {fig(kPercent, "5 %").val(5).qual(kAtMost)}},
  });
}

TEST_CASE("qualifiers that bound from below", "[figures][qualifiers]") {
  check_cases({
      {"OpenAI a dépensé plus de 100 millions de dollars pour son modèle.",
       {fig(kMoney, "100 millions de dollars").val(1e8).cur("USD").qual(kAtLeast)}},
      {"Le tour de table réunit au moins 20 M€.", {fig(kMoney, "20 M€").val(2e7).cur("EUR").qual(kAtLeast)}},
      {"Les pertes vont au-delà de 30 milliards d’euros.", {fig(kMoney, "30 milliards d’euros").val(3e10).cur("EUR").qual(kAtLeast)}},
      {"Il faut pas moins de 50 serveurs.", {fig(kQuantity, "50 serveurs").val(50).noun("serveur").qual(kAtLeast)}},
      {"La valorisation est supérieure à 1 milliard d’euros.", {fig(kMoney, "1 milliard d’euros").val(1e9).cur("EUR").qual(kAtLeast)}},
      {"Le panier moyen dépasse les 60 €.", {fig(kMoney, "60 €").val(60).cur("EUR").qual(kAtLeast)}},
      {"L’application a été téléchargée plus de 109 000 fois en une semaine.",
       {fig(kQuantity, "109 000 fois").val(109000).noun("téléchargement").qual(kAtLeast)}},
      {"Le fonds vise 100 millions d’euros au moins.", {fig(kMoney, "100 millions d’euros").val(1e8).cur("EUR").qual(kAtLeast)}},
      {"Le réseau revendique plus d’un milliard d’utilisateurs.",
       {fig(kQuantity, "un milliard d’utilisateurs").val(1e9).noun("utilisateur").qual(kAtLeast)}},
      {"En plus de 5 millions d’euros de subventions, la région apporte 2 M€.",
       {fig(kMoney, "5 millions d’euros").val(5e6).cur("EUR"), fig(kMoney, "2 M€").val(2e6).cur("EUR")}},
  });
}

TEST_CASE("qualifiers that say nearly", "[figures][qualifiers]") {
  check_cases({
      {"Le titre a perdu presque 600 millions de dollars en une journée.",
       {fig(kMoney, "600 millions de dollars").val(6e8).cur("USD").qual(kNearly)}},
      {"La part de marché atteint quasiment 20 %.", {fig(kPercent, "20 %").val(20).qual(kNearly)}},
      {"Le service coûte pratiquement 30 € de plus.", {fig(kMoney, "30 €").val(30).cur("EUR").qual(kNearly)}},
      {"Les ventes frôlent pas loin de 2 milliards de dollars.", {fig(kMoney, "2 milliards de dollars").val(2e9).cur("USD").qual(kNearly)}},
  });
}

TEST_CASE("rates", "[figures][rates]") {
  check_cases({
      {"Les dépenses d’exploitation atteignent 7-8 milliards de dollars par an.",
       {fig(kMoney, "7-8 milliards de dollars").range(7e9, 8e9).cur("USD").rate("year")}},
      {"L’abonnement coûte 20 € par mois.", {fig(kMoney, "20 €").val(20).cur("EUR").rate("month")}},
      {"L’hébergement revient à 3 € par jour.", {fig(kMoney, "3 €").val(3).cur("EUR").rate("day")}},
      {"Le consultant facture 150 € de l’heure.", {fig(kMoney, "150 €").val(150).cur("EUR").rate("hour")}},
      {"La location d’un GPU coûte 2 $ l’heure.", {fig(kMoney, "2 $").val(2).cur("USD").rate("hour")}},
      {"L’API coûte 0,14 $ par million de tokens.", {fig(kMoney, "0,14 $").val(0.14).cur("USD").rate("1M tokens")}},
      {"Le modèle est facturé 2 $ le million de jetons.", {fig(kMoney, "2 $").val(2).cur("USD").rate("1M tokens")}},
      {"La génération coûte 0,03 $ pour mille tokens.", {fig(kMoney, "0,03 $").val(0.03).cur("USD").rate("1K tokens")}},
      {"Comptez 0,5 $ par 1 000 jetons.", {fig(kMoney, "0,5 $").val(0.5).cur("USD").rate("1K tokens")}},
      {"Le forfait est à 20 dollars par utilisateur.", {fig(kMoney, "20 dollars").val(20).cur("USD").rate("user")}},
      {"Elle prélève 0,70 € par transaction.", {fig(kMoney, "0,70 €").val(0.7).cur("EUR").rate("transaction")}},
      {"Le dividende atteint 1,5 € par action.", {fig(kMoney, "1,5 €").val(1.5).cur("EUR").rate("share")}},
      {"La prime atteint 2 000 € par salarié.", {fig(kMoney, "2 000 €").val(2000).cur("EUR").rate("employee")}},
      {"Le salaire est de 60 000 euros brut annuels.", {fig(kMoney, "60 000 euros").val(60000).cur("EUR").rate("year")}},
      {"Le logiciel coûte 30 €/mois.", {fig(kMoney, "30 €").val(30).cur("EUR").rate("month")}},
      {"La carte se vend 30 000 dollars pièce.", {fig(kMoney, "30 000 dollars").val(30000).cur("USD").rate("unit")}},
      {"Le service rapporte 3 millions d’euros chaque année.", {fig(kMoney, "3 millions d’euros").val(3e6).cur("EUR").rate("year")}},
      {"La plateforme revendique 300 millions d’utilisateurs actifs mensuels.",
       {fig(kQuantity, "300 millions d’utilisateurs").val(3e8).noun("utilisateur").rate("month")}},
      {"Le titre a chuté, perdant 600 millions de dollars en une journée.", {fig(kMoney, "600 millions de dollars").val(6e8).cur("USD")}},
      {"Elle a levé 5 M€ l’an dernier.", {fig(kMoney, "5 M€").val(5e6).cur("EUR")}},
  });
}

TEST_CASE("a parallel amount inherits the rate", "[figures][rates]") {
  check_cases({
      {"Le premier coûte 60 $ par million de jetons ; le second coûte 2,19 $.",
       {fig(kMoney, "60 $").val(60).cur("USD").rate("1M tokens"), fig(kMoney, "2,19 $").val(2.19).cur("USD").rate("1M tokens")}},
      {"Le prix passe de 20 $ à 25 $ par mois.",
       {fig(kMoney, "20 $").val(20).cur("USD").rate("month"), fig(kMoney, "25 $").val(25).cur("USD").rate("month")}},
      // The change verb a few words before: two prices, not a range.
      {"L’opérateur va augmenter le prix de son forfait 5G de 19,99 € à 21,99 € par mois.",
       {fig(kMoney, "19,99 €").val(19.99).cur("EUR").rate("month"), fig(kMoney, "21,99 €").val(21.99).cur("EUR").rate("month")}},
      // Not parallel: another currency, or another order of magnitude.
      {"Le forfait coûte 20 € par mois et a coûté 5 millions d’euros à développer.",
       {fig(kMoney, "20 €").val(20).cur("EUR").rate("month"), fig(kMoney, "5 millions d’euros").val(5e6).cur("EUR")}},
      {"Il coûte 10 $ par mois, soit 9 € au Royaume-Uni.",
       {fig(kMoney, "10 $").val(10).cur("USD").rate("month"), fig(kMoney, "9 €").val(9).cur("EUR")}},
  });
}
