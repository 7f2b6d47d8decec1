// Comparable facts of a Document in memory: see analyze/compare.h.
#include <array>
#include <utility>

#include "analyze/compare.h"
#include "compare_internal.h"

namespace analyze {
namespace compare_detail {

bool is_comparable(const FigureFact& fact) {
  if (fact.subject.entity.name.empty()) return false;
  if (fact.kind == FigureKind::Quantity) return !fact.unit.empty();
  // "other" gathers unrelated amounts: grouping them would invent conflicts.
  return fact.role != Role::None && fact.role != Role::Other;
}

}  // namespace compare_detail

namespace {

EntityName entity_name(const Document& doc, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= doc.entities.size()) return {};
  const Entity& e = doc.entities[static_cast<std::size_t>(index)];
  return EntityName{e.name, e.aliases, e.type};
}

EntityRef entity_ref(const Document& doc, int index) {
  EntityRef ref{entity_name(doc, index), {}};
  if (index >= 0 && static_cast<std::size_t>(index) < doc.entities.size())
    ref.owner = entity_name(doc, doc.entities[static_cast<std::size_t>(index)].owner);
  return ref;
}

FigureFact figure_fact(const Document& doc, const Figure& f) {
  FigureFact fact;
  fact.subject = entity_ref(doc, f.subject);
  fact.role = f.role;
  fact.kind = f.kind;
  fact.value = f.value;
  fact.low = f.low;
  fact.high = f.high;
  fact.currency = f.currency;
  fact.unit = f.unit;
  fact.per = f.per;
  fact.approx = f.approx;
  fact.vague = f.vague;
  fact.text = figure_text(doc, f);
  fact.context = figure_context(doc, f);
  fact.sentence = f.sentence;
  return fact;
}

ComparisonFact comparison_fact(const Document& doc, const Claim& c) {
  ComparisonFact fact;
  fact.kind = c.kind;
  fact.subject = entity_ref(doc, c.subject);
  fact.object = entity_ref(doc, c.object);
  fact.subject_value = c.subject_value;
  fact.object_value = c.object_value;
  fact.ratio = c.ratio;
  fact.stated_ratio = c.stated_ratio;
  fact.ratio_text = c.ratio_text;
  fact.text = std::string(claim_sentence(doc, c));
  fact.sentence = c.sentence;
  return fact;
}

}  // namespace

std::string_view to_string(Agreement agreement) {
  static constexpr std::array<std::pair<Agreement, std::string_view>, 5> kNames{{
      {Agreement::Agree, "agree"},
      {Agreement::MinorDifference, "minor_difference"},
      {Agreement::Conflict, "conflict"},
      {Agreement::NotComparable, "not_comparable"},
      {Agreement::Insufficient, "insufficient"}}};
  for (const auto& [value, name] : kNames)
    if (value == agreement) return name;
  return {};
}

ArticleFacts facts_from_document(const Document& doc) {
  ArticleFacts facts;
  facts.source = doc.source;
  for (const Figure& f : doc.figures) {
    FigureFact fact = figure_fact(doc, f);
    if (compare_detail::is_comparable(fact)) facts.figures.push_back(std::move(fact));
    else ++facts.skipped_figures;
  }
  for (const Claim& c : doc.claims) {
    ComparisonFact fact = comparison_fact(doc, c);
    if (!fact.subject.entity.name.empty() && !fact.object.entity.name.empty()) facts.comparisons.push_back(std::move(fact));
  }
  return facts;
}

}  // namespace analyze
