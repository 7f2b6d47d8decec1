// Grouping of cross-article comparison: rate normalization, currencies,
// names that meet across articles, owners, claim pairs, order independence.
#include <catch2/catch.hpp>

#include <algorithm>

#include "test_compare_helpers.h"

using namespace analyze;
using namespace compare_test;
using Near = Catch::Detail::Approx;

namespace {

const EntityRef kO1 = product("o1", "OpenAI");

std::vector<std::string> titles(const ComparisonReport& report) {
  std::vector<std::string> out;
  for (const FactGroup& g : report.groups) out.push_back(g.title);
  std::sort(out.begin(), out.end());
  return out;
}

ComparisonFact cost_claim(EntityRef subject, EntityRef object) {
  ComparisonFact c;
  c.kind = ClaimKind::Cost;
  c.subject = std::move(subject);
  c.object = std::move(object);
  c.text = "Phrase qui compare deux coûts.";
  return c;
}

}  // namespace

TEST_CASE("compare: prices per 1K and per 1M tokens meet", "[compare]") {
  // "60 $ par million de jetons" and "0,06 $ pour 1 000 jetons".
  const auto report = compare_articles(one_article_each({with_per(money(kO1, Role::Price, "60 dollars", 60), "1M tokens"),
                                                         with_per(money(kO1, Role::Price, "0,06 dollar", 0.06), "1K tokens"),
                                                         with_per(money(kO1, Role::Price, "60 dollars", 60), "1M tokens")}));
  REQUIRE(report.groups.size() == 1);
  const FactGroup& g = report.groups[0];
  CHECK(g.title == "price of OpenAI o1 per 1M tokens");
  CHECK(g.per == "1M tokens");
  CHECK(g.verdict == Agreement::Agree);
  CHECK(*g.values[1].written.low == Near(60));
  CHECK(g.values[1].per == "1K tokens");
}

TEST_CASE("compare: per month and per year meet; other rates stay apart", "[compare]") {
  const FigureFact monthly = with_per(money(kO1, Role::Price, "20 dollars", 20), "month");
  const FigureFact yearly = with_per(money(kO1, Role::Price, "240 dollars", 240), "year");
  const FigureFact per_token = with_per(money(kO1, Role::Price, "60 dollars", 60), "1M tokens");
  const auto report = compare_articles(one_article_each({monthly, yearly, per_token}));
  REQUIRE(report.groups.size() == 2);
  const FactGroup* time = find_group(report, "price of OpenAI o1 per month");
  REQUIRE(time);
  CHECK(time->verdict == Agreement::Agree);
  CHECK(*time->values[1].written.low == Near(20));
  CHECK(find_group(report, "price of OpenAI o1 per 1M tokens"));
}

TEST_CASE("compare: different currencies are not comparable", "[compare]") {
  const EntityRef nvidia = company("Nvidia");
  const auto report = compare_articles(one_article_each({money(nvidia, Role::MarketLoss, "600 milliards de dollars", 6e11, "USD"),
                                                         money(nvidia, Role::MarketLoss, "550 milliards d’euros", 5.5e11, "EUR")}));
  REQUIRE(report.groups.size() == 1);
  const FactGroup& g = report.groups[0];
  CHECK(g.verdict == Agreement::NotComparable);
  CHECK(g.cross_article);
  CHECK(g.currency.empty());
  CHECK(g.note == "currencies differ (EUR, USD): no exchange rates");
  CHECK_FALSE(g.spread);
}

TEST_CASE("compare: an unstated currency is taken as the group's, and said so", "[compare]") {
  const EntityRef openai = company("OpenAI");
  const auto report = compare_articles(one_article_each({money(openai, Role::Investment, "1 milliard", 1e9, ""),
                                                         money(openai, Role::Investment, "1 milliard de dollars", 1e9, "USD")}));
  REQUIRE(report.groups.size() == 1);
  CHECK(report.groups[0].verdict == Agreement::Agree);
  CHECK(report.groups[0].currency == "USD");
  CHECK(report.groups[0].caveats == std::vector<std::string>{"currency not stated by 1 value, taken as USD"});
}

