// Merging the entities of a long article's chunks: an entity of a later
// chunk with the type and folded name (fold_key) of one already found is the
// same entity ("OpenAI" in chunk 1 and "Openai" in chunk 3).
// The index keys entities by a hash of the folded name, kept in one buffer:
// no string built, no node allocated per entity.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/document.h"

namespace analyze {

class EntityIndex {
 public:
  // The index of the entity with this type and fold_key(name), or `next`
  // (recorded as that entity's) when there is none yet.
  int find_or_add(EntityType type, std::string_view name, int next);

 private:
  struct Entry {
    std::uint64_t hash = 0;
    std::uint32_t key_begin = 0, key_size = 0;  // fold_key(name) in keys_
    EntityType type = EntityType::Company;
    int entity = kNoEntity;
  };
  void grow();
  std::string keys_;              // folded names, one after another
  std::vector<Entry> entries_;
  std::vector<std::int32_t> slots_;  // index into entries_, -1 when empty
  std::string scratch_;
};

// Adds the entities of one chunk to the document's `all`, merging by type and
// folded name (aliases and mentions go to the entity found first); returns
// the document index of each chunk entity. Owners are remapped.
std::vector<int> merge_entities(std::vector<Entity>&& chunk, std::vector<Entity>& all, EntityIndex& index);

}  // namespace analyze
