// finsam-audit FILE...: audits budgets outside Calc and reports every figure that does not add up.
// The command line alone: its arguments, the files and folders given (their formats from the one
// table in addin/readers/formats.hpp, each read by its reader in addin/readers), the report and the
// exit status (addin/report/audit_report.hpp): 0 at least one check ran and all hold; 1 something does
// not add up; 2 a file could not be read; 3 read, but nothing could be checked, or something was left
// unread (EJ TOLKAD).
#include "audit_report.hpp"
#include "document_audit.hpp"
#include "document_tables.hpp"
#include "file_access.hpp"
#include "formats.hpp"
#include "finsam_audit.hpp"
#include "messages.hpp"
#include "pdf_reading.hpp"
#include "prose_reading.hpp"
#include "text_decoding.hpp"
#include "writer_tables.hpp"
#include "sparse_sheet.hpp"
#include "text_reading.hpp"
#include "workbook_reading.hpp"
#include "writer_reading.hpp"

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

void audit_report(AuditReport report, const Grid& g, const std::string& sheet, AuditRun& run) {
    run.block(std::move(report), "bladet " + sheet, table_unit(g), [&](std::size_t row, std::size_t col) {
        return "blad " + sheet + ", cell " + messages::column_letters(col) + std::to_string(row + 1);
    });
}

void audit_sheet(const Grid& g, const std::string& sheet, AuditRun& run) { audit_report(audit_grid(g), g, sheet, run); }

// A sheet read as its filled cells: the cells the report names are where they stand in the sheet.
void audit_sheet(const CompactSheet& s, const std::string& sheet, AuditRun& run) {
    AuditReport report = audit_grid(s.grid);
    to_sheet_positions(report, s);
    audit_report(std::move(report), s.grid, sheet, run);
}

// Why a workbook could not be read, or nothing.
std::optional<std::string> audit_workbook(const fs::path& file, const fs::path& self_dir, const std::string& oxt,
                                          AuditRun& run) {
    const auto read = read_workbook(file, self_dir / "libexec", oxt, [&](const std::string& sheet, const CompactSheet& s) {
        audit_sheet(s, sheet, run);
    });
    if (!read) return read.why_not();
    for (const std::string& sheet : read->own_reports) run.note("bladet " + sheet + " är granskningens egen rapport och granskades inte");
    return std::nullopt;
}

// Why a text file could not be read, or nothing.
std::optional<std::string> audit_text_file(const fs::path& file, bool csv, AuditRun& run) {
    const auto read = read_text_file(file);
    if (!read) return read.why_not();
    const DecodedText& text = *read;
    if (text.encoding != DecodedText::Encoding::Utf8) run.note("läst som " + std::string(encoding_name(text.encoding)));
    if (csv) audit_sheet(read_csv(text.utf8), file.stem().string(), run);
    else audit_document(read_text_document(text.utf8), run);
    return std::nullopt;
}

// Why a file could not be audited, or nothing.
std::optional<std::string> audit_file(const fs::path& file, const fs::path& self_dir, const std::string& oxt,
                                      const WriterBatch& writer, AuditRun& run) {
    std::error_code error;
    const fs::file_status status = fs::status(file, error);
    if (error || !fs::exists(status)) return "filen finns inte";
    if (!fs::is_regular_file(status)) return "är inte en vanlig fil";
    if (is_office_format(format_of(file)))
        if (auto bomb = zip_bomb(file)) return bomb;  // before LibreOffice unpacks it
    if (format_of(file) == Format::Writer)
        if (auto many = too_many_tables(file)) return many;  // before Writer lays them out
    switch (format_of(file)) {
        case Format::Workbook: return audit_workbook(file, self_dir, oxt, run);
        case Format::Pdf: {
            const auto doc = read_pdf_file(file);
            if (!doc) return doc.why_not();
            audit_document(*doc, run);
            return std::nullopt;
        }
        case Format::Writer: {
            const auto doc = writer.read(file);
            if (!doc) return doc.why_not();
            audit_document(*doc, run);
            return std::nullopt;
        }
        case Format::Csv: return audit_text_file(file, true, run);
        case Format::Text: break;
    }
    return audit_text_file(file, false, run);
}

