// Loading comparable facts from a Document and from saved JSON output: both
// paths give the same facts; bad lines are errors that name the line.
#include <catch2/catch.hpp>

#include <sstream>

#include "analyze/compare.h"
#include "analyze/report.h"

using namespace analyze;

namespace {

Entity entity(EntityType type, std::string name, std::vector<std::string> aliases = {}, int owner = kNoEntity) {
  Entity e;
  e.type = type;
  e.name = std::move(name);
  e.aliases = std::move(aliases);
  e.owner = owner;
  return e;
}

// A figure whose sentence is appended to doc.text.
Figure figure(Document& doc, std::string text, std::optional<double> value, int subject, Role role) {
  const std::string before = "DeepSeek a entraîné V3 pour ";
  const std::string sentence = before + text + ", d’après l’entreprise.";
  Figure f;
  f.span = {doc.text.size() + before.size(), doc.text.size() + before.size() + text.size()};
  f.value = value;
  f.currency = "USD";
  f.subject = subject;
  f.role = role;
  f.context = {doc.text.size(), doc.text.size() + sentence.size()};
  doc.text += sentence + "\n";
  return f;
}

// A hand-made Document: entities with an owner, figures with and without subject/role, a claim.
Document sample_document() {
  Document doc;
  doc.source = "articles/deepseek.txt";
  doc.entities = {entity(EntityType::Company, "DeepSeek", {"Deepseek"}), entity(EntityType::Product, "DeepSeek-V3", {"V3"}, 0),
                  entity(EntityType::Product, "o1", {}, 3), entity(EntityType::Company, "OpenAI")};
  doc.figures.push_back(figure(doc, "5,6 millions de dollars", 5.6e6, 1, Role::TrainingCost));
  Figure price = figure(doc, "0,06 dollar", 0.06, 2, Role::Price);
  price.per = "1K tokens";
  price.approx = analyze::Approx::About;
  price.sentence = 3;
  doc.figures.push_back(price);
  Figure vague = figure(doc, "quelques centaines de millions", std::nullopt, 0, Role::TrainingCost);
  vague.low = 1e8;
  vague.high = 1e9;
  vague.vague = true;
  doc.figures.push_back(vague);
  doc.figures.push_back(figure(doc, "des milliards", std::nullopt, kNoEntity, Role::Investment));  // no subject
  doc.figures.push_back(figure(doc, "3 dollars", 3, 0, Role::Other));                              // "other": not grouped
  Claim claim;
  claim.subject = 1;
  claim.object = 2;
  claim.subject_value = 5.6e6;
  claim.object_value = 1e8;
  claim.ratio = 0.056;
  claim.ratio_text = "94 % moins cher";
  claim.stated_ratio = 0.06;
  claim.sentence = 5;
  const std::string sentence = "C’est 94 % moins cher.";
  claim.text = {doc.text.size(), doc.text.size() + sentence.size()};
  doc.text += sentence + "\n";
  doc.claims.push_back(claim);
  return doc;
}

std::vector<ArticleFacts> read_all(const std::string& text, std::vector<std::string>* errors) {
  std::istringstream in(text);
  std::vector<ArticleFacts> out;
  read_saved_results(in, "r.jsonl", [&](ArticleFacts&& f) { out.push_back(std::move(f)); }, errors);
  return out;
}

}  // namespace

TEST_CASE("compare: facts from a Document keep subject, owner and role", "[compare]") {
  const ArticleFacts facts = facts_from_document(sample_document());
  CHECK(facts.source == "articles/deepseek.txt");
  REQUIRE(facts.figures.size() == 3);
  CHECK(facts.skipped_figures == 2);
  CHECK(facts.figures[0].subject.entity.name == "DeepSeek-V3");
  CHECK(facts.figures[0].subject.owner.name == "DeepSeek");
  CHECK(facts.figures[0].subject.owner.aliases == std::vector<std::string>{"Deepseek"});
  CHECK(facts.figures[1].per == "1K tokens");
  CHECK(facts.figures[1].approx == analyze::Approx::About);
  REQUIRE(facts.comparisons.size() == 1);
  CHECK(facts.comparisons[0].object.owner.name == "OpenAI");
}

TEST_CASE("compare: saved JSON Lines give the same facts as the Document", "[compare]") {
  const Document doc = sample_document();
  ArticleFacts from_json;
  std::string error;
  REQUIRE(facts_from_json(document_to_json(doc, false), &from_json, &error));
  CHECK(from_json == facts_from_document(doc));
  // Indented `--format json` too.
  std::vector<std::string> errors;
  const auto pretty = read_all(document_to_json(doc, true) + "\n", &errors);
  CHECK(errors.empty());
  REQUIRE(pretty.size() == 1);
  CHECK(pretty[0] == facts_from_document(doc));
}

TEST_CASE("compare: a bad line is an error naming the line; the others are read", "[compare]") {
  const std::string good = document_to_json(sample_document(), false);
  std::vector<std::string> errors;
  const auto facts = read_all(good + "\n\n{pas du json\r\n{\"source\":\"x\",\"figures\":3}\n[1]\n" + good + "\r\n", &errors);
  CHECK(facts.size() == 2);
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].rfind("r.jsonl:3: not valid JSON", 0) == 0);
  CHECK(errors[1] == "r.jsonl:4: figures: expected an array");
  CHECK(errors[2] == "r.jsonl:5: expected a JSON object (one document)");
}

TEST_CASE("compare: typed fields are checked", "[compare]") {
  ArticleFacts facts;
  std::string error;
  CHECK_FALSE(facts_from_json(R"({"source":"a","figures":[{"kind":"money","value":"six"}]})", &facts, &error));
  CHECK(error == "figures[0].value: expected a number");
  CHECK_FALSE(facts_from_json(R"({"source":"a","figures":[{"kind":"money","role":"pourboire"}]})", &facts, &error));
  CHECK(error == "figures[0].role: unknown value \"pourboire\"");
  CHECK_FALSE(facts_from_json(R"({"id":"a","error":"cannot decode"})", &facts, &error));
  CHECK(error == "the article failed upstream: cannot decode");
}

TEST_CASE("compare: a JSON array of documents is read whole", "[compare]") {
  const std::string doc = document_to_json(sample_document(), true);
  std::vector<std::string> errors;
  const auto facts = read_all("[\n" + doc + ",\n" + doc + "\n]\n", &errors);
  CHECK(errors.empty());
  CHECK(facts.size() == 2);
}

TEST_CASE("compare: a record with only an id and no figures has no facts", "[compare]") {
  ArticleFacts facts;
  std::string error;
  REQUIRE(facts_from_json(R"({"id":"rec-7","figures":[],"claims":[]})", &facts, &error));
  CHECK(facts.source == "rec-7");
  CHECK(facts.figures.empty());
}
