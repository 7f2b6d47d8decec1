// Percentages, counted quantities and vague amounts. Sentences written for the tests.
#include "test_figures_util.h"

using namespace figures_test;

TEST_CASE("percentages", "[figures][percent]") {
  check_cases({
      {"Le modèle est 94% moins cher.", {fig(kPercent, "94%").val(94)}},
      {"L’action a chuté de 4,7 % à la clôture.", {fig(kPercent, "4,7 %").val(4.7)}},
      {"Le taux atteint 94 pour cent des cas.", {fig(kPercent, "94 pour cent").val(94)}},
      {"La réussite est de cent pour cent.", {fig(kPercent, "cent pour cent").val(100)}},
      {"Le chômage a baissé de 2 points de pourcentage.", {fig(kPercent, "2 points de pourcentage").val(2).noun("point de pourcentage")}},
      {"La croissance atteindra entre 10 et 12 % cette année.", {fig(kPercent, "10 et 12 %").range(10, 12)}},
      {"Les marges iront de 5 à 8 %.", {fig(kPercent, "5 à 8 %").range(5, 8)}},
      {"Le taux est passé de 10 à 15 %.", {fig(kPercent, "10").val(10), fig(kPercent, "15 %").val(15)}},
      {"La taxe représente 12 ‰ du prix.", {fig(kPercent, "12 ‰").val(1.2)}},
      {"En 2024, 30 % des entreprises utilisaient l’IA, contre 20 en 2023.", {fig(kPercent, "30 %").val(30), fig(kPercent, "20").val(20)}},
      {"Le titre gagne 3,5 % à 412 dollars.", {fig(kPercent, "3,5 %").val(3.5), fig(kMoney, "412 dollars").val(412).cur("USD")}},
      {"Le rendement progresse de 3 % par an.", {fig(kPercent, "3 %").val(3).rate("year")}},
  });
}

