#include "pdf_reading.hpp"

#include "file_access.hpp"
#include "text_decoding.hpp"

#include "document_tables.hpp"  // parse_swedish_amount

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace finsam {

namespace {

// ---------------------------------------------------------------------------------------------
// The XHTML of pdftotext -bbox-layout: <page width= height=> … <word xMin= yMin= xMax= yMax=>text</word>
// The flows, blocks and lines around the words are not used: pdftotext puts the cells of one table
// row into blocks of their own and the columns of several rows into one line, so lines are rebuilt
// from the words' positions.

struct Word {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::string text;
    bool held = false;  // held to the word before by a no-break or thin space ("1 789 000" as one word)
};

struct Page {
    std::vector<Word> words;
};


// &amp; &lt; &gt; &quot; &apos; &#NNN; &#xHH;. Anything else stays as it is.
std::string decode_entities(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const std::size_t semi = s.find(';', i + 1);
        if (semi == std::string_view::npos || semi - i > 12) {
            out += '&';
            continue;
        }
        const std::string_view name = s.substr(i + 1, semi - i - 1);
        if (name == "amp") out += '&';
        else if (name == "lt") out += '<';
        else if (name == "gt") out += '>';
        else if (name == "quot") out += '"';
        else if (name == "apos") out += '\'';
        else if (name.size() > 1 && name[0] == '#') {
            const bool hex = name[1] == 'x' || name[1] == 'X';
            const std::string_view digits = name.substr(hex ? 2 : 1);
            unsigned long cp = 0;
            const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
            if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || cp == 0 ||
                cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                out += '&';
                continue;
            }
            append_utf8(out, static_cast<std::uint32_t>(cp));
        } else {
            out += '&';
            continue;
        }
        i = semi;
    }
    return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// name="number" in a tag, or nullopt.
std::optional<double> attribute(std::string_view tag, std::string_view name) {
    for (std::size_t p = tag.find(name); p != std::string_view::npos; p = tag.find(name, p + 1)) {
        if (p == 0 || !is_space(tag[p - 1])) continue;
        const std::size_t v = p + name.size();
        if (tag.substr(v, 2) != "=\"") continue;
        const char* first = tag.data() + v + 2;
        const char* last = tag.data() + tag.size();
        double value = 0;
        const auto [end, error] = std::from_chars(first, last, value);
        if (error != std::errc() || end == last || *end != '"' || !std::isfinite(value)) return std::nullopt;
        return value;
    }
    return std::nullopt;
}

// A tag that starts at `i`: "<name" followed by a space, '>' or '/'.
bool tag_at(std::string_view x, std::size_t i, std::string_view name) {
    if (x.compare(i + 1, name.size(), name) != 0) return false;
    const std::size_t after = i + 1 + name.size();
    return after < x.size() && (is_space(x[after]) || x[after] == '>' || x[after] == '/');
}

// Words that hold no-break spaces ("1 789 000" kept as one word by some producers) are split at
// them, their positions shared out by characters, so that every amount is words of digits.
void push_word(Page& page, Word w) {
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < w.text.size(); ++i) {
        const bool nbsp = w.text.compare(i, 2, "\xC2\xA0") == 0;
        const bool narrow = w.text.compare(i, 3, "\xE2\x80\xAF") == 0 || w.text.compare(i, 3, "\xE2\x80\x89") == 0;
        if (nbsp || narrow || w.text[i] == ' ') {
            if (!parts.back().empty()) parts.emplace_back();
            i += nbsp ? 1 : narrow ? 2 : 0;
        } else {
            parts.back() += w.text[i];
        }
    }
    if (parts.back().empty()) parts.pop_back();
    if (parts.size() <= 1) {
        if (!parts.empty()) {
            w.text = parts.front();
            page.words.push_back(std::move(w));
        }
        return;
    }
    // Shared out by characters (not bytes); the parts stay held together, however narrow or wide
    // the space the typesetter gave them: they are one figure.
    const auto chars = [](const std::string& t) {
        std::size_t n = 0;
        for (char c : t)
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
        return static_cast<double>(n);
    };
    double total = 0;
    for (const auto& p : parts) total += chars(p) + 1;
    const double per = (w.x1 - w.x0) / (total - 1);
    double x = w.x0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        Word part{x, w.y0, x + per * chars(parts[i]), w.y1, parts[i], i > 0};
        x += per * (chars(parts[i]) + 1);
        page.words.push_back(std::move(part));
    }
}

std::vector<Page> scan_pages(std::string_view x) {
    std::vector<Page> pages;
    for (std::size_t i = x.find('<'); i != std::string_view::npos; i = x.find('<', i + 1)) {
        if (tag_at(x, i, "page")) {
            pages.emplace_back();
            continue;
        }
        if (!tag_at(x, i, "word")) continue;
        const std::size_t close = x.find('>', i);
        if (close == std::string_view::npos) break;
        const std::string_view tag = x.substr(i, close - i);
        const std::size_t end = x.find("</word>", close + 1);
        if (end == std::string_view::npos) break;
        const auto x0 = attribute(tag, "xMin"), y0 = attribute(tag, "yMin");
        const auto x1 = attribute(tag, "xMax"), y1 = attribute(tag, "yMax");
        if (x0 && y0 && x1 && y1 && *x1 >= *x0 && *y1 > *y0) {
            if (pages.empty()) pages.emplace_back();
            push_word(pages.back(), Word{*x0, *y0, *x1, *y1, decode_entities(x.substr(close + 1, end - close - 1))});
        }
        i = end;
    }
    return pages;
}

// ---------------------------------------------------------------------------------------------
// Words as the reader sees them: numbers, signs, units.

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The minus signs a figure may start with: '-', U+2212 minus, U+2013 en dash.
std::size_t sign_length(std::string_view s) {
    if (s.starts_with("-")) return 1;
    if (s.starts_with("\xE2\x88\x92") || s.starts_with("\xE2\x80\x93")) return 3;
    return 0;
}

struct NumberWord {
    bool sign = false;
    std::size_t int_digits = 0;
    bool decimals = false;
    bool leading_zero = false;
    bool opens = false;     // "(1": a negative in brackets starts, "(1 250)"
    bool closes = false;    // "250)": it ends
    bool trailing = false;  // "250-": negative as accountants print it, "1 250-"
    bool dotted = false;    // "1.250.000": thousands by dots, as Excel prints them, in one word
};

// "1", "789", "-269", "−1", "12,5", "2054:-", "(1", "250)", "250-", "1.250.000": one word of a figure.
std::optional<NumberWord> number_word(std::string_view s) {
    NumberWord n;
    if (s.starts_with("(")) {
        n.opens = true;
        s.remove_prefix(1);
    }
    const std::size_t sign = n.opens ? 0 : sign_length(s);
    n.sign = sign > 0;
    s.remove_prefix(sign);
    if (s.ends_with(")")) {
        n.closes = true;
        s.remove_suffix(1);
    } else if (s.ends_with(":-")) {
        s.remove_suffix(2);
    } else if (!n.sign && s.size() >= 2 && s.ends_with("-") && is_digit(s[s.size() - 2])) {
        n.trailing = true;
        s.remove_suffix(1);
    }
    std::size_t i = 0;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == 0) return std::nullopt;
    n.int_digits = i;
    n.leading_zero = s[0] == '0' && i > 1;
    // Dot groups: ".ddd" each, three digits exactly (a dot before one or two digits is no thousands dot).
    if (i <= 3 && i < s.size() && s[i] == '.') {
        while (i < s.size() && s[i] == '.') {
            if (i + 4 > s.size() || !is_digit(s[i + 1]) || !is_digit(s[i + 2]) || !is_digit(s[i + 3]) ||
                (i + 4 < s.size() && is_digit(s[i + 4])))
                return std::nullopt;
            n.int_digits += 3;
            n.dotted = true;
            i += 4;
        }
    }
    if (i < s.size()) {
        if (s[i] != ',' || i + 1 >= s.size()) return std::nullopt;
        std::size_t j = i + 1;
        while (j < s.size() && is_digit(s[j])) ++j;
        if (j != s.size() || j - (i + 1) > 2) return std::nullopt;
        n.decimals = true;
    }
    return n;
}

bool is_sign_word(std::string_view s) { return !s.empty() && sign_length(s) == s.size(); }

bool is_unit_word(std::string_view s) {
    const std::string w = lower_ascii(s);
    return w == "kr" || w == "tkr" || w == "mnkr" || w == "mkr" || w == "sek" || w == "tsek" || w == ":-" ||
           w == "kr." || w == "tkr.";
}

// Dot leaders of a table of contents ("Inledning ........ 3").
bool is_leader(std::string_view s) {
    std::size_t dots = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '.') ++dots;
        else if (s.compare(i, 3, "\xE2\x80\xA6") == 0) dots += 3, i += 2;
        else return false;
    }
    return dots >= 4;
}

bool is_bullet(std::string_view s) {
    return s == "\xE2\x80\xA2" || s == "-" || s == "\xE2\x80\x93" || s == "\xE2\x97\x8F" || s == "\xE2\x96\xAA" ||
           s == "\xE2\x97\xA6" || s == "\xE2\x80\xA3" || s == "\xEF\x82\xB7" || s == "\xC2\xB7" ||
           s == "\xE2\x81\x83";
}

