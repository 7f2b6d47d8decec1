// Batch mode: see batch.h.
#include "batch.h"

#include <exception>
#include <new>

#include "analyze/text_decoding.h"
#include "input_walker.h"
#include "ordered_runner.h"

namespace analyze::cli {

namespace {

// Runs `f` and turns what it throws into the outcome's error; false when it threw.
template <class F>
bool guarded(Outcome& outcome, F f) {
  try {
    f();
    return true;
  } catch (const std::bad_alloc&) {
    outcome.error = "out of memory";
  } catch (const std::exception& e) {
    outcome.error = std::string("internal error: ") + e.what();
  }
  return false;
}

// The document of a decoded article, with what belongs to the caller.
void finish(Document&& doc, std::string source, DecodedText& decoded, Outcome& outcome) {
  doc.source = std::move(source);
  doc.encoding = std::move(decoded.encoding);
  doc.warnings = std::move(decoded.warnings);
  outcome.doc = std::move(doc);
}

}  // namespace

Outcome analyze_article(std::string bytes, std::string name, std::string source, const Pipeline& pipeline,
                        Workspace& workspace) {
  Outcome outcome;
  outcome.name = std::move(name);
  outcome.bytes = bytes.size();
  guarded(outcome, [&] {
    DecodedText decoded;
    if (!decode_article(std::move(bytes), &decoded, &outcome.error)) return;
    finish(pipeline.analyze(std::move(decoded.text), workspace), std::move(source), decoded, outcome);
  });
  return outcome;
}

bool report_problems(const Outcome& outcome, Terminal& terminal, bool quiet) {
  if (!outcome.doc) {
    terminal.message("analyze: " + outcome.name + ": " + outcome.error);
    return true;
  }
  if (!quiet)
    for (const std::string& warning : outcome.doc->warnings) terminal.message("analyze: " + outcome.name + ": warning: " + warning);
  return false;
}

namespace {

// Files analyzed together, stage by stage (Pipeline::analyze_group): up to
// this many, and this many bytes (one larger file closes a group, alone).
constexpr std::size_t kGroupFiles = 64;
constexpr std::uint64_t kGroupBytes = std::uint64_t{256} << 10;

bool next_group(InputWalker& walker, std::vector<Input>* group) {
  group->clear();
  std::uint64_t bytes = 0;
  for (Input input; group->size() < kGroupFiles && bytes < kGroupBytes && walker.next(&input);) {
    bytes += input.size;
    group->push_back(std::move(input));
  }
  return !group->empty();
}

// Reads, decodes and analyzes a group of inputs: a failure of one (reading,
// decoding, an exception of the pipeline) is that input's outcome only.
std::vector<Outcome> read_and_analyze(const std::vector<Input>& group, const Pipeline& pipeline, Workspace& workspace) {
  std::vector<Outcome> outcomes(group.size());
  std::vector<std::size_t> grouped;  // the inputs whose article goes through analyze_group
  std::vector<DecodedText> decoded;
  for (std::size_t i = 0; i < group.size(); ++i) {
    Outcome& outcome = outcomes[i];
    outcome.name = display_name(group[i].path);
    std::string bytes;
    outcome.error = group[i].error;
    if (!outcome.error.empty() || !read_input(group[i], &bytes, &outcome.error)) continue;
    if (bytes.size() > Pipeline::kGroupArticleBytes) {
      outcome = analyze_article(std::move(bytes), std::move(outcome.name), group[i].path, pipeline, workspace);
      continue;
    }
    outcome.bytes = bytes.size();
    DecodedText text;
    bool decoded_ok = false;
    guarded(outcome, [&] { decoded_ok = decode_article(std::move(bytes), &text, &outcome.error); });
    if (decoded_ok) {
      grouped.push_back(i);
      decoded.push_back(std::move(text));
    }
  }
  std::vector<std::string> texts;  // copies: after an exception each article is analyzed again, alone
  for (const DecodedText& d : decoded) texts.push_back(d.text);
  std::vector<Document> docs;
  Outcome group_failure;
  if (guarded(group_failure, [&] { docs = pipeline.analyze_group(std::move(texts), workspace); })) {
    for (std::size_t k = 0; k < grouped.size(); ++k) finish(std::move(docs[k]), group[grouped[k]].path, decoded[k], outcomes[grouped[k]]);
    return outcomes;
  }
  for (std::size_t k = 0; k < grouped.size(); ++k) {
    Outcome& outcome = outcomes[grouped[k]];
    guarded(outcome, [&] { finish(pipeline.analyze(std::move(decoded[k].text), workspace), group[grouped[k]].path, decoded[k], outcome); });
  }
  return outcomes;
}

}  // namespace

ProgressTotals count_inputs(const InputArgs& inputs) {
  ProgressTotals totals;
  bool sizes_known = true;
  InputWalker walker(inputs.args, inputs.glob);
  for (Input input; walker.next(&input); ++totals.items) {
    totals.bytes += input.size;
    sizes_known = sizes_known && input.path != "-";
  }
  if (!sizes_known) totals.bytes = 0;  // the ETA then follows the number of inputs
  return totals;
}

std::size_t run_batch(const InputArgs& inputs, const Pipeline& pipeline, ReportWriter& writer, Terminal& terminal,
                      const RunOptions& options) {
  // Counting the inputs costs a walk of the folders: only for the progress bar.
  const bool want_progress = terminal.smart() && !options.quiet;
  const ProgressTotals totals = want_progress ? count_inputs(inputs) : ProgressTotals{};
  Progress progress(terminal, want_progress && totals.items > 1, totals, "files");
  InputWalker walker(inputs.args, inputs.glob);
  std::size_t failed = 0;
  run_in_order<std::vector<Input>, std::vector<Outcome>>(
      options.jobs, kInFlightPerJob * options.jobs, [&](std::vector<Input>* group) { return next_group(walker, group); },
      [&](const std::vector<Input>& group, Workspace& workspace) { return read_and_analyze(group, pipeline, workspace); },
      [&](std::vector<Outcome>& outcomes) {
        for (const Outcome& outcome : outcomes) {
          failed += report_problems(outcome, terminal, options.quiet);
          if (outcome.doc) writer.write(*outcome.doc);
          progress.advance(outcome.bytes);
        }
      });
  progress.finish();
  return failed;
}

}  // namespace analyze::cli
