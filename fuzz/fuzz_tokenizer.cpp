// libFuzzer target: the tokenizer on any bytes (its input need not be valid
// UTF-8), with its invariants, and the fast word segments checked against
// ICU's word iterator on every line, the fast sentence boundaries against
// ICU's sentence iterator (differential fuzzing of word_breaks.cpp and
// sentence_breaks.cpp).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "analyze/sentence_breaks.h"
#include "analyze/tokenizer.h"
#include "analyze/word_breaks.h"

namespace {

// Tokens in order, inside the text, not empty, each in the sentence it names;
// sentences in order, covering the tokens exactly.
bool consistent(const analyze::TokenizedText& t, std::size_t text_size) {
  std::uint64_t previous_end = 0;
  for (const analyze::Token& token : t.tokens) {
    if (token.start >= token.end || token.end > text_size || token.start < previous_end) return false;
    if (token.sentence >= t.sentences.size()) return false;
    previous_end = token.end;
  }
  std::uint32_t next_token = 0;
  for (std::size_t i = 0; i < t.sentences.size(); ++i) {
    const analyze::Sentence& s = t.sentences[i];
    if (s.first_token != next_token || s.end_token <= s.first_token || s.end_token > t.tokens.size()) return false;
    for (std::uint32_t k = s.first_token; k < s.end_token; ++k)
      if (t.tokens[k].sentence != i) return false;
    next_token = s.end_token;
  }
  return next_token == t.tokens.size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static analyze::Tokenizer tokenizer;
  static analyze::TokenizedText tokens;
  tokenizer.tokenize(text, analyze::Span{0, size}, tokens);
  if (!consistent(tokens, size)) std::abort();
  static analyze::WordBreaker words;
  const std::string difference = words.compare_fast_path_with_icu(text, 0, size);
  if (!difference.empty()) {
    std::fprintf(stderr, "fast word segments differ from ICU: %s\n", difference.c_str());
    std::abort();
  }
  static analyze::SentenceBreaker sentences;
  const std::string sentence_difference = sentences.compare_fast_path_with_icu(text, 0, size);
  if (!sentence_difference.empty()) {
    std::fprintf(stderr, "fast sentence boundaries differ from ICU: %s\n", sentence_difference.c_str());
    std::abort();
  }
  return 0;
}
