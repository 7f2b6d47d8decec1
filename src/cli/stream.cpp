// Stream mode: see stream.h.
#include "stream.h"

#include <memory>
#include <nlohmann/json.hpp>

#include "input_walker.h"
#include "jsonl_record.h"
#include "ordered_runner.h"
#include "progress.h"

namespace analyze::cli {
namespace {

using Json = nlohmann::json;

// One line of input, or the reason an input file could not be read.
struct Record {
  std::string line;
  std::string where;  // "FILE:LINE"
  std::string error;
};

struct RecordOutcome {
  Outcome outcome;
  std::string id_json = "null";  // the record's id, as JSON
};

// Hands out the non-blank lines of every input in turn.
class RecordSource {
 public:
  explicit RecordSource(const InputArgs& inputs) : walker_(inputs.args, inputs.glob) {}

  bool next(Record* record) {
    while (true) {
      if (!reader_) {
        if (!walker_.next(&input_)) return false;
        if (!open(record)) return true;  // the input's error is a record of its own
      }
      std::string error;
      if (reader_->next(&record->line, &error)) {
        ++line_number_;
        if (record->line.find_first_not_of(" \t\r") == std::string::npos) continue;
        record->where = display_name(input_.path) + ":" + std::to_string(line_number_);
        record->error.clear();
        return true;
      }
      reader_.reset();
      file_.reset();
      if (!error.empty()) {
        *record = Record{{}, display_name(input_.path), error};
        return true;
      }
    }
  }

 private:
  bool open(Record* record) {
    std::string error = input_.error;
    if (error.empty()) file_ = std::make_unique<OpenInput>(input_, &error);
    if (!error.empty()) {
      *record = Record{{}, display_name(input_.path), error};
      file_.reset();
      return false;
    }
    reader_ = std::make_unique<LineReader>(file_->fd());
    line_number_ = 0;
    return true;
  }

  InputWalker walker_;
  Input input_;
  std::unique_ptr<OpenInput> file_;
  std::unique_ptr<LineReader> reader_;
  std::size_t line_number_ = 0;
};

RecordOutcome analyze_record(Record& record, const Pipeline& pipeline, Workspace& workspace) {
  RecordOutcome result;
  result.outcome.name = record.where;
  result.outcome.bytes = record.line.size() + 1;
  if (!record.error.empty()) {
    result.outcome.error = std::move(record.error);
    return result;
  }
  JsonlRecord parsed;
  try {
    parsed = parse_jsonl_record(record.line);
  } catch (const std::exception& e) {
    parsed.error = std::string("internal error: ") + e.what();
  }
  const bool has_id = parsed.id_json != "null";
  result.id_json = std::move(parsed.id_json);
  if (has_id) result.outcome.name += " (id " + result.id_json + ")";
  if (!parsed.error.empty()) {
    result.outcome.error = std::move(parsed.error);
    return result;
  }
  record.line = std::string();  // free it: the text is all we need now
  const std::uint64_t bytes = result.outcome.bytes;
  std::string source = has_id ? std::move(parsed.id_text) : record.where;
  result.outcome = analyze_article(std::move(parsed.text), std::move(result.outcome.name), std::move(source), pipeline, workspace);
  result.outcome.bytes = bytes;
  return result;
}

void write_jsonl(std::ostream& out, const RecordOutcome& result) {
  std::string line = "{\"id\":" + result.id_json + ",";
  if (result.outcome.doc) {
    line += document_to_json(*result.outcome.doc, false).substr(1);  // the object, without its "{"
  } else {
    line += "\"error\":" + Json(result.outcome.error).dump(-1, ' ', false, Json::error_handler_t::replace) + "}";
  }
  out << line << '\n';
  out.flush();
}

}  // namespace

std::size_t run_stream(const InputArgs& inputs, const Pipeline& pipeline, OutputFormat format, ReportWriter& writer,
                       std::ostream& out, Terminal& terminal, const RunOptions& options) {
  const bool want_progress = terminal.smart() && !options.quiet;
  ProgressTotals totals = want_progress ? count_inputs(inputs) : ProgressTotals{};
  totals.items = 0;  // records are counted as they come
  Progress progress(terminal, want_progress, totals, "records");
  RecordSource source(inputs);
  std::size_t failed = 0;
  run_in_order<Record, RecordOutcome>(
      options.jobs, kInFlightPerJob * options.jobs, [&](Record* record) { return source.next(record); },
      [&](Record& record, Workspace& workspace) { return analyze_record(record, pipeline, workspace); },
      [&](RecordOutcome& result) {
        failed += report_problems(result.outcome, terminal, options.quiet);
        if (format == OutputFormat::Jsonl) write_jsonl(out, result);
        else if (result.outcome.doc) writer.write(*result.outcome.doc);
        progress.advance(result.outcome.bytes);
      });
  progress.finish();
  return failed;
}

}  // namespace analyze::cli
