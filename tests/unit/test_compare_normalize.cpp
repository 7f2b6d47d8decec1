// Internals of cross-article comparison: rate denominators, the digits an
// article wrote, name keys, shortened sentences.
#include <catch2/catch.hpp>

#include "compare_internal.h"

using namespace analyze::compare_detail;
using Near = Catch::Detail::Approx;

TEST_CASE("compare: rate denominators reduce to a dimension and a size", "[compare]") {
  const RateTable rates;
  CHECK(rates.parse("1M tokens").dimension == "token");
  CHECK(rates.parse("1M tokens").size == 1e6);
  CHECK(rates.parse("1K tokens").size == 1e3);
  CHECK(rates.parse("1k tokens").size == 1e3);
  CHECK(rates.parse("1 000 jetons").size == 1e3);
  CHECK(rates.parse("million de jetons").size == 1e6);
  CHECK(rates.parse("1,5 million tokens").size == 1.5e6);
  CHECK(rates.parse("year").dimension == "time");
  CHECK(rates.parse("year").size / rates.parse("month").size == 12);
  CHECK(rates.parse("mois").size == rates.parse("month").size);
  CHECK(rates.parse("jours").size == 24);
  CHECK(rates.parse("user").dimension == rates.parse("utilisateurs").dimension);
  CHECK(rates.parse("1M output tokens").dimension == "token (output)");
  CHECK(rates.parse("licence").dimension == "licence");
  CHECK(rates.parse("").dimension.empty());
  CHECK(rates.parse("").size == 1);
}

TEST_CASE("compare: rounding follows the digits written", "[compare]") {
  CHECK(rounding_half_unit("6 millions de dollars", 6e6) == Near(5e5));
  CHECK(rounding_half_unit("5,8 millions de dollars", 5.8e6) == Near(5e4));
  CHECK(rounding_half_unit("5.576 millions de dollars", 5.576e6) == Near(500));
  CHECK(rounding_half_unit("2 000 GPU", 2000) == Near(0.5));
  CHECK(rounding_half_unit("2\u202F000 GPU", 2000) == Near(0.5));
  CHECK(rounding_half_unit("1,5 Md$", 1.5e9) == Near(5e7));
  CHECK(rounding_half_unit("10M$", 1e7) == Near(5e5));
  CHECK(rounding_half_unit("0,06 dollar", 0.06) == Near(0.005));
  CHECK(rounding_half_unit("un milliard", 1e9) == Near(5e8));
}

TEST_CASE("compare: name keys ignore case, accents and separators", "[compare]") {
  CHECK(name_key("DeepSeek-R1") == "deepseek r1");
  CHECK(name_key("Deepseek R1") == "deepseek r1");
  CHECK(name_key(" Société  Générale ") == "societe generale");
  CHECK(name_key("OpenAI’s") == "openai s");
  CHECK(unit_key("GPUs") == "gpu");
}

TEST_CASE("compare: sentences are shortened around the figure, on code points", "[compare]") {
  const std::string sentence = "Selon l’entreprise chinoise, l’entraînement du modèle à été très économique : "
                               "il n’aurait coûté que 5,6 millions de dollars, une somme modeste à l’échelle du secteur entier.";
  const std::string s = shorten_around(sentence, "5,6 millions de dollars", 60);
  CHECK(s.find("5,6 millions de dollars") != std::string::npos);
  CHECK(s.rfind("…", 0) == 0);
  CHECK(s.size() <= 60 + 2 * std::string("…").size());
  CHECK(shorten_around("Court.", "x", 60) == "Court.");
  CHECK(shorten_around("Titre\n\nPremière  phrase.", "x", 60) == "Titre Première phrase.");
  // Cut between words: "…il n’aurait coûté que 5,6 millions…", not "…aurait coût".
  const std::string ellipsis = "…", cut = shorten_around(sentence, "5,6 millions de dollars", 50);
  REQUIRE(cut.size() > 2 * ellipsis.size());
  const std::string inner = cut.substr(ellipsis.size(), cut.size() - 2 * ellipsis.size());
  const std::size_t at = sentence.find(inner);
  REQUIRE(at != std::string::npos);
  CHECK(sentence[at - 1] == ' ');
  CHECK(sentence[at + inner.size()] == ' ');
  CHECK(short_number(5.576e6) == "5.576 M");
  CHECK(short_number(1.2e9) == "1.2 Md");
  CHECK(short_number(60.00000000000001) == "60");
}
