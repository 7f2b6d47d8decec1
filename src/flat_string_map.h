// Internal to the figure extractor and the number parser: a map from short
// strings (folded words, a few hundred of them) looked up by string_view for
// every token near a number. std::unordered_map hashed every key with
// std::_Hash_bytes and walked a node list; this one first rejects a key whose
// length and first byte no entry has (most words), then probes an open
// addressing table with a cheap hash of at most 16 bytes.
//   FlatStringMap<double> m;  m.emplace("million", 1e6);  m.find("million") → &1e6
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace analyze::figures_detail {

// A hash of the length, the first 8 and the last 8 bytes (all of a key of
// up to 16 bytes); longer keys are rare and only compare more.
inline std::uint64_t short_string_hash(std::string_view s) {
  const std::size_t n = s.size();
  std::uint64_t a = 0, b = 0;
  if (n >= 8) {
    std::memcpy(&a, s.data(), 8);
    std::memcpy(&b, s.data() + n - 8, 8);
  } else if (n >= 4) {
    std::uint32_t x, y;
    std::memcpy(&x, s.data(), 4);
    std::memcpy(&y, s.data() + n - 4, 4);
    a = x;
    b = y;
  } else if (n > 0) {
    a = static_cast<unsigned char>(s[0]) | static_cast<std::uint64_t>(static_cast<unsigned char>(s[n / 2])) << 8 |
        static_cast<std::uint64_t>(static_cast<unsigned char>(s[n - 1])) << 16;
  }
  std::uint64_t h = (a ^ std::rotl(b * 0x9E3779B97F4A7C15ull, 31) ^ n) * 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 29);
}

template <class V>
class FlatStringMap {
 public:
  using Entry = std::pair<std::string, V>;

  // The value of `key`, or nullptr.
  const V* find(std::string_view key) const {
    if (!may_hold(key)) return nullptr;
    for (std::size_t slot = short_string_hash(key) & mask_;; slot = (slot + 1) & mask_) {
      const std::uint32_t index = slots_[slot];
      if (index == 0) return nullptr;
      const Entry& e = entries_[index - 1];
      if (e.first == key) return &e.second;
    }
  }

  // Adds `key` with `value` unless it is there already (which keeps its value).
  bool emplace(std::string_view key, V value) {
    if (find(key)) return false;
    insert(key, std::move(value));
    return true;
  }

  // The value of `key`, added with V{} when missing.
  V& operator[](std::string_view key) {
    if (const V* v = find(key)) return const_cast<V&>(*v);
    return insert(key, V{});
  }

  std::size_t size() const { return entries_.size(); }
  auto begin() const { return entries_.cbegin(); }
  auto end() const { return entries_.cend(); }

 private:
  bool may_hold(std::string_view key) const {
    if (key.empty()) return has_empty_;
    const auto first = static_cast<unsigned char>(key.front());
    return (lengths_ >> (key.size() < 63 ? key.size() : 63) & 1) != 0 && (first_bytes_[first >> 6] >> (first & 63) & 1) != 0;
  }

  V& insert(std::string_view key, V value) {
    entries_.emplace_back(std::string(key), std::move(value));
    if (key.empty()) {
      has_empty_ = true;
    } else {
      lengths_ |= std::uint64_t{1} << (key.size() < 63 ? key.size() : 63);
      const auto first = static_cast<unsigned char>(key.front());
      first_bytes_[first >> 6] |= std::uint64_t{1} << (first & 63);
    }
    if (2 * entries_.size() > slots_.size()) rebuild(2 * slots_.size());
    else place(entries_.size());
    return entries_.back().second;
  }

  // Rebuilds the slots at `size` (a power of two), keeping them at most half full.
  void rebuild(std::size_t size) {
    slots_.assign(size < 16 ? 16 : size, 0);
    mask_ = slots_.size() - 1;
    for (std::size_t i = 1; i <= entries_.size(); ++i) place(i);
  }

  void place(std::size_t index) {
    std::size_t slot = short_string_hash(entries_[index - 1].first) & mask_;
    while (slots_[slot] != 0) slot = (slot + 1) & mask_;
    slots_[slot] = static_cast<std::uint32_t>(index);
  }

  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_ = std::vector<std::uint32_t>(16, 0);  // entry index + 1, 0 when free
  std::size_t mask_ = 15;
  std::uint64_t lengths_ = 0;               // bit n: some key has n bytes (63: 63 or more)
  std::uint64_t first_bytes_[4] = {};       // bit b: some key starts with byte b
  bool has_empty_ = false;
};

}  // namespace analyze::figures_detail
