// CLI inputs: see inputs.h.
#include "inputs.h"

#include <fcntl.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace analyze::cli {
namespace fs = std::filesystem;

namespace {

std::string describe_type(const fs::file_status& st) {
  switch (st.type()) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    case fs::file_type::directory: return "a folder";
    default: return "not a regular file";
  }
}

void walk_folder(const std::string& root, const std::string& glob, std::vector<Input>& out) {
  std::vector<Input> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.push_back({root, "cannot read folder: " + ec.message()});
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      found.push_back({it->path().string(), "cannot read folder entry: " + ec.message()});
      ec.clear();
      continue;
    }
    const fs::path& p = it->path();
    if (fnmatch(glob.c_str(), p.filename().c_str(), 0) != 0) continue;
    std::error_code st_ec;
    const fs::file_status st = fs::status(p, st_ec);  // follows links to files
    if (st_ec) {
      found.push_back({p.string(), "cannot read: " + st_ec.message()});
    } else if (fs::is_regular_file(st)) {
      found.push_back({p.string(), {}});
    } else if (!fs::is_directory(st)) {
      found.push_back({p.string(), "skipped: " + describe_type(st) + ", not a regular file"});
    }
  }
  std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

}  // namespace

std::vector<Input> expand_inputs(const std::vector<std::string>& args, const std::string& glob) {
  std::vector<Input> out;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg != "-" && fs::is_directory(arg, ec)) walk_folder(arg, glob, out);
    else out.push_back({arg, {}});
  }
  return out;
}

bool read_input(const std::string& path, std::string* bytes, std::string* error) {
  const bool is_stdin = path == "-";
  const int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      *error = "is a folder";
      if (!is_stdin) ::close(fd);
      return false;
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) bytes->reserve(static_cast<std::size_t>(st.st_size));
  }
  bytes->clear();
  char buffer[1 << 16];
  bool ok = true;
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      bytes->append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0) {
      break;
    } else if (errno != EINTR) {
      *error = std::strerror(errno);
      ok = false;
      break;
    }
  }
  if (!is_stdin) ::close(fd);
  return ok;
}

}  // namespace analyze::cli
