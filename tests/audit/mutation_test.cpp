// Mutation test of the audit: what share of single-figure errors in real budgets does it find?
//
//   mutation_test [--libexec DIR] FILE...
//       .txt: printed documents; .csv: recalculated sheets; .pdf: published plans, through the PDF
//       reader; .docx .doc .odt .rtf: Word/Writer documents, through the Writer reader the command
//       line uses (DIR/convert-document, headless LibreOffice, all of them in one run), read once and
//       their tables (joined as finsam-audit joins them) mutated.
//
// Each original must give no finding (no false alarm). Then every figure is mutated the ways
// people mistype or miscopy — a digit changed, two digits transposed, a sign flipped, a line
// dropped, a subtotal copied from the next column — and the audit is run on each mutant.
//
// Which mutations "break a sum" is decided without the audit: in the original, a figure takes part
// in a sum when it is one of a run of figures in its column (two or more, subtotals above passed
// over, never reaching over a text in that column) that adds up to a figure below them, or is that
// figure. A mutation that changes such a
// figure breaks that sum; dropping a line that holds such a figure (non-zero, not itself a sum)
// does too. Other
// mutations (a figure in no sum: an input, a result, a printed copy) are counted apart.
//
// Prints a table per kind and one per format (tables, checks on the originals, mutations, found,
// false alarms), and exits 1 below 99 % found among the breaking ones (in all and in each format),
// when a document format (PDF, Word/Writer) finds more than 1 percentage point less than the texts
// given with it, on any false alarm, or with fewer than 300 breaking mutations.
#include "finsam_audit.hpp"
#include "messages.hpp"
#include "document_audit.hpp"
#include "document_tables.hpp"
#include "pdf_reading.hpp"
#include "writer_reading.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace finsam;

namespace {

struct Source {
    std::string name;
    std::string format;  // "text", "csv", "pdf", "docx", ...
    Grid grid;
};

struct Tally {
    int breaking = 0, breaking_found = 0, other = 0, other_found = 0;
};

// What the diagnosis said of a detected mutation (issue 12): the mutated figure named alone (certain
// or likely, and nothing else named), among candidates, another figure named (a false accusation),
// or none; and whether, named alone, its original value was restored.
struct Diagnosis {
    int detected = 0, alone = 0, among = 0, accused = 0, none = 0, restored = 0;
    void add(const Diagnosis& d) {
        detected += d.detected, alone += d.alone, among += d.among, accused += d.accused, none += d.none;
        restored += d.restored;
    }
};

// `cell`: the mutated figure (none: a row dropped, where every figure left is right).
void diagnose_mutant(const AuditReport& r, std::optional<std::pair<std::size_t, std::size_t>> cell, double original,
                     Diagnosis& d, bool verbose, const std::string& what) {
    ++d.detected;
    bool named = false, other = false, candidate = false, restored = false;
    for (const AuditFinding& f : r.findings) {
        const bool at = cell && f.row == cell->first && f.col == cell->second;
        if (f.certainty != AuditFinding::Certainty::Undecided) {
            if (at) {
                named = true;
                restored = f.computed.to_double() == original;
            } else {
                other = true;
            }
        }
        for (const AuditFinding::Candidate& c : f.candidates)
            candidate = candidate || (cell && c.row == cell->first && c.col == cell->second);
    }
    if (other) {
        ++d.accused;
        if (verbose)
            for (const AuditFinding& f : r.findings)
                std::cout << "ANKLAGAR " << what << ": " << messages::finding(f) << "\n";
    } else if (named) {
        ++d.alone;
        d.restored += restored;
        if (verbose && !restored)
            for (const AuditFinding& f : r.findings)
                std::cout << "EJ ÅTERSTÄLLD (" << original << ") " << what << ": " << messages::finding(f) << "\n";
    } else if (candidate) {
        ++d.among;
    } else {
        ++d.none;
    }
}

bool is_amount(const Cell& c) { return c.is_number() && std::fabs(c.number) >= 1 && c.number == std::floor(c.number); }

// Cells that take part in a sum in the original (see the header comment), and those that are sums.
struct SumCells {
    std::set<std::pair<std::size_t, std::size_t>> in, sums;
};
SumCells cells_in_sums(const Grid& g) {
    SumCells out;
    auto& in = out.in;
    for (std::size_t c = 0; c < g.cols(); ++c) {
        std::set<std::size_t> sums;  // rows found to be sums, passed over by later runs
        for (std::size_t t = 0; t < g.rows(); ++t) {
            if (!is_amount(g.at(t, c))) continue;
            const auto target = std::llround(g.at(t, c).number * 100);
            long long run = 0;
            int count = 0;
            for (std::size_t a = t; a-- > 0 && t - a <= 60;) {
                if (g.at(a, c).is_text()) break;  // a sum never reaches over a header in its column
                if (!g.at(a, c).is_number() || sums.count(a)) continue;
                run += std::llround(g.at(a, c).number * 100);
                ++count;
                if (count >= 2 && run == target) {
                    sums.insert(t);
                    in.insert({t, c});
                    out.sums.insert({t, c});
                    for (std::size_t r = a; r < t; ++r)
                        if (g.at(r, c).is_number() && !sums.count(r)) in.insert({r, c});
                    break;
                }
            }
        }
    }
    return out;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string extension_of(const std::string& path) {
    std::string e = std::filesystem::path(path).extension().string();
    for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return e.empty() ? e : e.substr(1);
}

bool is_writer(const std::string& ext) {
    return ext == "docx" || ext == "doc" || ext == "odt" || ext == "rtf" || ext == "fodt";
}

std::string digits_of(double v) { return std::to_string(std::llabs(std::llround(v))); }

}  // namespace

int main(int argc, char** argv) {
    std::filesystem::path libexec;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--libexec" && i + 1 < argc) libexec = argv[++i];
        else paths.push_back(a);
    }
    // Word/Writer documents: one Writer run for all of them, as finsam-audit converts a folder.
    std::vector<std::filesystem::path> writer_documents;
    for (const std::string& path : paths)
        if (is_writer(extension_of(path))) writer_documents.push_back(path);
    if (!writer_documents.empty() && libexec.empty()) {
        std::cerr << "Word/Writer documents need --libexec DIR (where convert-document is)\n";
        return 2;
    }
    const WriterBatch writer(writer_documents, libexec);

