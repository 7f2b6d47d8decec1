// Report helper (internal to src/): writes JSON text straight into a string,
// compact or indented by two spaces, without building a tree first. The
// report of a figure-dense article is larger than the article; building
// nlohmann's tree for it cost more than all the extraction (docs/performance.md).
//   w.begin_object(); w.field("kind", "money"); w.field("value", 5.8e6); w.end_object();
//   → {"kind":"money","value":5800000}
// Given a sink, it hands the text over in pieces of about kFlushBytes as
// objects and arrays close, so that the report of a huge article (several
// times its size) is never held whole; call flush() at the end.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace analyze {

class JsonWriter {
 public:
  static constexpr std::size_t kFlushBytes = std::size_t{256} << 10;

  JsonWriter(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}
  // Writes to `sink`, using `buffer` (emptied at each flush) as the pending text.
  JsonWriter(std::string& buffer, bool pretty, std::ostream& sink) : out_(buffer), pretty_(pretty), sink_(&sink) {}

  // Moves the pending text to the sink (nothing without a sink).
  void flush();

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void key(std::string_view name);  // ASCII names without quotes or backslashes

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(double v);            // null when not finite
  void value(std::uint64_t v);
  void value(std::uint32_t v) { value(static_cast<std::uint64_t>(v)); }
  void value(int v);
  void value(bool v);
  void null();
  void value(const std::optional<double>& v) { v ? value(*v) : null(); }

  template <typename T>
  void field(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
  // A string field, null when empty.
  void field_or_null(std::string_view name, std::string_view s);

 private:
  template <typename Number>
  void number(Number v);
  void open(char bracket);
  void close(char bracket);
  void before_value();
  void newline();

  std::string& out_;
  bool pretty_;
  std::ostream* sink_ = nullptr;
  std::vector<bool> empty_;  // per open bracket: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace analyze
