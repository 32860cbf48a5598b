// write_file(): whole files or nothing, and errors that name the path.
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "support.h"

using namespace newsgraph;
using namespace newsgraph::formats;
using namespace newsgraph::formats::testing;

namespace {

// The names in a folder, sorted.
std::vector<std::string> listing(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

std::function<Status(std::ostream&)> writes(const std::string& text) {
  return [text](std::ostream& out) {
    out << text;
    return Status::Ok();
  };
}

mode_t mode_of(const std::string& path) {
  struct stat st;
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("write_file: writes the file, leaving nothing else behind") {
  TempDir dir;
  std::string path = dir.file("graph.json");
  Status s = write_file(path, writes("{}\n"));
  INFO(s.message());
  REQUIRE(s.ok());
  REQUIRE(read_text(path) == "{}\n");
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"graph.json"});
  mode_t mask = ::umask(0);
  ::umask(mask);
  REQUIRE(mode_of(path) == (0666 & ~mask));

  // An existing file is replaced whole and keeps its permissions.
  REQUIRE(::chmod(path.c_str(), 0640) == 0);
  REQUIRE(write_file(path, writes("{\"nodes\": []}\n")).ok());
  REQUIRE(read_text(path) == "{\"nodes\": []}\n");
  REQUIRE(mode_of(path) == 0640);
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"graph.json"});

  // A relative path writes into the current folder.
  std::string cwd = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  Status relative = write_file("relative.dot", writes("graph {}\n"));
  std::filesystem::current_path(cwd);
  REQUIRE(relative.ok());
  REQUIRE(read_text(dir.file("relative.dot")) == "graph {}\n");
}

TEST_CASE("write_file: a failing body leaves no file and an old file intact") {
  TempDir dir;
  std::string path = dir.file("out.graphml");
  auto fails = [](std::ostream& out) {
    out << "half a graph";
    return Status::BadInput("in.json: line 3: nonsense");
  };
  Status s = write_file(path, fails);
  REQUIRE(s.code() == Status::Code::kBadInput);
  REQUIRE(s.message() == "in.json: line 3: nonsense");  // the body's own error
  REQUIRE(listing(dir.path()).empty());

  write_text(path, "old");
  REQUIRE_FALSE(write_file(path, fails).ok());
  REQUIRE(read_text(path) == "old");
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"out.graphml"});

  // An exception from the body too.
  REQUIRE_THROWS_AS(write_file(path, [](std::ostream&) -> Status { throw std::runtime_error("boom"); }),
                    std::runtime_error);
  REQUIRE(read_text(path) == "old");
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"out.graphml"});
}

TEST_CASE("write_file: SIGINT, SIGTERM or SIGHUP mid-write leave no temporary and an old file intact") {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    CAPTURE(sig);
    TempDir dir;
    std::string path = dir.file("out.json");
    write_text(path, "old");
    // A child process is interrupted while its body writes; the test
    // process itself keeps its own signal dispositions.
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // As in a program of its own: Catch2's handlers off, the defaults on.
      for (int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, SIG_DFL);
      write_file(path, [sig](std::ostream& out) {
        out << std::string(1 << 20, 'x');
        out.flush();
        ::raise(sig);
        return Status::Ok();
      });
      ::_exit(0);  // not reached: the signal ends the child
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == sig);
    CHECK(listing(dir.path()) == std::vector<std::string>{"out.json"});
    CHECK(read_text(path) == "old");
  }
}

TEST_CASE("write_file: a failed stream is kIoError and leaves nothing") {
  TempDir dir;
  std::string path = dir.file("out.json");
  write_text(path, "old");
  SECTION("the body's stream fails") {
    Status s = write_file(path, [](std::ostream& out) {
      out << "partial";
      out.setstate(std::ios::failbit);
      return Status::Ok();
    });
    REQUIRE(s.code() == Status::Code::kIoError);
    REQUIRE(s.message() == "cannot write " + path + ": the output stream failed");
  }
  SECTION("the disk refuses the bytes") {
    // A file size limit makes write() fail with EFBIG, as a full disk fails
    // with ENOSPC (/dev/full is a device, written in place: below).
    struct rlimit old_limit;
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
    auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit = old_limit;
    limit.rlim_cur = 4096;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    Status s = write_file(path, writes(std::string(1 << 20, 'x')));
    ::setrlimit(RLIMIT_FSIZE, &old_limit);
    std::signal(SIGXFSZ, old_handler);
    REQUIRE(s.code() == Status::Code::kIoError);
    REQUIRE(s.message() == "cannot write " + path + ": File too large");
  }
  REQUIRE(read_text(path) == "old");
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"out.json"});
}

