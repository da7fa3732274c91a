#include "prose_reading.hpp"

#include "budget_layout.hpp"
#include "labels.hpp"
#include "units.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <iterator>

namespace finsam {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80); }

// Spaces as figures print them: plain, no-break, narrow no-break; minus as '-'. Same length
// replacements keep byte offsets meaningful only in the normalised text, which is what we return.
std::string normalise(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "\xC2\xA0") == 0) out += ' ', ++i;
        else if (s.compare(i, 3, "\xE2\x80\xAF") == 0) out += ' ', i += 2;
        else if (s.compare(i, 3, "\xE2\x88\x92") == 0 || s.compare(i, 3, "\xE2\x80\x93") == 0) out += '-', i += 2;
        else out += s[i];
    }
    return out;
}

std::string lower(std::string_view s) { return normalize_label(s); }

// Lower case that keeps every byte where it was (A–Z, Å, Ä, Ö, É), for finding a word's place in
// the text as printed; normalize_label also folds spaces, so its offsets are not the text's.
std::string lower_in_place(std::string s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] >= 'A' && s[i] <= 'Z') s[i] = static_cast<char>(s[i] - 'A' + 'a');
        else if (s[i] == '\xC3' && i + 1 < s.size()) {
            const unsigned char c = static_cast<unsigned char>(s[i + 1]);
            if (c >= 0x80 && c <= 0x9E && c != 0x97) s[i + 1] = static_cast<char>(c + 0x20);
            ++i;
        }
    }
    return s;
}

struct Unit {
    std::string_view word;   // lower case, as printed
    std::string_view name;   // kr, tkr, mkr
    std::int64_t ore;        // öre per unit
};
// Longest first, so that "miljoner kronor" wins over "miljoner".
constexpr std::array<Unit, 14> kUnits = {{{"miljoner kronor", "mkr", 100'000'000},
                                          {"tusen kronor", "tkr", 100'000},
                                          {"miljoner", "mkr", 100'000'000},
                                          {"kronor", "kr", 100},
                                          {"m.kr", "mkr", 100'000'000},
                                          {"mnkr", "mkr", 100'000'000},
                                          {"msek", "mkr", 100'000'000},
                                          {"mkr", "mkr", 100'000'000},
                                          {"tsek", "tkr", 100'000},
                                          {"tkr", "tkr", 100'000},
                                          {"sek", "kr", 100},
                                          {"kr", "kr", 100},
                                          {"mn", "mkr", 100'000'000},
                                          {":-", "kr", 100}}};

// The unit starting at i (after optional spaces), as a whole word.
std::optional<std::pair<Unit, std::size_t>> unit_at(const std::string& s, std::size_t i) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::string rest = lower(s.substr(i, 20));
    for (const Unit& u : kUnits) {
        if (!rest.starts_with(u.word)) continue;
        const std::size_t end = i + u.word.size();
        if (end < s.size() && is_word_char(s[end]) && u.word != ":-") continue;
        return std::make_pair(u, end);
    }
    return std::nullopt;
}

std::int64_t pow10(int n) {
    std::int64_t p = 1;
    while (n-- > 0) p *= 10;
    return p;
}

struct Share {
    std::size_t begin, end;
    std::string text;
};

// Numbers followed by "%": shares, not amounts.
std::vector<Share> shares_in(const std::string& s) {
    std::vector<Share> out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!is_digit(s[i]) || (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == ',' || s[i - 1] == '.'))) continue;
        std::size_t e = i;
        while (e < s.size() && (is_digit(s[e]) || ((s[e] == ',' || s[e] == '.') && e + 1 < s.size() && is_digit(s[e + 1]))))
            ++e;
        std::size_t p = e;
        if (p < s.size() && s[p] == ' ') ++p;
        if (p < s.size() && s[p] == '%') out.push_back({i, p + 1, s.substr(i, p + 1 - i)});
        i = e;
    }
    return out;
}

}  // namespace

namespace {

std::size_t end_of(std::size_t e, const std::optional<std::pair<Unit, std::size_t>>& unit) {
    return unit ? unit->second : e;
}

}  // namespace

