// Whole articles written for the tests, one per kind of story the analyzer
// meets (fund-raising, quarterly results, a regulator's fine, an acquisition),
// about companies, people and products no gazetteer knows: every entity with
// its type, every figure with its value, nothing more.
#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "analyze/pipeline.h"

namespace {

using analyze::EntityType;

analyze::Document analyze_fixture(const std::string& name) {
  static const std::unique_ptr<analyze::Pipeline> pipeline = [] {
    std::string error;
    auto p = analyze::Pipeline::create({}, &error);
    if (!p) throw std::runtime_error(error);
    return p;
  }();
  std::ifstream in(std::string(ANALYZE_FIXTURES) + "/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  analyze::Workspace workspace;
  return pipeline->analyze(text.str(), workspace);
}

struct WantFigure {
  std::string text;
  double value = 0;  // the low end of a range
  std::string currency;
  std::optional<double> high = std::nullopt;
};

void check_article(const std::string& fixture, const std::set<std::pair<EntityType, std::string>>& entities,
                   const std::vector<WantFigure>& figures) {
  INFO(fixture);
  const analyze::Document doc = analyze_fixture(fixture);
  std::set<std::pair<EntityType, std::string>> got;
  for (const analyze::Entity& e : doc.entities) got.emplace(e.type, e.name);
  for (const auto& [type, name] : entities)
    if (!got.count({type, name})) FAIL_CHECK("missed " << analyze::to_string(type) << " " << name);
  for (const auto& [type, name] : got)
    if (!entities.count({type, name})) FAIL_CHECK("unexpected " << analyze::to_string(type) << " " << name);
  REQUIRE(doc.figures.size() == figures.size());
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const analyze::Figure& f = doc.figures[i];
    const WantFigure& w = figures[i];
    INFO(figure_text(doc, f));
    CHECK(figure_text(doc, f) == w.text);
    CHECK(f.currency == w.currency);
    CHECK((f.value ? *f.value : f.low.value_or(-1)) == Approx(w.value));
    CHECK(f.high.has_value() == w.high.has_value());
    if (w.high && f.high) CHECK(*f.high == Approx(*w.high));
  }
}

constexpr auto kCompany = EntityType::Company;
constexpr auto kPerson = EntityType::Person;
constexpr auto kProduct = EntityType::Product;
constexpr auto kOrganization = EntityType::Organization;

}  // namespace

TEST_CASE("A fund-raising: start-up, funds, founders, the assistant it will launch", "[articles]") {
  check_article("articles_levee.txt",
                {{kCompany, "Trésoria"}, {kCompany, "Northwind Capital"}, {kCompany, "Bpifrance"}, {kCompany, "Serena"},
                 {kCompany, "Kima Ventures"}, {kCompany, "Les Echos"}, {kPerson, "Camille Roussel"},
                 {kPerson, "Théo Baptiste"}, {kProduct, "Clara-2"}},
                {{"48 millions d’euros", 48e6, "EUR"},
                 {"48 millions d’euros", 48e6, "EUR"},
                 {"12 000 clients", 12000, ""},
                 {"15 M€", 15e6, "EUR"},
                 {"140 %", 140, ""},
                 {"300 et 350 millions d’euros", 300e6, "EUR", 350e6}});
}

TEST_CASE("Quarterly results: a guidance range, products of the software maker, no index", "[articles]") {
  check_article("articles_resultats.txt",
                {{kCompany, "Dassault Systèmes"}, {kPerson, "Pascal Daloz"}, {kProduct, "3DEXPERIENCE"}, {kProduct, "Solidworks"}},
                {{"1,56 milliard d’euros", 1.56e9, "EUR"},
                 {"6 %", 6, ""},
                 {"0,31 €", 0.31, "EUR"},
                 {"31,2 %", 31.2, ""},
                 {"30,5 %", 30.5, ""},
                 {"7 % et 8 %", 7, "", 8},
                 {"4,5 %", 4.5, ""},
                 {"0,3 %", 0.3, ""}});
}

TEST_CASE("A regulator's fine: the body, the company, its app, a fine in pounds", "[articles]") {
  check_article("articles_amende.txt",
                {{kCompany, "Colisium"}, {kPerson, "Marie-Laure Denis"}, {kProduct, "Scanify"},
                 {kOrganization, "Commission nationale de l’informatique et des libertés"}, {kOrganization, "Conseil d’État"}},
                {{"32 millions d’euros", 32e6, "EUR"},
                 {"32 millions d’euros", 32e6, "EUR"},
                 {"4,5 millions de livres", 4.5e6, "GBP"},
                 {"5,2 millions d’euros", 5.2e6, "EUR"}});
}

TEST_CASE("An acquisition: buyer, target, the target's product, its clients", "[articles]") {
  check_article("articles_rachat.txt",
                {{kCompany, "Capgemini"}, {kCompany, "Veridion"}, {kCompany, "Siemens"}, {kCompany, "Carrefour"},
                 {kPerson, "Aiman Ezzat"}, {kProduct, "Veridion Flow"}},
                {{"1,2 milliard de dollars", 1.2e9, "USD"},
                 {"1,2 milliard de dollars", 1.2e9, "USD"},
                 {"1,1 milliard d’euros", 1.1e9, "EUR"},
                 {"310 millions de dollars", 310e6, "USD"},
                 {"50 à 70 millions d’euros", 50e6, "EUR", 70e6}});
}
