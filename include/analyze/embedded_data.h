// Data files of data/ compiled into the binary (see cmake/EmbedData.cmake),
// so that `analyze` runs from any directory without a data folder.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace analyze {

// Bytes of the embedded file `name` ("gazetteer/companies.tsv"), or nullopt.
std::optional<std::string_view> embedded_file(std::string_view name);

// Names of every embedded file, in build order.
std::vector<std::string_view> embedded_file_names();

}  // namespace analyze
