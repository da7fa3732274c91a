#include "document_tables.hpp"

#include "units.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>

namespace finsam {

namespace {

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
    return s;
}

std::string trim(std::string_view s) {
    std::size_t a = 0, b = s.size();
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r')) ++a;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r')) --b;
    return std::string(s.substr(a, b - a));
}

// Markup the document text keeps from its layout: <i>, <b>, **, ***. A '<' with no '>' after it
// is text. Scanners throughout this file, no regex: linear time and a flat stack for any line.
std::string strip_markup(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '<') {
            const std::size_t close = s.find('>', i + 1);
            if (close == std::string::npos) {
                for (; i < s.size(); ++i)
                    if (s[i] != '*') out += s[i];
                break;
            }
            i = close;
            continue;
        }
        if (s[i] != '*') out += s[i];
    }
    return trim(out);
}

// A Markdown table rule's cell: ---, :--, --:, :-: (two dashes or more).
bool is_rule_cell(std::string_view c) {
    if (c.starts_with(':')) c.remove_prefix(1);
    if (c.ends_with(':')) c.remove_suffix(1);
    return c.size() >= 2 && c.find_first_not_of('-') == std::string_view::npos;
}

Cell cell_of(const std::string& raw) {
    const std::string t = strip_markup(raw);
    if (t.empty()) return Cell::empty();
    if (auto v = parse_swedish_amount(t)) return Cell::of(*v);
    return Cell::of(t);
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == sep) {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

// The cells of a table line, or nullopt for a line that is not part of a table.
std::optional<std::vector<std::string>> table_cells(std::string line) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string t = trim(line);
    if (t.starts_with("- |")) t = trim(t.substr(1));  // a table inside a list item
    if (t.starts_with("|")) {
        auto cells = split(t, '|');
        cells.erase(cells.begin());
        if (!cells.empty() && trim(cells.back()).empty()) cells.pop_back();
        bool separator = !cells.empty();
        for (auto& c : cells) separator = separator && is_rule_cell(trim(c));
        if (separator) return std::vector<std::string>{};  // |---|---|: no row, but still the table
        return cells;
    }
    if (line.find('\t') != std::string::npos) return split(line, '\t');
    return std::nullopt;
}

// A header row prints years over the columns ("| | 2020 | 2021 |"): they name periods, they are
// not amounts. Such a row has no label and only whole years.
void keep_years_as_text(Grid& g, std::size_t r) {
    if (!g.at(r, 0).is_empty()) return;
    bool any = false;
    for (std::size_t c = 1; c < g.cols(); ++c) {
        const Cell& cell = g.at(r, c);
        if (cell.is_empty()) continue;
        if (!cell.is_number() || !(cell.number >= 1990 && cell.number <= 2100) ||
            cell.number != static_cast<int>(cell.number))
            return;
        any = true;
    }
    if (!any) return;
    for (std::size_t c = 1; c < g.cols(); ++c)
        if (g.at(r, c).is_number()) g.at(r, c) = Cell::of(std::to_string(static_cast<int>(g.at(r, c).number)));
}

}  // namespace

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && is_space(s[i])) ++i;
    return i;
}

// After the figure: [,dd] [spaces] [kr|tkr|mnkr|sek|tsek|:-] [.] [spaces] [(note on one line)] [spaces],
// and nothing else. Returns the öre digits ("" if none), or nullopt when the rest is not that.
std::optional<std::string> amount_tail(std::string_view s, std::size_t i) {
    std::string decimals;
    if (i + 1 < s.size() && s[i] == ',' && is_digit(s[i + 1])) {
        std::size_t e = i + 1;
        while (e < s.size() && is_digit(s[e])) ++e;
        if (e - (i + 1) > 2) return std::nullopt;  // ",123" is no amount in kronor and öre
        decimals = std::string(s.substr(i + 1, e - (i + 1)));
        i = e;
    }
    i = skip_spaces(s, i);
    // The unit, in any case; a word that only starts like one ("kronor") is not a unit.
    const auto rest_after = [&](std::size_t j) -> bool {
        if (j < s.size() && s[j] == '.') ++j;
        j = skip_spaces(s, j);
        if (j < s.size() && s[j] == '(') {
            std::size_t end = s.size();
            while (end > j && is_space(s[end - 1])) --end;
            if (end - j < 2 || s[end - 1] != ')') return false;
            const std::string_view note = s.substr(j, end - j);
            return note.find('\n') == std::string_view::npos && note.find('\r') == std::string_view::npos;
        }
        return j == s.size();
    };
    std::string word;
    for (std::size_t j = i; j < s.size() && j - i < 4; ++j)
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j])));
    for (std::string_view unit : {"mnkr", "tsek", "tkr", "sek", "kr", ":-"})
        if (word.starts_with(unit) && rest_after(i + unit.size())) return decimals;
    if (rest_after(i)) return decimals;
    return std::nullopt;
}

}  // namespace

