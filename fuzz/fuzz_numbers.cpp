// libFuzzer target: the French number parser (analyze/numbers.h) on any
// bytes: parse_french_number with and without a scale word following,
// FrenchNumbers::parse and make_word_key. Errors are values, never inf or NaN.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "analyze/numbers.h"

namespace {

void check_value(double v) {
  if (!std::isfinite(v)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const bool scale_follows : {false, true}) {
    const analyze::NumberResult r = analyze::parse_french_number(text, scale_follows);
    if (r.ok()) check_value(r.value);
  }
  static const analyze::FrenchNumbers numbers;
  const analyze::Amount amount = numbers.parse(text);
  if (amount.ok()) {
    check_value(amount.value);
    check_value(amount.scale);
    if (amount.high) check_value(*amount.high);
  }
  const analyze::WordKey key = analyze::make_word_key(text);
  if (key.size > analyze::WordKey::kCapacity) std::abort();
  return 0;
}
