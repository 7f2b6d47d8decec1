// Numbers that are not figures: dates, years, times, ranks, versions, model
// names, ratings, phone numbers, idioms, counts no claim rests on. Each
// sentence must give no figure at all. Sentences written for the tests.
#include "test_figures_util.h"

using namespace figures_test;

TEST_CASE("numbers that are not figures", "[figures][negatives]") {
  const std::vector<std::string> sentences = {
      // dates, years, times
      "Le 15 janvier, la start-up a présenté son application.",
      "La société a été fondée en 2023 à Hangzhou.",
      "L’annonce est tombée le 20/01/2025 au matin.",
      "Le lancement est prévu pour 2025-2026.",
      "La conférence commence à 10 h 30.",
      "Le direct débute à 10h30 heure de Paris.",
      "Rendez-vous à 14 heures devant le siège.",
      "Le service répond 24h/24 et 7j/7.",
      "Les résultats du T3 2024 sont attendus.",
      "L’exercice 2024/25 s’annonce difficile.",
      // ranks and ordinals
      "L’application s’est classée 1re sur l’App Store.",
      "Le modèle arrive 2e, devant le 3ème du classement.",
      "Il a décroché la première place au XXIe siècle.",
      // versions, model names, products
      "OpenAI a dévoilé GPT-4 puis GPT-4o.",
      "Alibaba a présenté Qwen 2.5-Max la semaine dernière.",
      "La mise à jour iOS 18 arrive sur l’iPhone 16.",
      "Windows 11 remplace Windows 10 dans les bureaux.",
      "Le GPU H800 est moins puissant que le H100.",
      "La RTX 4090 reste la carte la plus chère.",
      "Llama 3 70B rivalise avec o1 sur ce test.",
      "La version 2.1.3 corrige le bug.",
      "La 5G couvre désormais tout le pays.",
      "La pandémie de COVID-19 a tout changé.",
      "L’impression 3D progresse dans l’industrie.",
      // ratings, numbering, phone numbers, references
      "Note moyenne 0 / 5. Nombre de votes 0",
      "🐋 1/n",
      "Appelez le 01 23 45 67 89 pour plus d’informations.",
      "Composez le +33 6 12 34 56 78.",
      "L’article 5, alinéa 3, page 12, le prévoit.",
      "Le vol AF 447 est parti du terminal 2E.",
      "Le CAC 40 a ouvert en retrait.",
      // idioms and amounts with no number
      "On l’a déjà vu mille fois.",
      "Le modèle est deux fois plus rapide et 27 fois moins cher.",
      "Il a dépensé une fortune en électricité.",
      "Les investissements massifs se poursuivent.",
      // counts that no cost or performance claim rests on
      "Des milliers de développeurs ont testé le modèle.",
      "Il a jeté des centaines de gâteaux et testé des dizaines de variations.",
      "Des millions de personnes utilisent ces outils.",
      "Il a passé quelques jours à Paris et plusieurs mois à Pékin.",
      "Le modèle a trois couches et traite 8 langues.",
      "Deux clients et trois ingénieurs ont testé le service.",
      "Il a fallu 3 millions d’années pour en arriver là.",
      "Un modèle, une entreprise, un dollar de plus ne changent rien.",
      "Les 3 premiers modèles valent mieux que 10 autres.",
      "Ils étaient 2 millions à suivre le direct.",
      "Ils sont des millions à payer l’abonnement en euros.",
      "La ville compte 3 M d’habitants.",
      "Le modèle traite 24 heures de vidéo.",
  };
  for (const std::string& s : sentences) check_case({s, {}});
}

TEST_CASE("huge numbers give no figure and no inf", "[figures][negatives]") {
  check_case({"Il a levé " + std::string(10000, '9') + " dollars.", {}});
  check_case({"Le total atteint 1" + std::string(400, '0') + " €.", {}});
  const std::string digits(1u << 20, '7');
  CHECK(figures_of(digits).empty());
  std::string groups = "Le coût est de 1";
  for (int i = 0; i < 3000; ++i) groups += " 000";
  check_case({groups + " euros.", {}});
}