std::optional<double> parse_swedish_amount(std::string_view text) {
    std::string s = replace_all(std::string(text), "\xE2\x88\x92", "-");  // minus sign
    s = replace_all(s, "\xE2\x80\x93", "-");                              // en dash
    s = replace_all(s, "\xC2\xA0", " ");                                  // no-break space
    s = replace_all(s, "\xE2\x80\xAF", " ");                              // narrow no-break space
    s = replace_all(s, "\xE2\x80\x89", " ");                              // thin space
    // Negative as accountants print it (issue 20): "(1 250)" and "1 250-" (not "1 250:-", kronor).
    bool negative = false;
    {
        std::size_t b = skip_spaces(s, 0), e = s.size();
        while (e > b && is_space(s[e - 1])) --e;
        const std::string_view inner = e - b >= 3 ? std::string_view(s).substr(b + 1, e - b - 2) : std::string_view{};
        const bool year = inner.size() == 4 && (inner.starts_with("19") || inner.starts_with("20")) &&
                          std::all_of(inner.begin(), inner.end(), is_digit);  // "(2021)" names a year
        if (e - b >= 3 && s[b] == '(' && s[e - 1] == ')' && is_digit(s[skip_spaces(s, b + 1)]) && !year) {
            s = s.substr(b + 1, e - b - 2);
            negative = true;
        } else if (e - b >= 2 && s[e - 1] == '-' && s[e - 2] != ':' && s[e - 2] != '-') {
            std::size_t d = e - 1;
            while (d > b && is_space(s[d - 1])) --d;
            if (d > b && is_digit(s[d - 1]) && s[b] != '-') {
                s = s.substr(0, d);
                negative = true;
            }
        }
    }
    std::size_t i = skip_spaces(s, 0);
    if (!negative && i < s.size() && s[i] == '-') {
        negative = true;
        i = skip_spaces(s, i + 1);
    }
    if (i >= s.size() || !is_digit(s[i])) return std::nullopt;
    std::size_t run = i;
    while (run < s.size() && is_digit(s[run])) ++run;
    // Digits grouped by threes with single spaces ("1 789 000") or with dots as Excel prints them
    // ("1.789.000"; money has at most two decimals, so a dot before three digits is no decimal
    // point), or one run of digits. One kind of separator in one figure.
    std::string digits(s, i, run - i);
    std::size_t end = run;
    if (run - i <= 3) {
        const char sep = end < s.size() && s[end] == '.' ? '.' : ' ';
        while (end + 4 <= s.size() && s[end] == sep && is_digit(s[end + 1]) && is_digit(s[end + 2]) &&
               is_digit(s[end + 3]) && (end + 4 == s.size() || !is_digit(s[end + 4]))) {
            digits.append(s, end + 1, 3);
            end += 4;
        }
    }
    const auto decimals = amount_tail(s, end);
    if (!decimals) return std::nullopt;
    // strtod never throws: a figure of 400 digits is a huge number, which the audit says it cannot
    // read, never an exception.
    const std::string number = digits + (decimals->empty() ? "" : "." + *decimals);
    double v = std::strtod(number.c_str(), nullptr);
    if (!std::isfinite(v)) v = std::numeric_limits<double>::max();
    return negative ? -v : v;
}

std::vector<TextTable> read_text_tables(std::string_view document) {
    struct Row {
        std::vector<std::string> cells;
        std::size_t line;
    };
    std::vector<TextTable> tables;
    std::vector<Row> rows;
    std::size_t width = 0;
    std::vector<Row> pending;  // blank and heading lines waiting to see whether the table goes on

    const auto flush = [&] {
        if (!rows.empty()) {
            TextTable t{Grid(rows.size(), width), {}};
            for (std::size_t r = 0; r < rows.size(); ++r) {
                for (std::size_t c = 0; c < rows[r].cells.size() && c < width; ++c) t.grid.at(r, c) = cell_of(rows[r].cells[c]);
                t.line_of_row.push_back(rows[r].line);
                keep_years_as_text(t.grid, r);
            }
            tables.push_back(std::move(t));
        }
        rows.clear();
        pending.clear();
        width = 0;
    };

    std::istringstream in{std::string(document)};
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        auto cells = table_cells(line);
        if (cells) {
            if (cells->empty()) continue;  // a |---| rule
            if (!rows.empty() && cells->size() != width) flush();
            for (Row& p : pending) rows.push_back(std::move(p));
            pending.clear();
            width = std::max(width, cells->size());
            rows.push_back({std::move(*cells), n});
            continue;
        }
        const std::string t = strip_markup(line);
        if (rows.empty()) continue;
        if (t.empty() && pending.size() < 3) {
            pending.push_back({{}, n});
        } else if (!t.empty() && t.size() <= 60 && pending.size() < 3) {
            pending.push_back({{t}, n});  // a sub-heading between parts of one table
        } else {
            flush();
        }
    }
    flush();
    return tables;
}

