// ReportWriter and the CSV form: see report.h.
#include "analyze/report.h"

#include <fmt/format.h>

#include <cmath>

#include "analyze/report_text.h"

namespace analyze {

std::optional<OutputFormat> output_format_from_string(std::string_view s) {
  if (s == "text") return OutputFormat::Text;
  if (s == "json") return OutputFormat::Json;
  if (s == "jsonl") return OutputFormat::Jsonl;
  if (s == "csv") return OutputFormat::Csv;
  return std::nullopt;
}

std::string format_number(double v) {
  if (std::isfinite(v) && std::fabs(v) < 1e15 && v == std::floor(v)) return fmt::format("{:.0f}", v);
  return fmt::format("{}", v);
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

namespace {

std::string optional_number(OptionalNumber v) { return v ? format_number(*v) : std::string(); }

std::string entity_name(const Document& doc, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= doc.entities.size()) return {};
  return doc.entities[static_cast<std::size_t>(index)].name;
}

void write_csv_header(std::ostream& out) {
  std::string line;
  for (std::string_view column : kCsvColumns) {
    if (!line.empty()) line.push_back(',');
    line.append(column);
  }
  out << line << "\r\n";
}

void write_csv_rows(std::ostream& out, const Document& doc) {
  for (const Figure& f : doc.figures) {
    const std::string fields[] = {doc.source,
                                  std::to_string(f.sentence),
                                  std::to_string(f.span.start),
                                  std::to_string(f.span.end),
                                  std::string(figure_text(doc, f)),
                                  std::string(to_string(f.kind)),
                                  optional_number(f.value),
                                  optional_number(f.low),
                                  optional_number(f.high),
                                  std::string(f.currency),
                                  std::string(f.unit),
                                  std::string(f.per),
                                  std::string(to_string(f.approx)),
                                  f.vague ? "true" : "false",
                                  entity_name(doc, f.subject),
                                  std::string(to_string(f.role))};
    std::string line;
    for (const std::string& field : fields) {
      if (&field != fields) line.push_back(',');
      line += csv_field(field);
    }
    out << line << "\r\n";
  }
}

}  // namespace

ReportWriter::ReportWriter(std::ostream& out, OutputFormat format, bool many, bool color)
    : out_(out), format_(format), many_(many), color_(color) {}

void ReportWriter::write(const Document& doc) {
  switch (format_) {
    case OutputFormat::Json:
      if (many_) out_ << (written_ == 0 ? "[\n" : ",\n");
      write_document_json(out_, doc, true);
      if (!many_) out_ << '\n';
      break;
    case OutputFormat::Jsonl:
      write_document_json(out_, doc, false);
      out_ << '\n';
      break;
    case OutputFormat::Csv:
      if (written_ == 0) write_csv_header(out_);
      write_csv_rows(out_, doc);
      break;
    case OutputFormat::Text:
      if (written_ > 0) out_ << '\n';
      write_text_report(out_, doc, color_);
      break;
  }
  ++written_;
  out_.flush();
}

void ReportWriter::finish() {
  if (format_ == OutputFormat::Json && many_) out_ << (written_ == 0 ? "[]\n" : "\n]\n");
  if (format_ == OutputFormat::Csv && written_ == 0) write_csv_header(out_);
  out_.flush();
}

}  // namespace analyze
