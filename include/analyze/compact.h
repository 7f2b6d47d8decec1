// Compact value types for the fields of a Figure. A huge article holds
// millions of figures (7 700 per MiB of dense news), so that each byte of a
// Figure counts (docs/performance.md):
//   OptionalNumber — an optional double in 8 bytes (std::optional<double>: 16);
//   ShortText      — an owned string in 16 bytes (std::string: 32) that keeps
//                    up to 15 bytes inline: "USD", "GPU", "1M tokens".
#pragma once

#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <ostream>
#include <string_view>

namespace analyze {

// A number or nothing, with NaN standing for nothing: figures hold parsed
// numbers, never NaN. Reads like std::optional<double>:
//   OptionalNumber v;  v = 5.8e6;  if (v) use(*v);  v = std::nullopt;
class OptionalNumber {
 public:
  constexpr OptionalNumber() = default;
  constexpr OptionalNumber(double v) : v_(v) {}  // NaN gives no value
  constexpr OptionalNumber(std::nullopt_t) {}
  constexpr OptionalNumber(const std::optional<double>& v) : v_(v ? *v : kNone) {}

  constexpr bool has_value() const { return v_ == v_; }  // false only for NaN
  constexpr explicit operator bool() const { return has_value(); }
  constexpr double operator*() const { return v_; }
  constexpr double value_or(double fallback) const { return has_value() ? v_ : fallback; }
  constexpr std::optional<double> optional() const { return has_value() ? std::optional<double>(v_) : std::nullopt; }
  constexpr operator std::optional<double>() const { return optional(); }

  // As std::optional: nothing equals nothing, a number equals the same number.
  friend constexpr bool operator==(OptionalNumber a, OptionalNumber b) {
    return a.has_value() ? b.has_value() && a.v_ == b.v_ : !b.has_value();
  }
  friend constexpr bool operator==(OptionalNumber a, double b) { return a == OptionalNumber(b); }
  friend constexpr bool operator==(OptionalNumber a, std::nullopt_t) { return !a.has_value(); }
  friend constexpr bool operator==(OptionalNumber a, const std::optional<double>& b) { return a == OptionalNumber(b); }

 private:
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  double v_ = kNone;
};

// An owned UTF-8 string of 16 bytes: up to 15 bytes inline, longer ones on
// the heap. Converts to std::string_view; assign from any string view.
class ShortText {
 public:
  ShortText() noexcept { clear_bytes(); }
  ShortText(std::string_view s) { assign_new(s); }
  ShortText(const ShortText& other) : ShortText(other.view()) {}
  ShortText(ShortText&& other) noexcept {
    std::memcpy(bytes_, other.bytes_, sizeof bytes_);
    other.clear_bytes();
  }
  ShortText& operator=(const ShortText& other) { return *this = other.view(); }
  ShortText& operator=(ShortText&& other) noexcept {
    if (this != &other) {
      release();
      std::memcpy(bytes_, other.bytes_, sizeof bytes_);
      other.clear_bytes();
    }
    return *this;
  }
  ShortText& operator=(std::string_view s) { return *this = ShortText(s); }  // a temporary: `s` may view *this
  ~ShortText() { release(); }

  std::string_view view() const {
    if (on_heap()) return {heap_data(), heap_size()};
    return {bytes_, static_cast<std::size_t>(bytes_[kTag])};
  }
  operator std::string_view() const { return view(); }
  bool empty() const { return bytes_[kTag] == 0; }
  std::size_t size() const { return view().size(); }

  friend bool operator==(const ShortText& a, const ShortText& b) { return a.view() == b.view(); }
  friend bool operator==(const ShortText& a, std::string_view b) { return a.view() == b; }
  friend std::ostream& operator<<(std::ostream& out, const ShortText& t) { return out << t.view(); }

 private:
  static constexpr std::size_t kInline = 15;
  static constexpr std::size_t kTag = 15;    // the inline size, or kHeap
  static constexpr char kHeap = char(0x7F);  // then: char* at 0, uint32 size at 8

  bool on_heap() const { return bytes_[kTag] == kHeap; }
  const char* heap_data() const {
    const char* p;
    std::memcpy(&p, bytes_, sizeof p);
    return p;
  }
  std::size_t heap_size() const {
    std::uint32_t n;
    std::memcpy(&n, bytes_ + sizeof(char*), sizeof n);
    return n;
  }
  void clear_bytes() { std::memset(bytes_, 0, sizeof bytes_); }
  void assign_new(std::string_view s);  // into cleared or released bytes
  void release();

  char bytes_[16];
};

static_assert(sizeof(OptionalNumber) == 8 && sizeof(ShortText) == 16);

}  // namespace analyze
