// Report helper (internal to src/): writes JSON text, compact or indented by
// two spaces, without building a tree first. The report of a figure-dense
// article is larger than the article; building nlohmann's tree for it cost
// more than all the extraction (docs/performance.md).
//   w.begin_object(); w.field("kind", "money"); w.field("value", 5.8e6); w.end_object();
//   → {"kind":"money","value":5800000}
// The text goes into a buffer of the writer's own, written with plain stores
// (no std::string call per character), and is handed to the destination (a
// string it appends to, or a stream) by flush(): when the buffer holds
// about kFlushBytes as an object or array closes, so that the report of a
// huge article (several times its size) is never held whole, and at the end
// (flush(), or the destructor).
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace analyze {

class JsonWriter {
 public:
  static constexpr std::size_t kFlushBytes = std::size_t{256} << 10;

  // Appends to `out`.
  JsonWriter(std::string& out, bool pretty);
  // Writes to `sink`.
  JsonWriter(std::ostream& sink, bool pretty);
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Hands the text written so far to the destination.
  void flush();

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void key(std::string_view name);  // ASCII names without quotes or backslashes

  void value(std::string_view s);
  // One string value written in two parts: value(a + b) without the copy.
  void value(std::string_view a, std::string_view b);
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
  // Room for `n` more bytes at the end of the buffer (flushing it first when
  // needed); the caller writes there and sets end_ past what it wrote.
  char* room(std::size_t n);
  void put(char c) { *room(1) = c, ++end_; }
  void put(std::string_view s);
  void string_parts(std::string_view a, std::string_view b);
  void long_string(std::string_view s);
  void open(char bracket);
  void close(char bracket);
  void before_value();

  std::string* out_ = nullptr;
  std::ostream* sink_ = nullptr;
  bool pretty_;
  std::unique_ptr<char[]> buffer_;
  char* end_;                     // end of the text written into buffer_
  char* limit_;                   // end of buffer_
  bool after_key_ = false;
  bool has_items_ = false;        // the innermost open bracket holds something
  std::vector<bool> outer_items_; // has_items_ of each enclosing bracket
};

}  // namespace analyze
