#include "text_reading.hpp"

#include "document_tables.hpp"
#include "file_access.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace finsam {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Characters (code points) in s[0, bytes).
std::size_t chars(std::string_view s, std::size_t bytes) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < bytes && i < s.size(); ++i) n += !is_continuation(s[i]);
    return n;
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string line(text.substr(start, end - start));
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        if (end == text.size()) break;
        start = end + 1;
    }
    if (!lines.empty() && lines.back().empty()) lines.pop_back();
    return lines;
}

bool has_letter(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC3) return true;
    }
    return false;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

// Fields of a line separated by two spaces or more, with the character column where each ends.
struct Field {
    std::string text;
    std::size_t end;
};
std::vector<Field> fields_of(std::string_view line) {
    std::vector<Field> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == ' ') ++i;
        if (i >= line.size()) break;
        std::size_t j = i;
        while (j < line.size() && !(line[j] == ' ' && (j + 1 >= line.size() || line[j + 1] == ' '))) ++j;
        out.push_back({std::string(line.substr(i, j - i)), chars(line, j)});
        i = j;
    }
    return out;
}

bool is_dash(std::string_view s) { return s == "-" || s == "\xE2\x80\x93" || s == "\xE2\x80\x94"; }

// A year alone ("2021"), which a line ending in it rarely means as an amount.
bool is_plain_year(std::string_view s) {
    return s.size() == 4 && std::all_of(s.begin(), s.end(), is_digit) && s >= "1990" && s <= "2100";
}

// The amount that ends a line of single-spaced words ("… 3 % 559 260 kr"): where it starts, or npos.
std::size_t trailing_amount_start(std::string_view line) {
    std::vector<std::pair<std::size_t, std::string_view>> words;  // start, word
    for (std::size_t i = 0; i < line.size();) {
        while (i < line.size() && line[i] == ' ') ++i;
        std::size_t j = i;
        while (j < line.size() && line[j] != ' ') ++j;
        if (j > i) words.push_back({i, line.substr(i, j - i)});
        i = j;
    }
    if (words.size() < 2) return std::string_view::npos;
    std::size_t k = words.size();
    static constexpr std::string_view kUnits[] = {"kr", "tkr", "mnkr", "sek", "tsek", "kr.", "tkr."};
    std::string last(words[k - 1].second);
    std::transform(last.begin(), last.end(), last.begin(), [](unsigned char c) { return std::tolower(c); });
    if (std::find(std::begin(kUnits), std::end(kUnits), last) != std::end(kUnits)) --k;
    // Groups of three digits back to a first group of one to three (or one run of digits).
    std::size_t first = k;
    while (first > 0) {
        std::string_view w = words[first - 1].second;
        if (first == k) {
            std::string_view digits = w;
            const std::size_t comma = w.find(',');
            if (comma != std::string_view::npos) digits = w.substr(0, comma);
            if (digits.starts_with('-')) digits.remove_prefix(1);
            if (digits.empty() || !std::all_of(digits.begin(), digits.end(), is_digit)) break;
            --first;
            if (digits.size() != 3 || w.starts_with('-')) break;
            continue;
        }
        std::string_view digits = w.starts_with('-') ? w.substr(1) : w;
        if (digits.empty() || digits.size() > 3 || !std::all_of(digits.begin(), digits.end(), is_digit)) break;
        --first;
        if (digits.size() < 3 || w.starts_with('-')) break;
    }
    if (first == k || first == 0) return std::string_view::npos;
    if (k - first == 1 && k == words.size() && is_plain_year(words[first].second)) return std::string_view::npos;
    return words[first].first;
}

}  // namespace

std::optional<AlignedRow> aligned_row(std::string_view line) {
    const std::vector<Field> fields = fields_of(line);
    if (fields.empty() || !has_letter(fields[0].text)) return std::nullopt;
    AlignedRow row;
    if (fields.size() >= 2) {
        row.label = fields[0].text;
        for (std::size_t f = 1; f < fields.size(); ++f) {
            if (is_dash(fields[f].text)) continue;
            const auto v = parse_swedish_amount(fields[f].text);
            if (!v) return std::nullopt;
            row.amounts.push_back({*v, fields[f].end});
        }
        if (row.amounts.empty()) return std::nullopt;
        return row;
    }
    const std::string& text = fields[0].text;
    const std::size_t start = trailing_amount_start(text);
    if (start == std::string_view::npos) return std::nullopt;
    const auto v = parse_swedish_amount(std::string_view(text).substr(start));
    std::string label = text.substr(0, start);
    while (!label.empty() && label.back() == ' ') label.pop_back();
    if (!v || !has_letter(label)) return std::nullopt;
    row.label = label;
    row.collapsed = true;
    const std::size_t indent = line.find_first_not_of(' ');
    row.amounts.push_back({*v, chars(line, indent) + chars(text, text.size())});
    return row;
}

