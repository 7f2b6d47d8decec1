// The figure lexicon's map from folded words: finds what was added, nothing
// else, keeps the first value of a key added twice, and grows.
#include <catch2/catch.hpp>

#include <string>

#include "flat_string_map.h"

using analyze::figures_detail::FlatStringMap;

TEST_CASE("FlatStringMap finds its keys and only them", "[figures][map]") {
  FlatStringMap<int> m;
  CHECK(m.find("million") == nullptr);
  CHECK(m.emplace("million", 6));
  CHECK_FALSE(m.emplace("million", 7));  // the first value stays
  m["milliard"] = 9;
  m["milliard"] += 1;
  for (int i = 0; i < 500; ++i) m.emplace("mot" + std::to_string(i), i);  // several rebuilds
  REQUIRE(m.find("million"));
  CHECK(*m.find("million") == 6);
  CHECK(*m.find("milliard") == 10);
  for (int i = 0; i < 500; ++i) {
    const int* v = m.find("mot" + std::to_string(i));
    REQUIRE(v);
    CHECK(*v == i);
  }
  for (const char* absent : {"", "m", "millions", "milliar", "mot500", "Million", "une phrase bien plus longue que seize octets"})
    CHECK(m.find(absent) == nullptr);
  CHECK(m.size() == 502);
  m.emplace("", 1);
  m.emplace("une phrase bien plus longue que seize octets", 2);
  CHECK(*m.find("") == 1);
  CHECK(*m.find("une phrase bien plus longue que seize octets") == 2);
  CHECK(m.find("une phrase bien plus longue que seize octetz") == nullptr);
  int sum = 0;
  for (const auto& [key, value] : m) sum += key.empty() ? value : 0;
  CHECK(sum == 1);
}
