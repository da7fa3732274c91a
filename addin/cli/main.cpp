// finsam-audit FILE...: audits budgets outside Calc and reports every figure that does not add up.
// The audit itself is addin/core/finsam_audit.hpp; this file reads files and prints the report.
//   .txt .md (and any other text)  the text of a printed document (pipe and tab tables, columns
//                   aligned with spaces, tables run into paragraphs, totals in prose), in UTF-8,
//                   UTF-16 or Windows-1252
//   .pdf            through poppler's words and their boxes, in-process (pdf_loading, pdf_reading)
//   .docx .doc .odt .rtf   through headless Writer's HTML (writer_reading)
//   .csv            one sheet
//   .ods .fods .xlsx .xls .ots   every sheet, recalculated by headless LibreOffice with the extension
//                   (through the recalc script installed beside this program)
// Exit status: 0 at least one check ran and all hold; 1 something does not add up; 2 a file could
// not be read; 3 read, but nothing could be checked, or something was left unread (EJ TOLKAD).
#include "audit_report.hpp"
#include "document_audit.hpp"
#include "document_tables.hpp"
#include "file_access.hpp"
#include "finsam_audit.hpp"
#include "messages.hpp"
#include "pdf_reading.hpp"
#include "prose_reading.hpp"
#include "text_decoding.hpp"
#include "sparse_sheet.hpp"
#include "text_reading.hpp"
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

// A printed plan is a few hundred kilobytes; a text larger than this is not one (and /dev/zero
// never ends).
constexpr std::uintmax_t kMaxTextBytes = 50u * 1024 * 1024;

std::string lower_extension(const fs::path& p) {
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return std::tolower(c); });
    return e;
}

// A sheet exported by LibreOffice is as wide and as long as its used area: one stray cell in column
// AMJ makes every row 1 023 commas, one in row 1 048 576 a million lines. The sheet's CSV is read in
// pieces and only its filled cells are kept (compact_sheet), so the size of the used area costs time
// but no memory. What is kept is bounded; a sheet beyond the bounds is said to be too large, never
// read in part.
constexpr std::uintmax_t kMaxSheetCsvBytes = 4ull * 1024 * 1024 * 1024;
constexpr std::size_t kMaxFilledCells = 5'000'000;

std::optional<CompactSheet> read_sheet_csv(const fs::path& csv, std::string& why_not) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(csv, error);
    std::ifstream in(csv, std::ios::binary);
    if (error || !in) {
        why_not = "bladet kunde inte läsas";
        return std::nullopt;
    }
    if (size > kMaxSheetCsvBytes) {
        why_not = "bladet är för stort för att läsas helt (mer än 4 GB som CSV)";
        return std::nullopt;
    }
    std::vector<PlacedCell> cells;
    std::size_t row = 0, col = 0, kept_bytes = 0;
    std::string field;
    enum class Quote { Out, In, InAfterQuote } quote = Quote::Out;
    bool was_quoted = false;
    // The same cells as read_csv: quoted is text, unquoted a number when all of it is one.
    const auto end_field = [&] {
        if (!field.empty()) {
            char* end = nullptr;
            const double v = was_quoted ? 0.0 : std::strtod(field.c_str(), &end);
            kept_bytes += field.size();
            cells.push_back({row, col, !was_quoted && end && *end == '\0' ? Cell::of(v) : Cell::of(field)});
        }
        field.clear();
        was_quoted = false;
        ++col;
    };
    std::vector<char> buffer(1 << 20);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const std::size_t n = static_cast<std::size_t>(in.gcount());
        for (std::size_t i = 0; i < n; ++i) {
            const char c = buffer[i];
            if (quote == Quote::In) {
                if (c == '"') quote = Quote::InAfterQuote;
                else field += c;
                continue;
            }
            if (quote == Quote::InAfterQuote) {
                if (c == '"') {  // "" inside quotes: one quote
                    field += c;
                    quote = Quote::In;
                    continue;
                }
                quote = Quote::Out;
            }
            if (c == '"') {
                quote = Quote::In;
                was_quoted = true;
            } else if (c == ',') {
                end_field();
            } else if (c == '\n') {
                end_field();
                ++row;
                col = 0;
            } else if (c != '\r') {
                field += c;
            }
        }
        if (cells.size() > kMaxFilledCells || kept_bytes + field.size() > kMaxTextBytes) {
            why_not = "bladet har fler än 5 miljoner ifyllda celler eller mer än 50 MB värden och är för stort för "
                      "att läsas helt";
            return std::nullopt;
        }
    }
    if (in.bad()) {
        why_not = "bladet kunde inte läsas";
        return std::nullopt;
    }
    if (!field.empty() || col > 0) end_field();
    auto sheet = compact_sheet(std::move(cells));
    if (!sheet) why_not = "bladets ifyllda celler är för spridda för att läsas helt (över 10 miljoner celler)";
    return sheet;
}

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
    const fs::path dir = fresh_temporary_folder("finsam-audit-");
    const fs::path out = dir / "csv";
    const std::string cmd = shell_quote((self_dir / "libexec" / "recalc").string()) + " " +
                            shell_quote(fs::absolute(file).string()) + " --outdir " + shell_quote(out.string()) +
                            " --oxt " + shell_quote(oxt) + " >" + shell_quote((dir / "log").string()) + " 2>&1";
    std::optional<std::string> problem;
    if (run_command(cmd) == 0) {
        std::vector<fs::path> sheets;
        if (fs::is_directory(out))
            for (const auto& e : fs::directory_iterator(out)) sheets.push_back(e.path());
        std::sort(sheets.begin(), sheets.end());
        const std::string stem = file.stem().string() + "-";
        for (const fs::path& csv : sheets) {
            std::string sheet = csv.stem().string();
            if (sheet.starts_with(stem)) sheet = sheet.substr(stem.size());
            std::string why_not;
            const auto compact = read_sheet_csv(csv, why_not);
            if (!compact) {
                // Never part of a sheet audited as if it were all of it.
                problem = "bladet " + sheet + ": " + why_not;
                break;
            }
            const Grid& grid = compact->grid;
            // The report the menu command Granska budget (finsam) wrote, saved with the workbook: its
            // title in A1 (addin/messages/command_texts.cpp). It is no budget.
            if (grid.rows() > 0 && grid.cols() > 0 && grid.at(0, 0).is_text() &&
                (grid.at(0, 0).text == "Granskning av budgeten (finsam)" || grid.at(0, 0).text == "Budget audit (finsam)")) {
                run.note("bladet " + sheet + " är granskningens egen rapport och granskades inte");
                continue;
            }
            audit_sheet(*compact, sheet, run);
        }
        if (sheets.empty() && !problem) problem = "LibreOffice gav inga blad";
    } else {
        problem = "LibreOffice kunde inte öppna och räkna om arbetsboken";
        if (auto log = slurp(dir / "log", 1 << 20)) std::cerr << *log;
    }
    std::error_code ignored;
    fs::remove_all(dir, ignored);
    return problem;
}

