// Development aid: prints the tokens and sentences of a text (file or stdin),
// one token a line: sentence, offsets, kind, flags, text.
#include <fmt/format.h>

#include <iostream>
#include <iterator>
#include <string>

#include "analyze/text_decoding.h"
#include "analyze/tokenizer.h"

int main(int argc, char** argv) {
  std::string bytes;
  if (argc > 1) {
    FILE* f = std::fopen(argv[1], "rb");
    if (!f) return 1;
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
    std::fclose(f);
  } else {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), {});
  }
  analyze::DecodedText decoded;
  std::string error;
  if (!analyze::decode_article(bytes, &decoded, &error)) {
    std::cerr << error << '\n';
    return 1;
  }
  analyze::Tokenizer tokenizer;
  const auto tokens = tokenizer.tokenize(decoded.text);
  static const char* kinds[] = {"word", "num", "sym", "punct", "url", "handle", "emoji"};
  for (const auto& t : tokens.tokens) {
    std::string flags;
    if (t.has(analyze::kSpaceBefore)) flags += 's';
    if (t.has(analyze::kNewlineBefore)) flags += 'n';
    if (t.has(analyze::kCapitalized)) flags += 'C';
    if (t.has(analyze::kAllCaps)) flags += 'A';
    if (t.has(analyze::kElided)) flags += 'E';
    if (t.has(analyze::kHasDigit)) flags += 'D';
    fmt::print("{:>4} {:>6}-{:<6} {:<6} {:<4} {}\n", t.sentence, t.start, t.end, kinds[static_cast<int>(t.kind)], flags,
               t.in(decoded.text));
  }
  for (std::size_t i = 0; i < tokens.sentences.size(); ++i) {
    const auto& s = tokens.sentences[i];
    fmt::print("S{} [{}] {}\n", i, s.end_token - s.first_token, decoded.text.substr(s.span.start, s.span.end - s.span.start));
  }
}
