// Internals of the claim stage, shared by its source files (not a public
// interface): the per-sentence view the rules read and the rule passes (the
// cue lexicon is in claims_lexicon.h). See claims.h for the contract and
// docs/claims.md for the rules.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/document.h"
#include "analyze/numbers.h"
#include "analyze/tokenizer.h"
#include "claims_lexicon.h"

namespace analyze::claims {

// An entity mention or a figure located on the sentence's tokens.
struct Ref {
  int index;             // entity or figure index
  std::uint32_t first;   // token positions within the sentence
  std::uint32_t end;
};

// The tokens of a view, consecutive in TokenizedText::tokens.
class TokenRun {
 public:
  TokenRun() = default;
  TokenRun(const Token* first, std::size_t size) : first_(first), size_(size) {}
  const Token* operator[](std::size_t i) const { return first_ + i; }
  std::size_t size() const { return size_; }

 private:
  const Token* first_ = nullptr;
  std::size_t size_ = 0;
};

// What the rules read of one sentence. Its lists are slices of the arrays of
// ViewSet: a view costs no allocation of its own.
struct SentenceView {
  std::uint32_t index = 0;                 // position in the vector of views
  std::uint32_t sentence = 0;              // sentence index in the tokens (long sentences have several views)
  TokenRun tokens;
  FoldedWords words;                       // folded token texts
  std::span<const Ref> entities;           // mentions, in order
  std::span<const Ref> figures;            // in order
  std::span<const CueMatch> cues;          // in order
  // Clause and comma-separated segment number of each token, numbered only
  // in the views whose clauses a rule reads: those holding a figure, a
  // comparison or a contrast (reads_clauses in claims_sentence.cpp); all 0 in the others.
  std::span<const std::uint16_t> clause;
  std::span<const std::uint16_t> segment;
  std::string_view text;                   // the sentence
  Span span;                               // the sentence's bytes in the article

  bool has_cue(CueKind kind, std::uint32_t first, std::uint32_t end) const;
  const CueMatch* cue_at(CueKind kind, std::uint32_t position) const;
  const Ref* entity_at(std::uint32_t position) const;
  bool is_word(std::uint32_t position, std::string_view folded) const {
    return position < words.size() && words[position] == folded;
  }
};

// Positional facts about entity mentions, read off the words around them
// (claims_syntax.cpp).
namespace syntax {
// Position of the word before `pos`, skipping articles ("le", "la", "les", "l'", "un", "une", "des"); -1 if none.
int word_before(const SentenceView& view, std::uint32_t pos);
// "le R1 de DeepSeek", "l’o1 d’OpenAI", "OpenAI’s o1": the mention is the
// complement of another entity, which is what the sentence talks about.
bool is_complement(const SentenceView& view, const Ref& ref);
// A company description ("le fabricant", "le concepteur britannique") ends
// right before `pos`, give or take an adjective.
bool describes_company(const SentenceView& view, std::uint32_t pos);
// "2 000 GPU Nvidia": the mention names a supplier of the counted thing.
bool is_supplier(const SentenceView& view, const Ref& ref, const std::vector<Figure>& figures);
// "selon X", "d’après X", or a person followed by "a déclaré": a source, not a subject.
bool is_source(const SentenceView& view, const Ref& ref, EntityType type);
// "rivalise avec X", "moins cher que X": the mention is what a comparison is made against.
bool is_compared_object(const SentenceView& view, const Ref& ref);
// "Scaleway, filiale du groupe Iliad, a levé": the mention is a complement
// inside an apposition to another name, not the subject of the clause.
bool in_apposition_complement(const SentenceView& view, const Ref& ref);
// "… par X" (up to three words between "par" and X: "par des géants comme X"):
// the position of "par", or -1.
int agent_marker(const SentenceView& view, const Ref& ref);
// Whether two mentions are neighbours in a list: only commas, "et", "ou" and
// articles between them.
bool listed_together(const SentenceView& view, const Ref& prev, const Ref& next);
// Entities coordinated with `ref` by commas, "et", "ou": "OpenAI, Google et Microsoft".
std::vector<int> coordinated(const SentenceView& view, std::size_t ref_position);
// The entity of `type` a recent sentence was about (the first one it names as
// a subject, going back up to ten sentences), not named in sentence `before`
// itself: what "la société chinoise" stands for; -1 if none.
int recent_entity(const std::vector<SentenceView>& views, std::size_t before, EntityType type, const std::vector<Entity>& entities,
                  const std::vector<Figure>& figures);
// "Comparé à X", "par rapport à X", "face à X", "contre X": X is what the
// sentence measures against, not what it is about.
bool after_comparison_preposition(const SentenceView& view, const Ref& ref);
// The entity a sentence is about: its first company or product mention that is
// not a source, a supplier, a complement or what it is compared with; -1 if none.
int focus(const SentenceView& view, const std::vector<Entity>& entities, const std::vector<Figure>& figures);
}  // namespace syntax

// Everything the rule passes share for one chunk of text.
struct Context {
  std::string_view text;
  const TokenizedText& tokens;
  const std::vector<Entity>& entities;
  std::vector<Figure>& figures;
  const CueLexicon& lexicon;
  const FoldTable& folding;
  const FrenchNumbers& numbers;  // spelled-out multiples: "huit fois moins"
  // Per figure: the entity the sentence ties it to, before a product's cost
  // is handed to its maker ("DeepSeek-V3 a coûté 5,6 M$" → DeepSeek-V3).
  std::vector<int> direct_subjects;
};

// The views of every sentence of a chunk, in order (a sentence longer than
// 250 tokens is read as several views), and the arrays they are slices of.
// Not copyable: the views point into the arrays.
class ViewSet {
 public:
  ViewSet() = default;
  ViewSet(const ViewSet&) = delete;
  ViewSet& operator=(const ViewSet&) = delete;