std::vector<ProseAmount> prose_amounts(std::string_view paragraph) {
    const std::string s = normalise(paragraph);
    std::vector<ProseAmount> out;
    const std::vector<Share> shares = shares_in(s);
    // Shares are in the order of the text and apart: the one that could hold pos is the last
    // beginning at or before it (a search, not a pass: a paragraph may hold thousands of them).
    const auto in_share = [&](std::size_t pos) {
        const auto after = std::upper_bound(shares.begin(), shares.end(), pos,
                                            [](std::size_t p, const Share& sh) { return p < sh.begin; });
        return after != shares.begin() && pos < std::prev(after)->end;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!is_digit(s[i]) || (i > 0 && (is_word_char(s[i - 1]) || s[i - 1] == ',' || s[i - 1] == '.'))) continue;
        if (in_share(i)) {
            while (i < s.size() && (is_digit(s[i]) || s[i] == ',' || s[i] == '.' || s[i] == ' ' || s[i] == '%') && in_share(i)) ++i;
            continue;
        }
        std::size_t begin = i, e = i;
        while (e < s.size() && is_digit(s[e])) ++e;
        std::string digits = s.substr(i, e - i);
        bool grouped = false;
        if (e - i <= 3)
            while (e + 4 <= s.size() && s[e] == ' ' && is_digit(s[e + 1]) && is_digit(s[e + 2]) && is_digit(s[e + 3]) &&
                   (e + 4 == s.size() || !is_digit(s[e + 4]))) {
                digits.append(s, e + 1, 3);
                e += 4;
                grouped = true;
            }
        std::string decimals;
        if (e + 1 < s.size() && (s[e] == ',' || s[e] == '.') && is_digit(s[e + 1])) {
            std::size_t d = e + 1;
            while (d < s.size() && is_digit(s[d])) ++d;
            if (d - (e + 1) <= 2) {
                decimals = s.substr(e + 1, d - (e + 1));
                e = d;
            }
        }
        // "7,156 tkr": three digits after a comma and then a unit is a decimal comma or a comma
        // between thousands; read as decimals here, the other reading is tried where it matters
        // (thousands_reading).
        if (decimals.empty() && e + 4 <= s.size() && s[e] == ',' && is_digit(s[e + 1]) && is_digit(s[e + 2]) &&
            is_digit(s[e + 3]) && (e + 4 == s.size() || !is_digit(s[e + 4])) && unit_at(s, e + 4) && !grouped) {
            decimals = s.substr(e + 1, 3);
            e += 4;
        }
        if (e < s.size() && is_digit(s[e])) {  // "2020,2021", "12,345": no amount
            i = e;
            continue;
        }
        const auto unit = unit_at(s, e);
        // A year (2021) without a unit is a year; a share was skipped above.
        if (!unit && !grouped && decimals.empty() && digits.size() == 4 && digits >= "1990" && digits <= "2100") {
            i = e;
            continue;
        }
        // A year as a word processor may group it, "Budget 2 027" (issue 20): after a period word.
        if (!unit && grouped && decimals.empty() && digits.size() == 4 && digits >= "1990" && digits <= "2100") {
            std::size_t w = begin;
            while (w > 0 && s[w - 1] == ' ') --w;
            std::size_t ws = w;
            while (ws > 0 && is_word_char(s[ws - 1])) --ws;
            const std::string word = lower(s.substr(ws, w - ws));
            if (word == "budget" || word == "plan" || word == "prognos" || word == "utfall" || word == "bokslut" ||
                word == "år" || word == "året" || word == "nov" || word == "november" || word == "juli" ||
                word == "december" || word == "januari" || word == "dec" || word == "jan" || word == "medlemsbidrag" ||
                word == "medlemsavgift" || word == "medlemsavgifter") {
                i = e;
                continue;
            }
        }
        // Sign and "ca" before it.
        bool negative = false, approximate = false;
        std::size_t b = begin;
        if (b >= 1 && s[b - 1] == '-') negative = true, --b;
        else if (b >= 2 && s[b - 1] == ' ' && s[b - 2] == '-' && (b < 3 || s[b - 3] == ' ')) negative = true, b -= 2;
        for (std::string_view ca : {"ca ", "ca. ", "cirka ", "Ca ", "Ca. ", "Cirka "})
            if (b >= ca.size() && s.compare(b - ca.size(), ca.size(), ca) == 0 &&
                (b == ca.size() || !is_word_char(s[b - ca.size() - 1]))) {
                approximate = true;
                b -= ca.size();
                break;
            }
        const std::int64_t unit_ore = unit ? unit->first.ore : 100;
        // No budget's figure has more digits; below these bounds nothing overflows 64 bits.
        if (digits.size() > (unit_ore >= 100'000'000 ? 9u : unit_ore >= 100'000 ? 12u : 15u)) {
            i = end_of(e, unit);
            continue;
        }
        const int d = static_cast<int>(decimals.size());
        const std::int64_t whole = std::stoll(digits), fraction = decimals.empty() ? 0 : std::stoll(decimals);
        const std::int64_t ore = whole * unit_ore + fraction * unit_ore / pow10(d);
        // Half the place of the last printed digit; "ca" makes the last non-zero digit the last one.
        std::int64_t half = std::max<std::int64_t>(unit_ore / pow10(d) / 2, 1);
        if (approximate && d == 0) {
            std::int64_t place = 1;
            for (std::int64_t v = std::stoll(digits); v != 0 && v % 10 == 0; v /= 10) place *= 10;
            half = unit_ore * place / 2;
        }
        const std::size_t end = unit ? unit->second : e;
        out.push_back({negative ? -ore : ore, std::max<std::int64_t>(half, 0), s.substr(b, end - b),
                       std::string(unit ? unit->first.name : "kr"), unit.has_value(), b, end});
        i = end;
    }
    return out;
}

