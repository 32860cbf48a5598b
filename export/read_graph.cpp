// read_graph(): a graph file or standard input, JSON or GraphML by content.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "export/export.h"
#include "export/node_link.h"

namespace newsgraph::formats {

namespace {

// The whole of a file descriptor, or the errno that stopped the reading.
int read_all(int fd, std::string& out) {
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return 0;
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    out.append(buffer, static_cast<size_t>(n));
  }
}

}  // namespace

Result<KnowledgeGraph> read_graph(const std::string& path) {
  const bool stdin_ = path == "-";
  const std::string source = stdin_ ? "standard input" : path;
  std::string bytes;
  int fd = stdin_ ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError("cannot read " + source + ": " + std::strerror(errno));
  struct stat info;
  int error = ::fstat(fd, &info) != 0 ? errno : S_ISDIR(info.st_mode) ? EISDIR : 0;
  // Room for the whole file at once: doubling would leave up to half again unused.
  if (error == 0 && S_ISREG(info.st_mode) && info.st_size > 0) bytes.reserve(static_cast<size_t>(info.st_size) + 1);
  if (error == 0) error = read_all(fd, bytes);
  if (!stdin_) ::close(fd);
  if (error != 0) return Status::IoError("cannot read " + source + ": " + std::strerror(error));

  std::string_view text = bytes;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a UTF-8 byte order mark
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return Status::BadInput(source + ": empty");
  // GraphML starts with markup; anything else is JSON or an error the
  // JSON parser explains.
  if (text[first] == '<') return parse_graphml(text, source);
  // The text goes before the graph is built from its draft: it is no longer
  // needed, and the two would otherwise take memory at the same time.
  GraphDraft draft;
  if (Status s = read_json_draft(text, draft); !s.ok()) return Status::BadInput(source + ": " + s.message());
  std::string().swap(bytes);
  return finish(std::move(draft), source);
}

}  // namespace newsgraph::formats