// Why a text file could not be read, or nothing.
std::optional<std::string> audit_text_file(const fs::path& file, bool csv, AuditRun& run) {
    const auto bytes = slurp(file, kMaxTextBytes);
    if (!bytes) return "filen kunde inte öppnas";
    if (bytes->size() > kMaxTextBytes) return "filen är större än 50 MB och är inte ett budgetdokument";
    const DecodedText text = decode_text(*bytes);
    if (text.encoding == DecodedText::Encoding::Binary)
        return "filen är binär, inte text (läs arbetsböcker som .ods eller .xlsx)";
    if (text.encoding != DecodedText::Encoding::Utf8) run.note("läst som " + std::string(encoding_name(text.encoding)));
    if (csv) audit_sheet(read_csv(text.utf8), file.stem().string(), run);
    else audit_document(read_text_document(text.utf8), run);
    return std::nullopt;
}

enum class Format { Text, Csv, Pdf, Writer, Workbook };

Format format_of(const fs::path& file) {
    const std::string ext = lower_extension(file);
    if (ext == ".ods" || ext == ".fods" || ext == ".xlsx" || ext == ".xls" || ext == ".ots") return Format::Workbook;
    if (ext == ".csv") return Format::Csv;
    if (ext == ".pdf") return Format::Pdf;
    if (ext == ".docx" || ext == ".doc" || ext == ".odt" || ext == ".rtf" || ext == ".fodt") return Format::Writer;
    return Format::Text;
}

std::string format_name(const fs::path& file) {
    switch (format_of(file)) {
        case Format::Text: return "text";
        case Format::Csv: return "csv";
        case Format::Pdf: return "pdf";
        case Format::Workbook: return "workbook";
        case Format::Writer: {
            std::string ext = lower_extension(file);
            return ext.empty() ? "document" : ext.substr(1);
        }
    }
    return "text";
}

// Why a file could not be audited, or nothing.
std::optional<std::string> audit_file(const fs::path& file, const fs::path& self_dir, const std::string& oxt,
                                      const WriterBatch& writer, AuditRun& run) {
    std::error_code error;
    const fs::file_status status = fs::status(file, error);
    if (error || !fs::exists(status)) return "filen finns inte";
    if (!fs::is_regular_file(status)) return "är inte en vanlig fil";
    if (format_of(file) == Format::Workbook || format_of(file) == Format::Writer)
        if (auto bomb = zip_bomb(file)) return bomb;  // before LibreOffice unpacks it
    switch (format_of(file)) {
        case Format::Workbook: return audit_workbook(file, self_dir, oxt, run);
        case Format::Pdf: {
            std::string why;
            const auto doc = read_pdf_file(file, why);
            if (!doc) return why;
            audit_document(*doc, run);
            return std::nullopt;
        }
        case Format::Writer: {
            std::string why;
            const auto doc = writer.read(file, why);
            if (!doc) return why;
            audit_document(*doc, run);
            return std::nullopt;
        }
        case Format::Csv: return audit_text_file(file, true, run);
        case Format::Text: break;
    }
    return audit_text_file(file, false, run);
}

// The files a folder holds that the audit reads, in order, its subfolders included.
std::vector<fs::path> documents_in(const fs::path& folder) {
    static constexpr std::string_view kExtensions[] = {".txt", ".md",  ".csv",  ".pdf", ".docx", ".doc", ".odt",
                                                       ".rtf", ".ods", ".fods", ".xlsx", ".xls", ".ots"};
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error), end;
         !error && it != end; it.increment(error)) {
        if (!it->is_regular_file(error)) continue;
        const std::string ext = lower_extension(it->path());
        if (std::find(std::begin(kExtensions), std::end(kExtensions), ext) != std::end(kExtensions))
            files.push_back(it->path());
    }
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
            if (format_of(file) == Format::Writer && !zip_bomb(file)) writer_documents.push_back(file);
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
