// Money figures: every currency form, scale words and abbreviations, spelled
// numbers, ranges, signs, elided currencies. Sentences written for the tests.
#include "test_figures_util.h"

using namespace figures_test;

namespace {
constexpr auto M = kMoney;
}

TEST_CASE("currency symbols, codes and names, before or after", "[figures][money]") {
  check_cases({
      {"Le casque coûte 370$ au lancement.", {fig(M, "370$").val(370).cur("USD")}},
      {"Le casque coûte $370 aux États-Unis.", {fig(M, "$370").val(370).cur("USD")}},
      {"L’abonnement passe à 2,19 $ seulement.", {fig(M, "2,19 $").val(2.19).cur("USD")}},
      {"Le forfait est vendu 19,99 € en France.", {fig(M, "19,99 €").val(19.99).cur("EUR")}},
      {"Le billet vaut €5 dans la boutique.", {fig(M, "€5").val(5).cur("EUR")}},
      {"La licence coûte 12 dollars.", {fig(M, "12 dollars").val(12).cur("USD")}},
      {"Un café coûte 1,5 euro.", {fig(M, "1,5 euro").val(1.5).cur("EUR")}},
      {"Le fonds apporte 5 millions de dollars américains.", {fig(M, "5 millions de dollars américains").val(5e6).cur("USD")}},
      {"Shopify lève 40 millions de dollars canadiens.", {fig(M, "40 millions de dollars canadiens").val(4e7).cur("CAD")}},
      {"Le contrat pèse 3 milliards d’euros.", {fig(M, "3 milliards d’euros").val(3e9).cur("EUR")}},
      {"Le rachat se monte à 20 milliards de livres sterling.", {fig(M, "20 milliards de livres sterling").val(2e10).cur("GBP")}},
      {"Le loyer atteint 900 £ par mois.", {fig(M, "900 £").val(900).cur("GBP").rate("month")}},
      {"Baidu investit 10 milliards de yuans.", {fig(M, "10 milliards de yuans").val(1e10).cur("CNY")}},
      {"SoftBank a perdu 3 000 milliards de yens.", {fig(M, "3 000 milliards de yens").val(3e12).cur("JPY")}},
      {"Le forfait coûte 500 ¥ au Japon.", {fig(M, "500 ¥").val(500).cur("JPY")}},
      {"En Chine, le forfait coûte 30 ¥.", {fig(M, "30 ¥").val(30).cur("CNY")}},
      {"La banque suisse verse 25 millions de francs suisses.", {fig(M, "25 millions de francs suisses").val(2.5e7).cur("CHF")}},
      {"Le budget atteint 40 CHF par personne.", {fig(M, "40 CHF").val(40).cur("CHF").rate("person")}},
      {"Le prix est de USD 5 millions.", {fig(M, "USD 5 millions").val(5e6).cur("USD")}},
      {"La dette atteint 2 milliards EUR.", {fig(M, "2 milliards EUR").val(2e9).cur("EUR")}},
      {"L’usine a coûté US$3 milliards.", {fig(M, "US$3 milliards").val(3e9).cur("USD")}},
      {"Le chantier coûte 3 000 000 000 $US.", {fig(M, "3 000 000 000 $US").val(3e9).cur("USD")}},
      {"Flipkart vaut 500 milliards de roupies.", {fig(M, "500 milliards de roupies").val(5e11).cur("INR")}},
      {"Le coût total est de 1 000 000 de dollars.", {fig(M, "1 000 000 de dollars").val(1e6).cur("USD")}},
      // U+202F and U+00A0 as French typography writes them
      {"Le prix atteint 2\u202F000\u00A0€, soit 1,5\u202FMd€ ou 3\u202Fmilliards\u00A0d’euros au total.",
       {fig(M, "2\u202F000\u00A0€").val(2000).cur("EUR"), fig(M, "1,5\u202FMd€").val(1.5e9).cur("EUR"),
        fig(M, "3\u202Fmilliards\u00A0d’euros").val(3e9).cur("EUR")}},
  });
}

