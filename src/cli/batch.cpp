// Batch runner: see batch.h.
#include "batch.h"

#include <ostream>

#include "analyze/text_decoding.h"

namespace analyze::cli {

bool analyze_bytes(std::string bytes, const std::string& source, const Pipeline& pipeline, Workspace& ws, Document* doc,
                   std::string* error) {
  DecodedText decoded;
  if (!decode_article(std::move(bytes), &decoded, error)) return false;
  *doc = pipeline.analyze(decoded.text, ws);
  doc->source = source;
  doc->encoding = decoded.encoding;
  doc->warnings = std::move(decoded.warnings);
  return true;
}

std::size_t run_batch(const std::vector<Input>& inputs, const Pipeline& pipeline, ReportWriter& writer,
                      std::ostream& errors, const BatchOptions&) {
  Workspace ws;
  std::size_t failed = 0;
  for (const Input& input : inputs) {
    const std::string name = input.path == "-" ? "<stdin>" : input.path;
    std::string error = input.error;
    std::string bytes;
    Document doc;
    if (error.empty() && read_input(input.path, &bytes, &error) &&
        analyze_bytes(std::move(bytes), input.path, pipeline, ws, &doc, &error)) {
      for (const std::string& w : doc.warnings) errors << "analyze: " << name << ": warning: " << w << '\n';
      writer.write(doc);
      continue;
    }
    errors << "analyze: " << name << ": " << error << '\n';
    ++failed;
  }
  return failed;
}

}  // namespace analyze::cli