TEST_CASE("compare: R1, DeepSeek R1 and DeepSeek-R1 are one subject", "[compare]") {
  const auto report = compare_articles(one_article_each({
      money(product("R1", "DeepSeek"), Role::Price, "2,19 dollars", 2.19),
      money(product("DeepSeek R1", "DeepSeek", {"R1"}), Role::Price, "2,19 dollars", 2.19),
      money(product("DeepSeek-R1"), Role::Price, "2,19 dollars", 2.19),
      money(product("R1"), Role::Price, "2,19 dollars", 2.19),  // no owner: the only "… R1" in sight
  }));
  REQUIRE(report.groups.size() == 1);
  const FactGroup& g = report.groups[0];
  CHECK(g.subject == "DeepSeek R1");
  CHECK(g.articles == 4);
  CHECK(g.names == std::vector<std::string>{"DeepSeek R1", "DeepSeek-R1", "R1"});
}

TEST_CASE("compare: a bare name shared by two makers stays apart", "[compare]") {
  const auto report = compare_articles(one_article_each({
      money(product("R1", "DeepSeek"), Role::Price, "2 dollars", 2),
      money(product("R1", "Rabbit"), Role::Price, "199 dollars", 199),
      money(product("R1"), Role::Price, "3 dollars", 3),
  }));
  CHECK(titles(report) == std::vector<std::string>{"price of DeepSeek R1", "price of R1", "price of Rabbit R1"});
}

TEST_CASE("compare: a product's training cost is its owner's", "[compare]") {
  const auto report = compare_articles(one_article_each({
      money(product("DeepSeek-V3", "DeepSeek"), Role::TrainingCost, "5,6 millions de dollars", 5.6e6),
      money(company("Deepseek"), Role::TrainingCost, "6 millions de dollars", 6e6),
      money(kO1, Role::Price, "60 dollars", 60),
      money(company("OpenAI"), Role::Price, "20 dollars", 20),
  }));
  CHECK(titles(report) == std::vector<std::string>{"price of OpenAI", "price of OpenAI o1", "training cost of DeepSeek"});
  const FactGroup* g = find_group(report, "training cost of DeepSeek");
  REQUIRE(g);
  CHECK(g->values[0].subject == "DeepSeek-V3");
  CHECK(g->verdict == Agreement::MinorDifference);
}

TEST_CASE("compare: without an owner, a product named after a company is that company's", "[compare]") {
  const auto report = compare_articles(one_article_each({
      money(product("DeepSeek-V3"), Role::TrainingCost, "5,6 millions de dollars", 5.6e6),
      money(company("DeepSeek"), Role::TrainingCost, "6 millions de dollars", 6e6),
      money(product("DeepSeek-V3"), Role::Price, "1 dollar", 1),
  }));
  CHECK(titles(report) == std::vector<std::string>{"price of DeepSeek-V3", "training cost of DeepSeek"});
  CHECK(find_group(report, "training cost of DeepSeek")->articles == 2);
}

TEST_CASE("compare: roles, kinds and units make separate groups", "[compare]") {
  const EntityRef deepseek = company("DeepSeek");
  FigureFact gpus = money(deepseek, Role::None, "2 000 GPU", 2000, "");
  gpus.kind = FigureKind::Quantity;
  gpus.unit = "GPU";
  FigureFact more_gpus = gpus;
  more_gpus.text = "2 048 GPUs";
  more_gpus.value = 2048;
  more_gpus.unit = "GPUs";
  const auto report = compare_articles(one_article_each({
      money(deepseek, Role::TrainingCost, "6 millions de dollars", 6e6),
      money(deepseek, Role::Investment, "1 milliard de dollars", 1e9),
      gpus,
      more_gpus,
  }));
  CHECK(titles(report) == std::vector<std::string>{"investment of DeepSeek", "number of GPU of DeepSeek", "training cost of DeepSeek"});
  CHECK(find_group(report, "number of GPU of DeepSeek")->verdict == Agreement::MinorDifference);
}

