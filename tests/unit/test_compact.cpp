// The compact value types of a Figure: an optional number in 8 bytes and an
// owned short string in 16, inline up to 15 bytes, on the heap beyond.
#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "analyze/compact.h"
#include "analyze/document.h"

using analyze::OptionalNumber;
using analyze::ShortText;

TEST_CASE("OptionalNumber reads like std::optional<double>", "[compact]") {
  OptionalNumber none;
  CHECK_FALSE(none.has_value());
  CHECK_FALSE(static_cast<bool>(none));
  CHECK(none.value_or(-1) == -1);
  CHECK(none == std::nullopt);
  CHECK_FALSE(none.optional().has_value());
  OptionalNumber v = 5.8e6;
  REQUIRE(v);
  CHECK(*v == 5.8e6);
  CHECK(v == 5.8e6);
  CHECK(v != none);
  CHECK(OptionalNumber(0.0).has_value());  // zero is a value
  CHECK(OptionalNumber(std::optional<double>(2.5)) == 2.5);
  CHECK(v.optional() == std::optional<double>(5.8e6));
  v = std::nullopt;
  CHECK_FALSE(v);
}

TEST_CASE("ShortText holds short and long strings, copies and moves them", "[compact]") {
  ShortText empty;
  CHECK(empty.empty());
  CHECK(empty.view().empty());
  const std::string longer = "processeur graphique de calcul";  // beyond 15 bytes: on the heap
  for (const std::string& s : {std::string("USD"), std::string(15, 'x'), std::string(16, 'y'), longer}) {
    INFO(s);
    ShortText t(s);
    CHECK(t == s);
    CHECK(t.size() == s.size());
    CHECK_FALSE(t.empty());
    ShortText copy = t;
    CHECK(copy == s);
    ShortText moved = std::move(copy);
    CHECK(moved == s);
    CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): a moved-from ShortText is empty
    moved = std::string_view(moved).substr(1);  // assigning a view of itself
    CHECK(moved == s.substr(1));
    moved = t;
    CHECK(moved == t);
    moved = ShortText();
    CHECK(moved.empty());
  }
  ShortText a("1M tokens"), b(longer);
  a = std::move(b);
  CHECK(a == longer);
  CHECK(std::string(a) == longer);
}

TEST_CASE("A Figure stays small: a huge article holds millions", "[compact][document]") {
  CHECK(sizeof(analyze::Figure) <= 120);
}
