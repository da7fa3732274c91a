// The PDF reader against generated page layouts (issue 20, classes 2 and 3): budget tables of random
// size and figures, laid out as word boxes the way Writer sets them (figures right-aligned in their
// cells, headers set left), in every notation of digit groups and minus signs, broken over a page
// with a running header and footer and the table's header repeated, with figures wrapped in their
// cells, and stacked with other tables. Each layout must read back to the table it was made from,
// figure for figure, and the audit must find nothing in it (every generated table adds up).
#include "finsam_audit.hpp"
#include "pdf_reading.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace finsam;

namespace {

constexpr double kChar = 6.0, kSpace = 3.0, kHeight = 13.0, kPitch = 16.0;

std::size_t code_points(const std::string& s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

// Pages of word boxes, written as a typesetter sets them.
struct Layout {
    std::vector<std::vector<PdfWord>> pages{1};

    void page() { pages.emplace_back(); }
    // Words starting at x (each word a box; a space between words).
    double left(double x, double y, const std::vector<std::string>& words) {
        for (const std::string& w : words) {
            const double width = kChar * static_cast<double>(code_points(w));
            pages.back().push_back(PdfWord{x, y, x + width, y + kHeight, w});
            x += width + kSpace;
        }
        return x - kSpace;
    }
    static double width(const std::vector<std::string>& words) {
        double w = 0;
        for (const std::string& x : words) w += kChar * static_cast<double>(code_points(x)) + kSpace;
        return words.empty() ? 0 : w - kSpace;
    }
    void right(double x, double y, const std::vector<std::string>& words) { left(x - width(words), y, words); }
    void text(double x, double y, const std::string& s) {
        std::vector<std::string> words;
        std::string w;
        for (char c : s) {
            if (c == ' ') {
                if (!w.empty()) words.push_back(w);
                w.clear();
            } else {
                w += c;
            }
        }
        if (!w.empty()) words.push_back(w);
        left(x, y, words);
    }
};

// A figure as people print it: its digit groups apart by a space (words of their own) or joined by a
// no-break or thin space (one word), negative with a hyphen, a minus sign, an en dash, in brackets
// or with a trailing minus. Returns the words.
struct Notation {
    int sep = 0;    // 0 space, 1 no-break space, 2 thin space, 3 narrow no-break space
    int minus = 0;  // 0 '-', 1 U+2212, 2 U+2013, 3 (…), 4 trailing '-'

    std::vector<std::string> words(std::int64_t v) const {
        std::string digits = std::to_string(v < 0 ? -v : v);
        std::vector<std::string> groups;
        while (digits.size() > 3) {
            groups.insert(groups.begin(), digits.substr(digits.size() - 3));
            digits.resize(digits.size() - 3);
        }
        groups.insert(groups.begin(), digits);
        if (v < 0) {
            static const char* const signs[] = {"-", "\xE2\x88\x92", "\xE2\x80\x93"};
            if (minus < 3) groups.front() = signs[minus] + groups.front();
            else if (minus == 3) groups.front() = "(" + groups.front(), groups.back() += ")";
            else groups.back() += "-";
        }
        if (sep == 0) return groups;
        static const char* const seps[] = {"", "\xC2\xA0", "\xE2\x80\x89", "\xE2\x80\xAF"};
        std::string one;
        for (std::size_t i = 0; i < groups.size(); ++i) one += (i ? seps[sep] : "") + groups[i];
        return {one};
    }
};

struct Table {
    std::vector<std::string> periods;
    std::vector<std::string> labels;             // the last is the sum
    std::vector<std::vector<std::int64_t>> rows;  // per label, per period
};

Table random_table(std::mt19937& rng) {
    Table t;
    const int periods = std::uniform_int_distribution<int>(1, 4)(rng);
    for (int p = 0; p < periods; ++p) t.periods.push_back(std::string(p == 0 ? "Budget " : "Plan ") + std::to_string(2025 + p));
    const int lines = std::uniform_int_distribution<int>(3, 24)(rng);
    std::vector<std::int64_t> sums(static_cast<std::size_t>(periods), 0);
    const std::int64_t scale = std::uniform_int_distribution<int>(0, 2)(rng) == 0 ? 1000 : 1;
    for (int i = 0; i < lines; ++i) {
        t.labels.push_back(std::string("Insats ") + static_cast<char>('A' + i % 26) + (i >= 26 ? "x" : ""));
        std::vector<std::int64_t> row;
        for (int p = 0; p < periods; ++p) {
            std::int64_t v = std::uniform_int_distribution<std::int64_t>(1, 9'999'999)(rng) / scale;
            if (std::uniform_int_distribution<int>(0, 9)(rng) == 0) v = -v;
            row.push_back(v);
            sums[static_cast<std::size_t>(p)] += v;
        }
        t.rows.push_back(row);
    }
    t.labels.push_back("Summa kostnader");
    t.rows.push_back(sums);
    return t;
}

struct Options {
    Notation notation;
    std::size_t break_after = 0;  // rows on the first page (0: no page break)
    std::size_t wrapped = 0;      // 1-based row whose figures wrap in their cells (0: none)
    std::size_t label_wrapped = 0;  // 1-based row whose label wraps over two lines, its figures set in the
                                    // middle of the cell's height as Writer 25.2 does (0: none)
};

// The table set on pages: label column at 60, periods' cells `cell` wide, figures right-aligned, the
// header set left in its cells; a running header and a footer on every page, the header repeated
// after a page break.
Layout set(const Table& t, const Options& o) {
    Layout pdf;
    double widest = 0;
    for (const auto& row : t.rows)
        for (std::int64_t v : row) widest = std::max(widest, Layout::width(o.notation.words(v)));
    const double cell = std::max(widest, Layout::width({"Budget", "2025"})) + 24;
    const double first = 260;
    const auto edge = [&](std::size_t p) { return first + cell * static_cast<double>(p + 1) - 4; };
    const auto furniture = [&](std::size_t page) {
        pdf.text(57, 20, "Samordningsförbundet Norra Älvdalen · Verksamhetsplan 2025");
        pdf.text(57, 810, "Sida " + std::to_string(page) + " av 2");
    };
    const auto header = [&](double y) {
        pdf.text(60, y, "Belopp i kr");
        for (std::size_t p = 0; p < t.periods.size(); ++p) pdf.text(edge(p) - cell + 8, y, t.periods[p]);
    };
    furniture(1);
    pdf.text(57, 60, "Budget 2025");  // the title, in the text's size
    double y = 90;
    header(y);
    y += kPitch;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        if (o.break_after > 0 && i == o.break_after) {
            pdf.page();
            furniture(2);
            y = 50;
            header(y);
            y += kPitch;
        }
        if (o.label_wrapped == i + 1) {
            // "Stöd till personer" / figures / "med psykisk ohälsa": three lines, one row.
            const double pitch = 1.15 * kHeight;
            pdf.text(60, y, "Stöd till personer");
            pdf.text(60, y + pitch, "med psykisk ohälsa " + t.labels[i]);
            for (std::size_t p = 0; p < t.periods.size(); ++p) pdf.right(edge(p), y + pitch / 2, o.notation.words(t.rows[i][p]));
            y += kPitch + pitch;
            continue;
        }
        const bool wrap = o.wrapped == i + 1;
        // A wrapped row is two lines high; its other cells stand centred between the lines, which
        // stand closer than rows do.
        const double line2 = 0.9 * kHeight;
        const double mid = wrap ? y + line2 / 2 : y;
        pdf.text(60, mid, t.labels[i]);
        for (std::size_t p = 0; p < t.periods.size(); ++p) {
            std::vector<std::string> words = o.notation.words(t.rows[i][p]);
            if (wrap && words.size() >= 2) {
                const std::string last = words.back();
                words.pop_back();
                pdf.right(edge(p), y, words);
                pdf.right(edge(p), y + line2, {last});
            } else {
                pdf.right(edge(p), mid, words);
            }
        }
        y += wrap ? kPitch + line2 : kPitch;
    }
    return pdf;
}

// The figures of the read table, row by row (rows with a figure only).
std::vector<std::vector<double>> figures_of(const Grid& g) {
    std::vector<std::vector<double>> out;
    for (std::size_t r = 0; r < g.rows(); ++r) {
        std::vector<double> row;
        for (std::size_t c = 1; c < g.cols(); ++c)
            if (g.at(r, c).is_number()) row.push_back(g.at(r, c).number);
        if (!row.empty()) out.push_back(row);
    }
    return out;
}

std::string shown(const Grid& g) {
    std::string s;
    for (std::size_t r = 0; r < g.rows(); ++r) {
        for (std::size_t c = 0; c < g.cols(); ++c) {
            const Cell& x = g.at(r, c);
            s += " | " + (x.is_number() ? std::to_string(x.number) : x.is_text() ? x.text : std::string());
        }
        s += "\n";
    }
    return s;
}

}  // namespace

