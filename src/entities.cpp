// Entity extractor stage: see entities.h. The steps live in entities_*.cpp
// (see entities_internal.h); this file runs them in order.
#include "analyze/entities.h"

#include <algorithm>

#include "entities_internal.h"

namespace analyze {

struct EntityExtractor::Impl {
  entities::Resources resources;
};

std::unique_ptr<EntityExtractor> EntityExtractor::create(const std::vector<GazetteerSource>& extra, std::string* error) {
  auto impl = std::make_unique<Impl>();
  if (!entities::load_resources(impl->resources, extra, error)) return nullptr;
  return std::unique_ptr<EntityExtractor>(new EntityExtractor(std::move(impl)));
}

EntityExtractor::EntityExtractor(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
EntityExtractor::~EntityExtractor() = default;

// Buffers larger than this (a long text's chunk) are given back after the
// article: the pipeline's peak memory stays what it was, and short articles,
// the common case, keep theirs.
constexpr std::size_t kKeptTokens = 16 * 1024;

struct EntityScratch::Buffers {
  entities::Doc doc;
  entities::Extraction ex;
  // Empties the buffers, keeping their room unless it is large.
  void recycle() {
    if (doc.info.capacity() > kKeptTokens) {
      doc = entities::Doc{};
      ex = entities::Extraction{};
    }
    ex.candidates.clear();
    ex.keys.clear();
  }
};

EntityScratch::EntityScratch() : buffers_(std::make_unique<Buffers>()) {}
EntityScratch::~EntityScratch() = default;
EntityScratch::EntityScratch(EntityScratch&&) noexcept = default;
EntityScratch& EntityScratch::operator=(EntityScratch&&) noexcept = default;

std::vector<Entity> EntityExtractor::extract(std::string_view text, const TokenizedText& tokens) const {
  EntityScratch scratch;
  return extract(text, tokens, scratch);
}

std::vector<Entity> EntityExtractor::extract(std::string_view text, const TokenizedText& tokens, EntityScratch& scratch) const {
  using namespace entities;
  const Resources& res = impl_->resources;
  Doc& doc = scratch.buffers_->doc;
  Extraction& ex = scratch.buffers_->ex;
  annotate(res, text, tokens, doc);
  ex.cover.assign(doc.size(), kFree);
  match_gazetteer(res, doc, ex);
  extend_products(res, doc, ex);
  find_quoted_titles(doc, ex);
  find_runs(res, doc, ex);
  std::sort(ex.candidates.begin(), ex.candidates.end(), [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  attach_handles(doc, ex);
  find_text_owners(doc, ex);
  std::vector<std::vector<int>> groups = link_candidates(res, doc, ex);
  rescan_short_forms(doc, ex, groups);
  std::vector<Entity> entities = build_entities(res, doc, ex, groups);
  recycle_groups(ex, groups);
  scratch.buffers_->recycle();
  return entities;
}

}  // namespace analyze