TEST_CASE("money with scale words and abbreviations", "[figures][money]") {
  check_cases({
      {"Microsoft rachète l’éditeur pour 2,3 Mds$.", {fig(M, "2,3 Mds$").val(2.3e9).cur("USD")}},
      {"La start-up lève 1,5 Md€ auprès de ses actionnaires.", {fig(M, "1,5 Md€").val(1.5e9).cur("EUR")}},
      {"Le bénéfice net ressort à 340 M€.", {fig(M, "340 M€").val(3.4e8).cur("EUR")}},
      {"Elle a levé 10M$ en amorçage.", {fig(M, "10M$").val(1e7).cur("USD")}},
      {"La prime atteint 50 k€ par an.", {fig(M, "50 k€").val(5e4).cur("EUR").rate("year")}},
      {"La société a levé 20 MEUR et dégagé 450 KEUR de résultat.", {fig(M, "20 MEUR").val(2e7).cur("EUR"), fig(M, "450 KEUR").val(4.5e5).cur("EUR")}},
      {"La dette atteint 1,2 MdEUR.", {fig(M, "1,2 MdEUR").val(1.2e9).cur("EUR")}},
      {"L’amende s’élève à 2 millions et demi d’euros.", {fig(M, "2 millions et demi d’euros").val(2.5e6).cur("EUR")}},
      {"Le rachat a coûté un demi-milliard de dollars.", {fig(M, "un demi-milliard de dollars").val(5e8).cur("USD")}},
      {"L’accord prévoit une amende de 1 milliard de dollars et 1,5 milliard de remboursements.",
       {fig(M, "1 milliard de dollars").val(1e9).cur("USD"), fig(M, "1,5 milliard").val(1.5e9).cur("USD")}},
      {"Il a attendu une demi-heure avant de payer.", {}},
      {"La fusion est estimée à 4 Mrd€.", {fig(M, "4 Mrd€").val(4e9).cur("EUR")}},
      {"L’entreprise a investi 294.000 dollars.", {fig(M, "294.000 dollars").val(294000).cur("USD")}},
      {"L’entraînement a coûté 5.576 millions de dollars.", {fig(M, "5.576 millions de dollars").val(5.576e6).cur("USD")}},
      {"Le chiffre d’affaires atteint 1,2 milliard d’euros, en hausse de 12 %.",
       {fig(M, "1,2 milliard d’euros").val(1.2e9).cur("EUR"),
        fig(kPercent, "12 %").val(12)}},
      {"Le marché pèse 1 000 milliards de dollars.", {fig(M, "1 000 milliards de dollars").val(1e12).cur("USD")}},
      {"Le projet atteint 100 millions €.", {fig(M, "100 millions €").val(1e8).cur("EUR")}},
  });
}

TEST_CASE("spelled-out amounts", "[figures][money]") {
  check_cases({
      {"Ils ont dépensé deux millions de dollars.", {fig(M, "deux millions de dollars").val(2e6).cur("USD")}},
      {"Le groupe a payé un milliard d’euros.", {fig(M, "un milliard d’euros").val(1e9).cur("EUR")}},
      {"La réparation coûte trois cents euros.", {fig(M, "trois cents euros").val(300).cur("EUR")}},
      {"L’amende s’élève à cent mille euros.", {fig(M, "cent mille euros").val(1e5).cur("EUR")}},
      {"Le rachat a coûté mille milliards de yens.", {fig(M, "mille milliards de yens").val(1e12).cur("JPY")}},
      {"Une dizaine de millions d’euros a été investie.",
       {fig(M, "Une dizaine de millions d’euros").val(1e7).cur("EUR").qual(kAbout)}},
      {"Vingt-cinq dollars suffisent.", {fig(M, "Vingt-cinq dollars").val(25).cur("USD")}},
  });
}

TEST_CASE("ranges", "[figures][money]") {
  check_cases({
      {"Les dépenses atteignent 7-8 milliards de dollars.", {fig(M, "7-8 milliards de dollars").range(7e9, 8e9).cur("USD")}},
      {"Le contrat porte sur 5 à 6 M€.", {fig(M, "5 à 6 M€").range(5e6, 6e6).cur("EUR")}},
      {"Entre 5 et 6 millions d’euros ont été investis.",
       {fig(M, "5 et 6 millions d’euros").range(5e6, 6e6).cur("EUR")}},
      {"Le coût se situe entre 500 millions et 1 milliard de dollars.",
       {fig(M, "500 millions et 1 milliard de dollars").range(5e8, 1e9).cur("USD")}},
      {"Comptez de 10 à 15 € par mois.", {fig(M, "10 à 15 €").range(10, 15).cur("EUR").rate("month")}},
      {"Le tour pourrait atteindre 2 ou 3 milliards d’euros.", {fig(M, "2 ou 3 milliards d’euros").range(2e9, 3e9).cur("EUR")}},
      {"Les ventes ont bondi de 5 à 8 milliards de dollars.",
       {fig(M, "5").val(5e9).cur("USD"), fig(M, "8 milliards de dollars").val(8e9).cur("USD")}},
  });
}

