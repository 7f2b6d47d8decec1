// URLs, e-mail addresses and handles: see atomic_spans.h.
#include "atomic_spans.h"

#include <bit>
#include <stdexcept>
#include <string>

#include "analyze/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace analyze {
namespace {

// Group 1: URL or e-mail; group 2: @handle.
constexpr const char* kAtomicPattern =
    R"(((?:https?://|www\.|pic\.twitter\.com/)[^\s<>«»"“”]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})|(@[A-Za-z0-9_]{1,30}))";

bool is_trailing_url_punct(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '\'';
}

// True when "@", "://", "www." or ".twitter.com/" holds line[i], which is '@', ':' or 'w'.
bool marker_at(std::string_view line, std::size_t i) {
  if (line[i] == '@') return true;
  if (line[i] == ':') return line.substr(i, 3) == "://";
  return line.substr(i, 4) == "www." || (i >= 2 && line.substr(i - 2, 13) == ".twitter.com/");
}

bool is_marker_byte(char c) { return c == '@' || c == ':' || c == 'w'; }

// Every alternative of kAtomicPattern holds "@", "://", "www." or
// ".twitter.com/": their bytes '@', ':' and 'w' are looked for in one pass
// (16 bytes at a time with SSE2, on every x86-64), not each marker in turn.
bool may_hold_atomic_span(std::string_view line) {
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i at = _mm_set1_epi8('@'), colon = _mm_set1_epi8(':'), w = _mm_set1_epi8('w');
  for (; i + 16 <= line.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
    const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, at), _mm_cmpeq_epi8(v, colon)), _mm_cmpeq_epi8(v, w));
    for (auto marks = static_cast<unsigned>(_mm_movemask_epi8(hits)); marks != 0; marks &= marks - 1)
      if (marker_at(line, i + static_cast<std::size_t>(std::countr_zero(marks)))) return true;
  }
#endif
  for (; i < line.size(); ++i)
    if (is_marker_byte(line[i]) && marker_at(line, i)) return true;
  return false;
}

}  // namespace

AtomicSpanFinder::AtomicSpanFinder() : pattern_(kAtomicPattern) {
  if (!pattern_.ok()) throw std::runtime_error("bad atomic token pattern: " + pattern_.error());
}

void AtomicSpanFinder::find(std::string_view text, Span range, std::vector<AtomicSpan>& out) const {
  out.clear();
  for (std::uint64_t start = range.start; start < range.end;) {
    const std::uint64_t end = end_of_line(text, start, range.end);
    if (may_hold_atomic_span(text.substr(start, end - start))) find_in_line(text, start, end, range, out);
    start = end;
  }
}

void AtomicSpanFinder::find_in_line(std::string_view text, std::uint64_t start, std::uint64_t end, Span range,
                                    std::vector<AtomicSpan>& out) const {
  re2::StringPiece input(text.data() + start, end - start);
  re2::StringPiece url, handle;
  const char* base = text.data();
  while (RE2::FindAndConsume(&input, pattern_, &url, &handle)) {
    if (!url.empty()) {
      const auto url_start = static_cast<std::uint64_t>(url.data() - base);
      std::uint64_t url_end = url_start + url.size();
      while (url_end > url_start && is_trailing_url_punct(text[url_end - 1])) --url_end;
      out.push_back({url_start, url_end, TokenKind::Url});
    } else if (!handle.empty()) {
      const auto handle_start = static_cast<std::uint64_t>(handle.data() - base);
      const bool glued = handle_start > range.start && is_word_byte(text[handle_start - 1]);
      if (!glued) out.push_back({handle_start, handle_start + handle.size(), TokenKind::Handle});
    }
  }
}

}  // namespace analyze