TEST_CASE("PDF layouts: generated tables in every notation, over a page break and wrapped in their cells, read back "
          "figure for figure",
          "[audit][pdf][layouts]") {
    std::mt19937 rng(20);
    for (int n = 0; n < 400; ++n) {
        const Table t = random_table(rng);
        Options o;
        o.notation.sep = std::uniform_int_distribution<int>(0, 3)(rng);
        o.notation.minus = std::uniform_int_distribution<int>(0, 4)(rng);
        if (std::uniform_int_distribution<int>(0, 1)(rng) == 1)
            o.break_after = std::uniform_int_distribution<std::size_t>(1, t.rows.size() - 1)(rng);
        // A wrap needs digit groups apart by spaces that the cell can break at.
        if (o.notation.sep == 0 && std::uniform_int_distribution<int>(0, 2)(rng) == 0)
            o.wrapped = std::uniform_int_distribution<std::size_t>(1, t.rows.size())(rng);
        if (std::uniform_int_distribution<int>(0, 2)(rng) == 0)
            o.label_wrapped = std::uniform_int_distribution<std::size_t>(1, t.rows.size() - 1)(rng);
        if (o.label_wrapped == o.wrapped || (o.break_after > 0 && o.label_wrapped == o.break_after + 1)) o.label_wrapped = 0;
        INFO("layout " << n << ": " << t.rows.size() << " rows, " << t.periods.size() << " periods, separator "
                       << o.notation.sep << ", minus " << o.notation.minus << ", page break after "
                       << o.break_after << ", wrapped row " << o.wrapped << ", wrapped label " << o.label_wrapped);
        const ReadDocument doc = read_pdf_words(set(t, o).pages);
        std::string tables;
        for (const PlacedTable& x : doc.tables) tables += x.place + ":\n" + shown(x.grid);
        INFO(tables);
        REQUIRE(doc.tables.size() == 1);
        const Grid& g = doc.tables[0].grid;
        INFO("read:\n" << shown(g));
        REQUIRE(g.cols() == t.periods.size() + 1);
        const auto got = figures_of(g);
        REQUIRE(got.size() == t.rows.size());
        for (std::size_t r = 0; r < got.size(); ++r) {
            INFO("row " << r + 1 << " (" << t.labels[r] << ")");
            REQUIRE(got[r].size() == t.periods.size());
            for (std::size_t p = 0; p < got[r].size(); ++p) CHECK(got[r][p] == static_cast<double>(t.rows[r][p]));
        }
        // The periods name the columns (a header set left in its cell), once, however many pages.
        for (std::size_t p = 0; p < t.periods.size(); ++p) CHECK(g.at(0, p + 1).is_text());
        if (g.at(0, 1).is_text()) CHECK(g.at(0, 1).text == t.periods[0]);
        CHECK_FALSE(doc.tables[0].unsure);
        const AuditReport report = audit_grid(g);
        CHECK(report.findings.empty());
        CHECK(report.checks >= t.periods.size());
    }
}

