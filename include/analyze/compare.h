// Cross-article comparison: where articles disagree about the same amount.
//
// Each article is reduced to small fact records (its money figures with a
// subject and a role, its counted quantities, its cost/performance claims),
// either from a Document in memory or from one line of saved `--format
// jsonl` output, so that extraction and comparison can run on different
// machines. compare_articles() then groups the facts of all articles and
// gives each group a verdict:
//
//   a.txt "DeepSeek a entraîné V3 pour 5,8 millions de dollars"
//   b.txt "l'entraînement de DeepSeek-V3 a coûté 6 millions de dollars"
//   c.txt "DeepSeek aurait dépensé quelques centaines de millions de dollars"
//   → group "training cost of DeepSeek" (V3's owner pays for its training),
//     spread 5,8 M … 1 Md (USD), verdict conflict, two positions:
//     5,8–6 M (a, b) and 100 M–1 Md (c).
//
// Grouping keys, normalization and verdict rules are in docs/compare.md.
// Nothing here keeps a Document: facts copy what they need.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/document.h"

namespace analyze {

// ---------------------------------------------------------------- facts --

// An entity as one article names it.
struct EntityName {
  std::string name;                  // "" when the article does not say
  std::vector<std::string> aliases;  // "R1", "Deepseek R1"...
  std::optional<EntityType> type;
  bool operator==(const EntityName&) const = default;
};

// Who a fact is about, with what lets names from different articles meet:
// "R1" made by DeepSeek meets "DeepSeek R1" and "DeepSeek-R1".
struct EntityRef {
  EntityName entity;
  EntityName owner;  // the company that makes a product; empty name when unknown
  bool operator==(const EntityRef&) const = default;
};

// One money figure or quantity with a subject, as an article states it.
struct FigureFact {
  EntityRef subject;
  Role role = Role::None;
  FigureKind kind = FigureKind::Money;
  std::optional<double> value, low, high;
  std::string currency;  // ISO 4217, "" when unknown
  std::string unit;      // counted noun of a quantity ("GPU")
  std::string per;       // rate denominator ("year", "1M tokens")
  Approx approx = Approx::None;
  bool vague = false;
  std::string text;      // "5,8 millions de dollars"
  std::string context;   // the sentence
  std::uint32_t sentence = 0;
  bool operator==(const FigureFact&) const = default;
};

// A cost or performance claim setting one entity against another.
struct ComparisonFact {
  ClaimKind kind = ClaimKind::Cost;
  EntityRef subject, object;
  std::optional<double> subject_value, object_value;
  std::optional<double> ratio;         // subject/object, from the two figures
  std::optional<double> stated_ratio;  // what ratio_text says, as subject/object
  std::string ratio_text;              // "27 fois moins cher"
  std::string text;                    // the sentence
  std::uint32_t sentence = 0;
  bool operator==(const ComparisonFact&) const = default;
};

// What one article contributes to the comparison.
struct ArticleFacts {
  std::string source;  // file name or record id
  std::vector<FigureFact> figures;
  std::vector<ComparisonFact> comparisons;
  std::size_t skipped_figures = 0;  // figures with no subject, or no role a comparison can use
  bool operator==(const ArticleFacts&) const = default;
};

// The comparable facts of a Document. Money and percentages need a subject
// and a role other than "other"; quantities need a subject and a unit.
ArticleFacts facts_from_document(const Document& doc);

// The same from one JSON object as `document_to_json` writes it (one line of
// `--format jsonl`). Returns false and sets *error (without a location) when
// the line is not such an object. A record reporting a failed article
// ({"error": ...} without "figures") is an error too.
bool facts_from_json(std::string_view json, ArticleFacts* facts, std::string* error);

// Reads saved output: JSON Lines (blank lines skipped) or one JSON array of
// documents (`--format json`). Calls `sink` for each article in order; each
// bad line adds "NAME:LINE: reason" to *errors and is skipped.
// Returns the number of articles read.
std::size_t read_saved_results(std::istream& in, std::string_view name, const std::function<void(ArticleFacts&&)>& sink,
                               std::vector<std::string>* errors);

// ----------------------------------------------------------- comparison --

enum class Agreement : std::uint8_t {
  Agree,            // the stated values or bounds overlap: 5,8 M and "moins de 6 M"
  MinorDifference,  // they overlap once rounding and 10 % are allowed: 6 M, 5,8 M, 5,576 M
  Conflict,         // they do not: 6 M and "quelques centaines de millions"
  NotComparable,    // different currencies (no exchange rates)
  Insufficient,     // fewer than two values with numbers ("des milliards" alone, performance claims)
};

std::string_view to_string(Agreement agreement);

struct CompareOptions {
  double tolerance = 0.10;  // relative difference still called minor (max/min ≤ 1 + tolerance)
  double about = 0.10;      // "environ 370 $" stands for 370 ± 10 %
};

// A range of numbers, in the group's unit; nullopt = unbounded on that side.
struct Bounds {
  std::optional<double> low, high;
  bool operator==(const Bounds&) const = default;
};

// One statement in a group, as its article wrote it and as normalized.
struct GroupValue {
  std::string source;
  std::string subject;  // the entity as this article names it ("DeepSeek-V3")
  std::string object;   // a claim's other side as this article names it
  std::string text;     // figure text, or the claim's ratio_text
  std::string context;  // the sentence
  std::optional<double> value, low, high;  // as stated; for a claim, value is the ratio (in the group's order)
  std::optional<double> a_value, b_value;  // a claim's two values, in the group's order
  std::string currency, per;
  Approx approx = Approx::None;
  bool vague = false;
  Bounds written;           // the numbers written, in the group's unit and rate
  Bounds stated;            // what the words bound ("environ", "moins de"), in the group's unit: judged
  bool compared = false;    // entered the verdict (has a number, right currency)
  std::size_t mentions = 1; // the same value repeated in the same article
  int position = -1;        // index into FactGroup::positions
};

// Values that agree with one another once rounding is allowed.
struct Position {
  Bounds range;                      // smallest and largest stated number
  std::vector<std::string> sources;  // sorted, distinct
};

struct Spread {
  double min = 0, max = 0;
  std::optional<double> ratio;  // max/min, when min > 0
};

enum class GroupKind : std::uint8_t { Figure, Comparison };

// Facts about the same thing from any number of articles.
struct FactGroup {
  GroupKind kind = GroupKind::Figure;
  std::string title;    // "training cost of DeepSeek", "price of o1 per 1M tokens", "cost ratio DeepSeek R1 / o1"
  std::string subject;  // display name of the entity (pair: first side)
  std::string object;   // pair groups: the other side
  std::vector<std::string> names;  // every name the articles use for the subject (and object), and the display names
  Role role = Role::None;
  FigureKind figure_kind = FigureKind::Money;
  ClaimKind claim_kind = ClaimKind::Cost;
  std::string unit;      // quantity unit
  std::string per;       // rate every value is expressed in
  std::string currency;  // the single currency, or "" (unknown or mixed)
  std::vector<GroupValue> values;
  std::size_t articles = 0;    // distinct sources among the values
  bool cross_article = false;  // values that entered the verdict come from two articles or more
  Agreement verdict = Agreement::Insufficient;
  std::string note;                   // why, in words
  std::vector<std::string> caveats;   // what was assumed ("currency not stated by 1 value, taken as USD")
  std::optional<Spread> spread;
  std::vector<Position> positions;
};

struct ComparisonReport {
  std::size_t articles = 0;
  std::size_t figure_facts = 0;
  std::size_t comparison_facts = 0;
  std::size_t skipped_figures = 0;
  std::vector<FactGroup> groups;  // cross-article first, by verdict (conflict first), then title
};

// Groups and judges the facts of `articles` (taken by value: their strings
// move into the report). The result does not depend on the order of the
// articles or of their facts.
ComparisonReport compare_articles(std::vector<ArticleFacts> articles, const CompareOptions& options = {});

// ------------------------------------------------------------- reports --

// The whole report as one JSON object (indented, or on one line), written
// one group at a time.
void write_comparison_json(std::ostream& out, const ComparisonReport& report, bool pretty);
std::string comparison_report_to_json(const ComparisonReport& report, bool pretty);

// One JSON object per line: a summary line, then one line per group.
void write_comparison_jsonl(std::ostream& out, const ComparisonReport& report);

struct TextReportOptions {
  bool color = false;
  bool all = false;  // also groups stated by one article and groups with nothing to compare
};

// Readable report: per group its title, verdict, spread, then each value
// with its article and a shortened sentence.
void write_comparison_text(std::ostream& out, const ComparisonReport& report, const TextReportOptions& options);

}  // namespace analyze
