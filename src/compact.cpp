// The heap side of ShortText: see compact.h.
#include "analyze/compact.h"

#include <algorithm>

namespace analyze {

void ShortText::assign_new(std::string_view s) {
  clear_bytes();
  if (s.size() <= kInline) {
    if (!s.empty()) std::memcpy(bytes_, s.data(), s.size());  // an empty view may hold a null pointer
    bytes_[kTag] = static_cast<char>(s.size());
    return;
  }
  // Labels are words and short phrases: a size beyond 32 bits is no label.
  const auto n = static_cast<std::uint32_t>(std::min<std::size_t>(s.size(), std::numeric_limits<std::uint32_t>::max()));
  char* p = new char[n];
  std::memcpy(p, s.data(), n);
  std::memcpy(bytes_, &p, sizeof p);
  std::memcpy(bytes_ + sizeof p, &n, sizeof n);
  bytes_[kTag] = kHeap;
}

void ShortText::release() {
  if (on_heap()) delete[] heap_data();
  clear_bytes();
}

}  // namespace analyze
