// The Document holds its text once: figures quote their sentence by span
// (figure_context), and the JSON report streams out in pieces that add up to
// the same text as document_to_json.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "analyze/document.h"
#include "analyze/report.h"
#include "json_writer.h"

using namespace analyze;

namespace {

// A figure quoting the sentence doc.text[start, end), whose text is the
// first "3 M€" from start, if any.
Figure figure_in(const Document& doc, std::uint64_t start, std::uint64_t end) {
  constexpr std::string_view kText = "3 M€";
  Figure f;
  if (const std::size_t at = doc.text.find(kText, start); at != std::string::npos) f.span = {at, at + kText.size()};
  f.value = 3e6;
  f.currency = "EUR";
  f.context = {start, end};
  return f;
}

}  // namespace

TEST_CASE("A figure quotes its sentence from the Document's text", "[document]") {
  Document doc;
  doc.text = "La start-up lève 3 M€. Elle recrute.";
  const Figure f = figure_in(doc, 0, doc.text.find(" Elle"));
  CHECK(figure_context(doc, f) == "La start-up lève 3 M€.");
  CHECK(figure_text(doc, f) == "3 M€");
  CHECK(figure_context(doc, figure_in(doc, 10, 400)).empty());  // outside the text: nothing, never a crash
  CHECK(figure_context(doc, figure_in(doc, 5, 2)).empty());
}

TEST_CASE("A long sentence is quoted up to 400 bytes, cut at a code point, then …", "[document]") {
  Document doc;
  // 399 ASCII bytes then "é" (2 bytes): byte 400 is inside "é", so the cut falls before it.
  doc.text = std::string(399, 'a') + "é" + std::string(50, 'b');
  const std::string quoted = figure_context(doc, figure_in(doc, 0, doc.text.size()));
  CHECK(quoted == std::string(399, 'a') + "…");
  doc.text = std::string(400, 'a');
  CHECK(figure_context(doc, figure_in(doc, 0, 400)) == doc.text);  // exactly 400: whole, no mark
}

TEST_CASE("The JSON report written in pieces is the same text as the whole string", "[document][json]") {
  Document doc;
  doc.source = "grand-article.txt";
  const std::string sentence = "Le groupe a levé 3 M€ auprès de « fonds » européens.\n";
  for (int i = 0; i < 6000; ++i) {  // about 3 MB of JSON: several flushes
    const std::uint64_t start = doc.text.size();
    doc.text += sentence;
    doc.figures.push_back(figure_in(doc, start, doc.text.size() - 1));
  }
  for (const bool pretty : {false, true}) {
    std::ostringstream out;
    write_document_json(out, doc, pretty);
    const std::string whole = document_to_json(doc, pretty);
    CHECK(whole.size() > 4 * JsonWriter::kFlushBytes);
    CHECK(out.str() == whole);
  }
}