  void build(const Context& ctx);
  const std::vector<SentenceView>& views() const { return views_; }

 private:
  // Where a view's lists start and end in the arrays below, while they may still move.
  struct Slices {
    std::size_t entities, entities_end, figures, figures_end, cues, cues_end;
  };
  void locate_items(const Context& ctx);
  void fill_view(const Context& ctx, std::uint32_t first, std::uint32_t end, Slices& slices);
  void fold_tokens(const Context& ctx);
  void number_clauses(const SentenceView& view, std::uint32_t first_token);

  char* folded_room(std::size_t size);
  std::unique_ptr<char[]> folded_;         // the folded text of every token of the chunk
  std::size_t folded_capacity_ = 0;
  std::vector<std::uint32_t> offsets_;     // token i is folded_[offsets_[i], offsets_[i + 1])
  std::vector<std::uint32_t> keys_;        // the CueLexicon key of each token
  std::vector<std::uint16_t> clause_, segment_;  // per token of the chunk
  std::vector<Ref> entity_refs_, figure_refs_;
  std::vector<CueMatch> cues_;
  // Entity mentions and figures (index, span), grouped by sentence, each
  // group sorted by start; a sentence's group starts at *_of_[s] and ends at *_of_[s + 1].
  std::vector<std::pair<int, Span>> mentions_, figures_;
  std::vector<std::uint32_t> mentions_of_, figures_of_;
  std::vector<SentenceView> views_;
  std::vector<Slices> slices_;             // of each view, while building
};

// Collects the claims of a chunk: one per view, kind and pair of entities
// (or pair of figures when the entities are unknown); sets sentence and text.
class ClaimSink {
 public:
  ClaimSink(std::vector<Claim>& out, const std::vector<Entity>& entities) : out_(out), entities_(entities) {}
  // Adds `claim` found in `view`; returns its index, or -1 when it repeats one
  // of the view or sets an entity against itself or a product against its maker.
  int add(const SentenceView& view, Claim claim);
  // Indices of the claims found in the view at position `v`.
  std::vector<std::size_t> of_view(std::uint32_t v) const;
  Claim& at(std::size_t i) { return out_[i]; }

 private:
  std::vector<Claim>& out_;
  const std::vector<Entity>& entities_;
  std::vector<std::uint32_t> view_of_;  // the view of each claim
};

// The entity the definite description `cue` of `view` stands for: the name it
// is in apposition to ("DeepSeek R1, le modèle de …"), else the company (or
// product) a recent sentence was about ("la start-up chinoise"); -1 if none.
int resolve_anaphor(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, const CueMatch& cue);

// Roles of a company's money (training, operating cost, investment, funding,
// revenue, valuation, market loss, fine), as opposed to a price.
bool is_company_role(Role role);
// Roles a cost comparison may set against each other: price, training and
// operating cost, investment (claims_comparison.cpp).
bool is_cost_role(Role role);

// The entity the figure at `fig` of `view` is most likely about, given its
// role; -1 if no name around qualifies (claims_candidates.cpp).
int best_candidate(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, const Ref& fig, Role role);

// Sets subject and role of every figure, and ctx.direct_subjects (claims_attribution.cpp).
void attribute_figures(Context& ctx, const std::vector<SentenceView>& views);

// Comparisons resting on two amounts, or on contrasting clauses of which one
// spends (claims_comparison.cpp).
void find_figure_comparisons(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view,
                             ClaimSink& sink);

// The first company or product on tokens [first, end) of `view`, or the
// company a definite description there stands for; -1 if none.
int main_entity(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, std::uint32_t first,
                std::uint32_t end);

// The main entity of the other side of a contrast ("tandis que", "là où"…)
// from token `pos`; -1 when the sentence has no contrast.
int contrasted_entity(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view, std::uint32_t pos);

// Comparisons stated in words: "rivalise avec X", "94 % moins cher que X",
// "des résultats similaires", and comparatives that continue the sentence
// before ("Leur IA est moins chère") (claims_cues.cpp).
void find_worded_comparisons(const Context& ctx, const std::vector<SentenceView>& views, const SentenceView& view,
                             ClaimSink& sink);

// The relation a comparison states, as a subject/object ratio: "94 % moins cher" → 0.06,
// "27 fois moins cher" → 1/27, "3 % du coût" → 0.03 (claims_arithmetic.cpp).
std::optional<double> stated_ratio(std::string_view relation, const Figure* percent, std::optional<double> times);

// Sets ratio, stated ratio and verdict of `claim`. The values compared are
// those of `figures` (a claim of the same pair that gives them, maybe in the
// sentence before), or of `claim` itself when null.
void check_arithmetic(Claim& claim, std::optional<double> stated, bool approximate, const Claim* figures = nullptr);
// Checks each stated relation left unchecked ("90 % moins cher" in a headline)
// against the amounts the text gives for the same pair elsewhere.
void check_against_text(std::vector<Claim>& claims);

// The entity that owns a product, or the entity itself.
int owner_or_self(const std::vector<Entity>& entities, int index);

}  // namespace analyze::claims
