// finsam-audit FILE...: audits budgets outside Calc and reports every figure that does not add up.
// The audit itself is addin/core/finsam_audit.hpp; this file reads files and prints the report.
//   .txt .md (and any other text)  the text of a printed document (pipe tables, tab-separated lines),
//                   in UTF-8, UTF-16 or Windows-1252
//   .csv            one sheet
//   .ods .fods .xlsx .xls .ots   every sheet, recalculated by headless LibreOffice with the extension
//                   (through the recalc script installed beside this program)
// Exit status: 0 at least one check ran and all hold; 1 something does not add up; 2 a file could
// not be read; 3 read, but nothing could be checked, or something was left unread (EJ TOLKAD).
#include "document_tables.hpp"
#include "finsam_audit.hpp"
#include "messages.hpp"
#include "text_decoding.hpp"

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace finsam;

namespace {

enum ExitStatus : int { kAllHolds = 0, kFindings = 1, kUnreadable = 2, kNothingChecked = 3 };

// A printed plan is a few hundred kilobytes; a text larger than this is not one (and /dev/zero
// never ends).
constexpr std::uintmax_t kMaxTextBytes = 50u * 1024 * 1024;

struct Totals {
    std::size_t checks = 0, findings = 0, unreadable = 0, not_understood = 0;
};

// A file's bytes, reading at most `limit` + 1 of them.
std::optional<std::string> slurp(const fs::path& p, std::uintmax_t limit) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::string data;
    char buf[65536];
    while (in && data.size() <= limit) {
        in.read(buf, sizeof buf);
        data.append(buf, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) return std::nullopt;
    return data;
}

std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string lower_extension(const fs::path& p) {
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return std::tolower(c); });
    return e;
}

// Prints one report block; `where` turns a grid cell into "rad 245" or "cell D27".
template <class Where>
void report_block(const AuditReport& r, const std::string& what, Where where, Totals& totals) {
    totals.checks += r.checks;
    for (const AuditFinding& f : r.findings) {
        ++totals.findings;
        std::cout << "   AVVIKELSE " << where(f.row, f.col) << ": " << messages::finding(f) << "\n";
    }
    for (const NotUnderstood& n : r.not_understood) {
        if (!n.leaves_something_unread()) {
            std::cout << "   " << what << ": " << messages::not_understood(n) << ".\n";
            continue;
        }
        ++totals.not_understood;
        const std::string place = n.at_cell ? where(n.row, n.col) + (n.label.empty() ? "" : " (" + n.label + ")")
                                            : what;
        std::cout << "   EJ TOLKAD " << place << ": " << messages::not_understood(n) << ".\n";
    }
    if (r.findings.empty() && r.checks > 0)
        std::cout << "   " << what << ": " << r.checks << " kontroller, allt stämmer.\n";
}

void audit_text(const std::string& text, Totals& totals) {
    const auto tables = read_text_tables(text);
    if (tables.empty()) std::cout << "   Inga tabeller i texten.\n";
    for (const TextTable& t : tables) {
        const std::string span = "tabellen på rad " + std::to_string(t.line_of_row.front()) + "–" +
                                 std::to_string(t.line_of_row.back());
        report_block(audit_grid(t.grid), span,
                     [&](std::size_t row, std::size_t) { return "rad " + std::to_string(t.line_of_row[row]); },
                     totals);
    }
}

void audit_sheet(const Grid& g, const std::string& sheet, Totals& totals) {
    report_block(audit_grid(g), "bladet " + sheet,
                 [&](std::size_t row, std::size_t col) {
                     return "blad " + sheet + ", cell " + messages::column_letters(col) + std::to_string(row + 1);
                 },
                 totals);
}

// A folder of our own for one recalculation, removed afterwards.
fs::path fresh_temporary_folder() {
    std::random_device seed;
    std::mt19937_64 random(seed());
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path dir = fs::temp_directory_path() / ("finsam-audit-" + std::to_string(random()));
        if (fs::create_directory(dir)) return dir;
    }
    throw std::runtime_error("ingen tillfällig mapp kunde skapas");
}

// Why a workbook could not be read, or nothing.
std::optional<std::string> audit_workbook(const fs::path& file, const fs::path& self_dir, const std::string& oxt,
                                          Totals& totals) {
    const fs::path dir = fresh_temporary_folder();
    const fs::path out = dir / "csv";
    const std::string cmd = shell_quote((self_dir / "libexec" / "recalc").string()) + " " +
                            shell_quote(fs::absolute(file).string()) + " --outdir " + shell_quote(out.string()) +
                            " --oxt " + shell_quote(oxt) + " >" + shell_quote((dir / "log").string()) + " 2>&1";
    std::optional<std::string> problem;
    if (std::system(cmd.c_str()) == 0) {
        std::vector<fs::path> sheets;
        if (fs::is_directory(out))
            for (const auto& e : fs::directory_iterator(out)) sheets.push_back(e.path());
        std::sort(sheets.begin(), sheets.end());
        const std::string stem = file.stem().string() + "-";
        for (const fs::path& csv : sheets) {
            std::string sheet = csv.stem().string();
            if (sheet.starts_with(stem)) sheet = sheet.substr(stem.size());
            if (auto text = slurp(csv, kMaxTextBytes)) audit_sheet(read_csv(decode_text(*text).utf8), sheet, totals);
        }
        if (sheets.empty()) problem = "LibreOffice gav inga blad";
    } else {
        problem = "LibreOffice kunde inte öppna och räkna om arbetsboken";
        if (auto log = slurp(dir / "log", 1 << 20)) std::cerr << *log;
    }
    std::error_code ignored;
    fs::remove_all(dir, ignored);
    return problem;
}

