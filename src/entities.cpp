// Entity extractor stage: see entities.h. (Placeholder until the entities issue lands.)
#include "analyze/entities.h"

namespace analyze {

struct EntityExtractor::Impl {};

std::unique_ptr<EntityExtractor> EntityExtractor::create(const std::vector<GazetteerSource>&, std::string*) {
  return std::unique_ptr<EntityExtractor>(new EntityExtractor(std::make_unique<Impl>()));
}

EntityExtractor::EntityExtractor(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
EntityExtractor::~EntityExtractor() = default;

std::vector<Entity> EntityExtractor::extract(std::string_view, const TokenizedText&) const { return {}; }

}  // namespace analyze
