// The value types that flow between pipeline stages and into the report:
// figures (money, percentages, quantities), entities, claims and the
// Document that gathers them for one article.
//
// Offsets are byte offsets into the decoded article text (UTF-8, NFC), end
// exclusive; sentence numbers count from 0.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/compact.h"

namespace analyze {

struct Span {
  std::uint64_t start = 0;
  std::uint64_t end = 0;
};

enum class FigureKind : std::uint8_t { Money, Percent, Quantity };

// The qualifier bounding a value: "environ 3 %" → About, "moins de 6 M$" → AtMost.
enum class Approx : std::uint8_t { None, About, AtMost, AtLeast, Nearly };

// What a money figure is, from the claim it belongs to.
enum class Role : std::uint8_t {
  None,
  TrainingCost,
  Price,
  OperatingCost,
  Investment,
  Revenue,
  Valuation,
  MarketLoss,
  Fine,
  Funding,
  Other,
};

enum class EntityType : std::uint8_t { Company, Person, Product, Organization };

enum class ClaimKind : std::uint8_t { Cost, Performance };

// Whether the relation an article states agrees with its own figures.
enum class Verdict : std::uint8_t { NotChecked, Consistent, Inconsistent };

inline constexpr int kNoEntity = -1;

// One amount, percentage or counted quantity, as written in the article.
// "environ 7-8 milliards de dollars par an" → Money, low 7e9, high 8e9,
// currency "USD", per "year", approx About. Its surface text is
// figure_text(doc, f): a huge article holds millions of figures, so each is
// kept small (120 bytes: compact.h) and quotes the text by span.
struct Figure {
  Span span;                         // the surface form, number + scale + unit, in Document::text
  Span context;                      // its sentence in Document::text; quoted by figure_context()
  OptionalNumber value;              // exact value, in full units
  OptionalNumber low, high;          // range or vague bounds
  ShortText currency;                // ISO 4217 code, empty when unknown
  ShortText unit;                    // counted noun in the singular ("GPU")
  ShortText per;                     // rate denominator ("year", "1M tokens")
  std::uint32_t sentence = 0;
  int subject = kNoEntity;           // index into Document::entities
  FigureKind kind = FigureKind::Money;
  Approx approx = Approx::None;
  bool vague = false;                // "des milliards", "quelques centaines de millions"
  Role role = Role::None;
};

struct Mention {
  Span span;
  std::uint32_t sentence = 0;
};

// One real-world entity, once per article, with every mention of it.
struct Entity {
  EntityType type = EntityType::Company;
  std::string name;                  // the fullest form the article uses
  std::vector<std::string> aliases;  // other forms seen, without elision
  std::vector<Mention> mentions;     // in document order
  std::string origin;                // "gazetteer", "context", "pattern"...
  int owner = kNoEntity;             // for a product, the company that makes it ("DeepSeek R1" → DeepSeek)
};

// A cost or performance claim setting a subject against an object.
// "DeepSeek-V3 a coûté 5,6 M$ alors que GPT-4 a coûté 100 M$" → Cost,
// subject DeepSeek-V3 (5.6e6), object GPT-4 (1e8), ratio 0.056.
struct Claim {
  ClaimKind kind = ClaimKind::Cost;
  int subject = kNoEntity;
  int object = kNoEntity;
  std::optional<double> subject_value;
  std::optional<double> object_value;
  int subject_figure = -1;           // index into Document::figures
  int object_figure = -1;
  std::optional<double> ratio;       // subject_value / object_value
  std::string ratio_text;            // stated relation: "94 % moins cher"
  std::optional<double> stated_ratio;  // what ratio_text says, as subject/object
  Verdict verdict = Verdict::NotChecked;
  std::string verdict_note;          // why, in words
  std::uint32_t sentence = 0;
  Span text;                         // its sentence in Document::text; see claim_sentence()
};

struct Stats {
  std::uint64_t bytes = 0;
  std::uint64_t sentences = 0;
  std::uint64_t tokens = 0;
  std::uint64_t words = 0;
};

// Everything the pipeline says about one article, with the text it says it
// about (kept once: figures refer to their sentence by span, not by copy).
struct Document {
  std::string text;                  // the decoded article (UTF-8, NFC) that all offsets refer to
  std::string source;                // file name, record id or "-"
  std::string encoding = "UTF-8";    // as detected on input
  Stats stats;
  std::vector<Entity> entities;
  std::vector<Figure> figures;
  std::vector<Claim> claims;
  std::vector<std::string> warnings;
};

// The surface text of `f` ("7-8 milliards de dollars"), a view into the text
// its span refers to (doc.text, or the text given to FigureExtractor::extract);
// empty when f.span is not inside it.
std::string_view figure_text(const Document& doc, const Figure& f);
std::string_view figure_text(std::string_view text, const Figure& f);

// The sentence of `f` as reports quote it: at most 400 bytes of it, cut at a
// code point and then followed by "…"; empty when f.context is not inside
// doc.text.
std::string figure_context(const Document& doc, const Figure& f);

// The whole sentence of `c`, a view into doc.text; empty when c.text is not
// inside it. Claims refer to their sentence, as figures do, so that a long
// text is not held once more in its claims.
std::string_view claim_sentence(const Document& doc, const Claim& c);

std::string_view to_string(FigureKind kind);
std::string_view to_string(Approx approx);     // "" for None
std::string_view to_string(Role role);         // "" for None
std::string_view to_string(EntityType type);
std::string_view to_string(ClaimKind kind);
std::string_view to_string(Verdict verdict);

std::optional<FigureKind> figure_kind_from_string(std::string_view s);
std::optional<Approx> approx_from_string(std::string_view s);
std::optional<Role> role_from_string(std::string_view s);
std::optional<EntityType> entity_type_from_string(std::string_view s);
std::optional<ClaimKind> claim_kind_from_string(std::string_view s);

}  // namespace analyze
