// Turns the raw bytes of an article into the text every later stage reads:
// UTF-8 (BOM removed), LF line ends (CRLF and lone CR become LF), NFC.
// - Valid UTF-8 is kept as it is (with or without a BOM).
// - UTF-16LE/BE with a byte-order mark is converted.
// - Bytes that are not valid UTF-8 are read as Windows-1252 (what "Latin-1"
//   on the web nearly always is: it has € ’ œ), with a warning; unless the
//   text is mostly well-formed UTF-8 with a few damaged bytes (more
//   well-formed multi-byte sequences than bad bytes), where each bad byte
//   becomes U+FFFD, with a warning. Overlong forms and encoded surrogates
//   are bad bytes.
// - Control bytes other than tab, LF, VT, FF, CR (NUL...) become spaces, with
//   a warning, so offsets stay meaningful; binary data (over 1 % control
//   bytes, or over 5 % NULs in the first 4 KiB) and empty input are refused.
//
// "Co\xFBt de 5\x80" (Windows-1252) → "Coût de 5€", warning "decoded as Windows-1252".
// "e\xCC\x81t\xC3\xA9" (decomposed é) → "été" (NFC).
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
// or empty input). Never throws on any input.
bool decode_article(std::string bytes, DecodedText* out, std::string* error);

// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates).
// When false and `bad_offset` is given, it receives the first bad byte.
bool is_valid_utf8(std::string_view s, std::size_t* bad_offset = nullptr);

}  // namespace analyze
