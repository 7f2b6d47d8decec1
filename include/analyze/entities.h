// Entity extractor stage: companies, people, products and other
// organizations named in an article, each once, with every mention.
//   "le PDG d’OpenAI, Sam Altman, … Altman a déclaré" → person "Sam Altman"
//   (alias "Altman", 2 mentions), company "OpenAI" (mention "OpenAI", not "d’OpenAI").
//   "la start-up Brumea Labs … Brumea" → company "Brumea Labs", alias "Brumea".
//   "le R1 de DeepSeek" → product "R1" whose owner is company "DeepSeek".
//   "a déclaré au Monde" → company "Le Monde" (mention "Monde"); "4,3 Md€" names nothing.
// Recognition combines gazetteers (data/gazetteer/*.tsv and the user's
// --gazetteer files), context cues ("la start-up X", "selon X"), a list of
// first names and a French word list to tell names from sentence-initial words
// (see docs/entities.md). Mentions never overlap, except that a product named
// after a maker the article names nowhere else ("DeepSeek R1") holds the
// maker's only mentions.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/document.h"
#include "analyze/tokenizer.h"

namespace analyze {

// A user gazetteer: `name` is the file name (for error messages), `content`
// its text, in the format of data/gazetteer/*.tsv (type, name, aliases).
struct GazetteerSource {
  std::string name;
  std::string content;
};

// Per-thread buffers the extractor reuses from one article to the next (the
// per-token facts, the candidates), so that a batch of short articles does
// not allocate them each time. One per Workspace; never shared by threads.
class EntityScratch {
 public:
  EntityScratch();
  ~EntityScratch();
  EntityScratch(EntityScratch&&) noexcept;
  EntityScratch& operator=(EntityScratch&&) noexcept;

 private:
  friend class EntityExtractor;
  struct Buffers;
  std::unique_ptr<Buffers> buffers_;
};

class EntityExtractor {
 public:
  // Loads the built-in gazetteers and `extra` ones. Returns nullptr and sets
  // *error (naming the file and line) when an extra gazetteer is malformed.
  static std::unique_ptr<EntityExtractor> create(const std::vector<GazetteerSource>& extra, std::string* error);
  ~EntityExtractor();

  // The entities named in `tokens` (the tokens of `text`), each once, in
  // order of first mention, with aliases and mentions filled.
  std::vector<Entity> extract(std::string_view text, const TokenizedText& tokens) const;
  // The same, with the buffers of `scratch` (what the pipeline calls).
  std::vector<Entity> extract(std::string_view text, const TokenizedText& tokens, EntityScratch& scratch) const;

 private:
  struct Impl;
  explicit EntityExtractor(std::unique_ptr<const Impl> impl);
  std::unique_ptr<const Impl> impl_;
};

}  // namespace analyze
