// JSON writer: escapes, numbers, nesting, both layouts.
#include <catch2/catch.hpp>

#include <cmath>

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
  CHECK(out == "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"c\"\n    }\n  ],\n  \"d\": {}\n}");
}

TEST_CASE("Invalid UTF-8 never reaches the output", "[json]") {
  std::string out;
  JsonWriter w(out, false);
  w.value(std::string_view("co\xFBt", 4));
  CHECK(out == "\"co\xEF\xBF\xBDt\"");
}
