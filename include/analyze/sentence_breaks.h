// Sentence boundaries, exactly where ICU's sentence BreakIterator (French
// locale) draws them, but several times faster on French text.
//
// UAX #29 always breaks after a line end (SB4) and none of its rules looks
// back across one, so each line is segmented on its own. Lines of valid
// UTF-8 without characters of the Sentence_Break classes Extend, Format, Sep
// or CR (combining marks, soft hyphens, U+2028...) are segmented by the rules
// that can apply to them (SB6-SB11), written out in sentence_breaks.cpp; the
// other lines go to ICU. The classes are ICU's own (u_getIntPropertyValue),
// kept in a table for Latin letters and punctuation.
//
//   "M. Dupont arrive. Il parle.\n" → after "M. ", after "arrive. ", after "\n"
// (the abbreviation "M." is the tokenizer's business, not this module's).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace analyze {

// The fast path alone, for one line: text[start, end) holds no '\n' but
// perhaps its last byte. Appends the boundaries inside the line (never `end`)
// to `out`; false, with `out` unchanged, when a character is outside its
// repertoire.
bool fast_sentence_boundaries(std::string_view text, std::uint64_t start, std::uint64_t end,
                              std::vector<std::uint64_t>& out);

// Holds an ICU sentence iterator for the lines the fast path leaves: one per thread.
class SentenceBreaker {
 public:
  SentenceBreaker();
  ~SentenceBreaker();
  SentenceBreaker(const SentenceBreaker&) = delete;
  SentenceBreaker& operator=(const SentenceBreaker&) = delete;

  // Replaces `out` with the boundaries of text[start, end) as ICU's iterator
  // over that range gives them: offsets into `text`, increasing, the last one
  // `end`. `start` is the start of the text or follows a '\n' (the range is
  // read as a whole text: its start is a start of text, its end an end).
  void boundaries(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<std::uint64_t>& out);

  // The same with ICU only (tests compare both).
  void icu_boundaries(std::string_view text, std::uint64_t start, std::uint64_t end, std::vector<std::uint64_t>& out);

  // For tests and fuzzing: where boundaries() and icu_boundaries() of
  // text[start, end) differ, described in words; empty when they agree.
  std::string compare_fast_path_with_icu(std::string_view text, std::uint64_t start, std::uint64_t end);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace analyze
