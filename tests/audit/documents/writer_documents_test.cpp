// The seed plans as Word and Writer documents (<seed>.docx, <seed>.odt, made by make_documents.py)
// read back through read_writer_file, i.e. headless LibreOffice Writer and its HTML export: every
// row with a figure in the seed text's tables (read_text_tables) must come out of the document's
// tables with the same label and the same figures in the same columns, in the same order, with a
// place "tabell N, rad R"; every line of text outside the tables must come out as a paragraph.
//
//   writer_documents_test LIBEXEC_DIR SEEDS_DIR DOCUMENTS_DIR SEED...   (SEED: 000-trollhattan-2020)
//   writer_documents_test --dump LIBEXEC_DIR DOCUMENT     (prints the tables and paragraphs it read)
//
// Prints per document what was found, and the audit's checks over the document's tables beside the
// text's (the document keeps Word's table boundaries: where the text reader joins tables across a
// sub-heading, the document has two tables).
#include "document_tables.hpp"
#include "finsam_audit.hpp"
#include "text_decoding.hpp"
#include "writer_reading.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace finsam;

namespace {

struct FigureRow {
    std::string label;
    std::vector<std::pair<std::size_t, double>> figures;  // column, value
    std::string place;
    bool operator==(const FigureRow& o) const { return label == o.label && figures == o.figures; }
};

std::string describe(const FigureRow& r) {
    std::ostringstream s;
    s << r.place << ": \"" << r.label << "\"";
    for (const auto& [col, v] : r.figures) s << " [" << col << "] " << std::fixed << v;
    return s.str();
}

// The rows of a grid that hold a figure; the label is the first column's text.
void figure_rows(const Grid& g, const std::vector<std::string>& places, std::vector<FigureRow>& out) {
    for (std::size_t r = 0; r < g.rows(); ++r) {
        FigureRow row{g.at(r, 0).is_text() ? g.at(r, 0).text : "", {}, places[r]};
        for (std::size_t c = 0; c < g.cols(); ++c)
            if (g.at(r, c).is_number()) row.figures.emplace_back(c, g.at(r, c).number);
        if (!row.figures.empty()) out.push_back(std::move(row));
    }
}

std::string fold(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

bool starts_with(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

// The seed's lines outside tables as make_documents.py writes them: "- " items as bullets.
std::vector<std::string> text_paragraphs(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const std::string t = fold(line);
        if (t.empty() || starts_with(t, "|") || starts_with(t, "- |") || line.find('\t') != std::string::npos) continue;
        out.push_back(starts_with(t, "- ") ? "\xE2\x80\xA2 " + t.substr(2) : t);
    }
    return out;
}

struct Audited {
    std::size_t checks = 0, findings = 0, not_understood = 0;
};

Audited audit_all(const std::vector<Grid>& grids) {
    Audited a;
    for (const Grid& g : grids) {
        const AuditReport r = audit_grid(g);
        a.checks += r.checks;
        a.findings += r.findings.size();
        for (const NotUnderstood& n : r.not_understood) a.not_understood += n.leaves_something_unread() ? 1 : 0;
    }
    return a;
}

int check_document(const fs::path& doc, const std::string& seed_text, const fs::path& libexec) {
    std::vector<FigureRow> expected;
    std::vector<Grid> text_grids;
    for (const TextTable& t : read_text_tables(seed_text)) {
        std::vector<std::string> places;
        for (std::size_t line : t.line_of_row) places.push_back("rad " + std::to_string(line));
        figure_rows(t.grid, places, expected);
        text_grids.push_back(t.grid);
    }

    const auto start = std::chrono::steady_clock::now();
    const auto read = read_writer_file(doc, libexec);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!read) {
        std::cout << "FEL " << doc.filename().string() << ": kunde inte läsas: " << read.why_not() << "\n";
        return 1;
    }
    int failures = 0;
    std::vector<FigureRow> found;
    std::vector<Grid> doc_grids;
    for (const PlacedTable& t : read->tables) {
        if (t.row_place.size() != t.grid.rows()) {
            std::cout << "FEL " << t.place << ": " << t.row_place.size() << " platser för " << t.grid.rows() << " rader\n";
            ++failures;
            continue;
        }
        for (std::size_t r = 0; r < t.grid.rows(); ++r)
            if (t.row_place[r] != t.place + ", rad " + std::to_string(r + 1)) {
                std::cout << "FEL " << t.place << ": raden heter " << t.row_place[r] << "\n";
                ++failures;
            }
        figure_rows(t.grid, t.row_place, found);
        doc_grids.push_back(t.grid);
    }
    for (std::size_t i = 0; i < std::max(expected.size(), found.size()); ++i) {
        if (i < expected.size() && i < found.size() && expected[i] == found[i]) continue;
        std::cout << "FEL " << doc.filename().string() << ": rad med belopp nr " << i + 1 << ": i texten "
                  << (i < expected.size() ? describe(expected[i]) : "(ingen)") << ", i dokumentet "
                  << (i < found.size() ? describe(found[i]) : "(ingen)") << "\n";
        ++failures;
        break;
    }

    const std::vector<std::string> paragraphs = text_paragraphs(seed_text);
    for (std::size_t i = 0; i < std::max(paragraphs.size(), read->paragraphs.size()); ++i) {
        const bool both = i < paragraphs.size() && i < read->paragraphs.size();
        if (both && paragraphs[i] == read->paragraphs[i].text &&
            read->paragraphs[i].place == "stycke " + std::to_string(i + 1))
            continue;
        std::cout << "FEL " << doc.filename().string() << ": stycke " << i + 1 << ": i texten \""
                  << (i < paragraphs.size() ? paragraphs[i] : "(inget)") << "\", i dokumentet \""
                  << (i < read->paragraphs.size() ? read->paragraphs[i].place + ": " + read->paragraphs[i].text
                                                  : "(inget)")
                  << "\"\n";
        ++failures;
        break;
    }

    const Audited in_text = audit_all(text_grids), in_doc = audit_all(doc_grids);
    std::cout << (failures ? "FEL " : "ok  ") << doc.filename().string() << ": " << read->tables.size()
              << " tabeller (texten: " << text_grids.size() << "), " << found.size() << " rader med belopp, "
              << read->paragraphs.size() << " stycken, " << std::fixed;
    std::cout.precision(1);
    std::cout << seconds << " s; granskningen: " << in_doc.checks << " kontroller, " << in_doc.findings
              << " avvikelser, " << in_doc.not_understood << " ej tolkade (texten: " << in_text.checks << ", "
              << in_text.findings << ", " << in_text.not_understood << ")\n";
    if (!found.empty())
        std::cout << "     första: " << describe(found.front()) << "; sista: " << describe(found.back()) << "\n";
    return failures;
}

int dump(const fs::path& libexec, const fs::path& doc) {
    const auto start = std::chrono::steady_clock::now();
    const auto read = read_writer_file(doc, libexec);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!read) {
        std::cout << "kunde inte läsas: " << read.why_not() << "\n";
        return 1;
    }
    for (const PlacedTable& t : read->tables) {
        std::cout << t.place << " (" << t.grid.rows() << " × " << t.grid.cols() << ")\n";
        for (std::size_t r = 0; r < t.grid.rows(); ++r) {
            std::cout << "  " << t.row_place[r] << ":";
            for (std::size_t c = 0; c < t.grid.cols(); ++c) {
                const Cell& cell = t.grid.at(r, c);
                std::cout << " |";
                if (cell.is_number()) std::cout << " " << std::fixed << std::setprecision(2) << cell.number;
                else if (cell.is_text()) std::cout << " \"" << cell.text << "\"";
            }
            std::cout << "\n";
        }
    }
    for (const PlacedParagraph& p : read->paragraphs) std::cout << p.place << ": " << p.text << "\n";
    std::cout << read->tables.size() << " tabeller, " << read->paragraphs.size() << " stycken, " << std::setprecision(2)
              << seconds << " s\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--dump") return dump(argv[2], argv[3]);
    if (argc < 5) {
        std::cerr << "Användning: writer_documents_test LIBEXEC SEEDS DOCUMENTS SEED...\n";
        return 2;
    }
    const fs::path libexec = argv[1], seeds = argv[2], documents = argv[3];
    int failures = 0;
    for (int i = 4; i < argc; ++i) {
        std::ifstream in(seeds / (std::string(argv[i]) + ".txt"), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        const std::string text = decode_text(bytes.str()).utf8;
        if (text.empty()) {
            std::cout << "FEL " << argv[i] << ".txt saknas eller är tom\n";
            ++failures;
            continue;
        }
        // .docx and .odt are committed; a .doc or .rtf beside them (made by hand) is read as well.
        for (const char* ext : {".docx", ".odt", ".doc", ".rtf"}) {
            const fs::path doc = documents / (argv[i] + std::string(ext));
            if (std::string(ext) == ".doc" || std::string(ext) == ".rtf")
                if (!fs::exists(doc)) continue;
            failures += check_document(doc, text, libexec);
        }
    }
    std::cout << (failures ? "MISSLYCKADES" : "Alla dokument lästa med samma tabeller och belopp som texten") << "\n";
    return failures ? 1 : 0;
}