// "a)", "1)", "(b)", "*": the mark of a note printed beside a figure.
bool is_note_mark(std::string_view s) {
    if (!s.empty() && s.find_first_not_of('*') == std::string_view::npos) return s.size() <= 3;
    if (s.starts_with("(")) s.remove_prefix(1);
    if (!s.ends_with(")")) return false;
    s.remove_suffix(1);
    if (s.empty() || s.size() > 2) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c))) return false;
    return true;
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

// ---------------------------------------------------------------------------------------------
// Rows: the page's lines rebuilt from the words, and what stands in them.

struct Item {
    std::size_t first = 0, last = 0;  // words [first, last) of the row
    double x0 = 0, x1 = 0;
    bool number = false;  // an amount
    bool year = false;    // a bare year (2020): a column's name, not an amount
    double value = 0;
    std::string text;
};

enum class Kind { Text, Amount, YearHeader, Continuation };

struct Row {
    std::size_t line = 0;  // 1-based on its page
    double y0 = 0, y1 = 0, h = 0, x0 = 0, x1 = 0;
    std::vector<Word> words;  // left to right
    std::vector<Item> items;  // label (if any) first
    std::size_t chunks = 0;   // groups of words apart by more than a word space
    bool has_label = false;
    bool leaders = false;
    Kind kind = Kind::Text;
    std::string text;  // all the words, single spaces
    bool unsure = false;  // figures wrapped in their cells that could not be put together
};

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>((v.size() - 1) / 2), v.end());
    return v[(v.size() - 1) / 2];
}

double quantile(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

std::vector<Row> build_rows(std::vector<Word> words) {
    std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
        const double ma = (a.y0 + a.y1) / 2, mb = (b.y0 + b.y1) / 2;
        return ma != mb ? ma < mb : a.x0 < b.x0;
    });
    std::vector<Row> rows;
    double band0 = 0, band1 = 0;  // the tallest word of the row so far
    for (Word& w : words) {
        const double mid = (w.y0 + w.y1) / 2;
        const bool same = !rows.empty() && mid >= band0 && mid <= band1 && (band0 + band1) / 2 >= w.y0 &&
                          (band0 + band1) / 2 <= w.y1;
        if (!same) {
            rows.emplace_back();
            band0 = w.y0;
            band1 = w.y1;
        } else if (w.y1 - w.y0 > 1.05 * (band1 - band0)) {  // taller, not by a rounding
            band0 = w.y0;
            band1 = w.y1;
        }
        rows.back().words.push_back(std::move(w));
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        Row& row = rows[r];
        std::stable_sort(row.words.begin(), row.words.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
        row.line = r + 1;
        row.y0 = row.words.front().y0;
        row.y1 = row.words.front().y1;
        row.x0 = row.words.front().x0;
        row.x1 = row.words.front().x1;
        std::vector<double> heights;
        for (const Word& w : row.words) {
            row.y0 = std::min(row.y0, w.y0);
            row.y1 = std::max(row.y1, w.y1);
            row.x0 = std::min(row.x0, w.x0);
            row.x1 = std::max(row.x1, w.x1);
            heights.push_back(w.y1 - w.y0);
            if (!row.text.empty()) row.text += ' ';
            row.text += w.text;
        }
        row.h = median(heights);
    }
    return rows;
}

Item text_item(const std::vector<Word>& words, std::size_t a, std::size_t b) {
    Item item;
    item.first = a;
    item.last = b;
    item.x0 = words[a].x0;
    item.x1 = words[b - 1].x1;
    for (std::size_t k = a; k < b; ++k) item.text += (k > a ? " " : "") + words[k].text;
    return item;
}

// The words [a, b) of a row as one figure or several ("7 156 000 7 156 000": the next figure starts
// where a word is not a group of three digits), or nullopt when they are not figures only. A unit
// (kr, tkr) ends a figure; a note in brackets after it belongs to it ("1 789 000 kr (fördelat …)").
std::optional<std::vector<Item>> figures(const std::vector<Word>& words, std::size_t a, std::size_t b) {
    std::vector<Item> items;
    std::size_t i = a;
    while (i < b) {
        const std::size_t start = i;
        if (is_sign_word(words[i].text)) {
            if (i + 1 >= b) return std::nullopt;
            const auto n = number_word(words[i + 1].text);
            if (!n || n->sign || n->opens || n->trailing) return std::nullopt;
            ++i;
        }
        const auto n = number_word(words[i].text);
        if (!n || n->leading_zero || (n->closes && !n->opens) || (n->opens && n->sign)) return std::nullopt;
        // A negative in brackets goes on to its closing bracket; a trailing minus ends the figure.
        bool closed = !n->opens || n->closes;
        const auto ends = [&](const NumberWord& w, std::string_view t) {
            return w.decimals || w.dotted || w.closes || w.trailing || t.ends_with(":-");
        };
        bool more = n->int_digits <= 3 && !ends(*n, words[i].text);
        ++i;
        while (more && i < b) {
            const auto g = number_word(words[i].text);
            if (!g || g->sign || g->opens || g->dotted || g->int_digits != 3 || (g->closes && closed)) break;
            more = !ends(*g, words[i].text);
            closed = closed || g->closes;
            ++i;
        }
        if (!closed) return std::nullopt;
        // A percentage ("100 %", "4,9 %") is no amount but a cell of its own; after a grouped figure
        // its last group is the percentage ("885 155 100 %": 885 155 and 100 %; a share is never in
        // the thousands).
        if (i < b && words[i].text == "%") {
            if (i - start >= 2 && !n->opens && !is_sign_word(words[start].text)) {
                auto left = figures(words, start, i - 1);
                if (!left) return std::nullopt;
                for (Item& l : *left) items.push_back(std::move(l));
                items.push_back(text_item(words, i - 1, i + 1));
            } else {
                items.push_back(text_item(words, start, i + 1));
            }
            ++i;
            continue;
        }
        std::size_t figure_end = i;
        if (i < b && is_unit_word(words[i].text)) ++i;
        // a note, to the end of the group ("1 789 000 kr (fördelat …)"); not a figure in brackets
        if (i < b && words[i].text.starts_with("(") && !number_word(words[i].text)) i = b;
        Item item;
        item.first = start;
        item.last = i;
        item.x0 = words[start].x0;
        item.x1 = words[i - 1].x1;
        item.number = true;
        std::string figure;
        for (std::size_t k = start; k < figure_end; ++k) {
            if (!figure.empty() && !is_sign_word(words[k - 1].text)) figure += ' ';
            std::string_view t = words[k].text;
            if (t.ends_with(":-")) t.remove_suffix(2);
            figure += t;
        }
        const auto value = parse_swedish_amount(figure);
        if (!value) return std::nullopt;
        item.value = *value;
        item.year = figure_end == start + 1 && !n->sign && !n->opens && !n->trailing && !n->dotted && !n->decimals &&
                    n->int_digits == 4 && i == figure_end && item.value >= 1990 && item.value <= 2100;
        for (std::size_t k = start; k < i; ++k) item.text += (k > start ? " " : "") + words[k].text;
        items.push_back(std::move(item));
    }
    return items;
}


void classify(Row& row) {
    row.has_label = !row.items.empty() && !row.items.front().number;
    std::size_t numbers = 0, years = 0;
    for (std::size_t k = row.has_label ? 1 : 0; k < row.items.size(); ++k) {
        numbers += row.items[k].number;
        years += row.items[k].number && row.items[k].year;
    }
    // A "label" without a letter ("%" over a share column beside a year) is a header's cell too.
    bool letters = false;
    if (row.has_label)
        for (char c : row.items.front().text)
            letters = letters || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) >= 0xC0);
    if (row.leaders || numbers == 0) row.kind = Kind::Text;
    else if (years == numbers && (!row.has_label || years >= 2 || !letters)) row.kind = Kind::YearHeader;
    else row.kind = Kind::Amount;
}

// A word space on this page, as a share of the line height.
double space_ratio(const std::vector<Row>& rows) {
    std::vector<double> ratios;
    for (const Row& r : rows)
        for (std::size_t k = 1; k < r.words.size(); ++k) {
            const double gap = r.words[k].x0 - r.words[k - 1].x1;
            if (gap >= 0 && r.h > 0 && gap < 0.5 * r.h) ratios.push_back(gap / r.h);
        }
    if (ratios.size() < 8) return 0.25;
    return std::clamp(median(ratios), 0.12, 0.4);
}

void analyse(Row& row, double ratio) {
    std::vector<double> small;
    for (std::size_t k = 1; k < row.words.size(); ++k) {
        const double gap = row.words[k].x0 - row.words[k - 1].x1;
        if (gap < 0.6 * row.h) small.push_back(gap);
        if (is_leader(row.words[k].text)) row.leaders = true;
    }
    if (!row.words.empty() && is_leader(row.words.front().text)) row.leaders = true;
    // Wider than a word space (justified lines stretch theirs): the gap between columns.
    const double gap_between = std::max(1.8 * ratio * row.h, 1.6 * median(small));
    std::size_t a = 0;
    for (std::size_t k = 1; k <= row.words.size(); ++k) {
        if (k < row.words.size() && (row.words[k].held || row.words[k].x0 - row.words[k - 1].x1 <= gap_between))
            continue;
        ++row.chunks;
        // A footnote mark after the last figure ("520 300 a)") is a column of its own.
        const std::size_t end = a > 0 && k - a >= 2 && is_note_mark(row.words[k - 1].text) ? k - 1 : k;
        if (auto f = figures(row.words, a, end)) {
            for (Item& it : *f) row.items.push_back(std::move(it));
            if (end < k) row.items.push_back(text_item(row.words, end, k));
        } else {
            row.items.push_back(text_item(row.words, a, k));
        }
        a = k;
    }
    classify(row);
}

