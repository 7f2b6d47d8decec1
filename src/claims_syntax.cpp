// Positional facts about entity mentions in a sentence: complements,
// suppliers, sources, agents, coordination, focus. See claims_internal.h.
#include <algorithm>
#include <array>

#include "claims_internal.h"

namespace analyze::claims::syntax {
namespace {

bool is_article(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kArticles = {"le", "la", "les", "l'", "un", "une", "des", "du"};
  return std::find(kArticles.begin(), kArticles.end(), w) != kArticles.end();
}

bool is_of(std::string_view w) { return w == "de" || w == "d'" || w == "du" || w == "des"; }

// The entity mention ending right at `end` (exclusive), if any.
const Ref* entity_ending_at(const SentenceView& view, std::uint32_t end) {
  for (const Ref& r : view.entities)
    if (r.end == end) return &r;
  return nullptr;
}

bool is_company_or_product(const Entity& e) { return e.type == EntityType::Company || e.type == EntityType::Product; }

}  // namespace

int word_before(const SentenceView& view, std::uint32_t pos) {
  int p = static_cast<int>(pos) - 1;
  while (p >= 0 && is_article(view.words[static_cast<std::size_t>(p)])) --p;
  return p;
}

bool is_complement(const SentenceView& view, const Ref& ref) {
  const int of = static_cast<int>(ref.first) - 1;
  if (of >= 1 && is_of(view.words[static_cast<std::size_t>(of)]) && entity_ending_at(view, static_cast<std::uint32_t>(of)))
    return true;
  // English possessive glued to the name, another name right after: "OpenAI’s o1".
  const std::string_view last = view.words[ref.end - 1];
  const bool possessive = last.size() > 2 && last.compare(last.size() - 2, 2, "'s") == 0;
  return possessive && view.entity_at(ref.end) != nullptr;
}

bool describes_company(const SentenceView& view, std::uint32_t pos) {
  for (const CueMatch& c : view.cues)
    if (c.kind == CueKind::Anaphor && c.end <= pos && c.end + 2 >= pos && *c.value != "product") return true;
  return false;
}

bool is_supplier(const SentenceView& view, const Ref& ref, const std::vector<Figure>& figures) {
  for (const Ref& f : view.figures)
    if (f.end == ref.first && figures[static_cast<std::size_t>(f.index)].kind == FigureKind::Quantity) return true;
  // "des puces Nvidia", "de GPU Nvidia": an indefinite plural of hardware; "la puce MI300X" names the chip itself.
  for (const CueMatch& c : view.cues) {
    if (c.kind != CueKind::Supplier || c.end != ref.first || c.first == 0) continue;
    const std::string_view before = view.words[c.first - 1];
    if (view.tokens[c.first - 1]->kind == TokenKind::Number || before == "des") return true;
    // "le concepteur britannique de puces Arm" describes Arm itself.
    if ((before == "de" || before == "d'") && !describes_company(view, c.first - 1)) return true;
  }
  return false;
}

bool is_source(const SentenceView& view, const Ref& ref, EntityType type) {
  for (const CueMatch& c : view.cues) {
    if (c.kind != CueKind::Speech) continue;
    // "selon X", "selon le cabinet X": a few words, no comma and no other name between.
    if (c.end <= ref.first && c.end + 3 >= ref.first) {
      bool clear = true;
      for (std::uint32_t p = c.end; p < ref.first && clear; ++p) clear = view.words[p] != "," && !view.entity_at(p);
      if (clear) return true;
    }
    if (type == EntityType::Person && c.first >= ref.end && c.first <= ref.end + 1) return true;  // "X a déclaré"
  }
  return false;
}

bool is_compared_object(const SentenceView& view, const Ref& ref) {
  int marker = word_before(view, ref.first);
  if (marker < 0) return false;
  std::string_view w = view.words[static_cast<std::size_t>(marker)];
  // "deux fois plus que pour Qwen 2.5", "moins cher qu'avec X": the preposition after "que".
  if ((w == "pour" || w == "chez" || w == "avec") && marker > 0 &&
      (view.words[static_cast<std::size_t>(marker - 1)] == "que" || view.words[static_cast<std::size_t>(marker - 1)] == "qu'"))
    w = view.words[static_cast<std::size_t>(--marker)];
  if (w != "avec" && w != "que" && w != "qu'" && w != "a") return false;
  for (const CueMatch& c : view.cues) {
    const bool comparison = c.kind == CueKind::PerfVerb || c.kind == CueKind::PerfComparative || c.kind == CueKind::CostComparative;
    if (comparison && static_cast<int>(c.end) <= marker + 1 && static_cast<int>(c.end) + 2 >= marker) return true;
  }
  return false;
}

bool in_apposition_complement(const SentenceView& view, const Ref& ref) {
  // The segment opens right after "X ," ...
  std::uint32_t start = ref.first;
  while (start > 0 && view.segment[start - 1] == view.segment[ref.first]) --start;
  if (start < 2 || view.words[start - 1] != "," || !entity_ending_at(view, start - 1)) return false;
  // ... and the name is the complement of a noun in it: "filiale du groupe Y", "PDG de Y".
  for (std::uint32_t p = ref.first > start + 2 ? ref.first - 2 : start; p < ref.first; ++p)
    if (is_of(view.words[p])) return true;
  return false;
}

int agent_marker(const SentenceView& view, const Ref& ref) {
  const int limit = std::max(0, static_cast<int>(ref.first) - 5);
  for (int p = static_cast<int>(ref.first) - 1; p >= limit; --p) {
    const std::string_view w = view.words[static_cast<std::size_t>(p)];
    if (w == "par") return p;
    if (w == "," || w == ";" || view.entity_at(static_cast<std::uint32_t>(p))) return -1;
  }
  return -1;
}

bool listed_together(const SentenceView& view, const Ref& prev, const Ref& next) {
  bool linked = next.first > prev.end;
  for (std::uint32_t p = prev.end; p < next.first && linked; ++p) {
    const std::string_view w = view.words[p];
    linked = w == "," || w == "et" || w == "ou" || is_article(w);
  }
  return linked;
}

std::vector<int> coordinated(const SentenceView& view, std::size_t ref_position) {
  std::vector<int> out{view.entities[ref_position].index};
  for (std::size_t k = ref_position + 1; k < view.entities.size() && listed_together(view, view.entities[k - 1], view.entities[k]); ++k)
    out.push_back(view.entities[k].index);
  return out;
}

namespace {
// "son concurrent américain Autodesk": a rival noun at most three words before the name.
bool introduced_as_rival(const SentenceView& view, const Ref& ref) {
  for (const CueMatch& c : view.cues)
    if (c.kind == CueKind::Rival && c.end <= ref.first && c.end + 3 >= ref.first) return true;
  return false;
}
}  // namespace

int recent_entity(const std::vector<SentenceView>& views, std::size_t before, EntityType type, const std::vector<Entity>& entities,
                  const std::vector<Figure>& figures) {
  const auto named_here = [&](int entity) {
    return std::any_of(views[before].entities.begin(), views[before].entities.end(), [&](const Ref& r) { return r.index == entity; });
  };
  const std::size_t stop = before > 10 ? before - 10 : 0;
  for (std::size_t s = before; s-- > stop;) {
    const SentenceView& view = views[s];
    for (const Ref& r : view.entities) {
      const Entity& e = entities[static_cast<std::size_t>(r.index)];
      if (e.type != type || named_here(r.index)) continue;
      if (is_complement(view, r) || is_source(view, r, e.type) || is_supplier(view, r, figures) || introduced_as_rival(view, r)) continue;
      return r.index;
    }
  }
  return -1;
}

bool after_comparison_preposition(const SentenceView& view, const Ref& ref) {
  const int marker = word_before(view, ref.first);
  for (const CueMatch& c : view.cues)
    if (c.kind == CueKind::Contrast && static_cast<int>(c.end) == marker + 1 &&
        (view.words[c.end - 1] == "a" || view.words[c.end - 1] == "contre"))
      return true;
  return false;
}

int focus(const SentenceView& view, const std::vector<Entity>& entities, const std::vector<Figure>& figures) {
  for (const Ref& r : view.entities) {
    const Entity& e = entities[static_cast<std::size_t>(r.index)];
    if (!is_company_or_product(e)) continue;
    if (is_complement(view, r) || is_supplier(view, r, figures) || is_source(view, r, e.type) || after_comparison_preposition(view, r) ||
        introduced_as_rival(view, r))
      continue;
    return r.index;
  }
  return -1;
}

}  // namespace analyze::claims::syntax
