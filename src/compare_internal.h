// Internals shared by the compare*.cpp files (see analyze/compare.h); not a
// public interface.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyze/compare.h"

namespace analyze::compare_detail {

// Whether a figure can be set against other articles' figures: it needs a
// subject, and a role other than "other" (money, percent) or a unit (quantity).
bool is_comparable(const FigureFact& fact);

// ------------------------------------------------------------ names --

// The key two spellings of one name share: "DeepSeek-R1", "deepseek r1" and
// "DeepSeek R1" → "deepseek r1" (folded, with - _ . / and apostrophes as spaces).
std::string name_key(std::string_view name);

// Resolves entity references from many articles into clusters of the same
// real-world entity. Add every reference, then call resolve() once.
class EntityResolver {
 public:
  // Returns an id valid after resolve(); the same reference may be added twice.
  std::size_t add(const EntityRef& ref);
  void resolve();
  // The cluster of reference `id`, a dense number in an order that depends
  // only on the cluster's names.
  std::size_t cluster_of(std::size_t id) const;
  const std::string& display_name(std::size_t cluster) const;
  const std::vector<std::string>& names(std::size_t cluster) const;  // sorted, distinct

 private:
  struct Ref {
    std::vector<std::string> forms;    // name keys, owner-qualified when the owner is known
    std::string owner;                 // the owner's name key, "" when unknown
    std::string display;               // "DeepSeek R1" for "R1" made by DeepSeek
    std::vector<std::string> written;  // name and aliases as written
    std::optional<EntityType> type;
    std::size_t uses = 0;              // how many facts refer to it: votes for the display name
  };
  std::vector<Ref> refs_;
  std::unordered_map<std::string, std::size_t> interned_;  // the same reference is stored once
  std::vector<std::size_t> cluster_of_ref_;
  std::vector<std::string> displays_;
  std::vector<std::vector<std::string>> names_;
};

// ------------------------------------------------------------ rates --

// A rate denominator split into what is counted and how many: "1M tokens" →
// {"token", 1e6}; "month" → {"time", 730} (hours); "" → {"", 1}.
struct Rate {
  std::string dimension;
  double size = 1;
};

// Rate units and scale words from data/compare/*.tsv, loaded once.
class RateTable {
 public:
  RateTable();
  Rate parse(std::string_view per) const;

 private:
  std::optional<Rate> unit(std::string_view word_key) const;
  std::unordered_map<std::string, Rate> units_;
  std::unordered_map<std::string, double> scales_;
};

// Singular, folded form of a counted noun: "GPUs" → "gpu", "jetons" → "jeton".
std::string unit_key(std::string_view unit);

// ---------------------------------------------------------- numbers --

// Half the unit of the last digit written in `text` for the number `value`:
// ("5,8 millions", 5.8e6) → 5e4; ("6 millions", 6e6) → 5e5; no digits → half
// the leading power of ten.
double rounding_half_unit(std::string_view text, double value);

// Multiplies both ends (unbounded stays unbounded).
Bounds scaled(const Bounds& b, double factor);

// What the words of a figure bound: value ± "environ", "moins de" → (0, v],
// ranges, vague bounds. Nullopt ends are unbounded; both unbounded when the
// figure has no number at all.
Bounds stated_bounds(const FigureFact& fact, const CompareOptions& options);

// The stated bounds widened by rounding to the digits written and by the
// relative tolerance: where a value could be if its article only rounded.
Bounds widened_bounds(const FigureFact& fact, const Bounds& stated, const CompareOptions& options);

// Widened by the relative tolerance only (ratios have no written digits).
Bounds tolerance_bounds(const Bounds& stated, const CompareOptions& options);

// ---------------------------------------------------------- verdict --

// A value to judge: its stated and widened bounds, the numbers it states.
struct Judged {
  Bounds stated, widened;
  std::vector<double> numbers;  // value, or low and high
  std::string_view source;      // the article's, alive while the comparison runs
};

struct Judgement {
  Agreement verdict = Agreement::Insufficient;
  std::string note;
  std::optional<Spread> spread;
  std::vector<Position> positions;
  std::vector<int> position_of;  // per judged value
};

// Agree when every stated range shares a number, minor difference when every
// widened range does, else conflict with one position per cluster of values
// that agree once widened.
Judgement judge(const std::vector<Judged>& values);

// Judges `group` from its candidate values (in a deterministic order):
// merges repeats of one value in one article, then sets verdict, note,
// spread, positions and cross_article. Values with compared = false are
// listed, not judged.
struct Candidate {
  GroupValue value;
  Judged judged;
};
void settle_group(FactGroup& group, std::vector<Candidate> candidates);

// Every entity reference of the facts, resolved together so that figure and
// pair groups name entities alike. In walk order: articles, then their facts.
struct ResolvedRefs {
  EntityResolver names;
  std::vector<std::size_t> figures;                             // the grouping subject of each figure fact
  std::vector<std::pair<std::size_t, std::size_t>> comparisons;  // subject and object of each comparison fact
};
ResolvedRefs resolve_refs(const std::vector<ArticleFacts>& articles);

// Figure groups and claim-pair groups of all articles, unsorted. They move
// the facts' strings into the groups' values.
std::vector<FactGroup> figure_groups(std::vector<ArticleFacts>& articles, const ResolvedRefs& refs, const CompareOptions& options);
std::vector<FactGroup> pair_groups(std::vector<ArticleFacts>& articles, const ResolvedRefs& refs, const CompareOptions& options);

// ----------------------------------------------------------- output --

// `v` rounded to `digits` significant digits: hides float noise (60.00000000000001).
double round_significant(double v, int digits);

// A number for people: "5.8 M", "1.2 Md", "60", "0.0365".
std::string short_number(double v);

// Up to `max_bytes` of `sentence` around `focus`, cut at code point boundaries, with "…".
std::string shorten_around(std::string_view sentence, std::string_view focus, std::size_t max_bytes);

}  // namespace analyze::compare_detail
