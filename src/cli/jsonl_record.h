// One record of stream mode's JSON Lines input:
//   {"id": "a1", "text": "Mistral AI lève 600 millions d’euros.", "other": "ignored"}
// "text" (a string) is required; "id" (a string or a number) is optional;
// other fields are ignored. Parsed in one pass without building a JSON tree,
// so that the id is known even when the rest of the record is broken:
//   {"id": "a1", "text": "coupé   → id "a1", error "invalid JSON: ...".
#pragma once

#include <string>
#include <string_view>

namespace analyze::cli {

struct JsonlRecord {
  std::string id_json = "null";  // the id as JSON ("\"a1\"", "7"), "null" when absent
  std::string id_text;           // the id as text ("a1", "7"), empty when absent
  std::string text;              // the article
  std::string error;             // why the record is unusable; empty when it is fine
};

JsonlRecord parse_jsonl_record(std::string_view line);

}  // namespace analyze::cli