TEST_CASE("PDF layouts: a table on a new page under a title of its own, and two tables stacked with their headers, "
          "are tables of their own",
          "[audit][pdf][layouts]") {
    std::mt19937 rng(7);
    Table budget = random_table(rng);
    while (budget.periods.size() != 1) budget = random_table(rng);  // the same columns as the tables after it
    Layout pdf = set(budget, Options{});
    double edge = 0;  // where the budget's figures end
    for (const PdfWord& w : pdf.pages.back())
        if (w.y0 > 100 && w.y0 < 800 && w.x0 > 200) edge = std::max(edge, w.x1);
    REQUIRE(edge > 0);
    // The equity table: on the next page, under a title in a larger type, in the same column.
    pdf.page();
    pdf.pages.back().push_back(PdfWord{57, 40, 57 + 9 * 4, 40 + 17, "Eget"});
    pdf.pages.back().push_back(PdfWord{57 + 9 * 5, 40, 57 + 9 * 12, 40 + 17, "kapital"});
    Layout& l = pdf;
    double y = 70;
    l.text(60, y, "Belopp i kr");
    y += kPitch;
    const std::int64_t opening = 1'200'000, result = budget.rows.back()[0] % 500'000;
    for (auto [label, v] : {std::pair<std::string, std::int64_t>{"Eget kapital vid årets början", opening},
                            {"Årets resultat", result},
                            {"Eget kapital vid årets slut", opening + result}}) {
        l.text(60, y, label);
        l.right(edge, y, Notation{}.words(v));
        y += kPitch;
    }
    // And a members table right under it, a blank line apart, with a header of its own.
    y += kPitch;
    l.text(60, y, "Kommun");
    l.text(edge - 80, y, "Medlemsbidrag");
    y += kPitch;
    for (auto [label, v] : {std::pair<std::string, std::int64_t>{"Alingsås", 300'000}, {"Vara", 200'000},
                            {"Summa", 500'000}}) {
        l.text(60, y, label);
        l.right(edge, y, Notation{}.words(v));
        y += kPitch;
    }
    const ReadDocument doc = read_pdf_words(pdf.pages);
    REQUIRE(doc.tables.size() == 3);
    CHECK(figures_of(doc.tables[0].grid).size() == budget.rows.size());
    CHECK(figures_of(doc.tables[1].grid).size() == 3);
    CHECK(figures_of(doc.tables[2].grid).size() == 3);
    CHECK(doc.tables[1].place.starts_with("sida 2"));
}

TEST_CASE("PDF layouts: a figure wrapped in its cell that does not put together leaves its table unsure",
          "[audit][pdf][layouts]") {
    Layout pdf;
    double y = 60;
    pdf.text(60, y, "Belopp i kr");
    pdf.text(300, y, "Budget 2025");
    y += kPitch;
    const auto row = [&](const std::string& label, const std::vector<std::string>& figure) {
        pdf.text(60, y, label);
        pdf.right(380, y, figure);
        y += kPitch;
    };
    row("Insats A", {"1", "250", "000"});
    row("Insats B", {"750", "000"});
    // "2 000" over "12": no figure is "2 000 12" or "2 00012".
    pdf.text(60, y + 5.85, "Summa");
    pdf.right(380, y, {"2", "000"});
    pdf.right(380, y + 11.7, {"12"});
    const ReadDocument doc = read_pdf_words(pdf.pages);
    REQUIRE(doc.tables.size() == 1);
    CHECK(doc.tables[0].unsure);
    CHECK(figures_of(doc.tables[0].grid).size() == 3);
}

TEST_CASE("PDF layouts: a year printed with a gap and broken in its header cell (\"Budget 2\" over \"025\") is the "
          "period's year, never a figure written as text",
          "[audit][pdf][layouts]") {
    // Writer sets "Budget 2 025" in a narrow cell as "Budget 2" and, on the next line, "025"; the unit
    // ("kr") stands on either line. Read as cells of their own the rests were numbers written as
    // text: the table was left unread (EJ TOLKAD, exit 3) on a correct plan.
    std::mt19937 rng(2027);
    for (int n = 0; n < 200; ++n) {
        Table t = random_table(rng);
        const int year = std::uniform_int_distribution<int>(2018, 2030)(rng);
        for (std::size_t p = 0; p < t.periods.size(); ++p)
            t.periods[p] = std::string(p == 0 ? "Budget " : "Plan ") + std::to_string(year + static_cast<int>(p));
        const bool unit_below = std::uniform_int_distribution<int>(0, 1)(rng) == 1;
        Layout pdf;
        double widest = 0;
        for (const auto& row : t.rows)
            for (std::int64_t v : row) widest = std::max(widest, Layout::width(Notation{}.words(v)));
        const double cell = widest + 24, first = 260;
        const auto edge = [&](std::size_t p) { return first + cell * static_cast<double>(p + 1) - 4; };
        double y = 60;
        const double line2 = 0.9 * kHeight;
        pdf.text(60, unit_below ? y + line2 : y, "kr");
        for (std::size_t p = 0; p < t.periods.size(); ++p) {
            const std::string digits = std::to_string(year + static_cast<int>(p));
            pdf.text(edge(p) - cell + 8, y, std::string(p == 0 ? "Budget " : "Plan ") + digits.substr(0, 1));
            pdf.text(edge(p) - cell + 8, y + line2, digits.substr(1));
        }
        y += kPitch + line2;
        for (std::size_t i = 0; i < t.rows.size(); ++i, y += kPitch) {
            pdf.text(60, y, t.labels[i]);
            for (std::size_t p = 0; p < t.periods.size(); ++p) pdf.right(edge(p), y, Notation{}.words(t.rows[i][p]));
        }
        INFO("layout " << n << ": " << t.periods.size() << " periods from " << year << ", unit below " << unit_below);
        const ReadDocument doc = read_pdf_words(pdf.pages);
        REQUIRE(doc.tables.size() == 1);
        const Grid& g = doc.tables[0].grid;
        INFO("read:\n" << shown(g));
        const auto got = figures_of(g);
        REQUIRE(got.size() == t.rows.size());
        // Each period's header holds its whole year; no cell holds the rest of one alone.
        for (std::size_t p = 0; p < t.periods.size(); ++p) {
            const std::string digits = std::to_string(year + static_cast<int>(p));
            bool named = false;
            for (std::size_t r = 0; r < g.rows(); ++r) {
                const Cell& x = g.at(r, p + 1);
                if (!x.is_text()) continue;
                CHECK(x.text != digits.substr(1));
                named = named || x.text == std::string(p == 0 ? "Budget " : "Plan ") + digits.substr(0, 1) + " " + digits.substr(1);
            }
            CHECK(named);
        }
        const AuditReport report = audit_grid(g);
        CHECK(report.findings.empty());
        CHECK(report.not_understood.empty());
        CHECK(report.checks >= t.periods.size());
    }
}
