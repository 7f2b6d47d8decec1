// The whole analysis of one article, as a pure function of its text:
// tokenizer → entities and figures → claims → Document. No I/O, no globals:
// the CLI, batch mode, stream mode, tests and benchmarks all call this.
//
//   auto pipeline = Pipeline::create({}, &error);
//   Workspace ws;                        // one per thread
//   Document doc = pipeline->analyze(text, ws);
//
// Long texts are cut into chunks at line ends (1 MiB by default) so that the
// stages' working memory (about 30 bytes per byte of chunk: tokens, their
// UTF-16 copy, the entities' per-token data) stays that of one chunk, not the
// article's; entities are merged across chunks by name.
#pragma once

#include <chrono>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/claims.h"
#include "analyze/document.h"
#include "analyze/entities.h"
#include "analyze/figures.h"
#include "analyze/tokenizer.h"

namespace analyze {

struct PipelineOptions {
  std::vector<GazetteerSource> gazetteers;     // user gazetteers, added to the built-in ones
  std::size_t chunk_bytes = std::size_t{1} << 20;
};

// Time spent in each stage, summed over calls; for benchmarks.
struct StageTimings {
  std::chrono::nanoseconds tokenize{0}, figures{0}, entities{0}, claims{0};
};

// What the stages find in one chunk, in chunk terms (sentence numbers from
// the chunk's first, entity indexes into `entities`).
struct ChunkResults {
  std::vector<Figure> figures;
  std::vector<Entity> entities;
  std::vector<Claim> claims;
};

// Per-thread scratch space: the tokenizer's ICU iterators and token buffers,
// the entity extractor's buffers.
struct Workspace {
  Tokenizer tokenizer;
  TokenizedText tokens;
  EntityScratch entities;  // the entity stage's per-token arrays, reused from one article to the next
  ClaimScratch claims;      // the claim stage's arrays, reused from one chunk to the next
  std::vector<TokenizedText> group_tokens;  // analyze_group(): the tokens of each article of the group
  StageTimings* timings = nullptr;  // when set, analyze() adds its stage times here
};

class Pipeline {
 public:
  // Returns nullptr and sets *error when a user gazetteer is malformed.
  static std::unique_ptr<Pipeline> create(const PipelineOptions& options, std::string* error);

  // Analyzes `text` (UTF-8, NFC, as decode_article() returns it). Thread-safe
  // as long as each thread has its own Workspace. Fills all of Document but
  // source, encoding and warnings, which belong to the caller; Document::text
  // is a copy of `text`.
  Document analyze(std::string_view text, Workspace& workspace) const;
  // The same, moving `text` into Document::text instead of copying it: what
  // the CLI does, so that a huge article is held once.
  Document analyze(std::string&& text, Workspace& workspace) const;
  Document analyze(const char* text, Workspace& workspace) const { return analyze(std::string_view(text), workspace); }

  // The Documents analyze() would return for each article, found stage by
  // stage over the group (every article tokenized, then the figures of every
  // article, …): each stage's tables and code stay in cache from one article
  // to the next, which makes articles of a few KB about 1.3× faster than one
  // at a time. Articles over kGroupArticleBytes (or empty) are analyzed alone.
  std::vector<Document> analyze_group(std::vector<std::string>&& articles, Workspace& workspace) const;
  static constexpr std::size_t kGroupArticleBytes = std::size_t{64} << 10;

 private:
  Pipeline(const PipelineOptions& options, std::unique_ptr<EntityExtractor> entities);
  // One piece of text to run the stages on, and where its tokens and results go.
  struct StageItem {
    std::string_view text;
    Span chunk;
    TokenizedText* tokens;
    ChunkResults* out;
  };
  // Runs each stage over every item before the next stage (one item: a chunk).
  void run_stages(std::span<const StageItem> items, Workspace& workspace) const;

  std::size_t chunk_bytes_;
  FigureExtractor figures_;
  std::unique_ptr<EntityExtractor> entities_;
  ClaimExtractor claims_;
};

// Cuts `text` into pieces of at most `max_bytes` (and under 2 GiB), preferably
// at line ends, else after a sentence end, else at a space, else at a code
// point boundary. Every byte belongs to exactly one piece.
std::vector<Span> split_into_chunks(std::string_view text, std::size_t max_bytes);

}  // namespace analyze
