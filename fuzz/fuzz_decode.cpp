// libFuzzer target: decode_article on any bytes. Whatever it accepts must be
// what every later stage assumes: valid UTF-8, NFC, LF line ends, no control
// bytes but tab, LF, VT and FF.
#include <unicode/normalizer2.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "analyze/text_decoding.h"

namespace {

bool is_nfc(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const bool normalized = nfc->isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
  return U_SUCCESS(status) && normalized;
}

bool has_forbidden_control(const std::string& text) {
  for (const unsigned char c : text)
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f') || c == 0x7F) return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  analyze::DecodedText decoded;
  std::string error;
  if (!analyze::decode_article(std::string(reinterpret_cast<const char*>(data), size), &decoded, &error)) {
    if (error.empty()) std::abort();  // a refusal always says why
    return 0;
  }
  if (!analyze::is_valid_utf8(decoded.text) || has_forbidden_control(decoded.text) || !is_nfc(decoded.text)) std::abort();
  if (decoded.encoding.empty()) std::abort();
  return 0;
}