std::string format_in_unit(std::int64_t ore, std::string_view unit) {
    std::int64_t per = 100;
    if (unit == "tkr") per = 100'000;
    if (unit == "mkr") per = 100'000'000;
    const bool negative = ore < 0;
    const std::uint64_t mag = negative ? 0 - static_cast<std::uint64_t>(ore) : static_cast<std::uint64_t>(ore);
    // Up to three decimals in tkr and mkr, two in kr; no trailing zeros.
    const int decimals = per == 100 ? 2 : 3;
    const std::uint64_t scale = static_cast<std::uint64_t>(pow10(decimals));
    const std::uint64_t value = (mag * scale + static_cast<std::uint64_t>(per) / 2) / static_cast<std::uint64_t>(per);
    std::string whole = std::to_string(value / scale), grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ' ';
        grouped += whole[i];
    }
    std::string frac = std::to_string(value % scale);
    frac = std::string(static_cast<std::size_t>(decimals) - frac.size(), '0') + frac;
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    return (negative ? "-" : "") + grouped + (frac.empty() ? "" : "," + frac) + " " + std::string(unit);
}

namespace {

bool is_total_label(std::string_view label) { return classify_label(label) == LabelKind::Subtotal; }

// Words that head a run-in table's columns, dropped from the first row's label.
bool is_header_word(const std::string& w) {
    static constexpr std::array<std::string_view, 12> kWords = {"finansiär", "finansiärer", "andel", "belopp", "medlem",
                                                                "medlemmar", "post", "kr", "tkr", "fördelning",
                                                                "part", "parter"};
    return std::find(kWords.begin(), kWords.end(), lower(w)) != kWords.end();
}

std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ') ++j;
        if (j > i) out.emplace_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

std::string join(const std::vector<std::string>& w, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + w[i];
    return out;
}

std::string trim_punctuation(std::string s) {
    const auto junk = [](char c) { return c == ' ' || c == ',' || c == ':' || c == ';' || c == '.' || c == '('; };
    while (!s.empty() && junk(s.back())) s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && (junk(s[i]) || s[i] == ')')) ++i;
    return s.substr(i);
}

// The label of a run-in row: its text after any colon, without column headers before it, at
// most five words.
std::string row_label(std::string text) {
    const std::size_t colon = text.rfind(':');
    if (colon != std::string::npos) text = text.substr(colon + 1);
    std::vector<std::string> w = words_of(trim_punctuation(text));
    std::size_t from = 0;
    for (std::size_t i = 0; i < w.size(); ++i)
        if (is_header_word(trim_punctuation(w[i]))) from = i + 1;
    if (w.size() - from > 5) from = w.size() - 5;
    return trim_punctuation(join(w, from, w.size()));
}

}  // namespace

