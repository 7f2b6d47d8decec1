// The figures of realistic paragraphs (tests/fixtures/figures_*.txt, written
// for the tests): a fund-raising, quarterly results, a fine and an
// acquisition, AI costs. Checked by eye once, then pinned here.
#include <fstream>
#include <sstream>

#include "test_figures_util.h"

using namespace figures_test;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(ANALYZE_FIXTURES) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("figures of a fund-raising in euros", "[figures][fixtures]") {
  const std::vector<Want> want = {
      fig(kMoney, "105 millions d’euros").val(1.05e8).cur("EUR"),
      fig(kMoney, "105 millions d’euros").val(1.05e8).cur("EUR"),
      fig(kMoney, "900 millions").val(9e8).cur("EUR").qual(kAbout),
      fig(kQuantity, "180 salariés").val(180).noun("salarié").qual(kAbout),
      fig(kQuantity, "40 clients").val(40).noun("client").qual(kAtLeast),
      fig(kMoney, "12,5 M€").val(1.25e7).cur("EUR"),
      fig(kPercent, "85 %").val(85),
      fig(kMoney, "160 millions d’euros").val(1.6e8).cur("EUR"),
      fig(kMoney, "15 M$").val(1.5e7).cur("USD"),
      fig(kQuantity, "20 000 puces").val(20000).noun("puce").rate("year"),
      fig(kMoney, "8 et 10 milliards d’euros").range(8e9, 1e10).cur("EUR"),
  };
  check_case({fixture("figures_levee.txt"), want});
}

TEST_CASE("figures of quarterly results", "[figures][fixtures]") {
  const std::vector<Want> want = {
      fig(kMoney, "3 milliards").val(3e9).cur("EUR").qual(kAtLeast),
      fig(kMoney, "3,2 milliards d’euros").val(3.2e9).cur("EUR"),
      fig(kPercent, "12 %").val(12),
      fig(kMoney, "340 M€").val(3.4e8).cur("EUR"),
      fig(kPercent, "+15 %").val(15),
      fig(kPercent, "14,6 %").val(14.6),
      fig(kMoney, "1,1 Md€").val(1.1e9).cur("EUR"),
      fig(kPercent, "27 %").val(27),
      fig(kPercent, "-3,2 %").val(-3.2),
      fig(kMoney, "410 millions d’euros").val(4.1e8).cur("EUR"),
      fig(kMoney, "12,5 et 13 milliards d’euros").range(1.25e10, 1.3e10).cur("EUR"),
      fig(kMoney, "12 milliards").val(1.2e10).cur("EUR"),
      fig(kMoney, "2,10 €").val(2.1).cur("EUR").rate("share"),
      fig(kPercent, "4,3 %").val(4.3),
      fig(kMoney, "118,40 euros").val(118.4).cur("EUR"),
      fig(kMoney, "45 milliards d’euros").val(4.5e10).cur("EUR").qual(kAbout),
      fig(kQuantity, "52 000 collaborateurs").val(52000).noun("collaborateur"),
      fig(kQuantity, "1 200 postes").val(1200).noun("poste"),
  };
  check_case({fixture("figures_resultats.txt"), want});
}

TEST_CASE("figures of a fine and an acquisition", "[figures][fixtures]") {
  const std::vector<Want> want = {
      fig(kMoney, "150 millions d’euros").val(1.5e8).cur("EUR"),
      fig(kMoney, "150 millions d’euros").val(1.5e8).cur("EUR"),
      fig(kMoney, "4,3 milliards d’euros").val(4.3e9).cur("EUR"),
      fig(kMoney, "plusieurs centaines de millions d’euros").vague_between(1e8, 1e9).cur("EUR"),
      fig(kPercent, "10 %").val(10).qual(kAtMost),
      fig(kMoney, "2,3 Mds$").val(2.3e9).cur("USD"),
      fig(kMoney, "2,1 milliards d’euros").val(2.1e9).cur("EUR").qual(kAbout),
      fig(kMoney, "5,4 milliards de dollars").val(5.4e9).cur("USD"),
      fig(kMoney, "48 dollars").val(48).cur("USD").rate("share"),
      fig(kPercent, "35 %").val(35),
      fig(kMoney, "12 millions de livres sterling").val(1.2e7).cur("GBP"),
  };
  check_case({fixture("figures_amende_rachat.txt"), want});
}

TEST_CASE("figures of the costs and prices of AI models", "[figures][fixtures]") {
  const std::vector<Want> want = {
      fig(kMoney, "100 millions de dollars").val(1e8).cur("USD").qual(kAtLeast),
      fig(kMoney, "5,6 M$").val(5.6e6).cur("USD"),
      fig(kQuantity, "2 048 GPU").val(2048).noun("GPU").qual(kAtMost),
      fig(kMoney, "2 $").val(2).cur("USD").rate("hour"),
      fig(kMoney, "15 $").val(15).cur("USD").rate("1M tokens"),
      fig(kMoney, "60 $").val(60).cur("USD").rate("1M tokens"),
      fig(kMoney, "0,55 $").val(0.55).cur("USD").rate("1M tokens"),
      fig(kPercent, "96 %").val(96).qual(kAbout),
      fig(kMoney, "des centaines de milliards de dollars").vague_from(1e11).cur("USD"),
      fig(kMoney, "500 milliards de dollars").val(5e11).cur("USD"),
      fig(kQuantity, "5 GW").val(5).noun("GW"),
      fig(kQuantity, "10 millions de fois").val(1e7).noun("téléchargement").qual(kAtLeast),
      fig(kQuantity, "30 millions d’utilisateurs").val(3e7).noun("utilisateur").rate("day"),
      fig(kMoney, "1 milliard").val(1e9).cur("USD").rate("year").qual(kAtLeast),
  };
  check_case({fixture("figures_ia_couts.txt"), want});
}