TEST_CASE("ranges with the unit written on both ends", "[figures][money]") {
  check_cases({
      {"La direction vise une marge brute comprise entre 41,2 % et 42 % cette année.",
       {fig(kPercent, "41,2 % et 42 %").range(41.2, 42)}},
      {"Le groupe table sur une croissance de 6 % à 8 % en 2026.", {fig(kPercent, "6 % à 8 %").range(6, 8)}},
      {"La croissance organique atteindra entre 4 et 6 %.", {fig(kPercent, "4 et 6 %").range(4, 6)}},
      {"Le tour de table sera compris entre 20 millions d’euros et 25 millions d’euros.",
       {fig(M, "20 millions d’euros et 25 millions d’euros").range(2e7, 2.5e7).cur("EUR")}},
      // A change from one value to another is two values, and so are two units.
      {"La marge est passée de 12 % à 14 % en un an.", {fig(kPercent, "12 %").val(12), fig(kPercent, "14 %").val(14)}},
      {"Les ventes progressent de 7 % à 2 milliards d’euros.",
       {fig(kPercent, "7 %").val(7), fig(M, "2 milliards d’euros").val(2e9).cur("EUR")}},
  });
}

TEST_CASE("bare 'livres' after a scale word is sterling in a deal, books otherwise", "[figures][money]") {
  check_cases({
      {"Rachat : le groupe s’offre le britannique Calderfield pour 4 milliards de livres",
       {fig(M, "4 milliards de livres").val(4e9).cur("GBP")}},
      {"L’opération valorise la cible à 1,2 milliard de livres.", {fig(M, "1,2 milliard de livres").val(1.2e9).cur("GBP")}},
      {"Le régulateur britannique inflige une amende de 20 millions de livres à la banque.",
       {fig(M, "20 millions de livres").val(2e7).cur("GBP")}},
      {"Londres lui avait infligé une pénalité de 4,5 millions de livres.", {fig(M, "4,5 millions de livres").val(4.5e6).cur("GBP")}},
      {"La saga s’est écoulée à 10 millions de livres vendus dans le monde.", {}},
      {"L’éditeur a vendu 3 millions de livres l’an dernier.", {}},
  });
}

TEST_CASE("signed values", "[figures][money]") {
  check_cases({
      {"Le résultat net ressort à -340 M€ cette année.", {fig(M, "-340 M€").val(-3.4e8).cur("EUR")}},
      {"La marge recule (-3,2 %) et le titre gagne +15 %.",
       {fig(kPercent, "-3,2 %").val(-3.2), fig(kPercent, "+15 %").val(15)}},
  });
}

TEST_CASE("elided currencies come from the sentence, the headline or the paragraph", "[figures][money]") {
  check_cases({
      {"Le concurrent a dépensé 6 millions de dollars contre 1 milliard pour le leader.",
       {fig(M, "6 millions de dollars").val(6e6).cur("USD"), fig(M, "1 milliard").val(1e9).cur("USD")}},
      {"La jeune pousse a levé 600 millions d’euros. Elle est désormais valorisée 6 milliards.",
       {fig(M, "600 millions d’euros").val(6e8).cur("EUR"), fig(M, "6 milliards").val(6e9).cur("EUR")}},
      {"Bercy table sur des recettes de 3 milliards.", {fig(M, "3 milliards").val(3e9)}},
      {"Les géants investissent des milliards dans les puces.", {fig(M, "des milliards").vague_from(1e9)}},
      {"Rachat à 2 milliards de dollars\nLe vendeur aurait refusé une offre de 1,5 milliard.",
       {fig(M, "2 milliards de dollars").val(2e9).cur("USD"), fig(M, "1,5 milliard").val(1.5e9).cur("USD")}},
      {"La filiale perdrait 5 milliards de dollars, pour 3,7 milliards de revenus.",
       {fig(M, "5 milliards de dollars").val(5e9).cur("USD"), fig(M, "3,7 milliards").val(3.7e9).cur("USD")}},
      {"Le fonds a récolté 1 milliard et vise 2 milliards d’ici 2026.",
       {fig(M, "1 milliard").val(1e9), fig(M, "2 milliards").val(2e9)}},
      {"Le modèle coûte 2,19 dollars contre 60 pour son rival.",
       {fig(M, "2,19 dollars").val(2.19).cur("USD"), fig(M, "60").val(60).cur("USD")}},
      {"L’un a coûté 6 millions de dollars, contre 100 pour l’autre.",
       {fig(M, "6 millions de dollars").val(6e6).cur("USD"), fig(M, "100").val(1e8).cur("USD")}},
      // Coordinated amounts share the unit and scale of the last one; a range needs "entre".
      {"Les deux offres coûtaient respectivement 3 et 9 dollars.",
       {fig(M, "3").val(3).cur("USD"), fig(M, "9 dollars").val(9).cur("USD")}},
      {"Les deux usines coûtent 2 et 5 milliards d’euros.",
       {fig(M, "2").val(2e9).cur("EUR"), fig(M, "5 milliards d’euros").val(5e9).cur("EUR")}},
      {"Le budget est passé entre 2024 et 3 milliards d’euros.", {fig(M, "3 milliards d’euros").val(3e9).cur("EUR")}},
  });
}
