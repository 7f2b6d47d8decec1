// URLs, e-mail addresses and handles: see atomic_spans.h.
#include "atomic_spans.h"

#include <stdexcept>
#include <string>

#include "analyze/utf8.h"

namespace analyze {
namespace {

// Group 1: URL or e-mail; group 2: @handle.
constexpr const char* kAtomicPattern =
    R"(((?:https?://|www\.|pic\.twitter\.com/)[^\s<>«»"“”]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})|(@[A-Za-z0-9_]{1,30}))";

bool is_trailing_url_punct(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '\'';
}

// Every alternative of kAtomicPattern holds one of these.
bool may_hold_atomic_span(std::string_view line) {
  return line.find('@') != std::string_view::npos || line.find("://") != std::string_view::npos ||
         line.find("www.") != std::string_view::npos || line.find(".twitter.com/") != std::string_view::npos;
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
