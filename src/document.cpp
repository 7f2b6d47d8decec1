// Names of the document enums, as written in the JSON and CSV output, and
// the quoted text and sentence of a figure.
#include "analyze/document.h"

#include <array>
#include <utility>

#include "analyze/utf8.h"

namespace analyze {
namespace {

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum e) {
  for (const auto& [value, name] : table)
    if (value == e) return name;
  return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view s) {
  for (const auto& [value, name] : table)
    if (name == s && !name.empty()) return value;
  return std::nullopt;
}

constexpr std::array<std::pair<FigureKind, std::string_view>, 3> kFigureKinds{{
    {FigureKind::Money, "money"}, {FigureKind::Percent, "percent"}, {FigureKind::Quantity, "quantity"}}};

constexpr std::array<std::pair<Approx, std::string_view>, 5> kApprox{{
    {Approx::None, ""}, {Approx::About, "about"}, {Approx::AtMost, "at_most"}, {Approx::AtLeast, "at_least"}, {Approx::Nearly, "nearly"}}};

constexpr std::array<std::pair<Role, std::string_view>, 11> kRoles{{
    {Role::None, ""},
    {Role::TrainingCost, "training_cost"},
    {Role::Price, "price"},
    {Role::OperatingCost, "operating_cost"},
    {Role::Investment, "investment"},
    {Role::Revenue, "revenue"},
    {Role::Valuation, "valuation"},
    {Role::MarketLoss, "market_loss"},
    {Role::Fine, "fine"},
    {Role::Funding, "funding"},
    {Role::Other, "other"}}};

constexpr std::array<std::pair<EntityType, std::string_view>, 4> kEntityTypes{{
    {EntityType::Company, "company"}, {EntityType::Person, "person"}, {EntityType::Product, "product"}, {EntityType::Organization, "organization"}}};

constexpr std::array<std::pair<ClaimKind, std::string_view>, 2> kClaimKinds{{{ClaimKind::Cost, "cost"}, {ClaimKind::Performance, "performance"}}};

constexpr std::array<std::pair<Verdict, std::string_view>, 3> kVerdicts{{
    {Verdict::NotChecked, "not_checked"}, {Verdict::Consistent, "consistent"}, {Verdict::Inconsistent, "inconsistent"}}};

}  // namespace

std::string_view figure_text(std::string_view text, const Figure& f) {
  if (f.span.start > f.span.end || f.span.end > text.size()) return {};
  return text.substr(f.span.start, f.span.end - f.span.start);
}

std::string_view figure_text(const Document& doc, const Figure& f) { return figure_text(std::string_view(doc.text), f); }

std::string figure_context(const Document& doc, const Figure& f) {
  constexpr std::size_t kContextLimit = 400;  // bytes of the sentence quoted
  const Span s = f.context;
  if (s.start > s.end || s.end > doc.text.size()) return {};
  const std::string_view sentence = std::string_view(doc.text).substr(s.start, s.end - s.start);
  if (sentence.size() <= kContextLimit) return std::string(sentence);
  return std::string(sentence.substr(0, code_point_start(sentence, kContextLimit))) + "…";
}

std::string_view claim_sentence(const Document& doc, const Claim& c) {
  if (c.text.start > c.text.end || c.text.end > doc.text.size()) return {};
  return std::string_view(doc.text).substr(c.text.start, c.text.end - c.text.start);
}

std::string_view to_string(FigureKind kind) { return name_of(kFigureKinds, kind); }
std::string_view to_string(Approx approx) { return name_of(kApprox, approx); }
std::string_view to_string(Role role) { return name_of(kRoles, role); }
std::string_view to_string(EntityType type) { return name_of(kEntityTypes, type); }
std::string_view to_string(ClaimKind kind) { return name_of(kClaimKinds, kind); }
std::string_view to_string(Verdict verdict) { return name_of(kVerdicts, verdict); }

std::optional<FigureKind> figure_kind_from_string(std::string_view s) { return parse_name(kFigureKinds, s); }
std::optional<Approx> approx_from_string(std::string_view s) { return parse_name(kApprox, s); }
std::optional<Role> role_from_string(std::string_view s) { return parse_name(kRoles, s); }
std::optional<EntityType> entity_type_from_string(std::string_view s) { return parse_name(kEntityTypes, s); }
std::optional<ClaimKind> claim_kind_from_string(std::string_view s) { return parse_name(kClaimKinds, s); }

}  // namespace analyze