// A figure wrapped in its cell ("11 839" over "000" where the column is narrow): the second line's
// boxes overlap the first's (lines of one cell stand closer than rows, and Writer centres the other
// cells of the row between them), and it holds nothing but digit groups under the figures they end.
// Each such group is put together with the figure above it when the two make one figure; when they
// do not, the row is marked unsure, and the line is taken out all the same (it is no row).
// A figure, or the start of one that is none alone ("(7 240" over "032)"): words of figures only.
bool figure_words(const Row& r, const Item& it) {
    if (it.number) return true;
    for (std::size_t w = it.first; w < it.last; ++w)
        if (!number_word(r.words[w].text) && !is_sign_word(r.words[w].text)) return false;
    return it.last > it.first;
}

void join_wrapped_figures(std::vector<Row>& rows) {
    for (std::size_t i = 0; i + 1 < rows.size();) {
        Row& r = rows[i];
        const Row& f = rows[i + 1];
        const double h = std::max(r.h, f.h);
        bool figures_only = !f.words.empty() && f.y0 < r.y1 - 0.15 * h && !r.leaders &&
                            std::any_of(r.items.begin() + (r.has_label ? 1 : 0), r.items.end(),
                                        [&](const Item& it) { return figure_words(r, it); });
        for (const Word& w : f.words) figures_only = figures_only && (number_word(w.text) || is_sign_word(w.text));
        if (!figures_only) {
            ++i;
            continue;
        }
        const double tolerance = std::max(1.0, 0.3 * h);
        std::vector<Item> joined = r.items;
        bool all = true;
        for (const Item& part : f.items) {
            bool done = false;
            for (std::size_t k = r.has_label ? 1 : 0; k < joined.size() && !done; ++k) {
                Item& above = joined[k];
                if (!figure_words(r, above) || (std::abs(above.x1 - part.x1) > tolerance && std::abs(above.x0 - part.x0) > tolerance))
                    continue;
                const auto words_of = [&](const Item& it) {
                    return std::vector<Word>(r.words.begin() + static_cast<std::ptrdiff_t>(it.first),
                                             r.words.begin() + static_cast<std::ptrdiff_t>(it.last));
                };
                const std::vector<Word> rest(f.words.begin() + static_cast<std::ptrdiff_t>(part.first),
                                             f.words.begin() + static_cast<std::ptrdiff_t>(part.last));
                // Broken at a space ("11 839" / "000"), or inside a group where no-break spaces
                // hold the figure together ("−15 373 72" / "6", read as two figures above).
                const bool before = k > (r.has_label ? 1u : 0u) && joined[k - 1].number &&
                                    above.x0 - joined[k - 1].x1 < 0.6 * h;
                std::vector<std::pair<std::vector<Word>, bool>> tries;  // words, with the item before
                if (before) {
                    std::vector<Word> w = words_of(joined[k - 1]);
                    for (const Word& x : words_of(above)) w.push_back(x);
                    w.back().text += rest.front().text;
                    w.back().x1 = rest.front().x1;
                    w.insert(w.end(), rest.begin() + 1, rest.end());
                    tries.push_back({std::move(w), true});
                }
                std::vector<Word> spaced = words_of(above);
                spaced.insert(spaced.end(), rest.begin(), rest.end());
                tries.push_back({std::move(spaced), false});
                std::vector<Word> glued = words_of(above);
                glued.back().text += rest.front().text;
                glued.insert(glued.end(), rest.begin() + 1, rest.end());
                tries.push_back({std::move(glued), false});
                for (auto& [words, with_before] : tries) {
                    const auto one = figures(words, 0, words.size());
                    if (!one || one->size() != 1 || !one->front().number) continue;
                    above.value = one->front().value;
                    above.text = one->front().text;
                    above.number = true;
                    above.x0 = std::min(with_before ? joined[k - 1].x0 : above.x0, part.x0);
                    above.x1 = std::max(above.x1, part.x1);
                    if (with_before) {
                        above.first = joined[k - 1].first;
                        joined.erase(joined.begin() + static_cast<std::ptrdiff_t>(k) - 1);
                    }
                    done = true;
                    break;
                }
                break;
            }
            all = all && done;
        }
        if (all) r.items = std::move(joined);
        else r.unsure = true;
        classify(r);
        r.y1 = std::max(r.y1, f.y1);
        r.text += " " + f.text;
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
}

// A label wrapped in its cell with the row's figures set in the middle of the cell's height (Writer
// 25.2 centres them; 7.4 sets them on the first line): "Stöd till personer" / "1,7" / "med psykisk
// ohälsa" are one row. The lines of one cell stand tighter than the rows of the table; the label's
// lines stand where labels start, left of the figures, in the figures' type size.
double gap(const Row& upper, const Row& lower);

void join_centred_labels(std::vector<Row>& rows) {
    const auto label_line = [](const Row& r, const Row& figures) {
        return r.kind == Kind::Text && !r.leaders && r.chunks == 1 && !r.words.empty() && !figures.items.empty() &&
               r.x1 < figures.items.front().x0 - 0.5 * figures.h && std::abs(r.h - figures.h) <= 0.12 * figures.h;
    };
    const auto tight = [](const Row& upper, const Row& lower) { return gap(upper, lower) < 0.15 * lower.h; };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Row& fig = rows[i];
        if (fig.kind != Kind::Amount || fig.has_label) continue;
        std::size_t top = i, bottom = i;
        while (top > 0 && i - top < 3 && label_line(rows[top - 1], fig) && tight(rows[top - 1], rows[top])) --top;
        while (bottom + 1 < rows.size() && bottom - i < 3 && label_line(rows[bottom + 1], fig) &&
               tight(rows[bottom], rows[bottom + 1]))
            ++bottom;
        // Lines above and below: a centred figure. Above only is a label set over its figure's line
        // as a heading could be ("Kostnader" over a figure alone): left as it is.
        if (top == i || bottom == i) continue;
        Row m;
        Item label;
        label.x0 = rows[top].x0;
        for (std::size_t k = top; k <= bottom; ++k) {
            if (k == i) continue;
            for (const Word& w : rows[k].words) m.words.push_back(w);
            label.text += (label.text.empty() ? "" : " ") + rows[k].text;
            label.x1 = std::max(label.x1, rows[k].x1);
        }
        label.first = 0;
        label.last = m.words.size();
        m.items.push_back(label);
        for (Item it : fig.items) {
            it.first += label.last;
            it.last += label.last;
            m.items.push_back(std::move(it));
        }
        for (const Word& w : fig.words) m.words.push_back(w);
        m.y0 = rows[top].y0;
        m.y1 = rows[bottom].y1;
        m.h = fig.h;
        m.x0 = label.x0;
        m.x1 = fig.x1;
        m.chunks = fig.chunks + 1;
        m.text = label.text + " " + fig.text;
        m.unsure = fig.unsure;
        m.line = rows[top].line;
        classify(m);
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i) + 1, rows.begin() + static_cast<std::ptrdiff_t>(bottom) + 1);
        rows[i] = std::move(m);
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(top), rows.begin() + static_cast<std::ptrdiff_t>(i));
        i = top;
    }
}

// ---------------------------------------------------------------------------------------------
// Columns: where amounts stand across rows.

struct Edges {
    std::vector<double> centres;  // where figures end (or start)
    double tolerance = 1.0;
    bool near(double x) const {
        for (double c : centres)
            if (std::abs(c - x) <= tolerance) return true;
        return false;
    }
};

// The edges figures end (or start) at; `members` counts the figures that share one with another.
Edges shared_edges(std::vector<double> xs, double tolerance, std::size_t* members) {
    Edges e;
    e.tolerance = tolerance;
    std::sort(xs.begin(), xs.end());
    *members = 0;
    for (std::size_t i = 0; i < xs.size();) {
        std::size_t j = i + 1;
        while (j < xs.size() && xs[j] - xs[j - 1] <= tolerance) ++j;
        e.centres.push_back((xs[i] + xs[j - 1]) / 2);
        if (j - i >= 2) *members += j - i;
        i = j;
    }
    return e;
}

struct PageEdges {
    Edges edges;
    bool right = true;  // figures right-aligned (their right edges shared), else left-aligned
};

PageEdges page_edges(const std::vector<Row>& rows) {
    std::vector<double> rights, lefts;
    double h = 0;
    for (const Row& r : rows) {
        if (r.kind != Kind::Amount) continue;
        for (const Item& it : r.items)
            if (it.number && !it.year) {
                rights.push_back(it.x1);
                lefts.push_back(it.x0);
                h = std::max(h, r.h);
            }
    }
    const double tolerance = std::max(0.8, 0.06 * h);
    std::size_t right_members = 0, left_members = 0;
    PageEdges p;
    Edges right = shared_edges(rights, tolerance, &right_members);
    Edges left = shared_edges(lefts, tolerance, &left_members);
    p.right = right_members >= left_members;
    p.edges = p.right ? right : left;
    return p;
}

