#include "text_reading.hpp"

#include "document_tables.hpp"
#include "file_access.hpp"
#include "labels.hpp"

#include <algorithm>
#include <cctype>
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

// A share in a column of its own: "9,5 %", "100 %".
bool is_share_field(std::string_view s) {
    if (!s.ends_with("%")) return false;
    s.remove_suffix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    if (s.empty() || s.size() > 6) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c) || c == ','; }) && is_digit(s.front());
}

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
            if (is_share_field(fields[f].text)) {
                row.amounts.push_back({0, fields[f].end, fields[f].text});
                continue;
            }
            const auto v = parse_swedish_amount(fields[f].text);
            if (!v) return std::nullopt;
            row.amounts.push_back({*v, fields[f].end});
        }
        if (std::all_of(row.amounts.begin(), row.amounts.end(), [](const AlignedRow::Amount& a) { return !a.share.empty(); }))
            return std::nullopt;
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
    // Short: a heading, or a header naming the columns field by field (a header of six periods and
    // a change column is longer than any heading, each of its fields short).
    std::size_t size = 0, longest = 0;
    for (const Field& f : fields) size += f.text.size(), longest = std::max(longest, f.text.size());
    if (size > 60 && (fields.size() < 3 || longest > 30)) return false;
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

// --- Tables run into one line ---------------------------------------------------------------------
// "tkr Budget 2026 Plan 2027 Intäkter Försäkringskassan 2 355 2 356 … Summa intäkter 9 851 9 750":
// a table whose line breaks were lost. With spaces between thousands, "1 231 1 122" could be cut
// in more than one way; the table is read only when every row is cut one way into as many amounts as
// the header has columns (a cut whose amounts of one row differ a hundredfold from each other is no
// budget's row), and else left to the prose, which says it could not be read.

std::vector<std::string> tokens_of(std::string_view line) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < line.size();) {
        while (i < line.size() && line[i] == ' ') ++i;
        std::size_t j = i;
        while (j < line.size() && line[j] != ' ') ++j;
        if (j > i) out.emplace_back(line.substr(i, j - i));
        i = j;
    }
    return out;
}

// One token of a number printed with spaces between its thousands: what it may be.
struct Piece {
    bool head = false;     // may start an amount: 1–3 digits, a sign or "(" before them
    bool tail = false;     // may continue one: three digits, no sign before them
    bool whole = false;    // an amount by itself (grouped with no-break spaces or dots), or a dash
    bool closes = false;   // ends its amount: ")" or "-" after it, or decimals
    bool dash = false;     // "–": an empty cell
};

std::optional<Piece> piece_of(std::string_view t) {
    Piece p;
    if (is_dash(t)) {
        p.whole = p.dash = p.closes = true;
        return p;
    }
    bool open = false;
    for (std::string_view sign : {"(", "-", "\xE2\x88\x92", "\xE2\x80\x93"})
        if (t.starts_with(sign) && t.size() > sign.size()) {
            t.remove_prefix(sign.size());
            open = true;
            break;
        }
    if (t.ends_with(")") || (t.size() > 1 && t.ends_with("-"))) {
        t.remove_suffix(1);
        p.closes = true;
    }
    std::string_view core = t;
    if (const std::size_t comma = t.find(','); comma != std::string_view::npos) {
        const std::string_view dec = t.substr(comma + 1);
        if (dec.empty() || dec.size() > 2 || !std::all_of(dec.begin(), dec.end(), is_digit)) return std::nullopt;
        core = t.substr(0, comma);
        p.closes = true;
    }
    if (core.empty()) return std::nullopt;
    if (std::all_of(core.begin(), core.end(), is_digit)) {
        p.head = core.size() <= 3 && (core.size() == 1 || core[0] != '0');
        p.tail = core.size() == 3 && !open;
        if (core.size() > 3) p.whole = core.size() == 4 ? false : true;  // "2026" is a year, "12345" ungrouped
        return (p.head || p.tail || p.whole) ? std::optional<Piece>(p) : std::nullopt;
    }
    // Grouped with no-break or thin spaces or dots: a whole amount.
    if (!is_digit(core[0]) || !parse_swedish_amount(std::string(t))) return std::nullopt;
    for (char c : core)
        if (!is_digit(c) && c != '.' && !(static_cast<unsigned char>(c) >= 0x80)) return std::nullopt;
    p.whole = true;
    return p;
}

