// JSON Lines records: see jsonl_record.h.
#include "jsonl_record.h"

#include <nlohmann/json.hpp>

#include "analyze/text_decoding.h"

namespace analyze::cli {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxReasonBytes = 200;  // of a parser message, which quotes the input

// The parser's message without its "[json.exception...] " prefix, cut short
// and made valid UTF-8 (it quotes the input, which may not be).
std::string parse_reason(const std::string& what) {
  std::string reason = what;
  if (const auto p = reason.find("] "); reason.rfind("[json.exception", 0) == 0 && p != std::string::npos) reason.erase(0, p + 2);
  // A record is one line: its column is enough.
  if (const auto p = reason.find("at line 1, column "); p != std::string::npos) reason.replace(p, 18, "at column ");
  if (reason.size() > kMaxReasonBytes) reason = reason.substr(0, kMaxReasonBytes) + "...";
  std::size_t bad = 0;
  while (!is_valid_utf8(reason, &bad)) reason[bad] = '?';
  return reason;
}

// SAX events of one record: keeps the top-level "id" and "text" values.
class RecordHandler : public nlohmann::json_sax<Json> {
 public:
  explicit RecordHandler(JsonlRecord& record) : record_(record) {}
  bool seen_text() const { return seen_text_; }

  bool null() override { return scalar(nullptr); }
  bool boolean(bool v) override { return scalar(v); }
  bool number_integer(number_integer_t v) override { return scalar(v); }
  bool number_unsigned(number_unsigned_t v) override { return scalar(v); }
  bool number_float(number_float_t v, const string_t&) override { return scalar(v); }
  bool binary(binary_t&) override { return scalar(nullptr); }
  bool string(string_t& v) override {
    if (depth_ == 1 && field_ == Field::Text) {
      record_.text = std::move(v);
      seen_text_ = true;
      field_ = Field::None;
      return true;
    }
    if (depth_ == 1 && field_ == Field::Id) record_.id_text = v;
    return scalar(std::move(v));
  }
  bool key(string_t& k) override {
    if (depth_ == 1) field_ = k == "id" ? Field::Id : k == "text" ? Field::Text : Field::None;
    return true;
  }
  bool start_object(std::size_t) override { return open(); }
  bool start_array(std::size_t) override { return depth_ == 0 ? refuse("not a JSON object") : open(); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    record_.error = "invalid JSON: " + parse_reason(e.what());
    return false;
  }

 private:
  enum class Field { None, Id, Text };  // which top-level value comes next

  bool scalar(Json value) {
    if (depth_ == 0) return refuse("not a JSON object");
    if (depth_ == 1 && field_ == Field::Id) take_id(value);
    if (depth_ == 1 && field_ == Field::Text) return refuse("\"text\" is not a string");
    field_ = Field::None;
    return true;
  }
  void take_id(const Json& value) {
    if (value.is_null()) return;
    if (!value.is_string() && !value.is_number()) {
      refuse("\"id\" is neither a string nor a number");
      return;
    }
    record_.id_json = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (!value.is_string()) record_.id_text = record_.id_json;
  }
  bool open() {
    if (depth_ == 1 && field_ == Field::Id) return refuse("\"id\" is neither a string nor a number");
    if (depth_ == 1 && field_ == Field::Text) return refuse("\"text\" is not a string");
    field_ = Field::None;
    ++depth_;
    return true;
  }
  bool close() {
    --depth_;
    return true;
  }
  bool refuse(const char* why) {
    if (record_.error.empty()) record_.error = std::string("invalid record: ") + why;
    return false;
  }

  JsonlRecord& record_;
  int depth_ = 0;
  Field field_ = Field::None;
  bool seen_text_ = false;
};

}  // namespace

JsonlRecord parse_jsonl_record(std::string_view line) {
  JsonlRecord record;
  RecordHandler handler(record);
  const bool parsed = Json::sax_parse(line, &handler);
  if (!record.error.empty()) return record;
  if (!parsed) record.error = "invalid JSON";
  else if (!handler.seen_text()) record.error = "invalid record: no \"text\" string";
  return record;
}

}  // namespace analyze::cli
