// Verdicts of cross-article comparison on hand-made facts: agree, minor
// difference (rounding, 10 %), conflict, ranges, bounds and vague amounts.
#include <catch2/catch.hpp>

#include "test_compare_helpers.h"

using namespace analyze;
using namespace compare_test;

namespace {

const EntityRef kDeepSeek = company("DeepSeek");

FigureFact training(std::string text, std::optional<double> value) { return money(kDeepSeek, Role::TrainingCost, std::move(text), value); }

ComparisonReport compare_one_each(std::initializer_list<FigureFact> figures) { return compare_articles(one_article_each(figures)); }

const FactGroup& only_group(const ComparisonReport& report) {
  REQUIRE(report.groups.size() == 1);
  return report.groups[0];
}

}  // namespace

TEST_CASE("compare: the same value in two articles agrees", "[compare]") {
  const auto report = compare_one_each({training("6 millions de dollars", 6e6), training("6 M$", 6e6)});
  const FactGroup& g = only_group(report);
  CHECK(g.title == "training cost of DeepSeek");
  CHECK(g.verdict == Agreement::Agree);
  CHECK(g.note == "same value");
  CHECK(g.cross_article);
  CHECK(g.articles == 2);
  REQUIRE(g.spread);
  CHECK(g.spread->min == 6e6);
  CHECK(g.spread->ratio == Catch::Detail::Approx(1.0));
}

TEST_CASE("compare: a value under an upper bound agrees with it", "[compare]") {
  // "moins de 6 M$" agrees with "5,8 M$".
  const auto report = compare_one_each({with_approx(training("6 millions de dollars", 6e6), analyze::Approx::AtMost),
                                        training("5,8 millions de dollars", 5.8e6)});
  CHECK(only_group(report).verdict == Agreement::Agree);
}

TEST_CASE("compare: rounding to the digits written is a minor difference", "[compare]") {
  const auto report = compare_one_each({training("6 millions de dollars", 6e6), training("5,8 millions de dollars", 5.8e6),
                                        training("5,576 millions de dollars", 5.576e6)});
  const FactGroup& g = only_group(report);
  CHECK(g.verdict == Agreement::MinorDifference);
  CHECK(g.positions.size() == 1);
  CHECK(g.spread->ratio == Catch::Detail::Approx(6.0 / 5.576));

  // "1 milliard" may be a rounded 1,2 milliard; "1,0 milliard" may not.
  CHECK(only_group(compare_one_each({training("1 milliard", 1e9), training("1,2 milliard", 1.2e9)})).verdict ==
        Agreement::MinorDifference);
  CHECK(only_group(compare_one_each({training("1,0 milliard", 1e9), training("1,2 milliard", 1.2e9)})).verdict ==
        Agreement::Conflict);
}

TEST_CASE("compare: within 10 % is minor, beyond is a conflict", "[compare]") {
  CHECK(only_group(compare_one_each({training("100 dollars", 100), training("109 dollars", 109)})).verdict ==
        Agreement::MinorDifference);
  CHECK(only_group(compare_one_each({training("100 dollars", 100), training("115 dollars", 115)})).verdict ==
        Agreement::Conflict);
}

TEST_CASE("compare: a vague amount far from a precise one is a conflict", "[compare]") {
  // "quelques centaines de millions" (100 M–1 Md) against "6 millions".
  const auto report = compare_one_each({vague(training("quelques centaines de millions", std::nullopt), 1e8, 1e9),
                                        training("6 millions de dollars", 6e6), training("5,8 millions de dollars", 5.8e6)});
  const FactGroup& g = only_group(report);
  CHECK(g.verdict == Agreement::Conflict);
  REQUIRE(g.positions.size() == 2);
  CHECK(g.positions[0].sources == std::vector<std::string>{"b.txt", "c.txt"});
  CHECK(g.positions[0].range.low == 5.8e6);
  CHECK(g.positions[0].range.high == 6e6);
  CHECK(g.positions[1].sources == std::vector<std::string>{"a.txt"});
  CHECK(g.positions[1].range.high == 1e9);
  CHECK(g.values[0].position == 1);
  CHECK(g.spread->ratio == Catch::Detail::Approx(1e9 / 5.8e6));
  CHECK(g.note.find("2 positions") != std::string::npos);
}

