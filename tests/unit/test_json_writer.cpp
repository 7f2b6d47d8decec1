// JSON writer: escapes, numbers, nesting, both layouts.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <string>

#include "analyze/text_decoding.h"
#include "analyze/utf8.h"

#include "json_writer.h"

using analyze::JsonWriter;

TEST_CASE("Compact JSON with escapes, numbers and nulls", "[json]") {
  std::string out;
  JsonWriter w(out, false);
  w.begin_object();
  w.field("text", "« 5,8 M$ »\n\"cité\"\t\\");
  w.field("value", 5.8e6);
  w.field("ratio", 2.19);
  w.field("inf", std::numeric_limits<double>::infinity());
  w.field("count", std::uint64_t{42});
  w.field_or_null("empty", "");
  w.field("flag", true);
  w.key("list");
  w.begin_array();
  w.end_array();
  w.key("ctl");
  w.value(std::string_view("a\x01" "b", 3));
  w.end_object();
  w.flush();
  CHECK(out == "{\"text\":\"« 5,8 M$ »\\n\\\"cité\\\"\\t\\\\\",\"value\":5800000,\"ratio\":2.19,\"inf\":null,\"count\":42,"
               "\"empty\":null,\"flag\":true,\"list\":[],\"ctl\":\"a\\u0001b\"}");
}

TEST_CASE("Indented JSON nests by two spaces", "[json]") {
  std::string out;
  JsonWriter w(out, true);
  w.begin_object();
  w.key("a");
  w.begin_array();
  w.value(1);
  w.begin_object();
  w.field("b", "c");
  w.end_object();
  w.end_array();
  w.key("d");
  w.begin_object();
  w.end_object();
  w.end_object();
  w.flush();
  CHECK(out == "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"c\"\n    }\n  ],\n  \"d\": {}\n}");
}

TEST_CASE("Invalid UTF-8 never reaches the output", "[json]") {
  std::string out;
  JsonWriter w(out, false);
  w.value(std::string_view("co\xFBt", 4));
  w.flush();
  CHECK(out == "\"co\xEF\xBF\xBDt\"");
}

namespace {

// The escaping rules written the simple way, byte by byte: the reference
// for the writer's 8-bytes-at-a-time path.
std::string reference_string(std::string_view s) {
  std::string out = "\"";
  const bool valid = analyze::is_valid_utf8(s);
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      out += valid ? std::string(1, ch) : "\xEF\xBF\xBD";
    } else if (c == '"' || c == '\\') {
      out += '\\', out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\b') {
      out += "\\b";
    } else if (c == '\f') {
      out += "\\f";
    } else if (c < 0x20) {
      char u[8];
      std::snprintf(u, sizeof u, "\\u%04x", c);
      out += u;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

std::string written(std::string_view a, std::string_view b = {}, bool parts = false) {
  std::string out;
  JsonWriter w(out, false);
  parts ? w.value(a, b) : w.value(a);
  w.flush();
  return out;
}

}  // namespace

TEST_CASE("Strings escape as the byte-by-byte rules say, at every position and length", "[json]") {
  const std::string_view pieces[] = {"a", "Z", "é", "€", "\xF0\x9F\x98\x80", "\"", "\\", "\n", "\x01", "\x1f", " ",
                                     "\x7f", "\xFB", "\xC3", "\xE2\x82", "«"};
  std::uint32_t state = 12345;
  const auto next = [&] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7FFF; };
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const std::size_t n = next() % 40;
    for (std::size_t k = 0; k < n; ++k) s += pieces[next() % (round % 2 ? 16 : 12)];  // odd rounds may be invalid UTF-8
    INFO(s);
    CHECK(written(s) == reference_string(s));
    const std::size_t cut = analyze::code_point_start(s, next() % (s.size() + 1));
    CHECK(written(std::string_view(s).substr(0, cut), std::string_view(s).substr(cut), true) == reference_string(s));
  }
}

TEST_CASE("Long strings are escaped in pieces that never split a character", "[json]") {
  std::string s;
  while (s.size() < 100000) s += "Le coût « réel » : 5,8 M$\n\"cité\" ";
  CHECK(written(s) == reference_string(s));
  CHECK(written(s, "…", true) == reference_string(s + "…"));
  s[50001] = '\xFF';  // now invalid: every non-ASCII byte is replaced
  CHECK(written(s) == reference_string(s));
}