// The ways to cut pieces [0, n) into `count` amounts (none when there are too many to try).
struct Cuts {
    std::size_t ways = 0;
    std::vector<std::vector<std::size_t>> cuts;  // each way's amounts' first pieces
};
Cuts cuts_of(const std::vector<Piece>& pieces, std::size_t count) {
    Cuts out;
    std::vector<std::size_t> at;
    // Enough for any row of a budget; a longer run of figures is no row, and is not cut at all.
    constexpr std::size_t kMaxCuts = 4096, kMaxSteps = 200'000;
    std::size_t steps = 0;
    bool overflow = false;
    const auto go = [&](auto&& self, std::size_t i) -> void {
        if (out.cuts.size() > kMaxCuts || ++steps > kMaxSteps) {
            overflow = true;
            return;
        }
        if (i == pieces.size()) {
            if (at.size() == count) out.cuts.push_back(at);
            return;
        }
        if (at.size() == count) return;
        const Piece& h = pieces[i];
        at.push_back(i);
        if (h.whole) {
            self(self, i + 1);
        } else if (h.head) {
            std::size_t j = i + 1;
            self(self, j);
            while (!pieces[j - 1].closes && j < pieces.size() && pieces[j].tail) self(self, ++j);
        }
        at.pop_back();
    };
    go(go, 0);
    if (overflow) return {};
    std::sort(out.cuts.begin(), out.cuts.end());
    out.cuts.erase(std::unique(out.cuts.begin(), out.cuts.end()), out.cuts.end());
    out.ways = out.cuts.size();
    return out;
}

// The amounts of one cut, as printed and read.
std::optional<std::vector<std::optional<double>>> amounts_of(const std::vector<std::string>& tokens, std::size_t from,
                                                            std::size_t to, const std::vector<std::size_t>& cut) {
    std::vector<std::optional<double>> out;
    for (std::size_t a = 0; a < cut.size(); ++a) {
        const std::size_t b = from + cut[a], e = from + (a + 1 < cut.size() ? cut[a + 1] : to - from);
        std::string text;
        for (std::size_t i = b; i < e; ++i) text += (i == b ? "" : " ") + tokens[i];
        if (is_dash(text)) {
            out.push_back(std::nullopt);
            continue;
        }
        const auto v = parse_swedish_amount(text);
        if (!v) return std::nullopt;
        out.push_back(*v);
    }
    return out;
}

// A budget's row does not jump a hundredfold from one period to the next; nor does a change
// between periods exceed them a hundredfold (`changes`: the row's change or variance figures).
bool alike(const std::vector<std::optional<double>>& v, const std::vector<std::optional<double>>& changes = {}) {
    double lo = 0, hi = 0;
    for (const auto& x : v)
        if (x && *x != 0) {
            const double a = std::fabs(*x);
            lo = lo == 0 ? a : std::min(lo, a);
            hi = std::max(hi, a);
        }
    for (const auto& x : changes)
        if (x && std::fabs(*x) > 100 * hi) return false;
    return lo == 0 || hi <= 100 * lo;
}

std::string lower_ascii(std::string x) {
    std::transform(x.begin(), x.end(), x.begin(), [](unsigned char c) { return c < 0x80 ? std::tolower(c) : c; });
    return x;
}

bool starts_upper(const std::string& word) {
    if (word.empty()) return false;
    if (std::isupper(static_cast<unsigned char>(word[0]))) return true;
    // Å, Ä, Ö, É, Ü in UTF-8: 0xC3 then 0x80–0x9E.
    return word.size() > 1 && static_cast<unsigned char>(word[0]) == 0xC3 &&
           static_cast<unsigned char>(word[1]) >= 0x80 && static_cast<unsigned char>(word[1]) <= 0x9E;
}

// A word that names a kind of amount column in a header run into a line, when capitalised:
// "Utfall jan–aug", "Prognos helår", "Avvikelse", "Förändring", "Kvar", "Förbrukat %".
bool is_column_word(const std::string& word) {
    static constexpr std::string_view kWords[] = {"utfall", "prognos", "avvikelse", "förändring", "differens",
                                                  "kvar", "förbrukat", "ackumulerat", "bokslut"};
    if (!starts_upper(word)) return false;
    const std::string l = normalize_label(word);
    return std::find(std::begin(kWords), std::end(kWords), l) != std::end(kWords);
}