std::vector<PlacedTable> read_run_in_tables(const std::vector<PlacedParagraph>& paragraphs, std::vector<bool>& used) {
    std::vector<PlacedTable> tables;
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
        const std::string s = normalise(paragraphs[k].text);
        const std::vector<ProseAmount> amounts = prose_amounts(s);
        if (amounts.size() < 3) continue;
        const std::vector<Share> shares = shares_in(s);
        struct Row {
            std::string label, share;
            std::int64_t ore;
        };
        std::vector<Row> rows;
        std::size_t from = 0, next = 0;  // next: the first share not before `from` (both in text order)
        for (const ProseAmount& a : amounts) {
            std::string text = s.substr(from, a.begin - from), share;
            while (next < shares.size() && shares[next].begin < from) ++next;
            for (std::size_t q = next; q < shares.size() && shares[q].end <= a.begin; ++q) {
                const Share& sh = shares[q];
                share = sh.text;
                text.replace(sh.begin - from, sh.end - sh.begin, std::string(sh.end - sh.begin, ' '));
            }
            rows.push_back({row_label(text), share, a.ore});
            from = a.end;
        }
        // The table ends at its last total; it needs two rows or more above it, each labelled.
        std::optional<std::size_t> total;
        for (std::size_t r = rows.size(); r-- > 0;)
            if (is_total_label(rows[r].label)) {
                total = r;
                break;
            }
        if (!total || *total < 2) continue;
        // An amount right after another, with no label between, is a second column: a table of
        // several periods run into the text cannot be cut into its rows by guess (issue 20). It is
        // left to the prose, which says it could not be read when it holds money and a total.
        if (std::any_of(rows.begin() + 1, rows.begin() + static_cast<std::ptrdiff_t>(*total) + 1,
                        [](const Row& r) { return r.label.empty(); }))
            continue;
        std::size_t first = *total;
        while (first > 0 && !rows[first - 1].label.empty() && !is_total_label(rows[first - 1].label)) --first;
        // Earlier subtotals belong to the same table.
        while (first > 0 && !rows[first - 1].label.empty()) --first;
        if (*total - first < 2) continue;
        PlacedTable t{Grid(*total - first + 1, 2), {}, "i " + paragraphs[k].place, k};
        for (std::size_t r = first; r <= *total; ++r) {
            const std::string label = rows[r].label + (rows[r].share.empty() ? "" : ", " + rows[r].share);
            t.grid.at(r - first, 0) = Cell::of(label);
            t.grid.at(r - first, 1) = Cell::of(static_cast<double>(rows[r].ore) / 100.0);
            t.row_place.push_back(paragraphs[k].place + ": " + rows[r].label);
        }
        used[k] = true;
        tables.push_back(std::move(t));
    }
    return tables;
}

std::int64_t ProseTotal::sum_ore() const {
    std::int64_t sum = 0;
    for (const auto& p : parts) sum += p.second.ore;
    return sum;
}

std::int64_t ProseTotal::allowed_ore() const {
    std::int64_t allowed = total.half_unit_ore;
    for (const auto& p : parts) allowed += p.second.half_unit_ore;
    return allowed;
}

bool ProseTotal::holds() const {
    const std::int64_t diff = sum_ore() - total.ore;
    if (diff > allowed_ore()) return false;
    return !complete || diff >= -allowed_ore();
}

namespace {

// What a total is of: the first of these words in its sentence, as the report names it.
std::string subject_of(const std::string& sentence) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kSubjects = {{
        {"kostnader", "Kostnader"}, {"kostnaderna", "Kostnader"}, {"intäkter", "Intäkter"},
        {"intäkterna", "Intäkter"}, {"medlemsbidrag", "Medlemsbidrag"}, {"medlemsbidragen", "Medlemsbidrag"},
        {"medlemsavgifter", "Medlemsavgifter"}, {"budget", "Budget"}, {"budgeten", "Budget"},
        {"omslutning", "Omslutning"}, {"omslutningen", "Omslutning"}, {"insatser", "Insatser"},
        {"insatserna", "Insatser"}, {"totalt", "Totalt"}, {"sammanlagt", "Sammanlagt"}, {"anslag", "Anslag"}}};
    for (const std::string& w : words_of(lower(sentence))) {
        const std::string t = trim_punctuation(w);
        for (const auto& [word, name] : kSubjects)
            if (t == word) return std::string(name);
    }
    return {};
}

bool has_total_word(const std::string& text) {
    const std::string l = lower(text);
    for (std::string_view w : {"totalt", "summa", "sammanlagt", "sammantaget", "uppgår", "totala"})
        if (l.find(w) != std::string::npos) return true;
    return false;
}

// A number is money only in a money context (issue 20): an amount printed with its unit, or a unit
// word in the paragraph itself ("Belopp i tkr" before a table run into the text). "Totalt består
// styrelsen av 6 ledamöter" or "cirka 86 000 invånare" is none.
bool has_money_context(const std::string& text) {
    const std::vector<ProseAmount> amounts = prose_amounts(text);
    if (amounts.empty()) return false;
    if (std::any_of(amounts.begin(), amounts.end(), [](const ProseAmount& a) { return a.printed_unit; })) return true;
    for (const std::string& w : words_of(lower(text))) {
        std::string t = trim_punctuation(w);
        while (!t.empty() && (t.front() == '(' || t.front() == '[')) t.erase(t.begin());
        while (!t.empty() && (t.back() == ')' || t.back() == ']' || t.back() == ':')) t.pop_back();
        if (is_money_unit(t) || t == "mkr" || t == "m.kr" || t == "kronor" || t == "ksek" || t == "msek" ||
            t == "kkr")
            return true;
    }
    return false;
}