    std::vector<Source> sources;
    for (const std::string& path : paths) {
        const std::string ext = extension_of(path);
        if (ext == "pdf" || is_writer(ext)) {
            // The tables as the PDF or Writer reader finds them: the same mutations on what a
            // published plan or a Word document gives the audit.
            const auto doc = ext == "pdf" ? read_pdf_file(path) : writer.read(path);
            if (!doc) {
                std::cerr << "cannot read " << path << ": " << doc.why_not() << "\n";
                return 2;
            }
            // As the audit takes them (document_audit): tables a heading apart joined, in PDFs too,
            // whose reader keeps a table that starts with its own header row apart.
            const std::vector<PlacedTable> tables = joined_tables(*doc);
            for (const PlacedTable& t : tables) sources.push_back({path + ":" + t.place, ext, t.grid});
            continue;
        }
        const std::string text = read_file(path);
        if (text.empty()) {
            std::cerr << "cannot read " << path << "\n";
            return 2;
        }
        if (ext == "csv") {
            sources.push_back({path, "csv", read_csv(text)});
        } else {
            for (const TextTable& t : read_text_tables(text))
                sources.push_back({path + ":" + std::to_string(t.line_of_row.front()), "text", t.grid});
        }
    }

    struct FormatTally {
        std::size_t tables = 0, checks = 0;
        int false_alarms = 0;
        Tally t;
    };
    int false_alarms = 0;
    std::map<std::string, Tally> tally;
    std::map<std::string, FormatTally> per_format;
    std::map<std::string, Diagnosis> diagnosis, diagnosis_format;
    std::mt19937 rng(20261124);
    for (const Source& s : sources) {
        const AuditReport original = audit_grid(s.grid);
        FormatTally& format = per_format[s.format];
        ++format.tables;
        format.checks += original.checks;
        for (const AuditFinding& f : original.findings) {
            ++false_alarms;
            ++format.false_alarms;
            std::cout << "FALSKT LARM i " << s.name << ": " << messages::finding(f) << "\n";
        }
        const auto in_sums = cells_in_sums(s.grid);
        const bool verbose = std::getenv("MUTATION_VERBOSE") != nullptr;
        const auto record = [&](const std::string& kind, bool breaking, const Grid& mutant, std::size_t r,
                                std::size_t c) {
            Tally& t = tally[kind];
            Tally& ft = per_format[s.format].t;
            const AuditReport report = audit_grid(mutant);
            const bool hit = !report.findings.empty();
            if (hit) {
                const bool dropped = kind == "rad borttagen";
                Diagnosis one;
                diagnose_mutant(report, dropped ? std::nullopt : std::optional(std::pair(r, c)),
                                dropped ? 0.0 : s.grid.at(r, c).number, one, verbose,
                                kind + " i " + s.name + " rad " + std::to_string(r + 1) + " kolumn " + std::to_string(c + 1));
                diagnosis[kind].add(one);
                diagnosis_format[s.format].add(one);
            }
            if (verbose && breaking && !hit)
                std::cout << "MISSAD " << kind << " i " << s.name << " rad " << r + 1 << " kolumn " << c + 1 << "\n";
            for (Tally* u : {&t, &ft}) {
                if (breaking) {
                    ++u->breaking;
                    u->breaking_found += hit;
                } else {
                    ++u->other;
                    u->other_found += hit;
                }
            }
        };
        for (std::size_t r = 0; r < s.grid.rows(); ++r) {
            bool row_breaking = false;
            for (std::size_t c = 0; c < s.grid.cols(); ++c) {
                const Cell& cell = s.grid.at(r, c);
                if (!is_amount(cell)) continue;
                const bool breaking = in_sums.in.count({r, c}) > 0;
                // Dropping a line breaks the sum it was part of; dropping a sum row leaves lines
                // and totals that still agree.
                row_breaking = row_breaking || (breaking && !in_sums.sums.count({r, c}) && cell.number != 0);
                const double v = cell.number;
                const std::string d = digits_of(v);
                const double sign = v < 0 ? -1 : 1;
                // A digit changed: a random position, a random other digit.
                {
                    std::string m = d;
                    const std::size_t pos = rng() % m.size();
                    char nd;
                    do nd = static_cast<char>('0' + rng() % 10);
                    while (nd == m[pos] || (pos == 0 && nd == '0' && m.size() > 1));
                    m[pos] = nd;
                    Grid g = s.grid;
                    g.at(r, c) = Cell::of(sign * std::stod(m));
                    record("siffra ändrad", breaking, g, r, c);
                }
                // Two neighbouring digits transposed (the first distinct pair from a random start).
                for (std::size_t k = 0; k + 1 < d.size(); ++k) {
                    const std::size_t pos = (rng() % (d.size() - 1) + k) % (d.size() - 1);
                    if (d[pos] == d[pos + 1] || (pos == 0 && d[1] == '0')) continue;
                    std::string m = d;
                    std::swap(m[pos], m[pos + 1]);
                    Grid g = s.grid;
                    g.at(r, c) = Cell::of(sign * std::stod(m));
                    record("siffror omkastade", breaking, g, r, c);
                    break;
                }
                {
                    Grid g = s.grid;
                    g.at(r, c) = Cell::of(-v);
                    record("tecken bytt", breaking, g, r, c);
                }
                // A subtotal copied from the next column, where that one differs.
                if (in_sums.sums.count({r, c}) && c + 1 < s.grid.cols() && is_amount(s.grid.at(r, c + 1)) &&
                    s.grid.at(r, c + 1).number != v) {
                    Grid g = s.grid;
                    g.at(r, c) = s.grid.at(r, c + 1);
                    record("summa kopierad från nästa kolumn", true, g, r, c);
                }
            }
            // The whole line dropped.
            bool any_amount = false;
            for (std::size_t c = 0; c < s.grid.cols(); ++c) any_amount = any_amount || is_amount(s.grid.at(r, c));
            if (!any_amount) continue;
            Grid g(s.grid.rows() - 1, s.grid.cols());
            for (std::size_t rr = 0, out = 0; rr < s.grid.rows(); ++rr) {
                if (rr == r) continue;
                for (std::size_t c = 0; c < s.grid.cols(); ++c) g.at(out, c) = s.grid.at(rr, c);
                ++out;
            }
            record("rad borttagen", row_breaking, g, r, 0);
        }
    }