// A figure that runs over a column's edge ("1 300 000 500 000" where the first column ends after
// the first "000") is two figures.
void split_at_edges(Row& row, const PageEdges& pe) {
    if (pe.edges.centres.empty()) return;
    std::vector<Item> out;
    for (Item& it : row.items) {
        if (!it.number || it.last - it.first < 2) {
            out.push_back(std::move(it));
            continue;
        }
        std::size_t start = it.first;
        bool split = false;
        for (std::size_t k = it.first + 1; k < it.last; ++k) {
            const auto n = number_word(row.words[k].text);
            if (!n || n->sign || n->int_digits != 3 || row.words[k].text[0] == '0' || row.words[k].held) continue;
            const bool edge = pe.right ? pe.edges.near(row.words[k - 1].x1) : pe.edges.near(row.words[k].x0);
            if (!edge) continue;
            auto left = figures(row.words, start, k);
            auto rest = figures(row.words, k, it.last);
            if (!left || !rest) continue;
            for (Item& l : *left) out.push_back(std::move(l));
            start = k;
            split = true;
        }
        if (!split) {
            out.push_back(std::move(it));
        } else if (auto rest = figures(row.words, start, it.last)) {
            for (Item& r : *rest) out.push_back(std::move(r));
        }
    }
    row.items = std::move(out);
}

// A table row whose label and figures pdftotext set a word space apart ("Falkenbergs kommun, 3 %
// 559 260 kr"): the figures at its end that stand at a column's edge are its amounts.
bool split_collapsed(Row& row, const PageEdges& pe) {
    if (row.kind != Kind::Text || row.leaders || row.items.empty() || pe.edges.centres.empty()) return false;
    const Item last = row.items.back();
    if (last.number || last.last - last.first < 2) return false;
    std::size_t end = last.last, note = end;
    if (row.words[end - 1].text.ends_with(")"))
        for (std::size_t k = end; k-- > last.first + 1;)
            if (row.words[k].text.starts_with("(")) {
                note = k;
                break;
            }
    std::size_t s = note;
    while (s > last.first + 1) {
        const std::string& t = row.words[s - 1].text;
        if (!number_word(t) && !is_sign_word(t) && !is_unit_word(t)) break;
        --s;
    }
    std::optional<std::vector<Item>> found;
    for (; s < note; ++s)
        if ((found = figures(row.words, s, end))) break;
    if (!found) return false;
    std::size_t keep = found->size();
    while (keep > 0) {
        const Item& f = (*found)[keep - 1];
        if (f.year || !(pe.right ? pe.edges.near(f.x1) : pe.edges.near(f.x0))) break;
        --keep;
    }
    if (keep == found->size()) return false;
    const std::size_t label_end = (*found)[keep].first;
    row.items.pop_back();
    row.items.push_back(text_item(row.words, last.first, label_end));
    for (std::size_t k = keep; k < found->size(); ++k) row.items.push_back((*found)[k]);
    classify(row);
    return row.kind == Kind::Amount;
}

// ---------------------------------------------------------------------------------------------
// Tables.

struct RowRef {
    std::size_t page, row;
};

struct Column {
    double x0, x1;
    bool numeric = false;
    std::vector<std::pair<std::size_t, std::size_t>> members;  // (table row, item)
};

// The columns of the amount rows `rows` (indices into `all`), left to right.
std::vector<Column> columns_of(const std::vector<const Row*>& rows) {
    struct Entry {
        double x0, x1;
        std::size_t row, item;
        bool number;
    };
    std::vector<Entry> entries;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Row& row = *rows[r];
        if (row.kind != Kind::Amount) continue;
        for (std::size_t k = row.has_label ? 1 : 0; k < row.items.size(); ++k)
            entries.push_back({row.items[k].x0, row.items[k].x1, r, k, row.items[k].number});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.x0 < b.x0; });
    std::vector<Column> cols;
    for (const Entry& e : entries) {
        if (cols.empty() || e.x0 >= cols.back().x1 - 0.1) cols.push_back({e.x0, e.x1, false, {}});
        Column& c = cols.back();
        c.x1 = std::max(c.x1, e.x1);
        c.numeric = c.numeric || e.number;
        c.members.push_back({e.row, e.item});
    }
    // Two items of one row in one column: the column is two, split between them.
    for (int guard = 0; guard < 64; ++guard) {
        bool changed = false;
        for (std::size_t c = 0; c < cols.size() && !changed; ++c) {
            auto& m = cols[c].members;
            std::sort(m.begin(), m.end());
            for (std::size_t i = 0, j = 1; j < m.size() && !changed; ++i, ++j) {
                if (m[i].first != m[j].first) continue;
                const Item& a = rows[m[i].first]->items[m[i].second];
                const Item& b = rows[m[j].first]->items[m[j].second];
                const Item& left = a.x0 <= b.x0 ? a : b;
                const Item& right = a.x0 <= b.x0 ? b : a;
                const double cut = left.x1 <= right.x0 ? (left.x1 + right.x0) / 2 : right.x0;
                Column l{1e300, -1e300, false, {}}, r{1e300, -1e300, false, {}};
                for (const auto& mm : m) {
                    const Item& it = rows[mm.first]->items[mm.second];
                    Column& to = (it.x0 + it.x1) / 2 < cut ? l : r;
                    to.x0 = std::min(to.x0, it.x0);
                    to.x1 = std::max(to.x1, it.x1);
                    to.numeric = to.numeric || it.number;
                    to.members.push_back(mm);
                }
                if (l.members.empty() || r.members.empty()) continue;
                cols[c] = std::move(l);
                cols.insert(cols.begin() + static_cast<std::ptrdiff_t>(c) + 1, std::move(r));
                changed = true;
            }
        }
        if (!changed) break;
    }
    return cols;
}

// Two parts of a table have the same columns of figures: as many, each over the other.
bool same_columns(const std::vector<const Row*>& a, const std::vector<const Row*>& b) {
    std::vector<Column> ca, cb;
    for (auto& c : columns_of(a))
        if (c.numeric) ca.push_back(c);
    for (auto& c : columns_of(b))
        if (c.numeric) cb.push_back(c);
    if (ca.size() != cb.size() || ca.empty()) return false;
    for (std::size_t i = 0; i < ca.size(); ++i)
        if (!(ca[i].x0 < cb[i].x1 && cb[i].x0 < ca[i].x1)) return false;
    return true;
}

struct Table {
    std::vector<RowRef> rows;
    std::vector<RowRef> tail;  // short lines right after it on its page (a heading before a page break)
    bool fragment = false;     // one amount row at a page's top or foot: a table only as part of another
};

struct Document {
    std::vector<std::vector<Row>> pages;
    const Row& at(RowRef r) const { return pages[r.page][r.row]; }
    Row& at(RowRef r) { return pages[r.page][r.row]; }
};

bool is_short(const Row& r) { return !r.leaders && code_points(r.text) <= 60; }

// The text of a line with its digits left out: a running header or footer is the same on every page
// but for its page number.
std::string without_digits(std::string_view s) {
    std::string out;
    for (char c : s)
        if (!is_digit(c)) out += c;
    return out;
}

// A page number alone: "3", "- 3 -", "3 (9)", "3 av 9", "Sida 3", "Sida 3 av 9", "s. 3".
bool is_page_number(std::string_view text) {
    std::string t = lower_ascii(without_digits(text));
    if (t.size() == text.size()) return false;  // no digit
    for (const char* w : {"sida", "sid.", "s.", "page", "av", "of", "(", ")", "-", "/", "\xE2\x80\x93", " "}) {
        for (std::size_t at; (at = t.find(w)) != std::string::npos;) t.erase(at, std::strlen(w));
    }
    return t.empty();
}

// A running header or footer: one of the first or last three lines of a page, text only, that is a
// page number or stands (digits aside) among the first or last three lines of another page.
bool is_furniture(const Document& d, std::size_t page, std::size_t row) {
    const auto& rows = d.pages[page];
    const bool top = row < 3, foot = row + 3 >= rows.size();
    if (!(top || foot) || rows[row].kind != Kind::Text) return false;
    if (is_page_number(rows[row].text)) return true;
    const std::string me = without_digits(rows[row].text);
    if (me.size() < 4) return false;
    for (std::size_t p = page > 2 ? page - 2 : 0; p < d.pages.size() && p <= page + 2; ++p) {
        if (p == page) continue;
        const auto& other = d.pages[p];
        for (std::size_t k = 0; k < other.size(); ++k) {
            if (top ? k >= 3 : k + 3 < other.size()) continue;
            if (other[k].kind == Kind::Text && without_digits(other[k].text) == me) return true;
        }
    }
    return false;
}

double gap(const Row& upper, const Row& lower) { return lower.y0 - upper.y1; }

// The usual space between the amount rows of a table, or `fallback`.
double row_gap(const Document& d, const std::vector<RowRef>& rows, double fallback) {
    std::vector<double> gaps;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const Row& a = d.at(rows[i - 1]);
        const Row& b = d.at(rows[i]);
        if (rows[i].page == rows[i - 1].page && rows[i].row == rows[i - 1].row + 1 && a.kind == Kind::Amount &&
            b.kind == Kind::Amount)
            gaps.push_back(gap(a, b));
    }
    return gaps.empty() ? fallback : median(gaps);
}