bool is_bullet(const PlacedParagraph& p) { return p.text.starts_with("\xE2\x80\xA2 "); }

// The label of a part: its words, without "och", "samt", bullets and connectors.
std::string part_label(std::string text) {
    std::vector<std::string> w = words_of(trim_punctuation(text));
    std::vector<std::string> kept;
    for (const std::string& x : w) {
        const std::string l = lower(trim_punctuation(x));
        if (l == "och" || l == "samt" || l == "varav" || l == "därav" || l == "•" || l == "till" || l == "för" ||
            l == "på" || l.empty())
            continue;
        kept.push_back(trim_punctuation(x));
    }
    return join(kept, 0, kept.size());
}

// Connectors after a total that introduce its parts in the same sentence; "varav" parts may be
// only some of the total.
struct Connector {
    std::string_view word;
    bool complete;
};
constexpr std::array<Connector, 9> kConnectors = {{{"varav", false}, {"därav", false}, {"fördelat på", true},
                                                   {"fördelade på", true}, {"fördelas på", true},
                                                   {"fördelat mellan", true}, {"uppdelat på", true},
                                                   {"består av", true}, {":", true}}};

}  // namespace

ProseReport read_prose_totals(const std::vector<PlacedParagraph>& paragraphs, const std::vector<bool>& used) {
    ProseReport report;
    std::vector<bool> checked(paragraphs.size(), false);
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
        if (used[k] || is_bullet(paragraphs[k])) continue;
        const std::string s = normalise(paragraphs[k].text);
        const std::vector<ProseAmount> amounts = prose_amounts(s);
        std::vector<ProseAmount> with_unit;
        for (const ProseAmount& a : amounts)
            if (a.printed_unit) with_unit.push_back(a);
        if (with_unit.empty()) continue;

        // Parts as bullets after the paragraph, each with one amount.
        std::vector<std::pair<std::string, ProseAmount>> bullets;
        std::size_t b = k + 1;
        for (; b < paragraphs.size() && is_bullet(paragraphs[b]) && !used[b]; ++b) {
            const std::string bs = normalise(paragraphs[b].text);
            const std::vector<ProseAmount> one = prose_amounts(bs);
            if (one.size() != 1) break;
            bullets.push_back({part_label(bs.substr(0, one[0].begin) + " " + bs.substr(one[0].end)), one[0]});
        }
        if (bullets.size() >= 2 && !subject_of(s).empty()) {
            const ProseAmount& total = with_unit.back();
            report.totals.push_back({paragraphs[k].place, subject_of(s), total, bullets, true});
            for (std::size_t x = k; x < k + 1 + bullets.size(); ++x) checked[x] = true;
            continue;
        }
        // Parts in the same sentence, after a connector.
        for (std::size_t a = 0; a + 2 < amounts.size(); ++a) {
            if (!amounts[a].printed_unit) continue;
            const std::string after = s.substr(amounts[a].end, 40);
            const std::size_t start = after.find_first_not_of(" ,");
            const std::string next = start == std::string::npos ? std::string() : lower(after.substr(start));
            const Connector* connector = nullptr;
            for (const Connector& c : kConnectors) {
                if (next.starts_with(c.word) || (c.word == ":" && after.find(':') == 0)) {
                    connector = &c;
                    break;
                }
            }
            if (!connector) continue;
            // The parts: the amounts after it up to the end of the sentence.
            const std::size_t sentence_end = s.find(". ", amounts[a].end);
            std::vector<std::pair<std::string, ProseAmount>> parts;
            std::size_t from = amounts[a].end;
            for (std::size_t p = a + 1; p < amounts.size() && (sentence_end == std::string::npos || amounts[p].begin < sentence_end);
                 ++p) {
                std::string label = s.substr(from, amounts[p].begin - from);
                for (const Connector& c : kConnectors) {
                    const std::string l = lower_in_place(label);
                    const std::size_t at = l.find(c.word);
                    if (at != std::string::npos && c.word != ":") label = label.substr(at + c.word.size());
                }
                parts.push_back({part_label(label), amounts[p]});
                from = amounts[p].end;
            }
            if (parts.size() < 2) continue;
            const std::string sentence = s.substr(0, amounts[a].begin);
            const std::string subject = subject_of(sentence.substr(sentence.rfind(". ") == std::string::npos ? 0 : sentence.rfind(". ")));
            report.totals.push_back({paragraphs[k].place, subject.empty() ? "Totalen" : subject, amounts[a], parts,
                                     connector->complete});
            checked[k] = true;
            break;
        }
    }
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
        if (used[k] || checked[k]) continue;
        if (has_total_word(paragraphs[k].text) && has_money_context(paragraphs[k].text))
            report.unchecked.push_back(paragraphs[k]);
    }
    return report;
}

