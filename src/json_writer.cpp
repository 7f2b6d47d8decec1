// JSON text writer: see json_writer.h.
#include "json_writer.h"

#include <fmt/format.h>

#include <cmath>
#include <ostream>

#include "analyze/text_decoding.h"

namespace analyze {
namespace {

bool needs_escape(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  return c < 0x20 || c == '"' || c == '\\';
}

void append_escaped(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t run = 0;  // start of the run of characters copied as they are
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!needs_escape(s[i])) continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    const auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
    }
  }
  out.append(s.data() + run, s.size() - run);
}

// Invalid UTF-8 cannot come from decode_article, but output must stay valid JSON whatever a caller passes.
void append_string(std::string& out, std::string_view s) {
  out.push_back('"');
  if (is_valid_utf8(s)) {
    append_escaped(out, s);
  } else {
    for (const char ch : s) {
      if (static_cast<unsigned char>(ch) < 0x80) append_escaped(out, std::string_view(&ch, 1));
      else out += "\xEF\xBF\xBD";
    }
  }
  out.push_back('"');
}

}  // namespace

void JsonWriter::newline() {
  out_.push_back('\n');
  out_.append(2 * empty_.size(), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;
  if (!empty_.back()) out_.push_back(',');
  empty_.back() = false;
  if (pretty_) newline();
}

void JsonWriter::open(char bracket) {
  before_value();
  out_.push_back(bracket);
  empty_.push_back(true);
}

void JsonWriter::close(char bracket) {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (pretty_ && !was_empty) newline();
  out_.push_back(bracket);
  if (out_.size() >= kFlushBytes) flush();
}

void JsonWriter::flush() {
  if (!sink_) return;
  sink_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
  out_.clear();
}

void JsonWriter::key(std::string_view name) {
  before_value();
  // Keys are the report's own ASCII names: nothing to validate or escape.
  out_.push_back('"');
  out_.append(name);
  out_ += pretty_ ? "\": " : "\":";
  after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  append_string(out_, s);
}

template <typename Number>
void JsonWriter::number(Number v) {
  before_value();
  char buffer[40];
  const auto end = fmt::format_to_n(buffer, sizeof buffer, "{}", v).out;
  out_.append(buffer, static_cast<std::size_t>(end - buffer));
}

void JsonWriter::value(double v) { std::isfinite(v) ? number(v) : null(); }
void JsonWriter::value(std::uint64_t v) { number(v); }
void JsonWriter::value(int v) { number(v); }

void JsonWriter::value(bool v) {
  before_value();
  out_ += v ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::field_or_null(std::string_view name, std::string_view s) {
  key(name);
  s.empty() ? null() : value(s);
}

}  // namespace analyze
