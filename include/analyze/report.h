// Report stage: writes Documents as readable text, JSON (one object, or an
// array of them), JSON Lines or CSV (one row per figure). The schema is in
// docs/output.md. Numbers are printed the same on every machine (fmt).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "analyze/document.h"

namespace analyze {

enum class OutputFormat { Text, Json, Jsonl, Csv };

std::optional<OutputFormat> output_format_from_string(std::string_view s);

// The CSV columns, in order.
inline constexpr std::string_view kCsvColumns[] = {"source", "sentence", "start", "end",    "text",  "kind",
                                                   "value",  "low",      "high",  "currency", "unit", "per",
                                                   "approx", "vague",    "subject", "role"};

// One Document as a JSON object on one line (pretty = false) or indented.
std::string document_to_json(const Document& doc, bool pretty);

// The same text written to `out` in pieces of a few hundred KB, as it is
// made: the report of a huge article (several times its size) is never held
// whole. No line end after it.
void write_document_json(std::ostream& out, const Document& doc, bool pretty);

// Streams Documents in one format: writes the JSON array brackets and the CSV
// header once. Call finish() after the last document.
class ReportWriter {
 public:
  // `many`: several documents may follow (JSON output becomes an array).
  // `color`: ANSI colors in text output.
  ReportWriter(std::ostream& out, OutputFormat format, bool many, bool color);
  void write(const Document& doc);
  void finish();

 private:
  std::ostream& out_;
  OutputFormat format_;
  bool many_;
  bool color_;
  std::size_t written_ = 0;
};

// A CSV field quoted as RFC 4180 requires (only when needed).
std::string csv_field(std::string_view s);

// A number as the report prints it: shortest round-trip form, no exponent
// for integers below 1e15 ("5576000", "2.19").
std::string format_number(double v);

}  // namespace analyze