    int breaking = 0, breaking_found = 0, other = 0, other_found = 0;
    std::printf("%-34s %8s %8s %8s   %8s %8s\n", "mutation", "bryter", "funna", "andel", "övriga", "funna");
    for (const auto& [kind, t] : tally) {
        std::printf("%-34s %8d %8d %7.1f%%   %8d %8d\n", kind.c_str(), t.breaking, t.breaking_found,
                    t.breaking ? 100.0 * t.breaking_found / t.breaking : 0.0, t.other, t.other_found);
        breaking += t.breaking;
        breaking_found += t.breaking_found;
        other += t.other;
        other_found += t.other_found;
    }
    const double share = breaking ? 100.0 * breaking_found / breaking : 0.0;
    std::printf("%-34s %8d %8d %7.1f%%   %8d %8d\n", "totalt", breaking, breaking_found, share, other, other_found);
    std::printf("%zu tabeller och blad, %d falska larm på originalen.\n", sources.size(), false_alarms);

    // Per format: what the reader found, and how much of what breaks a sum the audit finds there.
    std::printf("\n%-8s %8s %10s %8s %8s %8s %12s\n", "format", "tabeller", "kontroller", "bryter", "funna",
                "andel", "falska larm");
    bool formats_ok = true;
    const auto text = per_format.find("text");
    const double text_share = text != per_format.end() && text->second.t.breaking
                                  ? 100.0 * text->second.t.breaking_found / text->second.t.breaking
                                  : -1;
    for (const auto& [name, f] : per_format) {
        const double fs = f.t.breaking ? 100.0 * f.t.breaking_found / f.t.breaking : 0.0;
        std::printf("%-8s %8zu %10zu %8d %8d %7.1f%% %12d\n", name.c_str(), f.tables, f.checks, f.t.breaking,
                    f.t.breaking_found, fs, f.false_alarms);
        const bool document = name != "text" && name != "csv";
        if (f.t.breaking && fs < 99.0) formats_ok = false;
        if (document && text_share >= 0 && fs < text_share - 1.0) {
            std::printf("%s finner %.1f %% mot %.1f %% i texterna: mer än 1 procentenhet under.\n", name.c_str(), fs,
                        text_share);
            formats_ok = false;
        }
    }

