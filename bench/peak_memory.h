// The peak resident set of this program image, for the bench helpers.
#pragma once

#include <cstdlib>
#include <fstream>
#include <string>

namespace bench {

// VmHWM from /proc, in KB (-1 if unreadable). Not getrusage's ru_maxrss:
// Linux carries that over from the process that forked and exec'd us (a
// Python driver, say), hiding smaller peaks.
inline long max_rss_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  return -1;
}

}  // namespace bench
