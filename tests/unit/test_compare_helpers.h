// Builders for the cross-article comparison tests: hand-made facts, so that
// the tests do not depend on what the extraction stages find.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "analyze/compare.h"

namespace compare_test {

inline analyze::EntityRef company(const std::string& name, std::vector<std::string> aliases = {}) {
  return {{name, std::move(aliases), analyze::EntityType::Company}, {}};
}

inline analyze::EntityRef product(const std::string& name, const std::string& owner = "", std::vector<std::string> aliases = {}) {
  analyze::EntityRef ref{{name, std::move(aliases), analyze::EntityType::Product}, {}};
  if (!owner.empty()) ref.owner = {owner, {}, analyze::EntityType::Company};
  return ref;
}

// A money figure: "5,8 millions de dollars" about `subject`, with role `role`.
inline analyze::FigureFact money(analyze::EntityRef subject, analyze::Role role, std::string text, std::optional<double> value,
                                 std::string currency = "USD") {
  analyze::FigureFact f;
  f.subject = std::move(subject);
  f.role = role;
  f.text = std::move(text);
  f.value = value;
  f.currency = std::move(currency);
  f.context = "Phrase de contexte où figure " + f.text + ".";
  return f;
}

inline analyze::FigureFact with_approx(analyze::FigureFact f, analyze::Approx approx) {
  f.approx = approx;
  return f;
}

inline analyze::FigureFact with_per(analyze::FigureFact f, std::string per) {
  f.per = std::move(per);
  return f;
}

inline analyze::FigureFact vague(analyze::FigureFact f, std::optional<double> low, std::optional<double> high) {
  f.value.reset();
  f.low = low;
  f.high = high;
  f.vague = true;
  return f;
}

inline analyze::FigureFact range(analyze::FigureFact f, double low, double high) {
  f.value.reset();
  f.low = low;
  f.high = high;
  return f;
}

// One article per figure: a.txt, b.txt, c.txt...
inline std::vector<analyze::ArticleFacts> one_article_each(std::initializer_list<analyze::FigureFact> figures) {
  std::vector<analyze::ArticleFacts> articles;
  for (const analyze::FigureFact& f : figures) {
    analyze::ArticleFacts a;
    a.source = std::string(1, static_cast<char>('a' + articles.size())) + ".txt";
    a.figures.push_back(f);
    articles.push_back(std::move(a));
  }
  return articles;
}

// The group titled `title`, or nullptr.
inline const analyze::FactGroup* find_group(const analyze::ComparisonReport& report, const std::string& title) {
  for (const analyze::FactGroup& g : report.groups)
    if (g.title == title) return &g;
  return nullptr;
}

}  // namespace compare_test
