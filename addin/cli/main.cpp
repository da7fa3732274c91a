// finsam-audit FILE...: audits budgets outside Calc and reports every figure that does not add up.
// The audit itself is addin/core/finsam_audit.hpp; this file reads files and prints the report.
//   .txt .md        the text of a printed document (pipe tables, tab-separated lines)
//   .csv            one sheet
//   .ods .fods .xlsx .xls   every sheet, recalculated by headless LibreOffice with the extension
//                   (through the recalc script installed beside this program)
// Exit status: 0 nothing wrong, 1 something does not add up, 2 a file could not be read.
#include "document_tables.hpp"
#include "finsam_audit.hpp"
#include "messages.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace finsam;

namespace {

struct Totals {
    std::size_t checks = 0, findings = 0, unreadable = 0, not_understood = 0;
};

std::optional<std::string> slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
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
    for (const NotUnderstood n : r.not_understood) {
        ++totals.not_understood;
        std::cout << "   EJ TOLKAD " << what << ": " << messages::not_understood(n) << ".\n";
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

bool audit_workbook(const fs::path& file, const fs::path& self_dir, const std::string& oxt, Totals& totals) {
    char tmpl[] = "/tmp/finsam-audit.XXXXXX";
    const char* dir = mkdtemp(tmpl);
    if (!dir) return false;
    const fs::path out = fs::path(dir) / "csv";
    const std::string cmd = shell_quote((self_dir / "libexec" / "recalc").string()) + " " +
                            shell_quote(fs::absolute(file).string()) + " --outdir " + shell_quote(out.string()) +
                            " --oxt " + shell_quote(oxt) + " >" + shell_quote(std::string(dir) + "/log") + " 2>&1";
    const int rc = std::system(cmd.c_str());
    bool ok = rc == 0;
    if (ok) {
        std::vector<fs::path> sheets;
        for (const auto& e : fs::directory_iterator(out)) sheets.push_back(e.path());
        std::sort(sheets.begin(), sheets.end());
        const std::string stem = file.stem().string() + "-";
        for (const fs::path& csv : sheets) {
            std::string sheet = csv.stem().string();
            if (sheet.starts_with(stem)) sheet = sheet.substr(stem.size());
            if (auto text = slurp(csv)) audit_sheet(read_csv(*text), sheet, totals);
        }
        ok = !sheets.empty();
    } else if (auto log = slurp(fs::path(dir) / "log")) {
        std::cerr << *log;
    }
    fs::remove_all(dir);
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> files;
    fs::path self_dir = fs::canonical("/proc/self/exe").parent_path();
    std::string oxt = (self_dir / "finsam-calc.oxt").string();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "-h" || a == "--help") {
            std::cout << "Användning: finsam-audit [--oxt TILLÄGG.oxt] FIL...\n"
                         "Granskar budgetar (text från tryckta dokument .txt/.md, blad som .csv, arbetsböcker "
                         ".ods/.fods/.xlsx)\noch visar varje summa, resultat, eget kapital och medlemsbidrag som "
                         "inte stämmer.\nFelkod: 0 allt stämmer, 1 något stämmer inte, 2 en fil kunde inte läsas.\n\n"
                         "Usage: finsam-audit [--oxt EXTENSION.oxt] FILE...\nAudits budgets (printed documents' "
                         "text, CSV sheets, workbooks) and reports every figure that does not add up.\n"
                         "Exit status: 0 all adds up, 1 something does not, 2 a file could not be read.\n";
            return 0;
        }
        if (a == "--oxt" && i + 1 < argc) {
            oxt = argv[++i];
            continue;
        }
        files.push_back(a);
    }
    if (files.empty()) {
        std::cerr << "finsam-audit: ange minst en fil / give at least one file (--help)\n";
        return 2;
    }
    Totals totals;
    for (const std::string& name : files) {
        const fs::path file(name);
        std::cout << "== " << name << "\n";
        const std::string ext = lower_extension(file);
        bool read = true;
        if (ext == ".ods" || ext == ".fods" || ext == ".xlsx" || ext == ".xls" || ext == ".ots") {
            read = fs::exists(file) && audit_workbook(file, self_dir, oxt, totals);
        } else if (auto text = slurp(file)) {
            if (ext == ".csv") audit_sheet(read_csv(*text), file.stem().string(), totals);
            else audit_text(*text, totals);
        } else {
            read = false;
        }
        if (!read) {
            ++totals.unreadable;
            std::cout << "   KUNDE INTE LÄSAS: " << name << "\n";
        }
    }
    std::cout << "Sammanfattning: " << files.size() << " filer, " << totals.checks << " kontroller, "
              << totals.findings << " avvikelser";
    if (totals.not_understood) std::cout << ", " << totals.not_understood << " delar kunde inte tolkas";
    if (totals.unreadable) std::cout << ", " << totals.unreadable << " filer kunde inte läsas";
    std::cout << ".\n";
    return totals.unreadable ? 2 : totals.findings ? 1 : 0;
}