    // The diagnosis of what was found: per kind, then per format.
    const auto diagnosis_row = [](const std::string& name, const Diagnosis& d) {
        const auto pct = [&](int n) { return d.detected ? 100.0 * n / d.detected : 0.0; };
        std::printf("%-34s %8d %7.1f%% %7.1f%% %7.1f%% %7.1f%% %9.1f%%\n", name.c_str(), d.detected, pct(d.alone),
                    pct(d.among), pct(d.accused), pct(d.none), d.alone ? 100.0 * d.restored / d.alone : 0.0);
    };
    std::printf("\nDiagnos av de funna mutationerna (andel av funna):\n%-34s %8s %8s %8s %8s %8s %10s\n", "mutation",
                "funna", "ensam", "bland", "anklagar", "ingen", "återställd");
    Diagnosis all, figures;  // all; and those where a figure was mutated (not a row dropped)
    for (const auto& [kind, d] : diagnosis) {
        diagnosis_row(kind, d);
        all.add(d);
        if (kind != "rad borttagen") figures.add(d);
    }
    diagnosis_row("totalt", all);
    diagnosis_row("totalt, ändrade tal", figures);
    std::printf("%-34s\n", "per format:");
    for (const auto& [name, d] : diagnosis_format) diagnosis_row(name, d);
    const auto transposed = diagnosis.find("siffror omkastade");
    const double accused_pct = all.detected ? 100.0 * all.accused / all.detected : 0.0;
    const double alone_pct = figures.detected ? 100.0 * figures.alone / figures.detected : 0.0;
    const double transposed_pct = transposed != diagnosis.end() && transposed->second.detected
                                      ? 100.0 * transposed->second.alone / transposed->second.detected
                                      : 0.0;
    // 89, not 90 (issue 20, this session): one municipality's line transposed at the digits where the
    // region's figure has them makes the lines add up to the region's figure transposed, and with no
    // shares printed the lines could as well all be computed on that mistyped base (Halland 2018). The
    // diagnosis now leaves both open instead of guessing: 2 of the seeds' 178 transpositions in PDF move
    // from alone to candidates; wrong right values on 500 generated text plans go from 12 to 4.
    constexpr double kTransposedAlone = 89.0;
    std::printf("Mål: anklagar högst 1 %% (%.1f %%), ensam minst 60 %% (%.1f %%), omkastade ensam minst 89 %% (%.1f %%), "
                "återställd när ensam 100 %% (%d av %d).\n",
                accused_pct, alone_pct, transposed_pct, figures.restored, figures.alone);
    const bool diagnosis_ok = accused_pct <= 1.0 && alone_pct >= 60.0 && transposed_pct >= kTransposedAlone;
    const bool ok = false_alarms == 0 && breaking >= 300 && share >= 99.0 && formats_ok && diagnosis_ok;
    if (!diagnosis_ok)
        std::printf("DIAGNOSEN UNDER MÅLET: högst 1 %% anklagade, minst 60 %% ensam, minst 89 %% av omkastningarna ensam.\n");
    if (!ok)
        std::printf("UNDER MÅLET: minst 300 brytande mutationer, minst 99 %% funna (i varje format, och i PDF och "
                    "Word/Writer högst 1 procentenhet under texterna), inga falska larm.\n");
    return ok ? 0 : 1;
}