double leftmost_figure(const Document& d, const std::vector<RowRef>& rows) {
    double x = std::numeric_limits<double>::max();
    for (const RowRef& ref : rows) {
        const Row& r = d.at(ref);
        if (r.kind != Kind::Amount) continue;
        for (std::size_t k = r.has_label ? 1 : 0; k < r.items.size(); ++k) x = std::min(x, r.items[k].x0);
    }
    return x;
}

// Where the labels of amount rows start.
double label_start(const Document& d, const std::vector<RowRef>& rows) {
    double x = std::numeric_limits<double>::max();
    for (const RowRef& ref : rows) {
        const Row& r = d.at(ref);
        if (r.kind == Kind::Amount && r.has_label) x = std::min(x, r.items.front().x0);
    }
    return x;
}

// A text in a table's line that belongs to the label column: it starts where labels start, or ends
// before the first figure. Anything else stands over the columns of figures (a header).
// Only the first text of a line can be in the label column: a header cell set left in its cell ("Budget
// 2020" over figures set right) may end before the first figure, yet it stands over a column.
bool in_label_column(const Item& it, std::size_t k, double label_x, double left, double h) {
    return std::abs(it.x0 - label_x) <= h || (k == 0 && it.x1 <= left);
}

std::vector<const Row*> amount_rows(const Document& d, const std::vector<RowRef>& rows) {
    std::vector<const Row*> out;
    for (const RowRef& r : rows)
        if (d.at(r).kind == Kind::Amount) out.push_back(&d.at(r));
    return out;
}

// The table being read, with what is known of it kept as it grows: a table of thousands of rows is
// read in linear time.
struct TableSoFar {
    std::vector<RowRef> rows;
    std::vector<double> gaps;  // between consecutive amount rows
    std::vector<std::size_t> amounts;  // indices into rows
    double leftmost = std::numeric_limits<double>::max();  // the first figure's left edge
    double longest = 0;  // where the longest label ends
    double row_h = 0;    // the type size of its first amount row

    void add(const Document& d, RowRef r) {
        const Row& x = d.at(r);
        if (!rows.empty()) {
            const RowRef p = rows.back();
            if (p.page == r.page && p.row + 1 == r.row && d.at(p).kind == Kind::Amount && x.kind == Kind::Amount)
                gaps.push_back(gap(d.at(p), x));
        }
        if (x.kind == Kind::Amount) {
            if (amounts.empty()) row_h = x.h;
            amounts.push_back(rows.size());
            for (std::size_t k = x.has_label ? 1 : 0; k < x.items.size(); ++k) leftmost = std::min(leftmost, x.items[k].x0);
            if (x.has_label) longest = std::max(longest, x.items.front().x1);
        }
        if (x.kind == Kind::Continuation) longest = std::max(longest, x.x1);
        rows.push_back(r);
    }
    // The usual space between its amount rows (of the last few), or `fallback`.
    double usual(double fallback) const {
        if (gaps.empty()) return fallback;
        const std::size_t from = gaps.size() > 31 ? gaps.size() - 31 : 0;
        return median(std::vector<double>(gaps.begin() + static_cast<std::ptrdiff_t>(from), gaps.end()));
    }
    // Its last `n` amount rows: enough to know its columns.
    std::vector<const Row*> recent_amount_rows(const Document& d, std::size_t n) const {
        std::vector<const Row*> out;
        for (std::size_t k = amounts.size() > n ? amounts.size() - n : 0; k < amounts.size(); ++k)
            out.push_back(&d.at(rows[amounts[k]]));
        return out;
    }
    bool empty() const { return rows.empty(); }
};

bool starts_lowercase(std::string_view s) {
    if (s.empty()) return false;
    if (s[0] >= 'a' && s[0] <= 'z') return true;
    return s.starts_with("\xC3\xA5") || s.starts_with("\xC3\xA4") || s.starts_with("\xC3\xB6") ||
           s.starts_with("\xC3\xA9") || s.starts_with("\xC3\xBC");
}

// A label's last word that leaves it unfinished: a conjunction, a preposition, a dash or a comma.
bool ends_unfinished(std::string_view w) {
    static const char* const words[] = {"och", "samt", "eller", "för", "till", "i", "med", "av", "på", "om", "inom",
                                        "mot", "vid", "från", "under", "efter", "enligt", "inkl.", "exkl.", "\xE2\x80\x93", "-"};
    if (w.ends_with(",") || w.ends_with("-")) return true;
    const std::string l = lower_ascii(w);
    for (const char* x : words)
        if (l == x) return true;
    return false;
}

// Is line `c` the rest of the label of the line above (a label wrapped in its cell)?
bool continues_label(const Document& d, std::size_t page, std::size_t c, const TableSoFar& table) {
    const auto& rows = d.pages[page];
    if (c == 0 || table.empty()) return false;
    const Row& line = rows[c];
    if (line.kind != Kind::Text || line.leaders || line.chunks != 1) return false;
    // The row whose label this continues: the amount row above, through earlier continuation lines.
    std::size_t a = c - 1;
    while (a > 0 && rows[a].kind == Kind::Continuation) --a;
    const Row& owner = rows[a];
    if (owner.kind != Kind::Amount || !owner.has_label) return false;
    // In the label's cell: where the label starts, in its type size (a paragraph under a Writer
    // table starts a little left of the cells' text, a footnote in another size).
    if (std::abs(line.x0 - owner.x0) > std::max(1.0, 0.08 * owner.h) || std::abs(line.h - owner.h) > 0.05 * owner.h)
        return false;
    const Row& above = rows[c - 1];
    const double g = gap(above, line);
    const double usual = table.usual(std::numeric_limits<double>::quiet_NaN());
    const double below = c + 1 < rows.size() ? gap(line, rows[c + 1]) : std::numeric_limits<double>::quiet_NaN();
    const double reference = !std::isnan(usual) ? usual : below;
    if (std::isnan(reference)) return false;
    // Lines of one paragraph, clearly tighter than the rows of the table.
    if (g < 0.15 * line.h && g < reference - std::max(1.0, 0.1 * line.h)) return true;
    // Or the label could not have held its next word on the line above: the cell ends before the
    // first figure and not far after the longest label.
    const double limit = std::min(table.leftmost, table.longest + line.h) - 0.5 * line.h;
    const double space = 0.3 * line.h;
    const double first_word = line.words.front().x1 - line.words.front().x0;
    const double end_of_label = &above == &owner ? owner.items.front().x1 : above.x1;
    // Where the rows stand as close as the lines of a label, a line that begins anew ("Kostnader"
    // under "Summa intäkter") is a row of its own: a wrapped label goes on in lower case or after
    // a word that cannot end it.
    if (!starts_lowercase(line.text) && !ends_unfinished(above.words.back().text)) return false;
    return g <= reference + 0.5 && end_of_label + space + first_word > limit;
}

// Header lines above the first amount row `first` of a table: returns the first line of the table.
std::size_t header_start(const Document& d, std::size_t page, std::size_t first, std::size_t floor) {
    const auto& rows = d.pages[page];
    std::vector<RowRef> block;
    for (std::size_t k = first; k < rows.size() && rows[k].kind == Kind::Amount && block.size() < 64; ++k)
        block.push_back({page, k});
    const double left = leftmost_figure(d, block);
    const double label_x = label_start(d, block);
    const double usual = row_gap(d, block, 0.3 * rows[first].h);
    std::size_t top = first, header = first;
    for (std::size_t k = first; k > floor && first - (k - 1) <= 4;) {
        --k;
        const Row& r = rows[k];
        if (r.leaders || !is_short(r) || (r.kind != Kind::Text && r.kind != Kind::YearHeader)) break;
        bool over_columns = r.kind == Kind::YearHeader;
        for (std::size_t i = 0; i < r.items.size(); ++i)
            over_columns = over_columns || !in_label_column(r.items[i], i, label_x, left, r.h);
        if (over_columns) header = k;
        top = k;
    }
    if (header < first) return header;
    // No header: headings in the rhythm of the table's rows ("Intäkter" over its lines).
    std::size_t start = first;
    for (std::size_t k = first; k > top;) {
        --k;
        if (gap(rows[k], rows[k + 1]) > usual + std::max(1.0, 0.1 * rows[k].h) || first - k > 2) break;
        start = k;
    }
    return start;
}

// Lines between two runs of amount rows that begin a table of their own: a header over the columns
// (the periods again, "Belopp i kr | Budget 2026"), or a title in another type size ("Eget kapital").
// Two tables stacked, even in the same columns, are two.
bool starts_new_table(const Document& d, const TableSoFar& cur, const std::vector<RowRef>& lines) {
    for (const RowRef& ref : lines) {
        const Row& r = d.at(ref);
        if (cur.row_h > 0 && std::abs(r.h - cur.row_h) > 0.12 * cur.row_h) return true;
        if (r.kind == Kind::YearHeader) return true;
        for (std::size_t k = 0; k < r.items.size(); ++k)
            if (k > 0 || r.items[k].x0 > cur.longest + 0.5 * r.h) return true;
    }
    return false;
}