namespace {

// A line that may head a table or stand between its parts: short, no figures but years or period
// names over the columns.
bool is_heading_line(std::string_view line) {
    if (is_blank(line)) return false;
    const std::vector<Field> fields = fields_of(line);
    std::size_t size = 0;
    for (const Field& f : fields) size += f.text.size();
    if (size > 60) return false;
    for (std::size_t f = 1; f < fields.size(); ++f)
        if (parse_swedish_amount(fields[f].text) && !is_plain_year(fields[f].text)) return false;
    return true;
}

// The bullet a paragraph starts with, normalised: "• kansli 1,9 mkr".
std::optional<std::string> bullet_text(std::string_view line) {
    const std::size_t i = line.find_first_not_of(" \t");
    if (i == std::string_view::npos) return std::nullopt;
    const std::string_view t = line.substr(i);
    for (std::string_view b : {"\xE2\x80\xA2 ", "\xC2\xB7 ", "- ", "* ", "\xE2\x80\x93 ", "\xE2\x96\xAA "})
        if (t.starts_with(b)) {
            std::string rest(t.substr(b.size()));
            return "\xE2\x80\xA2 " + rest;
        }
    return std::nullopt;
}

std::string strip_stars(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), '*'), s.end());
    return s;
}

// Columns of a table aligned with spaces: the aligned amounts' end columns, clustered. A collapsed
// row's amount ends wherever its label ends, so it goes to the nearest column and makes none.
std::vector<std::size_t> column_ends(const std::vector<AlignedRow>& rows) {
    std::vector<std::size_t> ends;
    for (const AlignedRow& r : rows)
        if (!r.collapsed)
            for (const AlignedRow::Amount& a : r.amounts) ends.push_back(a.end);
    std::sort(ends.begin(), ends.end());
    std::vector<std::size_t> columns;
    for (std::size_t e : ends)
        if (columns.empty() || e > columns.back() + 2) columns.push_back(e);
        else columns.back() = e;
    return columns;
}

std::size_t nearest(const std::vector<std::size_t>& columns, std::size_t end) {
    std::size_t best = 0;
    for (std::size_t c = 1; c < columns.size(); ++c) {
        const auto d = [&](std::size_t x) { return x > end ? x - end : end - x; };
        if (d(columns[c]) < d(columns[best])) best = c;
    }
    return best;
}

}  // namespace