// A change or variance column holds differences, small beside the periods': they do not count in
// whether a row's figures are alike.
bool is_change_name(const std::string& name) {
    const std::string l = normalize_label(name);
    return l.starts_with("förändring") || l.starts_with("avvikelse") || l.starts_with("differens") ||
           l.starts_with("skillnad") || l == "diff" || name == "+/-";
}

// Whether a row's amounts are alike, its period columns against each other and its change columns
// against them; amounts beyond the named columns (a column named by the first row's first word)
// are taken as changes.
bool alike_row(const std::vector<std::optional<double>>& v, const std::vector<std::string>& columns) {
    std::vector<std::optional<double>> periods, changes;
    for (std::size_t c = 0; c < v.size(); ++c)
        (c < columns.size() && !is_change_name(columns[c]) ? periods : changes).push_back(v[c]);
    return alike(periods, changes);
}

// A year in a run-in header: "2026", or "2 026" as a word processor may group it.
std::optional<std::size_t> year_at(const std::vector<std::string>& w, std::size_t i) {
    if (is_plain_year(w[i])) return 1;
    // Not the first groups of an amount: "2 076 000" (a third group after it).
    if (i + 1 < w.size() && w[i].size() == 1 && w[i + 1].size() == 3 && is_plain_year(w[i] + w[i + 1]) &&
        !(i + 2 < w.size() && w[i + 2].size() == 3 && piece_of(w[i + 2]) && piece_of(w[i + 2])->tail))
        return 2;
    return std::nullopt;
}

bool is_month(const std::string& word) {
    static constexpr std::string_view kMonths[] = {"januari", "februari", "mars", "april", "maj", "juni", "juli",
                                                   "augusti", "september", "oktober", "november", "december",
                                                   "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
    const std::string l = lower_ascii(word);
    return std::find(std::begin(kMonths), std::end(kMonths), l) != std::end(kMonths);
}

bool is_amount_token(const std::vector<std::string>& w, std::size_t i) {
    if (!piece_of(w[i])) return false;
    // "(25 %)", "3,6 %": a share, part of a label; "1 januari", "31 december": a date in one.
    return !(i + 1 < w.size() && (w[i + 1].starts_with("%") || is_month(w[i + 1])));
}

// The one amount of tokens [from, to), when they can be cut one way only.
std::optional<double> one_amount(const std::vector<std::string>& w, std::size_t from, std::size_t to) {
    std::vector<Piece> pieces;
    for (std::size_t k = from; k < to; ++k) {
        const auto p = piece_of(w[k]);
        if (!p || p->dash) return std::nullopt;
        pieces.push_back(*p);
    }
    const Cuts c = cuts_of(pieces, 1);
    if (pieces.empty() || c.ways != 1) return std::nullopt;
    const auto v = amounts_of(w, from, to, c.cuts.front());
    return v && v->front() ? v->front() : std::nullopt;
}

// A members table run into one line: "Belopp i kr Invånare 1 nov 2026 Andel % Medlemsbidrag 2027
// Karlsborg 23 760 3,6 % 112 000 Skara 52 515 8,0 % 247 500 … Summa 652 977 100 % 3 077 000". Each
// row is a name, its population, its share (the figure before "%") and its amount, so the cut is
// certain: read when every row is one.
std::optional<Grid> members_run_in_grid(const std::vector<std::string>& w) {
    std::size_t people = w.size(), andel = w.size();
    for (std::size_t i = 0; i < w.size() && i < 12; ++i) {
        const std::string l = lower_ascii(w[i]);
        if (people == w.size() && (l == "invånare" || l == "folkmängd" || l == "antal")) people = i;
        if (people < i && andel == w.size() && l == "andel" && i + 1 < w.size() && w[i + 1] == "%") andel = i;
    }
    if (andel == w.size()) return std::nullopt;
    // The amount column: its name, with the year after it when there is one.
    std::size_t first = andel + 3;
    if (first > w.size()) return std::nullopt;
    if (first < w.size() && year_at(w, first)) first += *year_at(w, first);
    else if (first + 1 < w.size() && year_at(w, first + 1)) first += 1 + *year_at(w, first + 1);
    const auto join_tokens = [&](std::size_t a, std::size_t b) {
        std::string out;
        for (std::size_t k = a; k < b; ++k) out += (out.empty() ? "" : " ") + w[k];
        return out;
    };
    struct Row {
        std::string label, share;
        double population = 0, amount = 0;
    };
    std::vector<Row> rows;
    for (std::size_t i = first; i < w.size();) {
        std::size_t j = i;
        while (j < w.size() && !piece_of(w[j])) ++j;
        // The share: the figure before "%"; the population: the figures before it.
        std::size_t pct = j;
        while (pct < w.size() && w[pct] != "%") ++pct;
        if (j == i || pct >= w.size() || pct < j + 2) return std::nullopt;
        std::size_t end = pct + 1;
        while (end < w.size() && piece_of(w[end])) ++end;
        const auto population = one_amount(w, j, pct - 1);
        // The amount, up to the next name; a name never starts with a figure.
        const auto amount = one_amount(w, pct + 1, end);
        if (!population || !amount || !is_share_field(w[pct - 1] + " %") || !has_letter(join_tokens(i, j)))
            return std::nullopt;
        rows.push_back({join_tokens(i, j), w[pct - 1] + " %", *population, *amount});
        i = end;
    }
    if (rows.size() < 2) return std::nullopt;
    Grid g(rows.size() + 1, 4);
    g.at(0, 0) = Cell::of(join_tokens(0, people));
    g.at(0, 1) = Cell::of(join_tokens(people, andel));
    g.at(0, 2) = Cell::of(std::string("Andel %"));
    g.at(0, 3) = Cell::of(join_tokens(andel + 2, first));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        g.at(r + 1, 0) = Cell::of(rows[r].label);
        g.at(r + 1, 1) = Cell::of(rows[r].population);
        g.at(r + 1, 2) = Cell::of(rows[r].share);
        g.at(r + 1, 3) = Cell::of(rows[r].amount);
    }
    return g;
}