Grid read_csv(std::string_view csv) {
    std::vector<std::vector<Cell>> rows;
    std::vector<Cell> row;
    std::string field;
    bool quoted = false, was_quoted = false;
    const auto end_field = [&] {
        if (field.empty() && !was_quoted) {
            row.push_back(Cell::empty());
        } else {
            char* end = nullptr;
            const double v = was_quoted ? 0.0 : std::strtod(field.c_str(), &end);
            if (!was_quoted && end && *end == '\0' && !field.empty()) row.push_back(Cell::of(v));
            else row.push_back(field.empty() ? Cell::empty() : Cell::of(field));
        }
        field.clear();
        was_quoted = false;
    };
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = was_quoted = true;
        } else if (c == ',') {
            end_field();
        } else if (c == '\n') {
            end_field();
            rows.push_back(std::move(row));
            row.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    if (!field.empty() || !row.empty()) {
        end_field();
        rows.push_back(std::move(row));
    }
    std::size_t cols = 0;
    for (auto& r : rows) cols = std::max(cols, r.size());
    Grid g(rows.size(), cols);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) g.at(r, c) = rows[r][c];
    return g;
}

// --- Units printed above and beside tables ---------------------------------------------------------

namespace {

// The words of a text, lower case (ASCII letters; other bytes, å ä ö among them, kept as letters),
// split at anything but letters, digits and dots; dots at either end of a word dropped ("(tkr).").
std::vector<std::string> unit_words(std::string_view text) {
    std::vector<std::string> words;
    std::string w;
    const auto flush = [&] {
        while (!w.empty() && w.back() == '.') w.pop_back();
        std::size_t a = 0;
        while (a < w.size() && w[a] == '.') ++a;
        if (a < w.size()) words.push_back(w.substr(a));
        w.clear();
    };
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c >= 0x80 || c == '.') w += static_cast<char>(std::tolower(c));
        else flush();
    }
    flush();
    return words;
}

bool all_digits(const std::string& w) {
    return !w.empty() && w.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

std::optional<std::string> printed_unit(std::string_view text, bool not_after_amount) {
    const std::vector<std::string> w = unit_words(text);
    for (std::size_t i = 0; i < w.size(); ++i) {
        const std::string& a = w[i];
        const std::string next = i + 1 < w.size() ? w[i + 1] : std::string();
        std::optional<std::string> unit;
        if (a == "tkr" || a == "t.kr" || a == "tsek" || a == "ksek" || a == "kkr" || a == "tkronor")
            unit = "tkr";
        else if ((a == "tusen" || a == "tusental" || a == "tusentals") && (next == "kronor" || next == "kr"))
            unit = "tkr";
        else if (a == "mkr" || a == "m.kr" || a == "mnkr" || a == "mn.kr" || a == "msek")
            unit = "mkr";
        else if ((a == "miljoner" || a == "miljontals" || a == "mn") && (next == "kronor" || next == "kr"))
            unit = "mkr";
        else if (a == "kr" || a == "kronor" || a == "sek")
            unit = "kr";
        if (!unit) continue;
        // "uppgår till 2 054 tkr": an amount, not a heading (a year before the unit heads a column).
        if (not_after_amount && i > 0 && all_digits(w[i - 1]) &&
            !(w[i - 1].size() == 4 && (w[i - 1].starts_with("19") || w[i - 1].starts_with("20"))))
            return std::nullopt;
        return unit;
    }
    return std::nullopt;
}

std::string unit_in_headings(const Grid& g) {
    for (const Cell& c : g.cells()) {
        if (!c.is_text()) continue;
        const auto unit = printed_unit(c.text);
        if (unit && *unit != "kr") return *unit;
    }
    return "kr";
}

void note_units(ReadDocument& doc) {
    // A line read as a unit line is short: a heading or a caption, not a sentence about figures.
    constexpr std::size_t kMaxUnitLine = 80;
    for (PlacedTable& t : doc.tables) {
        t.unit = unit_in_headings(t.grid);
        if (t.unit != "kr" || t.order == 0) continue;
        // The paragraph right above: the last one before the table, with no other table between.
        const PlacedParagraph* above = nullptr;
        for (const PlacedParagraph& p : doc.paragraphs)
            if (p.order > 0 && p.order < t.order && (!above || p.order > above->order)) above = &p;
        if (!above || above->text.size() > kMaxUnitLine) continue;
        bool table_between = false;
        for (const PlacedTable& other : doc.tables)
            table_between = table_between || (&other != &t && other.order > above->order && other.order < t.order);
        if (table_between) continue;
        if (const auto unit = printed_unit(above->text, true)) t.unit = *unit;
    }
}

}  // namespace finsam