ReadDocument read_text_document(std::string_view text) {
    ReadDocument doc;
    const std::vector<std::string> lines = split_lines(text);
    std::vector<bool> used(lines.size(), false);

    // Pipe and tab tables, as before.
    for (TextTable& t : read_text_tables(text)) {
        PlacedTable p{std::move(t.grid), {}, {}, t.line_of_row.front()};
        for (std::size_t line : t.line_of_row) {
            p.row_place.push_back("rad " + std::to_string(line));
            if (line >= 1 && line <= lines.size()) used[line - 1] = true;
        }
        for (std::size_t l = t.line_of_row.front(); l <= t.line_of_row.back() && l <= lines.size(); ++l) used[l - 1] = true;
        p.place = "rad " + std::to_string(t.line_of_row.front()) + "–" + std::to_string(t.line_of_row.back());
        doc.tables.push_back(std::move(p));
    }

    // Tables aligned with spaces: rows with amounts in columns; collapsed rows count only beside
    // aligned ones.
    std::vector<std::optional<AlignedRow>> rows(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!used[i] && lines[i].find('|') == std::string::npos) rows[i] = aligned_row(lines[i]);
    std::vector<bool> trusted(lines.size(), false);
    for (std::size_t i = 0; i < lines.size(); ++i) trusted[i] = rows[i] && !rows[i]->collapsed;
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (trusted[i] || !rows[i]) continue;
            const bool near = (i > 0 && trusted[i - 1]) || (i + 1 < lines.size() && trusted[i + 1]) ||
                              (i > 1 && trusted[i - 2] && is_blank(lines[i - 1])) ||
                              (i + 2 < lines.size() && trusted[i + 2] && is_blank(lines[i + 1]));
            if (near) trusted[i] = grew = true;
        }
    }
    for (std::size_t i = 0; i < lines.size();) {
        if (!trusted[i]) {
            ++i;
            continue;
        }
        // The run: trusted rows, with at most two blank or heading lines between them.
        std::size_t first = i, last = i;
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            if (trusted[j]) {
                last = j;
                continue;
            }
            if (used[j] || j - last > 2 || !(is_blank(lines[j]) || is_heading_line(lines[j]))) break;
        }
        // Up to two heading lines just above.
        while (first > 0 && i - first < 2 && !used[first - 1] && !rows[first - 1] && is_heading_line(lines[first - 1]))
            --first;
        std::vector<AlignedRow> amount_rows;
        std::size_t count = 0;
        for (std::size_t j = first; j <= last; ++j)
            if (trusted[j]) amount_rows.push_back(*rows[j]), ++count;
        if (count >= 2) {
            const std::vector<std::size_t> columns = column_ends(amount_rows);
            PlacedTable t{Grid(last - first + 1, columns.size() + 1), {}, {}, first + 1};
            for (std::size_t j = first; j <= last; ++j) {
                const std::size_t r = j - first;
                t.row_place.push_back("rad " + std::to_string(j + 1));
                used[j] = true;
                if (trusted[j]) {
                    t.grid.at(r, 0) = Cell::of(strip_stars(rows[j]->label));
                    for (const AlignedRow::Amount& a : rows[j]->amounts)
                        t.grid.at(r, nearest(columns, a.end) + 1) = Cell::of(a.value);
                } else if (!is_blank(lines[j])) {
                    // A heading, or a header naming the columns ("2020   2021", "Budget 2021   Tkr").
                    const std::vector<Field> fields = fields_of(lines[j]);
                    std::size_t f = 0;
                    if (!fields.empty() && fields.size() > 1 && fields[0].end < columns.front() - 6)
                        t.grid.at(r, 0) = Cell::of(strip_stars(fields[f++].text));
                    else if (fields.size() == 1)
                        t.grid.at(r, 0) = Cell::of(strip_stars(fields[f++].text));
                    for (; f < fields.size(); ++f) t.grid.at(r, nearest(columns, fields[f].end) + 1) = Cell::of(fields[f].text);
                }
            }
            t.place = "rad " + std::to_string(first + 1) + "–" + std::to_string(last + 1);
            doc.tables.push_back(std::move(t));
        }
        i = last + 1;
    }
    // In document order: by the first line of each table.
    std::stable_sort(doc.tables.begin(), doc.tables.end(), [](const PlacedTable& a, const PlacedTable& b) {
        return a.order < b.order;
    });

    // Paragraphs: the lines left, split at blank lines and bullets.
    std::optional<PlacedParagraph> current;
    const auto flush = [&] {
        if (current && !current->text.empty()) doc.paragraphs.push_back(std::move(*current));
        current.reset();
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (used[i] || is_blank(lines[i])) {
            flush();
            continue;
        }
        const auto bullet = bullet_text(lines[i]);
        if (bullet) flush();
        const std::string part = strip_stars(bullet ? *bullet : lines[i].substr(lines[i].find_first_not_of(" \t")));
        if (!current) current = PlacedParagraph{part, "rad " + std::to_string(i + 1), i + 1};
        else current->text += " " + part;
    }
    flush();
    note_units(doc);
    return doc;
}

ReadOutcome<DecodedText> read_text_file(const std::filesystem::path& file) {
    constexpr std::uintmax_t kMaxTextBytes = 50u * 1024 * 1024;
    const auto bytes = slurp(file, kMaxTextBytes);
    if (!bytes) return ReadOutcome<DecodedText>::failed("filen kunde inte öppnas");
    if (bytes->size() > kMaxTextBytes)
        return ReadOutcome<DecodedText>::failed("filen är större än 50 MB och är inte ett budgetdokument");
    DecodedText text = decode_text(*bytes);
    if (text.encoding == DecodedText::Encoding::Binary)
        return ReadOutcome<DecodedText>::failed("filen är binär, inte text (läs arbetsböcker som .ods eller .xlsx)");
    return text;
}

}  // namespace finsam
