// What the command line's readers share to reach files and helper programs: bounded reading, a
// private temporary folder, and quoting for the shell that std::system runs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace finsam {

// A file's bytes, reading at most `limit` + 1 of them (so that "too large" can be told, and
// /dev/zero ends).
std::optional<std::string> slurp(const std::filesystem::path& p, std::uintmax_t limit);

// A new folder of our own under the system's temporary folder, named `prefix` and a random number;
// throws std::runtime_error when none can be made. The caller removes it.
std::filesystem::path fresh_temporary_folder(std::string_view prefix);

// `s` in single quotes for a POSIX shell.
std::string shell_quote(const std::string& s);

}  // namespace finsam
