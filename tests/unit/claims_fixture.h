// Test support for the claim stage: builds the entities and figures of a
// text by hand (so the claim rules are tested apart from the entity and
// figure stages), runs ClaimExtractor, and looks results up by name.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analyze/claims.h"
#include "analyze/tokenizer.h"

namespace claims_test {

struct EntitySpec {
  std::string name;
  analyze::EntityType type;
  std::vector<std::string> forms;  // surface forms to mark in the text; the name when empty
  std::string owner;               // name of the owning company, for a product
};

struct FigureSpec {
  std::string text;  // surface text, found in order of appearance
  analyze::FigureKind kind = analyze::FigureKind::Money;
  std::optional<double> value;
  std::string currency;
  std::string per;
  bool vague = false;
  analyze::Approx approx = analyze::Approx::None;
};

inline FigureSpec money(std::string text, double value, std::string currency, std::string per = {}) {
  return {std::move(text), analyze::FigureKind::Money, value, std::move(currency), std::move(per)};
}
inline FigureSpec vague_money(std::string text, std::string currency = {}) {
  return {std::move(text), analyze::FigureKind::Money, std::nullopt, std::move(currency), {}, true};
}
inline FigureSpec percent(std::string text, double value, analyze::Approx approx = analyze::Approx::None) {
  return {std::move(text), analyze::FigureKind::Percent, value, {}, {}, false, approx};
}
inline FigureSpec quantity(std::string text, double value) {
  return {std::move(text), analyze::FigureKind::Quantity, value, {}, {}};
}

struct Result {
  std::string text;  // the text analyzed, which figure spans refer to
  std::vector<analyze::Entity> entities;
  std::vector<analyze::Figure> figures;
  std::vector<analyze::Claim> claims;

  // Name of the subject of the figure whose text is `text` ("" when none).
  std::string subject_of(const std::string& text) const;
  analyze::Role role_of(const std::string& text) const;
  // The claim of `kind` between the two names, in either order, or null.
  const analyze::Claim* claim(analyze::ClaimKind kind, const std::string& a, const std::string& b) const;
  std::string describe_claims() const;
};

Result run(const std::string& text, const std::vector<EntitySpec>& entities, const std::vector<FigureSpec>& figures);

}  // namespace claims_test