TEST_CASE("compare: claims about one pair meet whichever side comes first", "[compare]") {
  ArticleFacts a, b;
  a.source = "a.txt";
  ComparisonFact r1_vs_o1 = cost_claim(product("R1", "DeepSeek"), kO1);
  r1_vs_o1.subject_value = 2.19;
  r1_vs_o1.object_value = 60;
  a.comparisons.push_back(r1_vs_o1);
  b.source = "b.txt";
  ComparisonFact o1_vs_r1 = cost_claim(product("o1", "OpenAI"), product("DeepSeek R1", "DeepSeek"));
  o1_vs_r1.stated_ratio = 27;  // "27 fois plus cher"
  o1_vs_r1.ratio_text = "27 fois plus cher";
  b.comparisons.push_back(o1_vs_r1);
  const auto report = compare_articles({a, b});
  REQUIRE(report.groups.size() == 1);
  const FactGroup& g = report.groups[0];
  CHECK(g.kind == GroupKind::Comparison);
  CHECK(g.title == "cost ratio DeepSeek R1 / OpenAI o1");
  CHECK(*g.values[0].value == Near(2.19 / 60));
  CHECK(*g.values[1].value == Near(1.0 / 27));
  CHECK(g.values[1].subject == "DeepSeek R1");
  CHECK(g.verdict == Agreement::MinorDifference);
  CHECK(g.cross_article);
}

TEST_CASE("compare: claims without numbers are listed, not judged", "[compare]") {
  ArticleFacts a, b;
  a.source = "a.txt";
  b.source = "b.txt";
  ComparisonFact rivals = cost_claim(product("R1", "DeepSeek"), kO1);
  rivals.kind = ClaimKind::Performance;
  a.comparisons.push_back(rivals);
  b.comparisons.push_back(rivals);
  const auto report = compare_articles({a, b});
  REQUIRE(report.groups.size() == 1);
  CHECK(report.groups[0].verdict == Agreement::Insufficient);
  CHECK_FALSE(report.groups[0].cross_article);
}

TEST_CASE("compare: the report does not depend on the order of articles", "[compare]") {
  auto articles = one_article_each({
      money(product("DeepSeek-V3", "DeepSeek"), Role::TrainingCost, "5,6 millions de dollars", 5.6e6),
      vague(money(company("DeepSeek"), Role::TrainingCost, "quelques centaines de millions", std::nullopt), 1e8, 1e9),
      with_per(money(kO1, Role::Price, "0,06 dollar", 0.06), "1K tokens"),
      with_per(money(product("o1"), Role::Price, "60 dollars", 60), "1M tokens"),
      money(company("Nvidia"), Role::MarketLoss, "600 milliards de dollars", 6e11),
  });
  articles[0].figures.push_back(money(company("Nvidia"), Role::MarketLoss, "550 milliards d’euros", 5.5e11, "EUR"));
  const std::string forward = comparison_report_to_json(compare_articles(articles), false);
  std::reverse(articles.begin(), articles.end());
  for (ArticleFacts& a : articles) std::reverse(a.figures.begin(), a.figures.end());
  CHECK(comparison_report_to_json(compare_articles(articles), false) == forward);
}

TEST_CASE("compare: cross-article groups come first, worst verdict first", "[compare]") {
  const EntityRef deepseek = company("DeepSeek");
  const auto report = compare_articles(one_article_each({
      money(deepseek, Role::TrainingCost, "6 millions de dollars", 6e6),
      money(deepseek, Role::TrainingCost, "6 millions de dollars", 6e6),
      money(deepseek, Role::Revenue, "1 milliard de dollars", 1e9),
      money(deepseek, Role::Revenue, "3 milliards de dollars", 3e9),
      money(deepseek, Role::Fine, "1 million de dollars", 1e6),
  }));
  REQUIRE(report.groups.size() == 3);
  CHECK(report.groups[0].title == "revenue of DeepSeek");
  CHECK(report.groups[0].verdict == Agreement::Conflict);
  CHECK(report.groups[1].title == "training cost of DeepSeek");
  CHECK(report.groups[2].title == "fine of DeepSeek");
  CHECK_FALSE(report.groups[2].cross_article);
}
