// Helpers shared by the entity extractor's tests: one extractor for all of
// them (loading the word lists takes a moment), fixture reading, look-ups.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "analyze/entities.h"
#include "analyze/tokenizer.h"

namespace entities_test {

inline const analyze::EntityExtractor& extractor() {
  static const auto instance = [] {
    std::string error;
    auto e = analyze::EntityExtractor::create({}, &error);
    if (!e) throw std::runtime_error(error);
    return e;
  }();
  return *instance;
}

inline std::vector<analyze::Entity> extract(const std::string& text) {
  analyze::Tokenizer tokenizer;
  return extractor().extract(text, tokenizer.tokenize(text));
}

inline const analyze::Entity* find(const std::vector<analyze::Entity>& entities, const std::string& name) {
  for (const analyze::Entity& e : entities)
    if (e.name == name) return &e;
  return nullptr;
}

// Checks that `name` was found, with type `type`.
inline void check_type(const std::vector<analyze::Entity>& entities, const std::string& name, analyze::EntityType type) {
  INFO(name);
  const analyze::Entity* e = find(entities, name);
  REQUIRE(e != nullptr);
  CHECK(e->type == type);
}

inline std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(ANALYZE_FIXTURES) + "/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace entities_test