// The files a folder holds that the audit reads (kFormats), in order, its subfolders included.
std::vector<fs::path> documents_in(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error), end;
         !error && it != end; it.increment(error))
        if (it->is_regular_file(error) && is_listed_format(it->path())) files.push_back(it->path());
    std::sort(files.begin(), files.end());
    return files;
}

fs::path own_folder(const char* argv0) {
    std::error_code error;
    fs::path self = fs::canonical("/proc/self/exe", error);  // Linux; elsewhere argv[0]
    if (error) self = fs::absolute(argv0, error);
    return self.parent_path();
}

constexpr const char* kHelp =
    "Användning: finsam-audit [--json] [--oxt TILLÄGG.oxt] [--] FIL ELLER MAPP...\n"
    "Granskar verksamhetsplaner och budgetar: PDF (.pdf), Word och Writer (.docx .doc .odt .rtf), text\n"
    "(.txt .md i UTF-8, UTF-16 eller Windows-1252: tabeller med | eller tabbar, kolumner med blanksteg,\n"
    "tabeller i löptext, summor i prosa), blad (.csv) och arbetsböcker (.ods .fods .xlsx). En mapp betyder\n"
    "varje sådan fil i den. Visar varje summa, resultat, eget kapital och medlemsbidrag som inte stämmer\n"
    "och allt som inte kunde läsas (EJ TOLKAD). --json: en JSON-rapport för hela körningen.\n"
    "Felkod: 0 minst en kontroll gjordes och allt stämmer, 1 något stämmer inte, 2 en fil kunde inte\n"
    "läsas, 3 inget kunde kontrolleras eller något lämnades otolkat.\n\n"
    "Usage: finsam-audit [--json] [--oxt EXTENSION.oxt] [--] FILE OR FOLDER...\n"
    "Audits plans and budgets (PDF, Word/Writer, text, CSV, workbooks; a folder means every such file in\n"
    "it) and reports every figure that does not add up, and everything it could not read. --json: one\n"
    "JSON report for the run.\n"
    "Exit status: 0 at least one check ran and all hold, 1 something does not add up, 2 a file could\n"
    "not be read, 3 nothing could be checked or something was left unread.\n";

int run(int argc, char** argv) {
    std::vector<std::string> names;
    bool json = false;
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
        } else if (options && a == "--json") {
            json = true;
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
            names.push_back(a);
        }
    }
    if (names.empty()) {
        std::cerr << "finsam-audit: ange minst en fil / give at least one file (--help)\n";
        return kUnreadable;
    }
    // The files to audit, folders opened; the Word/Writer documents among them converted in one
    // Writer run (LibreOffice starts once, not once per document).
    std::vector<std::vector<fs::path>> inside(names.size());  // a folder's files, in order
    std::vector<fs::path> writer_documents;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const fs::path path(names[i]);
        std::error_code error;
        const bool folder = fs::is_directory(path, error);
        if (folder) inside[i] = documents_in(path);
        for (const fs::path& file : folder ? inside[i] : std::vector<fs::path>{path})
            if (format_of(file) == Format::Writer && !zip_bomb(file) && !too_many_tables(file))
                writer_documents.push_back(file);
    }
    const WriterBatch writer(writer_documents, self_dir / "libexec");
    AuditRun audit(std::cout, json);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string& name = names[i];
        const fs::path path(name);
        std::error_code error;
        if (fs::is_directory(path, error)) {
            if (inside[i].empty()) {
                audit.begin_file(name, "folder");
                audit.could_not_read("mappen har inga dokument, blad eller arbetsböcker att granska");
                audit.end_file();
            }
            for (const fs::path& file : inside[i]) {
                audit.begin_file(file.string(), format_name(file));
                if (const auto problem = audit_file(file, self_dir, oxt, writer, audit)) audit.could_not_read(*problem);
                audit.end_file();
            }
            continue;
        }
        audit.begin_file(name, format_name(path));
        if (const auto problem = audit_file(path, self_dir, oxt, writer, audit)) audit.could_not_read(*problem);
        audit.end_file();
    }
    return audit.finish();
}

}  // namespace

int main(int argc, char** argv) {
    // Nothing escapes: a report that stops half-way says so and exits 2, never 134.
    try {
        // Every temporary file of the run in one private folder, removed on every way out.
        const PrivateRun private_run("finsam-audit-");
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