TEST_CASE("write_file: devices and pipes are written in place, never replaced") {
  auto is_char_device = [](const char* path) {
    struct stat st;
    return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode);
  };
  REQUIRE(is_char_device("/dev/null"));
  REQUIRE(is_char_device("/dev/full"));
  REQUIRE(write_file("/dev/null", writes("nothing")).ok());
  REQUIRE(is_char_device("/dev/null"));
  // A full disk: the device's ENOSPC is the error, and /dev/full stays.
  Status s = write_file("/dev/full", writes(std::string(1 << 16, 'x')));
  REQUIRE(s.code() == Status::Code::kIoError);
  REQUIRE(s.message() == "cannot write /dev/full: No space left on device");
  REQUIRE(is_char_device("/dev/full"));
  for (const std::string& name : listing("/dev")) {  // no temporary was made beside them
    INFO(name);
    REQUIRE(name.rfind(".full.", 0) != 0);
    REQUIRE(name.rfind(".null.", 0) != 0);
  }
  // A FIFO: a reader on the other end gets every byte.
  TempDir dir;
  std::string fifo = dir.file("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  pid_t reader = ::fork();
  REQUIRE(reader >= 0);
  if (reader == 0) {
    std::FILE* in = std::fopen(fifo.c_str(), "rb");
    std::string got;
    for (int ch; in && (ch = std::fgetc(in)) != EOF;) got += static_cast<char>(ch);
    ::_exit(got == "through the pipe" ? 0 : 1);
  }
  REQUIRE(write_file(fifo, writes("through the pipe")).ok());
  int status = 0;
  REQUIRE(::waitpid(reader, &status, 0) == reader);
  REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"pipe"});
}

TEST_CASE("write_file: a link to a file is followed, and stays a link") {
  TempDir dir;
  write_text(dir.file("real.json"), "old");
  REQUIRE(::symlink("real.json", dir.file("link.json").c_str()) == 0);
  REQUIRE(write_file(dir.file("link.json"), writes("new")).ok());
  struct stat st;
  REQUIRE(::lstat(dir.file("link.json").c_str(), &st) == 0);
  REQUIRE(S_ISLNK(st.st_mode));
  REQUIRE(read_text(dir.file("real.json")) == "new");
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"link.json", "real.json"});
}

TEST_CASE("write_file: folders it cannot write into") {
  TempDir dir;
  std::string missing = dir.file("missing") + "/out.json";
  Status s = write_file(missing, writes("x"));
  REQUIRE(s.code() == Status::Code::kIoError);
  REQUIRE(s.message() ==
          "cannot write " + missing + ": cannot create a file in " + dir.file("missing") + "/: No such file or directory");

  write_text(dir.file("plain"), "");
  s = write_file(dir.file("plain") + "/out.json", writes("x"));
  REQUIRE(s.code() == Status::Code::kIoError);
  REQUIRE(s.message().find(": Not a directory") != std::string::npos);

  // Not even root creates files in /proc.
  s = write_file("/proc/newsgraph-test.json", writes("x"));
  REQUIRE(s.code() == Status::Code::kIoError);
  REQUIRE(s.message().rfind("cannot write /proc/newsgraph-test.json: cannot create a file in /proc/: ", 0) == 0);

  // A folder where a file should be: renaming over it fails.
  std::filesystem::create_directory(dir.file("folder"));
  s = write_file(dir.file("folder"), writes("x"));
  REQUIRE(s.code() == Status::Code::kIoError);
  REQUIRE(s.message() == "cannot write " + dir.file("folder") + ": Is a directory");
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"folder", "plain"});

  if (::geteuid() != 0) {  // root writes anywhere
    std::filesystem::create_directory(dir.file("locked"));
    std::filesystem::permissions(dir.file("locked"), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    s = write_file(dir.file("locked") + "/out.json", writes("x"));
    REQUIRE(s.code() == Status::Code::kIoError);
    REQUIRE(s.message().find("Permission denied") != std::string::npos);
  }
  REQUIRE(write_file(dir.path() + "/", writes("x")).message() == "cannot write " + dir.path() + "/: not a file name");
}

TEST_CASE("write_file: - is standard output") {
  TempDir dir;
  std::string captured = dir.file("stdout");
  std::fflush(stdout);
  int saved = ::dup(STDOUT_FILENO);
  FILE* file = std::fopen(captured.c_str(), "w");
  REQUIRE(file);
  ::dup2(::fileno(file), STDOUT_FILENO);
  Status s = write_file("-", writes("to stdout\n"));
  std::fflush(stdout);
  ::dup2(saved, STDOUT_FILENO);
  ::close(saved);
  std::fclose(file);
  REQUIRE(s.ok());
  REQUIRE(read_text(captured) == "to stdout\n");
  REQUIRE(listing(dir.path()) == std::vector<std::string>{"stdout"});
}
