// Tokenizer helper (internal to src/): the abbreviations after which a full
// stop does not end a sentence (data/abbreviations.txt), matched as whole
// words. ICU's FilteredBreakIterator matches them as suffixes, so that "art."
// held "départ. Le …" together; this filter looks at the whole word.
//   "M. Dupont arrive." → one sentence;  "Il a pris le départ. Le groupe …" → two.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace analyze {

class AbbreviationFilter {
 public:
  AbbreviationFilter();  // reads data/abbreviations.txt

  // False when the sentence break at byte `pos` of `text` follows one of the
  // abbreviations on the same line: the sentence goes on.
  bool keeps_break(std::string_view text, std::size_t pos) const;

 private:
  std::unordered_set<std::string_view> words_;  // views into the embedded data
};

}  // namespace analyze