// Why a text file could not be read, or nothing.
std::optional<std::string> audit_text_file(const fs::path& file, bool csv, Totals& totals) {
    const auto bytes = slurp(file, kMaxTextBytes);
    if (!bytes) return "filen kunde inte öppnas";
    if (bytes->size() > kMaxTextBytes) return "filen är större än 50 MB och är inte ett budgetdokument";
    const DecodedText text = decode_text(*bytes);
    if (text.encoding == DecodedText::Encoding::Binary)
        return "filen är binär, inte text (läs arbetsböcker som .ods eller .xlsx)";
    if (text.encoding != DecodedText::Encoding::Utf8)
        std::cout << "   Läst som " << encoding_name(text.encoding) << ".\n";
    if (csv) audit_sheet(read_csv(text.utf8), file.stem().string(), totals);
    else audit_text(text.utf8, totals);
    return std::nullopt;
}

// Why a file could not be audited, or nothing.
std::optional<std::string> audit_file(const fs::path& file, const fs::path& self_dir, const std::string& oxt,
                                      Totals& totals) {
    std::error_code error;
    const fs::file_status status = fs::status(file, error);
    if (error || !fs::exists(status)) return "filen finns inte";
    if (fs::is_directory(status)) return "är en mapp, inte en fil";
    if (!fs::is_regular_file(status)) return "är inte en vanlig fil";
    const std::string ext = lower_extension(file);
    if (ext == ".ods" || ext == ".fods" || ext == ".xlsx" || ext == ".xls" || ext == ".ots")
        return audit_workbook(file, self_dir, oxt, totals);
    return audit_text_file(file, ext == ".csv", totals);
}

fs::path own_folder(const char* argv0) {
    std::error_code error;
    fs::path self = fs::canonical("/proc/self/exe", error);  // Linux; elsewhere argv[0]
    if (error) self = fs::absolute(argv0, error);
    return self.parent_path();
}

constexpr const char* kHelp =
    "Användning: finsam-audit [--oxt TILLÄGG.oxt] [--] FIL...\n"
    "Granskar budgetar (text från tryckta dokument .txt/.md i UTF-8, UTF-16 eller Windows-1252, blad som\n"
    ".csv, arbetsböcker .ods/.fods/.xlsx) och visar varje summa, resultat, eget kapital och medlemsbidrag\n"
    "som inte stämmer, och allt den inte kunde läsa (EJ TOLKAD).\n"
    "Felkod: 0 minst en kontroll gjordes och allt stämmer, 1 något stämmer inte, 2 en fil kunde inte\n"
    "läsas, 3 inget kunde kontrolleras eller något lämnades otolkat.\n\n"
    "Usage: finsam-audit [--oxt EXTENSION.oxt] [--] FILE...\n"
    "Audits budgets (printed documents' text, CSV sheets, workbooks) and reports every figure that does\n"
    "not add up, and everything it could not read.\n"
    "Exit status: 0 at least one check ran and all hold, 1 something does not add up, 2 a file could\n"
    "not be read, 3 nothing could be checked or something was left unread.\n";

int run(int argc, char** argv) {
    std::vector<std::string> files;
    const fs::path self_dir = own_folder(argv[0]);
    std::string oxt = (self_dir / "finsam-calc.oxt").string();
    bool options = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (options && a == "--") {
            options = false;
        } else if (options && (a == "-h" || a == "--help")) {
            std::cout << kHelp;
            return kAllHolds;
        } else if (options && a == "--oxt") {
            if (i + 1 >= argc) {
                std::cerr << "finsam-audit: --oxt saknar en fil / --oxt needs a file\n";
                return kUnreadable;
            }
            oxt = argv[++i];
        } else if (options && a.size() > 1 && a[0] == '-') {
            std::cerr << "finsam-audit: okänd flagga / unknown option " << a << " (--help; -- före filnamn som "
                      << "börjar med -)\n";
            return kUnreadable;
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) {
        std::cerr << "finsam-audit: ange minst en fil / give at least one file (--help)\n";
        return kUnreadable;
    }
    Totals totals;
    for (const std::string& name : files) {
        std::cout << "== " << name << "\n";
        if (const auto problem = audit_file(fs::path(name), self_dir, oxt, totals)) {
            ++totals.unreadable;
            std::cout << "   KUNDE INTE LÄSAS: " << name << ": " << *problem << ".\n";
        }
    }
    std::cout << "Sammanfattning: " << files.size() << " filer, " << totals.checks << " kontroller, "
              << totals.findings << " avvikelser";
    if (totals.not_understood) std::cout << ", " << totals.not_understood << " delar kunde inte tolkas";
    if (totals.unreadable) std::cout << ", " << totals.unreadable << " filer kunde inte läsas";
    std::cout << ".\n";
    if (totals.unreadable) return kUnreadable;
    if (totals.findings) return kFindings;
    if (totals.checks == 0 || totals.not_understood) {
        std::cout << (totals.checks == 0 ? "Inget kunde kontrolleras: det här är inget godkännande.\n"
                                         : "Det som inte kunde tolkas är inte kontrollerat.\n");
        return kNothingChecked;
    }
    return kAllHolds;
}

}  // namespace

int main(int argc, char** argv) {
    // Nothing escapes: a report that stops half-way says so and exits 2, never 134.
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cout << std::flush;
        std::cerr << "finsam-audit: internt fel / internal error: " << e.what() << "\n";
    } catch (...) {
        std::cout << std::flush;
        std::cerr << "finsam-audit: internt fel / internal error\n";
    }
    return kUnreadable;
}