// A budget table run into one line; its headings and labels are told apart by guess.
std::optional<Grid> run_in_grid(const std::vector<std::string>& w) {
    if (w.size() < 12) return std::nullopt;
    // The header: words and years, up to the first amount that is no year.
    std::vector<std::string> columns;
    std::string title, pending;
    std::size_t i = 0;
    for (; i < w.size(); ++i) {
        if (const auto y = year_at(w, i)) {
            std::string year = w[i] + (*y == 2 ? w[i + 1] : "");
            // The word before a year names its column ("Budget 2026"); words before that, the table.
            const std::size_t cut = pending.rfind(' ');
            const std::string word = cut == std::string::npos ? pending : pending.substr(cut + 1);
            if (columns.empty()) title = cut == std::string::npos ? "" : pending.substr(0, cut);
            else if (cut != std::string::npos && *y == 2) break;  // "Region Skåne 2 076 2 076 …": a row's amount
            else if (cut != std::string::npos) return std::nullopt;  // words between columns: no header
            columns.push_back(word.empty() ? year : word + " " + year);
            pending.clear();
            i += *y - 1;
            continue;
        }
        if (is_amount_token(w, i)) break;
        pending += (pending.empty() ? "" : " ") + w[i];
    }
    if (columns.empty() || i == w.size()) return std::nullopt;
    // Columns named by their kind after the years, as a follow-up report's are ("Budget 2025 Utfall
    // jan–aug Prognos helår Avvikelse"): a kind of column, with the lower-case words after it; the
    // first word that starts no column starts the first row. Whether that is right the rows tell:
    // each must then cut into that many amounts one way only.
    while (!pending.empty()) {
        const std::size_t sp = pending.find(' ');
        const std::string word = pending.substr(0, sp);
        if (!is_column_word(word)) break;
        std::string name = word;
        std::string rest = sp == std::string::npos ? "" : pending.substr(sp + 1);
        while (!rest.empty()) {
            const std::size_t s2 = rest.find(' ');
            const std::string next = rest.substr(0, s2);
            if (is_column_word(next) || starts_upper(next)) break;
            name += " " + next;
            rest = s2 == std::string::npos ? "" : rest.substr(s2 + 1);
        }
        columns.push_back(name);
        pending = rest;
    }
    // The rows: words, then their amounts.
    struct Row {
        std::string label;
        std::size_t from = 0, to = 0;  // its amounts' tokens
    };
    std::vector<Row> rows;
    std::string label = pending;
    std::size_t j = i;
    while (j < w.size()) {
        if (!is_amount_token(w, j)) {
            label += (label.empty() ? "" : " ") + w[j++];
            continue;
        }
        std::size_t e = j;
        while (e < w.size() && is_amount_token(w, e)) ++e;
        if (!has_letter(label)) return std::nullopt;
        rows.push_back({label, j, e});
        label.clear();
        j = e;
    }
    if (!label.empty() || rows.size() < 3) return std::nullopt;  // words after the last figures: not a table's end
    // As many amounts as columns; or one more, a change column named by the first row's first word
    // ("+/-") when that reads every row and the other does not. Any other word there is the first
    // row's ("Eget kapital …", "Totala intäkter …"): read as a column name, its rows cut by guess
    // into one more amount, it made a one-column table (a summary, a year's equity) unreadable.
    std::optional<Grid> read;
    const std::string first_word = rows.front().label.substr(0, rows.front().label.find(' '));
    for (std::size_t extra = 0; extra <= 1; ++extra) {
        if (extra && !is_change_name(first_word)) continue;
        const std::size_t n = columns.size() + extra;
        std::vector<std::vector<std::optional<double>>> values;
        bool ok = true;
        for (const Row& r : rows) {
            std::vector<Piece> pieces;
            for (std::size_t k = r.from; k < r.to; ++k) pieces.push_back(*piece_of(w[k]));
            const Cuts c = cuts_of(pieces, n);
            std::optional<std::vector<std::optional<double>>> chosen;
            std::size_t fitting = 0;
            for (const auto& cut : c.cuts)
                if (auto v = amounts_of(w, r.from, r.to, cut); v && (c.ways == 1 || alike_row(*v, columns))) {
                    ++fitting;
                    chosen = std::move(v);
                }
            if (fitting != 1) {
                ok = false;
                break;
            }
            values.push_back(std::move(*chosen));
        }
        if (!ok) continue;
        std::vector<std::string> names = columns;
        std::string first = rows.front().label;
        if (extra) {
            const std::size_t sp = first.find(' ');
            if (sp == std::string::npos) continue;
            names.push_back(first.substr(0, sp));
            first = first.substr(sp + 1);
        }
        if (read) return std::nullopt;  // both readings: not certain
        // Headings run into the next row's label: first words that a later sum names, however it
        // names them ("Kostnader Insatser Unga vuxna" before "Summa insatser" and "Totala kostnader";
        // "Intäkter Staten (50 %)" before "Totala intäkter", so the subtotal is one again).
        std::vector<std::pair<std::string, std::size_t>> out;  // label, its row (npos: a heading)
        for (std::size_t r = 0; r < rows.size(); ++r) {
            std::string rest = r == 0 ? first : rows[r].label;
            for (std::size_t sp; (sp = rest.find(' ')) != std::string::npos;) {
                // Also a sum at the top of its block: "Kansli Summa kansli 1 509 …", "Kostnader
                // Totala kostnader -13 434 000 …".
                const std::string word = normalize_label(rest.substr(0, sp));
                const auto names = [&](const std::string& label) { return summed_name(label) == word; };
                if (!names(rest.substr(sp + 1)) &&
                    std::none_of(rows.begin() + static_cast<std::ptrdiff_t>(r) + 1, rows.end(),
                                 [&](const Row& o) { return names(o.label); }))
                    break;
                out.emplace_back(rest.substr(0, sp), std::string::npos);
                rest = rest.substr(sp + 1);
            }
            out.emplace_back(rest, r);
        }
        Grid g(out.size() + 1, n + 1);
        g.at(0, 0) = Cell::of(title);
        for (std::size_t c = 0; c < n; ++c) g.at(0, c + 1) = Cell::of(names[c]);
        for (std::size_t k = 0; k < out.size(); ++k) {
            g.at(k + 1, 0) = Cell::of(strip_stars(out[k].first));
            if (out[k].second == std::string::npos) continue;
            for (std::size_t c = 0; c < n; ++c)
                if (values[out[k].second][c]) g.at(k + 1, c + 1) = Cell::of(*values[out[k].second][c]);
        }
        read = std::move(g);
    }
    return read;
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
                        t.grid.at(r, nearest(columns, a.end) + 1) = a.share.empty() ? Cell::of(a.value) : Cell::of(a.share);
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
    // Tables run into one line, read when they can be cut one way only.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (used[i]) continue;
        const std::vector<std::string> w = tokens_of(lines[i]);
        auto members = members_run_in_grid(w);
        auto g = members ? std::move(members) : run_in_grid(w);
        if (g) {
            PlacedTable t{std::move(*g), {}, "rad " + std::to_string(i + 1), i + 1};
            t.row_place.assign(t.grid.rows(), "rad " + std::to_string(i + 1));
            t.guessed = !members;
            used[i] = true;
            doc.tables.push_back(std::move(t));
        }
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
