// Finding the inputs: see input_walker.h.
#include "input_walker.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <system_error>

namespace analyze::cli {
namespace fs = std::filesystem;

namespace {

std::uint64_t size_of(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
}

}  // namespace

bool any_folder(const std::vector<std::string>& args) {
  return std::any_of(args.begin(), args.end(), [](const std::string& arg) {
    std::error_code ec;
    return arg != "-" && fs::is_directory(arg, ec);
  });
}

InputWalker::InputWalker(const std::vector<std::string>& args, std::string glob) : args_(args), glob_(std::move(glob)) {}

bool InputWalker::next(Input* input) {
  while (true) {
    if (!stack_.empty()) {
      if (step_folder(input)) return true;
      continue;
    }
    if (in_folder_arg_) {
      in_folder_arg_ = false;
      if (found_in_folder_arg_ == 0) {
        *input = {args_[arg_index_ - 1], "no file matches " + glob_ + " in this folder", true, 0};
        return true;
      }
    }
    if (arg_index_ == args_.size()) return false;
    const std::string& arg = args_[arg_index_++];
    std::error_code ec;
    if (arg == "-" || !fs::is_directory(arg, ec)) {
      *input = {arg, {}, false, arg == "-" ? 0 : size_of(arg)};
      return true;
    }
    in_folder_arg_ = true;
    found_in_folder_arg_ = 0;
    enter(arg);
  }
}

// Takes one step in the innermost folder; true when that gave an input.
bool InputWalker::step_folder(Input* input) {
  Folder& top = stack_.back();
  if (top.pos == top.entries.size()) {
    const std::string error = std::move(top.error);
    const std::string path = top.path.string();
    stack_.pop_back();
    if (error.empty()) return false;
    *input = {path, "cannot read folder: " + error, true, 0};
    ++found_in_folder_arg_;
    return true;
  }
  const Entry& entry = top.entries[top.pos++];
  const fs::path path = top.path / (entry.is_folder ? entry.key.substr(0, entry.key.size() - 1) : entry.key);
  if (entry.is_folder) {
    enter(path);  // invalidates `top`
    return false;
  }
  if (!entry_input(path, input)) return false;
  ++found_in_folder_arg_;
  return true;
}

// Lists `folder`: its subfolders, and its other entries whose name matches
// the glob, sorted as their full paths sort.
void InputWalker::enter(const fs::path& folder) {
  Folder listing;
  listing.path = folder;
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  for (const fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    const bool is_folder = it->symlink_status(type_ec).type() == fs::file_type::directory;
    std::string name = it->path().filename().string();
    if (!is_folder && fnmatch(glob_.c_str(), name.c_str(), 0) != 0) continue;
    if (is_folder) name.push_back('/');  // "b/" sorts after "b-d.txt", as "b/c.txt" does
    listing.entries.push_back({std::move(name), is_folder});
  }
  if (ec) listing.error = ec.message();
  std::sort(listing.entries.begin(), listing.entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
  stack_.push_back(std::move(listing));
}

// The input for a folder entry that is not a real folder: a regular file (or
// a link to one), or the reason it cannot be read. False for a link to a
// folder, which is not followed.
bool InputWalker::entry_input(const fs::path& path, Input* input) const {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);  // follows links
  if (ec) {
    *input = {path.string(), "cannot read: " + ec.message(), true, 0};
  } else if (fs::is_regular_file(st)) {
    const std::uintmax_t size = fs::file_size(path, ec);
    *input = {path.string(), {}, true, ec ? 0 : static_cast<std::uint64_t>(size)};
  } else if (fs::is_directory(st)) {
    return false;
  } else {
    *input = {path.string(), "skipped: " + describe_file_type(st.type()) + ", not a regular file", true, 0};
  }
  return true;
}

}  // namespace analyze::cli
