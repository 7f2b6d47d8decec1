// Merging the entities of an article's chunks: see entity_merge.h.
#include "entity_merge.h"

#include <algorithm>

#include "analyze/gazetteer.h"
#include "analyze/utf8.h"

namespace analyze {

namespace {

// fold_key(name) into `out`: for an ASCII name, most of them, its lower case.
void fold_name(std::string_view name, std::string& out) {
  out.resize(name.size());
  unsigned char any = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    any |= static_cast<unsigned char>(c);
    out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  if (any < 0x80) return;
  out.clear();
  append_folded(out, name);
}

}  // namespace

int EntityIndex::find_or_add(EntityType type, std::string_view name, int next) {
  fold_name(name, scratch_);
  const std::uint64_t hash = key_hash(scratch_) ^ (static_cast<std::uint64_t>(type) + 1) * 0x9E3779B97F4A7C15ull;
  if (2 * (entries_.size() + 1) > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash >> 40 & mask;; i = (i + 1) & mask) {
    const std::int32_t at = slots_[i];
    if (at < 0) {
      slots_[i] = static_cast<std::int32_t>(entries_.size());
      entries_.push_back({hash, static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint32_t>(scratch_.size()), type, next});
      keys_ += scratch_;
      return next;
    }
    const Entry& e = entries_[static_cast<std::size_t>(at)];
    if (e.hash == hash && e.type == type && std::string_view(keys_).substr(e.key_begin, e.key_size) == scratch_) return e.entity;
  }
}

void EntityIndex::grow() {
  slots_.assign(std::max<std::size_t>(64, 2 * slots_.size()), -1);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t k = 0; k < entries_.size(); ++k) {
    std::size_t i = entries_[k].hash >> 40 & mask;
    while (slots_[i] >= 0) i = (i + 1) & mask;
    slots_[i] = static_cast<std::int32_t>(k);
  }
}

std::vector<int> merge_entities(std::vector<Entity>&& chunk, std::vector<Entity>& all, EntityIndex& index) {
  std::vector<int> remap(chunk.size());
  std::vector<int> owners(chunk.size());
  if (all.capacity() < all.size() + chunk.size()) all.reserve(std::max(all.size() + chunk.size(), 2 * all.capacity()));
  for (std::size_t k = 0; k < chunk.size(); ++k) {
    Entity& e = chunk[k];
    owners[k] = e.owner;
    e.owner = kNoEntity;  // set below, once every chunk entity has its document index
    const int at = index.find_or_add(e.type, e.name, static_cast<int>(all.size()));
    remap[k] = at;
    if (static_cast<std::size_t>(at) == all.size()) {
      all.push_back(std::move(e));
      continue;
    }
    Entity& target = all[static_cast<std::size_t>(at)];
    for (std::string& alias : e.aliases)
      if (alias != target.name && std::find(target.aliases.begin(), target.aliases.end(), alias) == target.aliases.end())
        target.aliases.push_back(std::move(alias));
    target.mentions.insert(target.mentions.end(), e.mentions.begin(), e.mentions.end());
  }
  for (std::size_t i = 0; i < owners.size(); ++i) {
    Entity& e = all[static_cast<std::size_t>(remap[i])];
    if (e.owner == kNoEntity && owners[i] >= 0 && static_cast<std::size_t>(owners[i]) < remap.size())
      e.owner = remap[static_cast<std::size_t>(owners[i])];
  }
  return remap;
}

}  // namespace analyze
