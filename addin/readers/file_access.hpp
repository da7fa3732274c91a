// What the command line's readers share to reach files and helper programs: bounded reading, a
// private temporary folder, and running helper programs so that an interrupted run leaves nothing.
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

// A new folder of our own (mode 0700), named `prefix` and random characters, inside the private
// folder of the run when there is one (PrivateRun), else under the system's temporary folder;
// throws std::runtime_error when none can be made. The caller removes it.
std::filesystem::path fresh_temporary_folder(std::string_view prefix);

// What a zip file (.docx .xlsx .ods .odt) says its members unpack to, read from its central directory
// without unpacking anything: nullopt when it is no zip file this can read (LibreOffice then says
// what it is). A member whose size needs zip64 counts as unbounded (UINTMAX_MAX).
struct ZipContents {
    std::uintmax_t unpacked_bytes = 0;
    std::uintmax_t members = 0;
};
std::optional<ZipContents> zip_contents(const std::filesystem::path& p);

// Why a document or workbook in a zip file is refused before LibreOffice unpacks it (a zip bomb: a
// small file that unpacks to gigabytes), or nothing. Bounds: 1 GB unpacked, 100 000 members.
std::optional<std::string> zip_bomb(const std::filesystem::path& p);

// `s` in single quotes for a POSIX shell.
std::string shell_quote(const std::string& s);

// The private folder of one run of the command line, and its guard against faults. While it lives:
//  - every fresh_temporary_folder is made inside it, and every helper program started by
//    run_command gets it as TMPDIR (so LibreOffice's own lu*.tmp folders land in it too);
//  - SIGINT, SIGTERM and SIGHUP stop the helper programs still running (LibreOffice included: every
//    process started under this one, found through /proc, this process being their subreaper),
//    remove the folder and end the process by that signal;
//  - the destructor removes the folder (the ordinary exit paths).
// One per process; the command line's main() makes it first.
class PrivateRun {
public:
    explicit PrivateRun(std::string_view prefix);
    ~PrivateRun();
    PrivateRun(const PrivateRun&) = delete;
    PrivateRun& operator=(const PrivateRun&) = delete;
    const std::filesystem::path& folder() const { return folder_; }

private:
    std::filesystem::path folder_;
};

// Runs `command` with /bin/sh in a process group of its own (TMPDIR = the run's private folder when
// there is one) and waits for it. Returns its exit status, 128 + n when signal n ended it, -1 when it
// could not be started. When the run is interrupted meanwhile, it stops the command and everything
// it started and ends the run (it does not return).
int run_command(const std::string& command);

}  // namespace finsam