TEST_CASE("counted quantities", "[figures][quantity]") {
  check_cases({
      {"Le modèle a été entraîné sur 2 000 GPU Nvidia.", {fig(kQuantity, "2 000 GPU").val(2000).noun("GPU")}},
      {"Meta aligne 350 000 GPUs dans ses centres.", {fig(kQuantity, "350 000 GPUs").val(350000).noun("GPU")}},
      {"Le modèle compte 175 milliards de paramètres.", {fig(kQuantity, "175 milliards de paramètres").val(1.75e11).noun("paramètre")}},
      {"Il a été entraîné sur 15 000 milliards de jetons.", {fig(kQuantity, "15 000 milliards de jetons").val(1.5e13).noun("jeton")}},
      {"L’outil cumule 10 millions de téléchargements.", {fig(kQuantity, "10 millions de téléchargements").val(1e7).noun("téléchargement")}},
      {"Le groupe a écoulé 10 millions de smartphones en six mois.", {fig(kQuantity, "10 millions de smartphones").val(1e7).noun("smartphone")}},
      {"Le marché compte 80 millions de cartes SIM et 1 200 magasins.",
       {fig(kQuantity, "80 millions de cartes SIM").val(8e7).noun("carte SIM"), fig(kQuantity, "1 200 magasins").val(1200).noun("magasin")}},
      {"L’opérateur a raccordé 5 millions de foyers.", {fig(kQuantity, "5 millions de foyers").val(5e6).noun("foyer")}},
      {"Le site attire 3 millions d’internautes par mois.", {fig(kQuantity, "3 millions d’internautes").val(3e6).noun("internaute").rate("month")}},
      {"Le modèle génère 1 000 mots par seconde.", {fig(kQuantity, "1 000 mots").val(1000).noun("mot").rate("second")}},
      {"Le jeu s’est vendu à un million d’exemplaires.", {fig(kQuantity, "un million d’exemplaires").val(1e6).noun("exemplaire")}},
      {"La vidéo a été vue 2 millions de fois.", {fig(kQuantity, "2 millions de fois").val(2e6).noun("vue")}},
      {"L’extension a été installée 5 000 fois.", {fig(kQuantity, "5 000 fois").val(5000).noun("installation")}},
      {"L’entreprise emploie 1 500 salariés.", {fig(kQuantity, "1 500 salariés").val(1500).noun("salarié")}},
      {"Le groupe va supprimer 3 000 postes.", {fig(kQuantity, "3 000 postes").val(3000).noun("poste")}},
      {"Netflix compte 260 millions d’abonnés.", {fig(kQuantity, "260 millions d’abonnés").val(2.6e8).noun("abonné")}},
      {"La plateforme revendique 23 millions de membres.", {fig(kQuantity, "23 millions de membres").val(2.3e7).noun("membre")}},
      // A bare amount after a count keeps its unit ("contre 15 millions"), even before an amount in yens.
      {"Il vise 19 millions d’unités, contre 15 millions auparavant, et 370 milliards de yens de bénéfice.",
       {fig(kQuantity, "19 millions d’unités").val(1.9e7).noun("unité"), fig(kQuantity, "15 millions").val(1.5e7).noun("unité"),
        fig(kMoney, "370 milliards de yens").val(3.7e11).cur("JPY")}},
      {"Le campus abritera 100 000 puces et 2 000 serveurs.",
       {fig(kQuantity, "100 000 puces").val(1e5).noun("puce"), fig(kQuantity, "2 000 serveurs").val(2000).noun("serveur")}},
      {"L’entraînement a demandé 2,8 millions d’heures GPU.", {fig(kQuantity, "2,8 millions d’heures GPU").val(2.8e6).noun("heure GPU")}},
      {"Le site de 1 GW accueillera trois data centers.", {fig(kQuantity, "1 GW").val(1).noun("GW")}},
      {"Meta a commandé 350 000 H100 et dix mille puces.",
       {fig(kQuantity, "350 000 H100").val(350000).noun("GPU"), fig(kQuantity, "dix mille puces").val(10000).noun("puce")}},
      {"Le laboratoire recrute un millier de chercheurs.", {fig(kQuantity, "un millier de chercheurs").val(1000).noun("chercheur").qual(kAbout)}},
      {"Ils ont déployé 2 000 GPU contre 16 000 pour le rival.",
       {fig(kQuantity, "2 000 GPU").val(2000).noun("GPU"), fig(kQuantity, "16 000").val(16000).noun("GPU")}},
  });
}

TEST_CASE("vague amounts", "[figures][vague]") {
  check_cases({
      {"Le concurrent a fait aussi bien pour quelques centaines de millions de dollars.",
       {fig(kMoney, "quelques centaines de millions de dollars").vague_between(1e8, 1e9).cur("USD")}},
      {"Selon lui, les coûts atteignent 7-8 milliards de dollars, contre quelques centaines de millions pour son rival.",
       {fig(kMoney, "7-8 milliards de dollars").range(7e9, 8e9).cur("USD"), fig(kMoney, "quelques centaines de millions").vague_between(1e8, 1e9).cur("USD")}},
      {"Les grands groupes investissent des milliards dans l’IA.", {fig(kMoney, "des milliards").vague_from(1e9)}},
      {"Les milliards dépensés par les géants valent-ils le coup ?", {fig(kMoney, "Les milliards").vague_from(1e9)}},
      {"Le projet a coûté plusieurs millions d’euros.", {fig(kMoney, "plusieurs millions d’euros").vague_between(1e6, 1e7).cur("EUR")}},
      {"Ils misent des dizaines de millions de dollars.", {fig(kMoney, "des dizaines de millions de dollars").vague_from(1e7).cur("USD")}},
      {"Cela ne coûte que quelques dollars.", {fig(kMoney, "quelques dollars").vague_only().cur("USD")}},
      {"Le calcul exige des milliers de GPU, ce qui coûte cher.", {fig(kQuantity, "des milliers de GPU").vague_from(1000).noun("GPU")}},
      {"Les laboratoires alignent des GPUs par milliers.", {fig(kQuantity, "GPUs par milliers").vague_from(1000).noun("GPU")}},
      {"Google achète des centaines de milliers de puces.", {fig(kQuantity, "des centaines de milliers de puces").vague_from(1e5).noun("puce")}},
  });
}
