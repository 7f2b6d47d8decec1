// Turns the raw bytes of an article into the text every later stage reads:
// UTF-8 (BOM removed), LF line ends, NFC. Bytes that are not valid UTF-8 are
// read as Windows-1252 (what "Latin-1" on the web nearly always is), with a
// warning; UTF-16 with a byte-order mark is converted. Binary data is refused.
//
// "Co\xFBt de 5\x80" (Windows-1252) → "Coût de 5€", warning "decoded as Windows-1252".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace analyze {

struct DecodedText {
  std::string text;                   // UTF-8, NFC, LF line ends
  std::string encoding;               // "UTF-8", "Windows-1252", "UTF-16LE"...
  std::vector<std::string> warnings;  // what was repaired, in words
};

// Decodes `bytes` (taken by value so that valid input is not copied).
// Returns false and sets *error when the bytes are not text (binary data,
// or empty input).
bool decode_article(std::string bytes, DecodedText* out, std::string* error);

// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates).
// When false and `bad_offset` is given, it receives the first bad byte.
bool is_valid_utf8(std::string_view s, std::size_t* bad_offset = nullptr);

}  // namespace analyze