TEST_CASE("compare: overlapping ranges agree, distant ones conflict", "[compare]") {
  const FigureFact seven_eight = range(training("7-8 milliards de dollars", std::nullopt), 7e9, 8e9);
  CHECK(only_group(compare_one_each({seven_eight, training("7,5 milliards de dollars", 7.5e9)})).verdict == Agreement::Agree);
  // "7-8" is written to the billion: 8,4 could be rounded to 8.
  CHECK(only_group(compare_one_each({seven_eight, training("8,4 milliards", 8.4e9)})).verdict == Agreement::MinorDifference);
  CHECK(only_group(compare_one_each({seven_eight, training("9,5 milliards", 9.5e9)})).verdict == Agreement::Conflict);
}

TEST_CASE("compare: at least and at most bound one side only", "[compare]") {
  const FigureFact over_100m = with_approx(training("100 millions de dollars", 1e8), analyze::Approx::AtLeast);
  CHECK(only_group(compare_one_each({over_100m, training("150 millions", 1.5e8)})).verdict == Agreement::Agree);
  CHECK(only_group(compare_one_each({over_100m, training("5,576 millions", 5.576e6)})).verdict == Agreement::Conflict);
  const FigureFact under_10 = with_approx(training("10 dollars", 10), analyze::Approx::AtMost);
  CHECK(only_group(compare_one_each({under_10, training("2 dollars", 2)})).verdict == Agreement::Agree);
}

TEST_CASE("compare: about stands for ± 10 %", "[compare]") {
  const FigureFact about_370 = with_approx(training("370 dollars", 370), analyze::Approx::About);
  CHECK(only_group(compare_one_each({about_370, training("400 dollars", 400)})).verdict == Agreement::Agree);
  CHECK(only_group(compare_one_each({about_370, training("500 dollars", 500)})).verdict == Agreement::Conflict);
}

TEST_CASE("compare: a vague amount without bounds is listed, not judged", "[compare]") {
  const auto report = compare_one_each({vague(training("des milliards", std::nullopt), std::nullopt, std::nullopt),
                                        training("6 millions de dollars", 6e6)});
  const FactGroup& g = only_group(report);
  CHECK(g.verdict == Agreement::Insufficient);
  CHECK_FALSE(g.cross_article);
  REQUIRE(g.values.size() == 2);
  CHECK_FALSE(g.values[0].compared);
  CHECK(g.values[1].compared);
}

TEST_CASE("compare: one article alone is no disagreement, even with two values", "[compare]") {
  ArticleFacts a;
  a.source = "seul.txt";
  a.figures = {training("6 millions de dollars", 6e6), training("100 millions de dollars", 1e8)};
  const auto report = compare_articles({a});
  const FactGroup& g = only_group(report);
  CHECK(g.verdict == Agreement::Conflict);  // the article contradicts itself: judged, listed with --all
  CHECK_FALSE(g.cross_article);
  CHECK(g.articles == 1);
}

TEST_CASE("compare: the same value repeated in one article counts once", "[compare]") {
  ArticleFacts a;
  a.source = "a.txt";
  a.figures = {training("6 millions de dollars", 6e6), training("6 millions de dollars", 6e6)};
  a.figures[1].sentence = 4;
  ArticleFacts b = a;
  b.source = "b.txt";
  b.figures.resize(1);
  const auto report = compare_articles({a, b});
  const FactGroup& g = only_group(report);
  REQUIRE(g.values.size() == 2);
  CHECK(g.values[0].mentions == 2);
  CHECK(g.values[1].mentions == 1);
  CHECK(g.verdict == Agreement::Agree);
}

TEST_CASE("compare: tolerance is an option", "[compare]") {
  CompareOptions strict;
  strict.tolerance = 0.01;
  const auto articles = one_article_each({training("100 dollars", 100), training("105 dollars", 105)});
  CHECK(only_group(compare_articles(articles)).verdict == Agreement::MinorDifference);
  CHECK(only_group(compare_articles(articles, strict)).verdict == Agreement::Conflict);
}
