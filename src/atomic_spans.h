// Tokenizer helper (internal to src/): the spans ICU would cut into pieces
// but a reader sees as one token, found with one RE2 pattern:
//   "voir https://exemple.fr/a_b." → URL "https://exemple.fr/a_b" (final "." left out)
//   "presse@exemple.fr" → URL (e-mail);  "selon @sama," → handle "@sama";  "x@sama" → nothing (glued)
#pragma once

#include <re2/re2.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "analyze/document.h"
#include "analyze/tokenizer.h"

namespace analyze {

struct AtomicSpan {
  std::uint64_t start, end;
  TokenKind kind;  // Url or Handle
};

class AtomicSpanFinder {
 public:
  AtomicSpanFinder();  // compiles the pattern

  // Replaces `out` with the spans of text[range.start, range.end), in order.
  // Only lines that can hold a match are searched (no match spans a line).
  void find(std::string_view text, Span range, std::vector<AtomicSpan>& out) const;

 private:
  void find_in_line(std::string_view text, std::uint64_t start, std::uint64_t end, Span range,
                    std::vector<AtomicSpan>& out) const;
  RE2 pattern_;
};

}  // namespace analyze