std::vector<Table> tables_of_page(Document& d, std::size_t page) {
    auto& rows = d.pages[page];
    std::vector<Table> tables;
    TableSoFar cur;
    std::vector<RowRef> pending;
    std::size_t taken = 0;  // lines above this belong to an earlier table
    // Rows of a table broken by the page: one amount row at the top of the page or at its foot is
    // kept as a fragment, a table only if it goes on from the page before or onto the next.
    const auto at_top = [&](std::size_t row) {
        for (std::size_t k = 0; k < row; ++k)
            if (!is_short(rows[k]) && !is_furniture(d, page, k)) return false;
        return row <= 4;
    };
    const auto at_foot = [&](std::size_t row) {
        for (std::size_t k = row + 1; k < rows.size(); ++k)
            if (!is_short(rows[k]) && !is_furniture(d, page, k)) return false;
        return rows.size() - row <= 5;
    };
    const auto close = [&] {
        const bool fragment = cur.amounts.size() == 1 && d.at(cur.rows[cur.amounts.front()]).has_label &&
                              ((tables.empty() && at_top(cur.rows.front().row)) || at_foot(cur.rows.back().row));
        if (cur.amounts.size() >= 2 || fragment) {
            tables.push_back({cur.rows, pending, fragment});
            taken = cur.rows.back().row + 1;
        } else {
            for (const RowRef& r : cur.rows)
                if (d.at(r).kind == Kind::Continuation) d.at(r).kind = Kind::Text;
        }
        cur = TableSoFar();
        pending.clear();
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Row& r = rows[i];
        // Years under an amount row are amounts (a sum of 2 050 tkr), not a header.
        if (r.kind == Kind::YearHeader && !cur.empty() && pending.empty() && !r.has_label &&
            d.at(cur.rows.back()).kind != Kind::YearHeader)
            r.kind = Kind::Amount;
        if (r.kind == Kind::Amount) {
            if (!cur.empty()) {
                bool joins = pending.size() <= 4;
                for (const RowRef& p : pending) joins = joins && is_short(d.at(p));
                // Far below the table (a page number in the footer): a table of its own unless its
                // figures stand in the same columns.
                const bool apart = gap(rows[i - 1], r) > std::max(3 * cur.usual(0.3 * r.h), r.h);
                // The table's header again (Writer repeats it where a table goes on in the next
                // column of the page): left out, the table goes on.
                bool repeated = !pending.empty();
                for (const RowRef& p : pending)
                    repeated = repeated && std::any_of(cur.rows.begin(), cur.rows.end(), [&](const RowRef& q) {
                                   return d.at(q).kind != Kind::Amount && q.row < cur.rows[cur.amounts.front()].row &&
                                          d.at(q).text == d.at(p).text;
                               });
                if (repeated) pending.clear();
                joins = joins && !starts_new_table(d, cur, pending);
                if (joins && (!pending.empty() || apart)) {
                    std::vector<RowRef> block;
                    for (std::size_t k = i; k < rows.size() && rows[k].kind == Kind::Amount && block.size() < 64; ++k)
                        block.push_back({page, k});
                    joins = same_columns(cur.recent_amount_rows(d, 64), amount_rows(d, block));
                }
                if (joins) {
                    for (const RowRef& p : pending) cur.add(d, p);
                    pending.clear();
                } else {
                    close();
                }
            }
            if (cur.empty())
                for (std::size_t k = header_start(d, page, i, taken); k < i; ++k) cur.add(d, {page, k});
            cur.add(d, {page, i});
            continue;
        }
        if (cur.empty()) continue;
        if (pending.empty() && continues_label(d, page, i, cur)) {
            r.kind = Kind::Continuation;
            cur.add(d, {page, i});
            continue;
        }
        if (!is_short(r) || pending.size() >= 4) {
            close();
            continue;
        }
        pending.push_back({page, i});
    }
    close();
    return tables;
}

// ---------------------------------------------------------------------------------------------
// A table as a Grid.

// Tables and paragraphs in reading order, for a total stated just before its table (PlacedTable::order).
std::size_t document_order(std::size_t page, std::size_t line) { return page * 100000 + line; }

std::string place(std::size_t page, std::size_t line) {
    return "sida " + std::to_string(page + 1) + ", rad " + std::to_string(line);
}

// Header texts that stand over no column (a "Not" column without notes) are columns of their own.
template <class InLabel>
void add_header_columns(const std::vector<const Row*>& rows, std::vector<Column>& cols, const InLabel& in_label) {
    for (const Row* r : rows) {
        if (r->kind != Kind::Text && r->kind != Kind::YearHeader) continue;
        for (std::size_t k = 0; k < r->items.size(); ++k) {
            const Item& it = r->items[k];
            if (in_label(it, k, *r)) continue;
            const auto near = [&](const Item& x, const Column& c) {
                return x.x0 < c.x1 + 0.5 * r->h && c.x0 - 0.5 * r->h < x.x1;
            };
            bool over = false;
            for (const Column& c : cols) over = over || near(it, c);
            if (over) continue;
            // A heading set left in the cell of the column right of it, unless another heading of
            // the line stands over that column.
            const auto right = std::find_if(cols.begin(), cols.end(), [&](const Column& c) { return c.x0 >= it.x1; });
            bool taken = false;
            for (std::size_t j = 0; right != cols.end() && j < r->items.size(); ++j)
                taken = taken || (j != k && near(r->items[j], *right));
            if (right != cols.end() && !taken) continue;
            Column c{it.x0, it.x1, false, {}};
            cols.insert(std::upper_bound(cols.begin(), cols.end(), c,
                                         [](const Column& a, const Column& b) { return a.x0 < b.x0; }),
                        c);
        }
    }
}

// The grid column (1-based; 0 is the label) an item of a text row overlaps most; one that overlaps
// none is the header of the first column right of it (a heading set left in a cell whose figures
// are set right), or of the last.
std::size_t column_for(const std::vector<Column>& cols, const Item& it) {
    if (cols.empty()) return 0;
    std::size_t best = 0;
    double best_score = 0;
    for (std::size_t c = 0; c < cols.size(); ++c) {
        const double overlap = std::min(it.x1, cols[c].x1) - std::max(it.x0, cols[c].x0);
        if (overlap > best_score) {
            best_score = overlap;
            best = c + 1;
        }
    }
    if (best > 0) return best;
    for (std::size_t c = 0; c < cols.size(); ++c)
        if (cols[c].x0 >= it.x1) return c + 1;
    return cols.size();
}

// "019" under "Budget 2": the rest of a year printed with a gap ("2 019"), broken in its cell.
bool is_year_rest(const std::string& head, const std::string& rest) {
    if (rest.size() != 3 || !std::all_of(rest.begin(), rest.end(), is_digit)) return false;
    if (head.size() < 1 || !is_digit(head.back()) || (head.size() >= 2 && head[head.size() - 2] != ' ')) return false;
    const int year = (head.back() - '0') * 1000 + std::stoi(rest);
    return year >= 1990 && year <= 2100;
}

void append_text(Cell& cell, const std::string& text) {
    if (cell.is_empty()) cell = Cell::of(text);
    else if (cell.is_text()) cell.text += " " + text;
}

struct GridRow {
    std::vector<Cell> cells;
    std::size_t line, page;
    bool header;     // text only, nothing in the label column
    const Row* last; // its last line
};

// An amount row's cells: each item in the column it was found in; a number alone in its cell is a
// figure, two things in one cell are text as printed, never a figure dropped.
void fill_amount_row(const Row& r, const std::vector<std::size_t>& column_of_item, GridRow& g) {
    std::vector<std::string> printed(g.cells.size());
    for (std::size_t k = 0; k < r.items.size(); ++k) {
        const Item& it = r.items[k];
        const std::size_t c = k < column_of_item.size() ? column_of_item[k] : 0;
        Cell& cell = g.cells[c];
        if (c > 0 && it.number && cell.is_empty()) {
            cell = Cell::of(it.value);
        } else {
            if (cell.is_number()) cell = Cell::of(printed[c]);
            append_text(cell, it.text);
        }
        printed[c] += (printed[c].empty() ? "" : " ") + it.text;
    }
}

// The table's rows as a grid with the place of each row, and the table's own place and order.
PlacedTable placed_table(const Document& d, const Table& t, const std::vector<GridRow>& out, std::size_t width) {
    PlacedTable placed;
    placed.grid = Grid(out.size(), width);
    for (std::size_t r = 0; r < out.size(); ++r) {
        for (std::size_t c = 0; c < width; ++c) placed.grid.at(r, c) = out[r].cells[c];
        placed.row_place.push_back(place(out[r].page, out[r].line));
    }
    const RowRef first = t.rows.front(), last = t.rows.back();
    const std::size_t last_line = d.at(last).line;
    placed.order = document_order(first.page, d.at(first).line);
    if (first.page == last.page)
        placed.place = place(first.page, d.at(first).line) + "\xE2\x80\x93" + std::to_string(last_line);
    else
        placed.place = place(first.page, d.at(first).line) + " \xE2\x80\x93 " + place(last.page, last_line);
    return placed;
}