namespace {

// The totals a table states: its total rows' figures and each column's lines added up, in öre.
std::vector<std::int64_t> table_totals(const Grid& g) {
    std::vector<std::int64_t> out;
    for (std::size_t c = 1; c < g.cols(); ++c) {
        double lines = 0;
        bool any = false;
        for (std::size_t r = 0; r < g.rows(); ++r) {
            if (!g.at(r, c).is_number()) continue;
            const double v = g.at(r, c).number;
            const bool total = g.at(r, 0).is_text() && is_total_label(g.at(r, 0).text);
            if (total) out.push_back(static_cast<std::int64_t>(std::llround(v * 100)));
            else lines += v, any = true;
        }
        if (any) out.push_back(static_cast<std::int64_t>(std::llround(lines * 100)));
    }
    return out;
}

// "7,156 tkr" read with the comma between thousands: 7 156 tkr.
std::optional<ProseAmount> thousands_reading(const ProseAmount& a, const std::string& paragraph) {
    const std::string text = normalise(paragraph).substr(a.begin, a.end - a.begin);
    const std::size_t comma = text.find(',');
    if (comma == std::string::npos) return std::nullopt;
    std::string digits;
    std::size_t i = comma + 1;
    while (i < text.size() && is_digit(text[i])) digits += text[i++];
    if (digits.size() != 3) return std::nullopt;
    ProseAmount b = a;
    std::int64_t unit_ore = a.unit == "mkr" ? 100'000'000 : a.unit == "tkr" ? 100'000 : 100;
    b.ore = (a.ore / unit_ore * 1000 + std::stoll(digits)) * unit_ore;
    b.half_unit_ore = unit_ore / 2;
    return b;
}

}  // namespace

void check_totals_before_tables(ProseReport& report, const std::vector<PlacedTable>& tables,
                                const std::vector<PlacedParagraph>& paragraphs) {
    std::vector<PlacedParagraph> still;
    for (const PlacedParagraph& p : report.unchecked) {
        const PlacedTable* next = nullptr;
        if (p.order > 0)
            for (const PlacedTable& t : tables)
                if (t.order > p.order && (!next || t.order < next->order)) next = &t;
        std::vector<ProseAmount> amounts;
        for (const ProseAmount& a : prose_amounts(p.text))
            if (a.printed_unit) amounts.push_back(a);
        // The paragraph must lead into the table: nothing but a short heading between.
        const bool between = next && std::any_of(paragraphs.begin(), paragraphs.end(), [&](const PlacedParagraph& q) {
            return q.order > p.order && q.order < next->order && q.text.size() > 60;
        });
        if (!next || amounts.size() != 1 || between) {
            still.push_back(p);
            continue;
        }
        const std::vector<std::int64_t> totals = table_totals(next->grid);
        std::vector<ProseAmount> readings{amounts[0]};
        if (auto t = thousands_reading(amounts[0], p.text)) readings.push_back(*t);
        std::optional<ProseTotal> best;
        for (const ProseAmount& reading : readings)
            for (std::int64_t total : totals) {
                ProseAmount part{total, 0, format_in_unit(total, reading.unit), reading.unit, true, 0, 0};
                ProseTotal candidate{p.place, subject_of(normalise(p.text)), reading, {{"tabellen på " + next->place, part}}, true};
                if (candidate.label.empty()) candidate.label = "Totalen";
                if (!best || candidate.holds() ||
                    std::llabs(candidate.sum_ore() - candidate.total.ore) < std::llabs(best->sum_ore() - best->total.ore))
                    best = candidate;
                if (best->holds()) break;
            }
        if (best) report.totals.push_back(*best);
        else still.push_back(p);
    }
    report.unchecked = std::move(still);
}

}  // namespace finsam