PlacedTable grid_of(const Document& d, const Table& t) {
    std::vector<const Row*> rows;
    for (const RowRef& r : t.rows) rows.push_back(&d.at(r));
    std::vector<Column> cols = columns_of(rows);
    double h = 0;
    for (const Row* r : rows) h = std::max(h, r->h);
    const double usual = row_gap(d, t.rows, 0.3 * h);
    const double left = cols.empty() ? std::numeric_limits<double>::max() : cols.front().x0;
    const double label_x = label_start(d, t.rows);
    const auto in_label = [&](const Item& it, std::size_t k, const Row& r) {
        return in_label_column(it, k, label_x, left, r.h);
    };
    add_header_columns(rows, cols, in_label);

    std::vector<std::vector<std::size_t>> column_of_item(rows.size());
    for (std::size_t c = 0; c < cols.size(); ++c)
        for (const auto& [r, k] : cols[c].members) {
            if (column_of_item[r].size() <= k) column_of_item[r].resize(k + 1, 0);
            column_of_item[r][k] = c + 1;
        }
    const std::size_t width = cols.size() + 1;
    std::vector<GridRow> out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = *rows[i];
        if (r.kind == Kind::Continuation && !out.empty()) {
            append_text(out.back().cells[0], r.text);
            out.back().last = &r;
            continue;
        }
        GridRow g{std::vector<Cell>(width), r.line, t.rows[i].page, false, &r};
        if (r.kind == Kind::Amount) {
            fill_amount_row(r, column_of_item[i], g);
        } else {
            bool label = false;
            for (std::size_t k = 0; k < r.items.size(); ++k) {
                const Item& it = r.items[k];
                label = label || in_label(it, k, r);
                // years over a column stay text
                append_text(g.cells[in_label(it, k, r) ? 0 : column_for(cols, it)], it.text);
            }
            g.header = !label;
            // A year printed with a gap and broken in its cell ("Budget 2" over "019", issue 20: a
            // year is never an amount, nor a figure written as text): each such rest goes up to
            // the cell above; what else the line holds (a unit, "kr") stays a row of its own.
            if (!out.empty() && out.back().page == g.page && width > 1 &&
                gap(*out.back().last, r) < std::min(0.25 * r.h, usual - std::max(1.0, 0.1 * r.h))) {
                std::vector<Cell> cells = g.cells;
                // The first column's rest, set left in its cell, may stand where labels start.
                if (cells[0].is_text() && cells[1].is_empty() && out.back().cells[1].is_text() &&
                    is_year_rest(out.back().cells[1].text, cells[0].text))
                    std::swap(cells[0], cells[1]);
                bool rests = false, all = true;
                for (std::size_t c = 1; c < width && all; ++c) {
                    if (cells[c].is_empty()) continue;
                    all = cells[c].is_text() && out.back().cells[c].is_text() &&
                          is_year_rest(out.back().cells[c].text, cells[c].text);
                    rests = rests || all;
                }
                if (rests && all) {
                    for (std::size_t c = 1; c < width; ++c)
                        if (cells[c].is_text()) append_text(out.back().cells[c], cells[c].text);
                    out.back().last = &r;
                    if (cells[0].is_empty()) continue;
                    g.cells.assign(width, Cell{});
                    g.cells[0] = cells[0];
                }
            }
            // A header wrapped in its cells ("Budget" over "2020"): one header row.
            if (g.header && !out.empty() && out.back().header && out.back().page == g.page &&
                gap(*out.back().last, r) < std::min(0.25 * r.h, usual - std::max(1.0, 0.1 * r.h))) {
                for (std::size_t c = 1; c < width; ++c)
                    if (g.cells[c].is_text()) append_text(out.back().cells[c], g.cells[c].text);
                out.back().last = &r;
                continue;
            }
        }
        out.push_back(std::move(g));
    }
    PlacedTable placed = placed_table(d, t, out, width);
    for (const Row* r : rows) placed.unsure = placed.unsure || r->unsure;
    return placed;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs: the lines outside tables.

std::vector<PlacedParagraph> paragraphs_of(const Document& d, const std::vector<std::vector<bool>>& in_table) {
    std::vector<PlacedParagraph> out;
    const Row* prev = nullptr;
    std::size_t prev_page = 0, prev_row = 0;
    bool prev_columns = false;
    for (std::size_t p = 0; p < d.pages.size(); ++p) {
        const auto& rows = d.pages[p];
        // The space between lines of one paragraph on this page, and the right edge of its text.
        std::vector<double> gaps;
        double right = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            right = std::max(right, rows[i].x1);
            if (i == 0) continue;
            const double g = gap(rows[i - 1], rows[i]);
            const double hh = rows[i].h;
            if (std::abs(rows[i - 1].h - hh) <= 0.1 * hh && g > -0.3 * hh && g < 0.8 * hh) gaps.push_back(g);
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (in_table[p][i]) continue;
            const Row& r = rows[i];
            const bool bullet = r.words.size() > 1 && is_bullet(r.words.front().text);
            // A bullet stands apart from its text like a column; it is no column.
            const bool bullet_apart = bullet && r.items.size() > 1 && r.items.front().last == 1;
            const bool columns = r.chunks > (bullet_apart ? 2u : 1u);
            bool fresh = prev == nullptr || bullet || columns || prev_columns;
            if (!fresh && prev_page == p) {
                const double line_gap = quantile(gaps, 0.25) + std::max(2.0, 0.2 * r.h);
                fresh = prev_row + 1 != i || gap(*prev, r) > line_gap || std::abs(prev->h - r.h) > 0.15 * r.h;
            } else if (!fresh) {
                // Over a page break: the same paragraph if the page's last line did not end a sentence
                // and the next page's first goes on in lower case.
                const char end = prev->text.empty() ? '.' : prev->text.back();
                const bool last_of_page = prev_row + 1 == d.pages[prev_page].size();
                const bool first_of_page = i == 0;
                fresh = !(p == prev_page + 1 && last_of_page && first_of_page && end != '.' && end != ':' &&
                          end != '!' && end != '?' && starts_lowercase(r.text) && std::abs(prev->h - r.h) <= 0.15 * r.h);
            }
            std::string text = r.text;
            if (bullet) text = "\xE2\x80\xA2 " + r.text.substr(r.words.front().text.size() + 1);
            if (fresh) out.push_back({text, place(p, r.line), document_order(p, r.line)});
            else out.back().text += " " + text;
            prev = &r;
            prev_page = p;
            prev_row = i;
            prev_columns = columns;
        }
    }
    return out;
}

ReadDocument read_pages(std::vector<Page> pages);

}  // namespace

ReadDocument read_pdf_bbox(std::string_view bbox_xhtml) { return read_pages(scan_pages(bbox_xhtml)); }

ReadDocument read_pdf_words(const std::vector<std::vector<PdfWord>>& pages) {
    std::vector<Page> read;
    read.reserve(pages.size());
    for (const std::vector<PdfWord>& words : pages) {
        Page& page = read.emplace_back();
        for (const PdfWord& w : words)
            if (std::isfinite(w.x0) && std::isfinite(w.y0) && std::isfinite(w.x1) && std::isfinite(w.y1) &&
                w.x1 >= w.x0 && w.y1 > w.y0)
                push_word(page, Word{w.x0, w.y0, w.x1, w.y1, w.text});
    }
    return read_pages(std::move(read));
}

namespace {

// The header lines a table starts with (before its first amount row) that stand over its columns.
std::vector<RowRef> header_lines(const Document& d, const Table& t) {
    std::vector<RowRef> out;
    for (const RowRef& r : t.rows) {
        if (d.at(r).kind == Kind::Amount) break;
        out.push_back(r);
    }
    return out;
}

// Does `next`, the first table of a page, go on with `prev`, the last table of the page before? Yes
// when nothing but a running header or footer, a page number and a few short lines in the table's type
// size stand between them, its figures stand in the same columns, and it starts with no header or
// with the same header as `prev` (Writer repeats a table's header on each page; it is left out). A
// title in another type size, or another header, starts a table of its own (an equity table on a
// new page). The first line of `next`, in lower case, goes on with the label of the last row of
// `prev` (a row broken over the page). Joins them into `prev`.
bool join_over_page(Document& d, Table& prev, Table& next) {
    const RowRef end = prev.rows.back();
    const std::size_t p = next.rows.front().page;
    if (end.page + 1 != p) return false;
    const auto& before_rows = d.pages[end.page];
    const auto& after_rows = d.pages[p];
    double h = 0;
    for (const RowRef& r : prev.rows)
        if (d.at(r).kind == Kind::Amount) {
            h = d.at(r).h;
            break;
        }
    const auto in_between = [&](const Row& r) { return is_short(r) && (h <= 0 || std::abs(r.h - h) <= 0.12 * h); };
    std::size_t lines = 0;
    for (std::size_t k = end.row + 1; k < before_rows.size(); ++k) {
        if (is_furniture(d, end.page, k)) continue;
        if (!in_between(before_rows[k]) || ++lines > 3) return false;
    }
    for (std::size_t k = 0; k < next.rows.front().row; ++k) {
        if (is_furniture(d, p, k)) continue;
        if (!in_between(after_rows[k]) || ++lines > 3) return false;
    }
    // Its header: none, or the one `prev` started with.
    const std::vector<RowRef> head = header_lines(d, next);
    std::vector<RowRef> prev_head = header_lines(d, prev);
    std::size_t repeated = 0;
    for (const RowRef& r : head) {
        const Row& x = d.at(r);
        const bool over_columns = x.kind == Kind::YearHeader || x.items.size() > 1;
        if (std::any_of(prev_head.begin(), prev_head.end(), [&](const RowRef& q) { return d.at(q).text == x.text; })) {
            ++repeated;  // a line of the header again ("Belopp i kr" under merged period cells)
            continue;
        }
        if (over_columns) return false;  // another header: another table
        break;
    }
    std::vector<const Row*> before_break = amount_rows(d, prev.rows), after_break = amount_rows(d, next.rows);
    if (before_break.size() > 64) before_break.erase(before_break.begin(), before_break.end() - 64);
    if (after_break.size() > 64) after_break.resize(64);
    if (!same_columns(before_break, after_break)) return false;
    // Headings left at the foot of the page belong to the table when they keep its rhythm.
    const double usual = row_gap(d, prev.rows, 0.3 * d.at(end).h);
    const Row* above = &d.at(end);
    for (const RowRef& r : prev.tail) {
        if (is_furniture(d, r.page, r.row) || gap(*above, d.at(r)) > usual + std::max(1.0, 0.1 * d.at(r).h)) break;
        prev.rows.push_back(r);
        above = &d.at(r);
    }
    std::size_t from = repeated;
    // The rest of a label broken over the page: a line in lower case where labels start.
    Row* last_amount = nullptr;
    for (auto it = prev.rows.rbegin(); it != prev.rows.rend() && !last_amount; ++it)
        if (d.at(*it).kind == Kind::Amount && d.at(*it).has_label) last_amount = &d.at(*it);
    while (from < next.rows.size() && last_amount) {
        Row& r = d.at(next.rows[from]);
        if (r.kind != Kind::Text || r.chunks != 1 || !starts_lowercase(r.text) ||
            std::abs(r.x0 - last_amount->items.front().x0) > std::max(1.0, 0.08 * r.h))
            break;
        r.kind = Kind::Continuation;
        prev.rows.push_back(next.rows[from++]);
    }
    prev.rows.insert(prev.rows.end(), next.rows.begin() + static_cast<std::ptrdiff_t>(from), next.rows.end());
    prev.tail = next.tail;
    prev.fragment = false;
    return true;
}

// A page set in two columns (a section of it, under a title across the page): the lines of the left
// column, then of the right, each built apart (a line of one never runs into the other's), the right
// column's words moved over the left's so that a table going on in the next column stands in the
// same columns of figures. The gutter is a strip down the middle third that no word of the section
// crosses; the lines above and below the section (a title, a footer) cross it or stand outside it.
std::vector<Row> rows_of_page(std::vector<Word> words) {
    if (words.size() < 40) return build_rows(std::move(words));
    double minx = std::numeric_limits<double>::max(), maxx = 0, miny = minx, maxy = 0;
    for (const Word& w : words) {
        minx = std::min(minx, w.x0), maxx = std::max(maxx, w.x1);
        miny = std::min(miny, w.y0), maxy = std::max(maxy, w.y1);
    }
    const double mid_y = (miny + maxy) / 2;
    const auto crossing = [&](double g) {
        std::size_t n = 0;
        for (const Word& w : words) n += w.x0 < g + 4 && w.x1 > g - 4;
        return n;
    };
    double g = 0;
    std::size_t fewest = words.size();
    for (double x = minx + 0.35 * (maxx - minx); x <= minx + 0.65 * (maxx - minx); x += 1.0)
        if (const std::size_t n = crossing(x); n < fewest) fewest = n, g = x;
    if (g == 0) return build_rows(std::move(words));
    // The section: below the crossing lines of the upper half, above those of the lower half.
    double top = miny - 1, bottom = maxy + 1;
    for (const Word& w : words)
        if (w.x0 < g + 4 && w.x1 > g - 4) {
            if ((w.y0 + w.y1) / 2 < mid_y) top = std::max(top, w.y1);
            else bottom = std::min(bottom, w.y0);
        }
    std::vector<Word> above, left, right, below;
    for (Word& w : words) {
        const double m = (w.y0 + w.y1) / 2;
        (m < top ? above : m > bottom ? below : w.x1 <= g ? left : right).push_back(std::move(w));
    }
    const auto lines = [](const std::vector<Word>& ws) {
        std::vector<double> ys;
        for (const Word& w : ws) ys.push_back(std::round(w.y0));
        std::sort(ys.begin(), ys.end());
        return static_cast<std::size_t>(std::unique(ys.begin(), ys.end()) - ys.begin());
    };
    // Columns of text, not a table's label and figures apart: most lines of the right column start
    // where it starts, and many of them with a word of letters (a table's figures are set right).
    std::vector<std::pair<double, double>> starts;  // per line of the right column: y, first x
    bool letters_enough = false;
    {
        std::vector<const Word*> r;
        for (const Word& w : right) r.push_back(&w);
        std::sort(r.begin(), r.end(), [](const Word* a, const Word* b) { return a->y0 != b->y0 ? a->y0 < b->y0 : a->x0 < b->x0; });
        double right_x = std::numeric_limits<double>::max();
        for (const Word* w : r) right_x = std::min(right_x, w->x0);
        std::size_t line_count = 0, at_start = 0, with_letters = 0;
        for (std::size_t i = 0; i < r.size(); ++i) {
            if (i > 0 && std::abs(r[i]->y0 - r[i - 1]->y0) < 2) continue;  // the first word of each line
            ++line_count;
            if (std::abs(r[i]->x0 - right_x) <= 2) {
                ++at_start;
                const std::string& t = r[i]->text;
                with_letters += !t.empty() && !is_digit(t[0]) && !number_word(t) && !is_sign_word(t);
            }
        }
        letters_enough = line_count > 0 && at_start * 10 >= line_count * 7 && with_letters * 2 >= line_count;
    }
    if (lines(left) < 6 || lines(right) < 6 || !letters_enough) {
        words.clear();
        for (auto* part : {&above, &left, &right, &below}) words.insert(words.end(), part->begin(), part->end());
        return build_rows(std::move(words));
    }
    double left_x = std::numeric_limits<double>::max(), right_x = left_x;
    for (const Word& w : left) left_x = std::min(left_x, w.x0);
    for (const Word& w : right) right_x = std::min(right_x, w.x0);
    for (Word& w : right) w.x0 -= right_x - left_x, w.x1 -= right_x - left_x;
    std::vector<Row> rows;
    for (auto* part : {&above, &left, &right, &below}) {
        std::vector<Row> built = build_rows(std::move(*part));
        rows.insert(rows.end(), std::make_move_iterator(built.begin()), std::make_move_iterator(built.end()));
    }
    for (std::size_t r = 0; r < rows.size(); ++r) rows[r].line = r + 1;
    return rows;
}

ReadDocument read_pages(std::vector<Page> pages) {
    Document d;
    for (Page& page : pages) {
        std::vector<Row> rows = rows_of_page(std::move(page.words));
        const double ratio = space_ratio(rows);
        for (Row& r : rows) analyse(r, ratio);
        const PageEdges edges = page_edges(rows);
        // A figure is cut at a column's edge only where the figures of the rows near it end there:
        // another table on the page (stacked under it) has edges of its own ("6 159-" is one figure).
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].kind != Kind::Amount) continue;
            const std::vector<Row> near(rows.begin() + static_cast<std::ptrdiff_t>(i > 6 ? i - 6 : 0),
                                        rows.begin() + static_cast<std::ptrdiff_t>(std::min(rows.size(), i + 7)));
            split_at_edges(rows[i], page_edges(near));
        }
        // Rows run together by pdftotext next to amount rows (twice: a run of such rows).
        for (int pass = 0; pass < 2; ++pass)
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const bool beside = (i > 0 && rows[i - 1].kind == Kind::Amount) ||
                                    (i + 1 < rows.size() && rows[i + 1].kind == Kind::Amount);
                if (beside) split_collapsed(rows[i], edges);
            }
        join_wrapped_figures(rows);
        join_centred_labels(rows);
        d.pages.push_back(std::move(rows));
    }

    // Tables page by page, then joined over page breaks when the columns go on.
    std::vector<Table> tables;
    for (std::size_t p = 0; p < d.pages.size(); ++p) {
        std::vector<Table> here = tables_of_page(d, p);
        for (std::size_t t = 0; t < here.size(); ++t) {
            Table& next = here[t];
            if (t == 0 && !tables.empty() && join_over_page(d, tables.back(), next)) continue;
            tables.push_back(std::move(next));
        }
    }

    tables.erase(std::remove_if(tables.begin(), tables.end(),
                                [&](const Table& t) {
                                    if (!t.fragment) return false;
                                    for (const RowRef& r : t.rows)
                                        if (d.at(r).kind == Kind::Continuation) d.at(r).kind = Kind::Text;
                                    return true;
                                }),
                 tables.end());

    ReadDocument doc;
    std::vector<std::vector<bool>> in_table(d.pages.size());
    for (std::size_t p = 0; p < d.pages.size(); ++p) in_table[p].assign(d.pages[p].size(), false);
    for (const Table& t : tables) {
        for (const RowRef& r : t.rows) in_table[r.page][r.row] = true;
        doc.tables.push_back(grid_of(d, t));
    }
    doc.paragraphs = paragraphs_of(d, in_table);
    note_units(doc);
    return doc;
}

}  // namespace

}  // namespace finsam
