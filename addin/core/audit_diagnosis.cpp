// The diagnosis: after the checks found what breaks, the smallest set of figures whose correction
// makes every relation hold, holding and broken alike. A figure that takes part in a relation that
// holds cannot be changed alone without breaking it; so the evidence of every check counts, and a
// figure consistent with all its relations is never named. Where several sets explain the same
// breaks equally, the slips (audit_slips.hpp) may single one out ("troligen"); else the candidates
// are listed and none is accused.
#include "audit_column.hpp"
#include "audit_relations.hpp"
#include "budget_layout.hpp"
#include "audit_slips.hpp"
#include "financing_rule.hpp"
#include "labels.hpp"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <set>

namespace finsam::audit {

namespace {

constexpr std::size_t kMaxFigures = 3;        // corrections in one explanation
constexpr std::size_t kMaxAttempts = 20000;   // explanations tried for one group of breaks
constexpr std::size_t kMaxNodes = 200000;     // steps of the search for them
constexpr std::size_t kMaxWork = 20'000'000;  // terms read while solving them
constexpr std::size_t kMaxListed = 4;         // candidates named
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// A part of a base: by law (Members), by the share in its label (Share), by population (Population).
bool is_share(AuditCheck check) {
    return check == AuditCheck::Members || check == AuditCheck::Share || check == AuditCheck::Population;
}

WideInt floor_div(WideInt a, WideInt b) {
    WideInt q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}
WideInt ceil_div(WideInt a, WideInt b) { return -floor_div(-a, b); }

// What names one figure across the tables of a document: its row's label without the words that
// vary between them ("Skövde kommun" in the budget, "Skövde" in the members table), and its column's
// year with the kind of period when the header says it. Empty when either is too vague to match
// (a bare "Summa", a column without a year).
struct FigureName {
    std::string label, kind;
    std::string year;
    bool matches(const FigureName& o) const {
        return !label.empty() && label == o.label && year == o.year && (kind.empty() || o.kind.empty() || kind == o.kind);
    }
};

FigureName figure_name(const std::string& label, const std::string& period) {
    FigureName n;
    std::string l = normalize_label(label);
    // A result and the equity are named many ways ("Årets resultat" in the budget, "Periodens
    // resultat" in the equity table): one name each.
    if (classify_label(label) == LabelKind::Result) l = is_closing_equity_label(label) ? "#utgående eget kapital" : "#resultat";
    else if (classify_label(label) == LabelKind::EquityDraw &&
             (l.find("ingående") != std::string::npos || l.find("början") != std::string::npos || l.find("1 jan") != std::string::npos))
        l = "#ingående eget kapital";
    for (std::string_view tail : {" kommun", " stad"})
        if (l.size() > tail.size() && l.ends_with(tail)) l.erase(l.size() - tail.size());
    for (std::string_view vague : {"summa", "totalt", "total", "summa totalt", "delsumma", "varav", "övrigt", "övriga"})
        if (l == vague) return n;
    // The year: a run of four digits, once a space between digits is dropped ("2 027" is 2027 in
    // thousands groups).
    const std::string p = normalize_label(period);
    const auto digit = [&](std::size_t i) { return i < p.size() && p[i] >= '0' && p[i] <= '9'; };
    std::string joined;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (!(p[i] == ' ' && i > 0 && digit(i - 1) && digit(i + 1))) joined += p[i];
    std::string digits, run;
    for (std::size_t i = 0; i <= joined.size() && digits.empty(); ++i) {
        if (i < joined.size() && joined[i] >= '0' && joined[i] <= '9') {
            run += joined[i];
        } else {
            if (run.size() == 4) digits = run;
            run.clear();
        }
    }
    if (digits.size() != 4 || (digits[0] != '1' && digits[0] != '2')) return n;
    for (std::string_view kind : {"budget", "plan", "prognos", "utfall", "bokslut"})
        if (p.starts_with(kind)) n.kind = kind;
    n.label = l.size() >= 3 ? l : std::string();
    n.year = digits;
    return n;
}

// The cells and relations, by number.
struct Index {
    std::vector<CellKey> keys;
    std::map<CellKey, std::size_t> id;
    std::vector<std::int64_t> value;
    std::vector<std::vector<std::size_t>> relations_of;            // per cell
    std::vector<std::vector<std::pair<std::size_t, std::int64_t>>> terms;  // per relation
    std::vector<WideInt> residual;                                  // Σ coef × value, per relation
    std::vector<bool> is_target;                                    // per cell: some check is about it
    // Per cell, what its relations say of it, found once (each would otherwise be a pass over the
    // cell's relations, for every term of every relation looked at: quadratic in a long table):
    std::vector<bool> has_share;   // the target of a share check (by law, by key or by population)
    std::vector<bool> own_share;   // the target of a Share or Population check
    std::vector<bool> in_members;  // a figure of a Members relation
    std::vector<std::vector<std::size_t>> members_about;  // the Members relations whose target it is
    // Per cell: the evidence it takes part in (Relation::evidence), which is in no relations_of.
    std::vector<std::vector<std::size_t>> evidence_of;
    // Per cell: the figure the document's other tables print for it, when they print one alike.
    std::vector<std::optional<std::int64_t>> elsewhere;

    explicit Index(const RelationLog& log) {
        for (const auto& [key, f] : log.cells) {
            id.emplace(key, keys.size());
            keys.push_back(key);
            value.push_back(f.stated.ore());
        }
        relations_of.resize(keys.size());
        evidence_of.resize(keys.size());
        elsewhere.resize(keys.size());
        if (!log.elsewhere.empty()) {
            std::multimap<std::string, std::pair<FigureName, std::int64_t>> printed;
            for (const PrintedFigure& f : log.elsewhere)
                if (FigureName n = figure_name(f.label, f.period); !n.label.empty()) printed.emplace(n.label, std::pair(n, f.amount.ore()));
            for (const auto& [key, f] : log.cells) {
                const FigureName n = figure_name(f.label, f.period);
                if (n.label.empty()) continue;
                std::set<std::int64_t> seen;
                for (auto [it, end] = printed.equal_range(n.label); it != end; ++it)
                    if (n.matches(it->second.first)) seen.insert(it->second.second);
                if (seen.size() == 1) elsewhere[id.at(key)] = *seen.begin();
            }
        }
        is_target.assign(keys.size(), false);
        has_share.assign(keys.size(), false);
        own_share.assign(keys.size(), false);
        in_members.assign(keys.size(), false);
        members_about.resize(keys.size());
        for (const Relation& r : log.relations)
            if (!r.evidence) is_target[id.at(r.target)] = true;
        for (std::size_t r = 0; r < log.relations.size(); ++r) {
            terms.emplace_back();
            WideInt sum = 0;
            const AuditCheck check = log.relations[r].check;
            const auto found = id.find(log.relations[r].target);  // (evidence may be about no cell)
            const std::size_t target = found == id.end() ? keys.size() : found->second;
            for (const Term& t : log.relations[r].terms) {
                const std::size_t c = id.at(t.cell);
                terms.back().emplace_back(c, t.coef);
                if (log.relations[r].evidence) {
                    evidence_of[c].push_back(r);  // in no relations_of, and says nothing of the cell's checks
                } else {
                    relations_of[c].push_back(r);
                    if (check == AuditCheck::Members) in_members[c] = true;
                    if (c == target && is_share(check)) has_share[c] = true;
                    if (c == target && check == AuditCheck::Members) members_about[c].push_back(r);
                    if (c == target && (check == AuditCheck::Share || check == AuditCheck::Population)) own_share[c] = true;
                }
                sum += static_cast<WideInt>(t.coef) * value[c];
            }
            residual.push_back(sum);
        }
    }
};

struct Explanation {
    std::vector<std::size_t> cells;     // sorted
    std::vector<std::int64_t> correct;  // per cell
    std::vector<std::size_t> pinned_by; // per cell: the relation that gave its value
    bool values_known = true;
    std::vector<Slip> slips;
    int least = 0, total = 0;           // slip weights: the weakest correction's, and their sum
    std::optional<Slip> cause;          // one slip behind every correction (one_cause), when known

    // A cell's value once the corrections are made.
    std::int64_t value_of(const Index& ix, std::size_t c) const {
        const auto it = std::find(cells.begin(), cells.end(), c);
        return it == cells.end() ? ix.value[c] : correct[static_cast<std::size_t>(it - cells.begin())];
    }
};

// A figure in [lo, hi] as people print them: the roundest, nearest the middle.
std::int64_t roundest(WideInt lo, WideInt hi) {
    if (lo == hi) return static_cast<std::int64_t>(lo);
    const WideInt mid = lo + (hi - lo) / 2;
    for (WideInt step : {100000, 10000, 1000, 100, 10, 1}) {
        const WideInt a = ceil_div(lo, step) * step, b = floor_div(hi, step) * step;
        if (a > b) continue;
        WideInt m = floor_div(mid, step) * step;
        if (m < a) m = a;
        if (m + step <= b && (m + step - mid) < (mid - m)) m += step;
        return static_cast<std::int64_t>(m);
    }
    return static_cast<std::int64_t>(mid);
}

// Values for the figures `cells` that make every relation they take part in hold: each found from
// a relation in which it is the only one still open; nothing when none exist, or when a value
// would be the printed one (a smaller set then explains it).
std::optional<Explanation> solve(const Index& ix, const RelationLog& log, const std::vector<std::size_t>& cells,
                                 std::size_t& work) {
    const std::size_t k = cells.size();
    std::set<std::size_t> touched;
    for (std::size_t c : cells) touched.insert(ix.relations_of[c].begin(), ix.relations_of[c].end());
    std::vector<std::optional<std::int64_t>> v(k);
    std::vector<std::size_t> pinned(k, kNone);
    const auto place = [&](std::size_t cell) -> std::size_t {
        const auto it = std::find(cells.begin(), cells.end(), cell);
        return it == cells.end() ? kNone : static_cast<std::size_t>(it - cells.begin());
    };
    for (bool progress = true; progress;) {
        progress = false;
        for (std::size_t u = 0; u < k; ++u) {
            if (v[u]) continue;
            WideInt lo = -static_cast<WideInt>(Money::kMaxOre), hi = Money::kMaxOre;
            std::size_t by = kNone;
            for (std::size_t r : touched) {
                work += ix.terms[r].size();
                WideInt rest = ix.residual[r], coef = 0;
                bool open = false;
                for (const auto& [c, w] : ix.terms[r]) {
                    const std::size_t q = place(c);
                    if (q == kNone) continue;
                    if (q == u) {
                        coef = w;
                        rest -= static_cast<WideInt>(w) * ix.value[c];
                    } else if (v[q]) {
                        rest += static_cast<WideInt>(w) * (*v[q] - ix.value[c]);
                    } else {
                        open = true;
                    }
                }
                if (coef == 0 || open) continue;
                // |rest + coef × x| ≤ tolerance
                const WideInt tol = log.relations[r].tolerance, a = -tol - rest, b = tol - rest;
                const WideInt from = coef > 0 ? ceil_div(a, coef) : ceil_div(b, coef);
                const WideInt to = coef > 0 ? floor_div(b, coef) : floor_div(a, coef);
                lo = std::max(lo, from);
                hi = std::min(hi, to);
                // The value is told by the figure's own broken check before another's.
                const auto rank = [&](std::size_t x) {
                    return (log.relations[x].finding ? 2 : 0) + (log.relations[x].target == ix.keys[cells[u]] ? 1 : 0);
                };
                if (by == kNone || rank(r) > rank(by)) by = r;
            }
            if (by == kNone) continue;
            if (lo > hi) return std::nullopt;
            v[u] = roundest(lo, hi);
            pinned[u] = by;
            progress = true;
        }
    }
    Explanation e;
    e.cells = cells;
    e.pinned_by = pinned;
    for (std::size_t u = 0; u < k; ++u) {
        if (!v[u]) {
            e.values_known = false;  // more figures than relations to find them by
            continue;
        }
        if (*v[u] == ix.value[cells[u]]) return std::nullopt;
    }
    if (!e.values_known) return e;
    for (std::size_t r : touched) {
        WideInt sum = ix.residual[r];
        for (const auto& [c, w] : ix.terms[r])
            if (const std::size_t q = place(c); q != kNone) sum += static_cast<WideInt>(w) * (*v[q] - ix.value[c]);
        if (sum > log.relations[r].tolerance || sum < -log.relations[r].tolerance) return std::nullopt;
    }
    for (std::size_t u = 0; u < k; ++u) e.correct.push_back(*v[u]);
    return e;
}

// The largest power of ten (up to 10^12 öre) dividing a figure: how round it was printed.
std::int64_t roundness(std::int64_t ore) {
    std::int64_t r = 1;
    while (r < 1'000'000'000'000 && ore % (r * 10) == 0) r *= 10;
    return r;
}

// People print their inputs as round as they think them: a line printed to the thousand is not
// corrected to the krona (a sum or a result, which is whatever its figures give, may be).
bool plausible(const Index& ix, const Explanation& e) {
    if (!e.values_known) return true;
    for (std::size_t u = 0; u < e.cells.size(); ++u)
        if (!ix.is_target[e.cells[u]] && roundness(ix.value[e.cells[u]]) >= 100 * roundness(e.correct[u]) &&
            digit_slip(Money::from_ore(ix.value[e.cells[u]]), Money::from_ore(e.correct[u])) != SlipKind::Thousandfold)
            return false;
    return true;
}

// The slip that best explains one correction of an explanation.
Slip slip_of(const Index& ix, const RelationLog& log, const Explanation& e, std::size_t u) {
    const std::size_t cell = e.cells[u];
    const Money printed = Money::from_ore(ix.value[cell]), correct = Money::from_ore(e.correct[u]);
    const auto now = [&](std::size_t c) { return e.value_of(ix, c); };
    std::vector<Slip> found;
    const auto slip = [](SlipKind kind, CellKey at, std::string what) {
        Slip s;
        s.kind = kind;
        s.row = at.first;
        s.col = at.second;
        s.what = std::move(what);
        return s;
    };
    if (const SlipKind k = digit_slip(printed, correct); k != SlipKind::None) found.push_back(slip(k, {}, {}));
    const CellKey key = ix.keys[cell];
    for (std::size_t r : ix.relations_of[cell]) {
        const Relation& rel = log.relations[r];
        if (rel.target != key) continue;
        // A closing equity is its opening and the result added up: a figure of it counted twice or
        // left out is the same slip as a sum's line.
        if (rel.check == AuditCheck::SumOfLines || rel.check == AuditCheck::TotalOfSubtotals ||
            rel.check == AuditCheck::EquityTable) {
            for (const auto& [c, w] : ix.terms[r]) {
                if (c == cell || w != -1 || now(c) == 0) continue;
                const CellKey line = ix.keys[c];
                if (printed.ore() - correct.ore() == now(c))
                    found.push_back(slip(SlipKind::CountedTwice, line, log.cells.at(line).label));
                else if (correct.ore() - printed.ore() == now(c))
                    found.push_back(slip(SlipKind::LeftOut, line, log.cells.at(line).label));
            }
        }
        if (is_share(rel.check) && ix.terms[r].size() == 2) {
            // part × a − base × b within the tolerance: was the part computed on a mistyped base?
            const auto& [c0, w0] = ix.terms[r][0];
            const auto& [c1, w1] = ix.terms[r][1];
            const std::size_t base_cell = c0 == cell ? c1 : c0;
            const std::int64_t part_w = c0 == cell ? w0 : w1, base_w = c0 == cell ? w1 : w0;
            for (const auto& [base, kind] : digit_slips_of(Money::from_ore(now(base_cell)))) {
                const WideInt sum = static_cast<WideInt>(part_w) * printed.ore() + static_cast<WideInt>(base_w) * base.ore();
                if (sum <= rel.tolerance && sum >= -rel.tolerance) {
                    Slip s;
                    s.kind = SlipKind::MistypedBase;
                    s.base = base;
                    s.correct_base = Money::from_ore(now(base_cell));
                    s.base_slip = kind;
                    found.push_back(s);
                    break;
                }
            }
        }
    }
    // The same row's figure in the next or previous period column.
    for (const std::size_t col : {key.second + 1, key.second - 1}) {
        const auto it = ix.id.find({key.first, col});
        if (it == ix.id.end() || col == key.second) continue;
        if (ix.value[it->second] == printed.ore() && now(it->second) != printed.ore()) continue;  // copied a wrong one
        if (ix.value[it->second] == printed.ore())
            found.push_back(slip(SlipKind::CopiedFromNeighbour, {key.first, col}, log.cells.at({key.first, col}).period));
    }
    // The strongest; among equals, a slip the relations show before one of the digits alone.
    Slip best;
    for (const Slip& s : found)
        if (slip_weight(s.kind) > slip_weight(best.kind) ||
            (slip_weight(s.kind) == slip_weight(best.kind) && s.kind == SlipKind::MistypedBase))
            best = s;
    return best;
}

// What the same row says in the periods beside: budgets repeat their inputs from year to year, so
// an input printed as its neighbour prints it is likely right, and one corrected to its neighbour's
// figure likely was wrong. (A sum is whatever its lines give; it is not judged so.)
int neighbours_say(const Index& ix, const Explanation& e, std::size_t u) {
    const std::size_t cell = e.cells[u];
    if (ix.is_target[cell]) return 0;
    const CellKey key = ix.keys[cell];
    int say = 0;
    for (const std::size_t col : {key.second + 1, key.second - 1}) {
        const auto it = ix.id.find({key.first, col});
        if (col == key.second || it == ix.id.end()) continue;
        if (ix.value[it->second] == ix.value[cell]) say -= 3;
        else if (ix.value[it->second] == e.correct[u]) say += 1;
    }
    return say;
}

// What the evidence says of correction u: a change column's row it mends (that disagreed) or
// breaks (that agreed); the figure another table of the document prints for it.
int evidence_says(const Index& ix, const RelationLog& log, const Explanation& e, std::size_t u) {
    int say = 0;
    for (std::size_t r : ix.evidence_of[e.cells[u]]) {
        WideInt after = ix.residual[r];
        for (const auto& [c, w] : ix.terms[r]) after += static_cast<WideInt>(w) * (e.value_of(ix, c) - ix.value[c]);
        const WideInt tol = log.relations[r].tolerance;
        const bool held = ix.residual[r] <= tol && ix.residual[r] >= -tol, holds = after <= tol && after >= -tol;
        if (!held && holds) say += 2;
        if (held && !holds) say -= 3;
    }
    // Another table of the document prints the figure: corrected to what it prints, or printed as it
    // prints it (and so likely right).
    if (const auto& seen = ix.elsewhere[e.cells[u]]) {
        if (e.correct[u] == *seen) say += 2;
        else if (ix.value[e.cells[u]] == *seen) say -= 3;
    }
    return say;
}

// Every set of `size` figures that meets each broken relation of the group, built by taking one
// figure of a relation not yet met; and, once all are met, figures of the relations the set takes
// part in (a correction may need a second one to keep a relation that holds); false when there
// were too many to try.
bool meeting_sets(const Index& ix, const std::vector<std::size_t>& broken, std::size_t size,
                  std::set<std::vector<std::size_t>>& out) {
    std::vector<std::size_t> chosen;
    std::map<std::size_t, std::size_t> met;  // per broken relation: how many chosen figures are in it
    for (std::size_t r : broken) met[r] = 0;
    // No `size` figures can meet more broken relations than the `size` figures in most of them: a
    // group beyond that has no explanation of this size, said at once (a search over each of tens of
    // thousands of breaks per step would not end in time).
    std::map<std::size_t, std::size_t> breaks_of;  // per figure: the broken relations it is in
    for (std::size_t r : broken)
        for (const auto& [c, w] : ix.terms[r]) ++breaks_of[c];
    std::vector<std::size_t> most;
    for (const auto& [c, n] : breaks_of) most.push_back(n);
    std::sort(most.begin(), most.end(), std::greater<>());
    std::size_t reach = 0;
    for (std::size_t k = 0; k < size && k < most.size(); ++k) reach += most[k];
    if (reach < broken.size()) return true;
    std::size_t attempts = 0;
    bool complete = true;
    const auto in_chosen = [&](std::size_t c) { return std::find(chosen.begin(), chosen.end(), c) != chosen.end(); };
    // The relations not yet met, fewest figures first (then the first): the next to meet is the
    // first of them, found without a pass over every break at every step.
    std::set<std::pair<std::size_t, std::size_t>> unmet;
    for (std::size_t r : broken) unmet.emplace(ix.terms[r].size(), r);
    const auto choose = [&](std::size_t c, int step) {
        for (std::size_t r : ix.relations_of[c])
            if (const auto it = met.find(r); it != met.end()) {
                const std::size_t before = it->second;
                it->second += static_cast<std::size_t>(step);
                if (before == 0) unmet.erase({ix.terms[r].size(), r});
                if (it->second == 0) unmet.emplace(ix.terms[r].size(), r);
            }
    };
    const auto go = [&](auto&& self) -> void {
        if (!complete) return;
        if (++attempts > kMaxNodes) {
            complete = false;
            return;
        }
        // The relation not yet met with the fewest figures.
        const std::size_t best = unmet.empty() ? kNone : unmet.begin()->second;
        if (best == kNone && chosen.size() == size) {
            std::vector<std::size_t> s = chosen;
            std::sort(s.begin(), s.end());
            out.insert(std::move(s));
            if (out.size() > kMaxAttempts) complete = false;
            return;
        }
        if (chosen.size() == size) return;
        const auto with = [&](std::size_t c) {
            chosen.push_back(c);
            choose(c, 1);
            self(self);
            choose(c, -1);
            chosen.pop_back();
        };
        if (best != kNone) {
            for (const auto& [c, w] : ix.terms[best]) with(c);
            return;
        }
        // All met: a figure beside them in one of their relations.
        std::set<std::size_t> beside;
        for (std::size_t c : chosen)
            for (std::size_t r : ix.relations_of[c])
                for (const auto& [d, w] : ix.terms[r])
                    if (!in_chosen(d)) beside.insert(d);
        for (std::size_t d : beside) with(d);
    };
    go(go);
    return complete;
}

struct Group {
    std::vector<std::size_t> broken;  // relations, in the order of their findings
};

// Broken relations that share a figure are explained together.
std::vector<Group> groups_of(const Index& ix, const RelationLog& log) {
    std::vector<std::size_t> broken;
    for (std::size_t r = 0; r < log.relations.size(); ++r)
        if (log.relations[r].finding) broken.push_back(r);
    std::sort(broken.begin(), broken.end(),
              [&](std::size_t a, std::size_t b) { return *log.relations[a].finding < *log.relations[b].finding; });
    std::vector<std::size_t> parent(broken.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&](std::size_t a) {
        while (parent[a] != a) a = parent[a] = parent[parent[a]];
        return a;
    };
    std::map<std::size_t, std::size_t> first_with_cell;
    for (std::size_t i = 0; i < broken.size(); ++i)
        for (const auto& [c, w] : ix.terms[broken[i]]) {
            const auto [it, fresh] = first_with_cell.emplace(c, i);
            if (!fresh) parent[root(i)] = root(it->second);
        }
    std::vector<Group> groups;
    std::map<std::size_t, std::size_t> group_of_root;
    for (std::size_t i = 0; i < broken.size(); ++i) {
        const auto [it, fresh] = group_of_root.emplace(root(i), groups.size());
        if (fresh) groups.emplace_back();
        groups[it->second].broken.push_back(broken[i]);
    }
    return groups;
}

// The base a part was judged against once the corrections are made (Share, Members).
Money corrected_base(const Index& ix, const Explanation& e, std::size_t r, std::size_t cell) {
    const auto now = [&](std::size_t c) { return e.value_of(ix, c); };
    std::int64_t base = 0;
    if (ix.terms[r].size() == 2) {
        for (const auto& [c, w] : ix.terms[r])
            if (c != cell) base = now(c);
    } else {
        for (const auto& [c, w] : ix.terms[r]) base += now(c);  // the parts' own sum, this part among them
    }
    return Money::from_ore(base);
}

// The finding for correction u of an explanation: the figure, its correct value and slip, and the
// relation that gives the value, said as that relation's own figure's (a share of its base, the
// previous period's closing) or as another figure's ("för att Summa … ska stämma").
AuditFinding correction_finding(const Index& ix, const RelationLog& log, const Explanation& e, std::size_t u) {
    const CellKey key = ix.keys[e.cells[u]];
    AuditFinding f = log.cells.at(key);
    const Relation& rel = log.relations[e.pinned_by[u]];
    f.check = rel.check;
    f.computed = Money::from_ore(e.correct[u]);
    f.slip = e.slips[u];
    if (rel.target == key) {
        f.quarters = rel.quarters;
        f.share_text = rel.share_text;
        f.population = rel.population;
        f.population_total = rel.population_total;
        if (is_share(rel.check))
            f.base = corrected_base(ix, e, e.pinned_by[u], e.cells[u]);
        if (rel.check == AuditCheck::Chain)
            for (const Term& t : rel.terms)
                if (t.cell != key) {
                    f.prior_period = log.cells.at(t.cell).period;
                    f.prior_col = t.cell.second;
                }
    } else {
        const AuditFinding& via = log.cells.at(rel.target);
        f.via_label = via.label;
        f.via_naming = via.naming;
    }
    return f;
}

// Every smallest set of at most kMaxFigures figures whose correction makes every relation hold;
// empty, with `searched` false, when there were too many to try them all (then none is chosen).
std::vector<Explanation> search_explanations(const Index& ix, const RelationLog& log, const Group& g, bool& searched) {
    std::vector<Explanation> found;
    searched = true;
    std::size_t work = 0;
    for (std::size_t size = 1; size <= kMaxFigures && found.empty() && searched; ++size) {
        std::set<std::vector<std::size_t>> sets;
        searched = meeting_sets(ix, g.broken, size, sets);
        if (!searched) break;  // too many to tell: undecided
        for (const auto& s : sets) {
            if (work > kMaxWork) {
                searched = false;
                break;
            }
            if (auto e = solve(ix, log, s, work); e && plausible(ix, *e)) found.push_back(std::move(*e));
        }
    }
    if (!searched) found.clear();  // a part of the explanations is none to choose from
    return found;
}

// Each correction's slip and its weight; the explanations ordered by their weakest correction, then
// by all of them, strongest first.
void weigh_by_slips(const Index& ix, const RelationLog& log, std::vector<Explanation>& found) {
    for (Explanation& e : found) {
        if (!e.values_known) continue;
        e.least = std::numeric_limits<int>::max();
        for (std::size_t u = 0; u < e.cells.size(); ++u) {
            e.slips.push_back(e.cause ? *e.cause : slip_of(ix, log, e, u));
            const int w = slip_weight(e.slips.back().kind) + neighbours_say(ix, e, u) + evidence_says(ix, log, e, u);
            e.least = std::min(e.least, w);
            e.total += w;
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Explanation& a, const Explanation& b) {
        return std::pair(a.least, a.total) > std::pair(b.least, b.total);
    });
}

// A line left out of the table (or dropped when it was copied) breaks its sums and results by its
// amount, all alike: that amount, when the broken relations say so.
std::optional<Money> missing_line_of(const Index& ix, const RelationLog& log, const Group& g, bool repeated) {
    bool sums = false, alike = true;
    WideInt amount = 0;
    for (std::size_t r : g.broken) {
        const AuditCheck k = log.relations[r].check;
        const bool sum = k == AuditCheck::SumOfLines || k == AuditCheck::TotalOfSubtotals;
        const bool result = k == AuditCheck::Result || k == AuditCheck::ClosingEquity || k == AuditCheck::EquityTable;
        const WideInt res = ix.residual[r];
        if ((!sum && !result) || (sum && res <= 0)) alike = false;
        sums = sums || sum;
        const WideInt size = res < 0 ? -res : res;
        if (amount == 0) amount = size;
        alike = alike && size == amount;
    }
    if (sums && alike && amount > 0 && amount <= Money::kMaxOre) return Money::from_ore(static_cast<std::int64_t>(amount));
    if (repeated)
        for (std::size_t r : g.broken) {
            const AuditCheck k = log.relations[r].check;
            const WideInt res = ix.residual[r];
            if ((k == AuditCheck::SumOfLines || k == AuditCheck::TotalOfSubtotals) && res > 0 && res <= Money::kMaxOre)
                return Money::from_ore(static_cast<std::int64_t>(res));
        }
    return std::nullopt;
}

// A row left out of the table would be missing from every relation over its neighbours, not only
// from the broken sum: a relation that holds and reads all the lines of a broken sum alike (a result
// over the lines, not over their subtotal) would break by the row's amount as well. Such a relation
// says no row is missing there.
bool missing_line_refuted(const Index& ix, const RelationLog& log, const Group& g) {
    for (std::size_t r : g.broken) {
        const Relation& rel = log.relations[r];
        if (rel.check != AuditCheck::SumOfLines && rel.check != AuditCheck::TotalOfSubtotals) continue;
        const std::size_t total = ix.id.at(rel.target);
        std::vector<std::size_t> lines;
        for (const auto& [c, w] : ix.terms[r])
            if (c != total && w == -1) lines.push_back(c);
        if (lines.empty()) continue;
        std::set<std::size_t> others;
        for (std::size_t c : lines) others.insert(ix.relations_of[c].begin(), ix.relations_of[c].end());
        for (std::size_t q : others) {
            if (q == r || log.relations[q].finding) continue;
            std::map<std::size_t, std::int64_t> coef;
            for (const auto& [c, w] : ix.terms[q]) coef[c] = w;
            // The equity drawn to cover a deficit is a line of the income the result leaves out, as
            // large as the result: a relation a row that large could be missing from unseen.
            const WideInt amount = ix.residual[r] < 0 ? -ix.residual[r] : ix.residual[r];
            const std::int64_t own = ix.value[ix.id.at(log.relations[q].target)];
            if (coef.count(total) || static_cast<WideInt>(own < 0 ? -own : own) == amount) continue;
            const auto first = coef.find(lines.front());
            if (first == coef.end() || first->second == 0) continue;
            const std::int64_t w = first->second;
            if (std::all_of(lines.begin(), lines.end(), [&](std::size_t c) {
                    const auto it = coef.find(c);
                    return it != coef.end() && it->second == w;
                }))
                return true;
        }
    }
    return false;
}

// The figures of the explanations as a finding's candidates, apart from those in `seen` (already
// named), each once; with its correct value when correcting it alone explains all.
void add_candidates(const Index& ix, const RelationLog& log, const std::vector<Explanation>& found,
                    std::set<std::size_t> seen, AuditFinding& f) {
    for (const Explanation& e : found)
        for (std::size_t u = 0; u < e.cells.size(); ++u) {
            const std::size_t c = e.cells[u];
            if (!seen.insert(c).second) continue;
            if (f.candidates.size() == kMaxListed) {
                ++f.more_candidates;
                continue;
            }
            const AuditFinding& d = log.cells.at(ix.keys[c]);
            std::optional<Money> correct;
            if (e.values_known && e.cells.size() == 1) correct = Money::from_ore(e.correct[u]);
            f.candidates.push_back({ix.keys[c].first, ix.keys[c].second, d.label, d.period, correct});
        }
}

// No one explanation, but figures that every explanation corrects the same way: those are wrong for
// certain (each with its place in found[0]); which of the others is, the table cannot tell.
std::vector<std::pair<std::size_t, std::size_t>> corrected_alike(const Index& ix, const std::vector<Explanation>& found) {
    std::vector<std::pair<std::size_t, std::size_t>> common;
    if (found.size() < 2 || !std::all_of(found.begin(), found.end(), [](const Explanation& e) { return e.values_known; }))
        return common;
    for (std::size_t u = 0; u < found[0].cells.size(); ++u) {
        const std::size_t c = found[0].cells[u];
        const bool everywhere = std::all_of(found.begin(), found.end(), [&](const Explanation& e) {
            return std::find(e.cells.begin(), e.cells.end(), c) != e.cells.end() && e.value_of(ix, c) == found[0].correct[u];
        });
        if (everywhere) common.emplace_back(c, u);
    }
    return common;
}

// A broken relation whose wrong figure the table cannot tell: said as the relation's own figure,
// with the candidates; a sum over by one of its lines names that line as perhaps counted twice.
AuditFinding undecided_finding(const Index& ix, const RelationLog& log, const std::vector<AuditFinding>& detected,
                               std::size_t r) {
    AuditFinding f = detected.at(*log.relations[r].finding);
    f.certainty = AuditFinding::Certainty::Undecided;
    const Relation& rel = log.relations[r];
    if (rel.check == AuditCheck::SumOfLines || rel.check == AuditCheck::TotalOfSubtotals)
        for (const auto& [c, w] : ix.terms[r])
            if (w == -1 && ix.value[c] != 0 && ix.residual[r] == ix.value[c]) {
                f.slip.kind = SlipKind::CountedTwice;
                f.slip.row = ix.keys[c].first;
                f.slip.col = ix.keys[c].second;
                f.slip.what = log.cells.at(ix.keys[c]).label;
                break;
            }
    return f;
}

// One slip behind many figures, whatever their number: an explanation whose corrections all follow
// from one cause, found when no set of up to kMaxFigures figures explains the breaks.
namespace one_cause {

// Every relation that the corrected cells take part in, and every broken one of the group, holds
// with the corrections made.
bool holds_with(const Index& ix, const RelationLog& log, const Group& g, const std::map<std::size_t, std::int64_t>& fix) {
    std::set<std::size_t> touched(g.broken.begin(), g.broken.end());
    for (const auto& [c, v] : fix) touched.insert(ix.relations_of[c].begin(), ix.relations_of[c].end());
    for (std::size_t r : touched) {
        WideInt sum = ix.residual[r];
        for (const auto& [c, w] : ix.terms[r])
            if (const auto it = fix.find(c); it != fix.end()) sum += static_cast<WideInt>(w) * (it->second - ix.value[c]);
        if (sum > log.relations[r].tolerance || sum < -log.relations[r].tolerance) return false;
    }
    return true;
}

// The explanation made of the corrections; each value pinned by the cell's first relation.
Explanation of(const Index& ix, const std::map<std::size_t, std::int64_t>& fix) {
    Explanation e;
    for (const auto& [c, v] : fix) {
        e.cells.push_back(c);
        e.correct.push_back(v);
        e.pinned_by.push_back(ix.relations_of[c].front());
    }
    return e;
}

// A share relation of two terms: part × part_w + base × base_w within the tolerance.
struct ShareTerms {
    std::size_t relation, part, base;
    std::int64_t part_w, base_w;
};

// The parts of the group's broken shares (Share, Members) computed on one base mistyped: a digit slip
// of the printed base on which every one of them holds; each corrected to its share of the printed
// base (the roundest value the relation allows, as people print parts).
std::optional<Explanation> mistyped_base(const Index& ix, const RelationLog& log, const Group& g) {
    std::vector<ShareTerms> shares;
    for (std::size_t r : g.broken) {
        const Relation& rel = log.relations[r];
        if (!is_share(rel.check) || ix.terms[r].size() != 2) continue;
        const std::size_t target = ix.id.at(rel.target);
        const auto& [c0, w0] = ix.terms[r][0];
        const auto& [c1, w1] = ix.terms[r][1];
        if (c0 != target && c1 != target) continue;
        shares.push_back(c0 == target ? ShareTerms{r, c0, c1, w0, w1} : ShareTerms{r, c1, c0, w1, w0});
    }
    if (shares.empty()) return std::nullopt;
    const std::size_t base_cell = shares.front().base;
    for (const ShareTerms& s : shares)
        if (s.base != base_cell || s.part_w <= 0) return std::nullopt;
    const auto holds = [&](const ShareTerms& s, std::int64_t part, std::int64_t base) {
        const WideInt sum = static_cast<WideInt>(s.part_w) * part + static_cast<WideInt>(s.base_w) * base;
        return sum <= log.relations[s.relation].tolerance && sum >= -log.relations[s.relation].tolerance;
    };
    const std::int64_t base = ix.value[base_cell];
    // The base mistyped itself, or (shares by population) the municipalities' quarter of it.
    struct Wrong {
        std::int64_t base;          // the base every part was computed on
        Money printed, meant;       // the figure mistyped, as the slip names it
        SlipKind kind;
    };
    std::vector<Wrong> wrongs;
    const bool by_population = std::all_of(shares.begin(), shares.end(), [&](const ShareTerms& s) {
        return log.relations[s.relation].check == AuditCheck::Population;
    });
    if (by_population && base % financing_rule::kQuarters == 0) {
        const Money quarter = Money::from_ore(base / financing_rule::kQuarters);
        for (const auto& [wrong, kind] : digit_slips_of(quarter))
            wrongs.push_back({wrong.ore() * financing_rule::kQuarters, wrong, quarter, kind});
    }
    // The quarter first: shares by population are taken of the municipalities' quarter as typed.
    for (const auto& [wrong, kind] : digit_slips_of(Money::from_ore(base))) wrongs.push_back({wrong.ore(), wrong, Money::from_ore(base), kind});
    for (const Wrong& w : wrongs) {
        const std::int64_t wrong_base = w.base;
        if (!std::all_of(shares.begin(), shares.end(), [&](const ShareTerms& s) { return holds(s, ix.value[s.part], wrong_base); }))
            continue;
        std::map<std::size_t, std::int64_t> fix;
        for (const ShareTerms& s : shares) {
            const WideInt tol = log.relations[s.relation].tolerance, rest = -static_cast<WideInt>(s.base_w) * base;
            fix[s.part] = roundest(ceil_div(rest - tol, s.part_w), floor_div(rest + tol, s.part_w));
        }
        if (!holds_with(ix, log, g, fix)) return std::nullopt;
        Explanation e = of(ix, fix);
        for (std::size_t u = 0; u < e.cells.size(); ++u)
            for (const ShareTerms& s : shares)
                if (s.part == e.cells[u]) e.pinned_by[u] = s.relation;
        Slip cause;
        cause.kind = SlipKind::MistypedBase;
        cause.base = w.printed;
        cause.correct_base = w.meant;
        cause.base_slip = w.kind;
        e.cause = cause;
        return e;
    }
    return std::nullopt;
}

// A whole column printed in kronor inside a table in thousands (or the other way), or with its sign
// flipped: every figure of one period column corrected alike.
std::optional<Explanation> whole_column(const Index& ix, const RelationLog& log, const Group& g) {
    std::set<std::size_t> columns;
    for (std::size_t r : g.broken)
        for (const auto& [c, w] : ix.terms[r]) columns.insert(ix.keys[c].second);
    std::vector<Explanation> found;
    for (std::size_t col : columns) {
        // A relation within the column breaks alike whatever its scale or sign (a rounding
        // tolerance aside): only breaks between this column and others can be the column's.
        const bool across = std::all_of(g.broken.begin(), g.broken.end(), [&](std::size_t r) {
            return std::any_of(ix.terms[r].begin(), ix.terms[r].end(), [&](const auto& t) { return ix.keys[t.first].second != col; });
        });
        if (!across) continue;
        for (int how = 0; how < 3; ++how) {  // ÷ 1 000, × 1 000, × −1
            std::map<std::size_t, std::int64_t> fix;
            bool can = true;
            for (std::size_t c = 0; c < ix.keys.size() && can; ++c) {
                if (ix.keys[c].second != col || ix.value[c] == 0) continue;
                const std::int64_t v = ix.value[c];
                if (how == 0) {
                    can = v % 1000 == 0;
                    fix[c] = v / 1000;
                } else if (how == 1) {
                    can = (v < 0 ? -v : v) <= Money::kMaxOre / 1000;
                    fix[c] = v * 1000;
                } else {
                    fix[c] = -v;
                }
            }
            if (can && fix.size() > 1 && holds_with(ix, log, g, fix)) found.push_back(of(ix, fix));
        }
    }
    // Two columns that each could be the odd one (the first in tkr, or the second in kr): the table
    // cannot tell which, and none is named.
    if (found.size() != 1) return std::nullopt;
    return found.front();
}

// A figure the table computes from others (a sum, a result, an equity figure): not one people copy.
bool is_total(const Index& ix, const RelationLog& log, std::size_t cell) {
    for (std::size_t r : ix.relations_of[cell]) {
        const Relation& rel = log.relations[r];
        if (rel.target == ix.keys[cell] && !is_share(rel.check)) return true;
    }
    return false;
}

// Several figures printed alike because one wrong figure was copied to them: the figures of the group's
// broken relations that print one value, each corrected by its own relations; all of them, or all but
// the one copied from when it was right. Named only when one such set makes every relation hold.
std::optional<Explanation> copied_cell(const Index& ix, const RelationLog& log, const Group& g) {
    constexpr std::size_t kMaxCopies = 16;
    std::map<std::int64_t, std::vector<std::size_t>> by_value;
    std::set<std::size_t> seen;
    for (std::size_t r : g.broken)
        for (const auto& [c, w] : ix.terms[r])
            if (ix.value[c] != 0 && seen.insert(c).second && !is_total(ix, log, c)) by_value[ix.value[c]].push_back(c);
    std::vector<Explanation> found;
    std::size_t work = 0;
    for (auto& [value, cells] : by_value) {
        if (cells.size() < 2 || cells.size() > kMaxCopies) continue;
        std::sort(cells.begin(), cells.end());
        std::vector<std::vector<std::size_t>> tries{cells};
        if (cells.size() > 2)
            for (std::size_t i = 0; i < cells.size(); ++i) {
                tries.push_back(cells);
                tries.back().erase(tries.back().begin() + static_cast<std::ptrdiff_t>(i));
            }
        for (const auto& t : tries) {
            auto e = solve(ix, log, t, work);
            if (!e || !e->values_known || !plausible(ix, *e)) continue;
            std::map<std::size_t, std::int64_t> fix;
            for (std::size_t u = 0; u < e->cells.size(); ++u) fix[e->cells[u]] = e->correct[u];
            if (!holds_with(ix, log, g, fix)) continue;
            // Each period short by the same amount: a line left out of the table says it as well.
            std::set<std::int64_t> by;
            std::set<std::size_t> columns;
            for (std::size_t u = 0; u < e->cells.size(); ++u) {
                by.insert(e->correct[u] - ix.value[e->cells[u]]);
                columns.insert(ix.keys[e->cells[u]].second);
            }
            if (by.size() == 1 && columns.size() > 1) continue;
            found.push_back(std::move(*e));
        }
    }
    if (found.size() != 1) return std::nullopt;
    Explanation e = std::move(found.front());
    Slip cause;
    cause.kind = SlipKind::CopiedFromCell;
    const CellKey first = ix.keys[e.cells.front()];
    cause.row = first.first;
    cause.col = first.second;
    cause.base = Money::from_ore(ix.value[e.cells.front()]);  // the figure copied
    e.cause = cause;
    return e;
}

// A figure that a share relation is about (its own share of a base).
// A part of the members' contributions (a figure of a Members relation) with no share of its own.
bool is_unshared_part(const Index& ix, std::size_t cell) {
    return !ix.has_share[cell] && ix.in_members[cell];
}

// A municipality's contribution: a part of the members' with no share by law of its own, with its
// own share of the base (printed, or by population), or named as one ("Vara kommun", as the
// members' check names them) where the members' base is their printed total.
bool is_municipal_part(const Index& ix, const RelationLog& log, std::size_t cell) {
    if (is_unshared_part(ix, cell) || ix.own_share[cell]) return true;
    const std::string l = normalize_label(log.cells.at(ix.keys[cell]).label);
    return l.find("kommun") != std::string::npos || l.find(" stad") != std::string::npos || l.starts_with("stad");
}

// Members' lines whose printed sum is their printed total with two digits transposed ("Kommunerna
// 2 355" over lines adding up to 2 535): likely each computed on that mistyped total, all of them
// wrong by a share of the slip. Their right values cannot be told from the printed ones to the krona
// (without their populations), so no single one of them is named as the explanation's `e`.
bool lines_on_mistyped_base(const Index& ix, const RelationLog& log, const Group& g, const Explanation& e) {
    for (std::size_t r : g.broken) {
        const Relation& rel = log.relations[r];
        if (rel.check != AuditCheck::SumOfLines) continue;
        const std::size_t total = ix.id.at(rel.target);
        std::int64_t lines = 0;
        std::size_t count = 0;
        bool corrects_a_line = false;
        // Every line a part of the members' contributions with no share of its own (a municipality's),
        // or of a total that is such a part ("Kommunerna (25 %)").
        const bool total_is_part = std::any_of(ix.relations_of[total].begin(), ix.relations_of[total].end(), [&](std::size_t q) {
            return is_share(log.relations[q].check) && log.relations[q].target == rel.target;
        });
        bool parts = true;
        for (const auto& [c, w] : ix.terms[r]) {
            if (c == total || w != -1 || ix.value[c] == 0) continue;
            parts = parts && (total_is_part ? !ix.has_share[c] : is_unshared_part(ix, c));
            lines += ix.value[c];
            ++count;
            corrects_a_line = corrects_a_line || std::find(e.cells.begin(), e.cells.end(), c) != e.cells.end();
        }
        if (count < 2 || !parts || !corrects_a_line || e.cause) continue;
        // Two digits of the total transposed: one digit changed in a line changes one digit of the
        // total as well, and is far likelier than every line wrong.
        for (const auto& [wrong, kind] : digit_slips_of(Money::from_ore(ix.value[total])))
            if (kind == SlipKind::Transposed && wrong.ore() == lines) return true;
    }
    // The same with no total of their own (the municipalities listed straight under Summa intäkter):
    // their sum is another figure of the broken relation with two digits transposed, the base they
    // were computed on mistyped (the region's 25 %, by law the municipalities' together).
    for (std::size_t r : g.broken) {
        std::int64_t lines = 0;
        std::size_t count = 0;
        bool corrects_a_line = false;
        std::vector<std::size_t> others;
        for (const auto& [c, w] : ix.terms[r]) {
            if (ix.value[c] == 0) continue;
            if (w == -1 && is_municipal_part(ix, log, c)) {
                lines += ix.value[c];
                ++count;
                corrects_a_line = corrects_a_line || std::find(e.cells.begin(), e.cells.end(), c) != e.cells.end();
            } else {
                others.push_back(c);
            }
        }
        if (count < 2 || !corrects_a_line) continue;
        for (std::size_t c : others)
            for (const auto& [wrong, kind] : digit_slips_of(Money::from_ore(std::llabs(ix.value[c]))))
                if (kind == SlipKind::Transposed && wrong.ore() == lines) return true;
    }
    return false;
}

std::optional<Explanation> find(const Index& ix, const RelationLog& log, const Group& g) {
    if (auto e = mistyped_base(ix, log, g)) return e;
    if (auto e = whole_column(ix, log, g)) return e;
    return copied_cell(ix, log, g);
}

}  // namespace one_cause

// The municipalities' lines of one period computed on their quarter mistyped (issue 21), told by the
// table's other periods: the same municipalities' lines there are shares of their own quarter by the
// same key, so each line's share of the whole lies in a known interval; the right values are the
// shares of the printed quarter (largest remainder, to the step the lines are printed to) when those
// intervals leave one answer, and nothing is said otherwise. Kept apart from one_cause::mistyped_base,
// which needs the shares' own relations (a share in the label, a population column).
namespace base_under_lines {

// A fraction num / den, den > 0.
struct Ratio {
    WideInt num, den;
};
bool less(const Ratio& a, const Ratio& b) { return a.num * b.den < b.num * a.den; }

// The lines of one column that are the municipalities' contributions of the group's broken relations,
// and the quarter they should add up to (each candidate: the region's or Försäkringskassan's part of
// the members' relation, or the printed total of the lines).
struct Lines {
    std::vector<std::size_t> cells;
    std::vector<std::int64_t> quarters;  // candidate right totals of the lines
};

std::optional<Lines> lines_of(const Index& ix, const RelationLog& log, const Group& g) {
    for (std::size_t r : g.broken) {
        const Relation& rel = log.relations[r];
        Lines l;
        // A part by law of its own: its value over its quarters is the municipalities' quarter.
        const auto quarter_from = [&](std::size_t c) {
            for (std::size_t q : ix.members_about[c]) {
                const Relation& own = log.relations[q];
                if (own.quarters <= 0) continue;
                const std::int64_t v = ix.value[c] * financing_rule::kMunicipalitiesQuarters;
                if (v > 0 && v % own.quarters == 0) l.quarters.push_back(v / own.quarters);
            }
        };
        if (rel.check == AuditCheck::Members && ix.terms[r].size() > 2) {
            for (const auto& [c, w] : ix.terms[r]) {
                if (one_cause::is_unshared_part(ix, c)) l.cells.push_back(c);
                else quarter_from(c);
            }
        } else if (rel.check == AuditCheck::SumOfLines) {
            // The municipalities' lines of a sum: under their own total ("Kommunerna (25 %)"), which is
            // their quarter; or among the other members' lines, whose parts by law give it.
            const std::size_t total = ix.id.at(rel.target);
            bool others = false;
            for (const auto& [c, w] : ix.terms[r]) {
                if (c == total || w != -1) continue;
                if (!ix.has_share[c] && one_cause::is_municipal_part(ix, log, c)) {
                    l.cells.push_back(c);
                } else {
                    others = true;
                    quarter_from(c);
                    // The region's line: by law the municipalities' quarter, checked or not (a state
                    // printed as a total over its two parts leaves the members' run unchecked).
                    const std::string label = normalize_label(log.cells.at(ix.keys[c]).label);
                    if (ix.value[c] > 0 && (label.find("region") != std::string::npos || label.find("landsting") != std::string::npos))
                        l.quarters.push_back(ix.value[c]);
                }
            }
            if (!others && one_cause::is_municipal_part(ix, log, total)) l.quarters.push_back(ix.value[total]);
        } else {
            continue;
        }
        if (l.cells.empty() || l.quarters.empty()) continue;
        const std::size_t col = ix.keys[l.cells.front()].second;
        if (!std::all_of(l.cells.begin(), l.cells.end(), [&](std::size_t c) { return ix.keys[c].second == col && ix.value[c] > 0; }))
            continue;
        std::sort(l.quarters.begin(), l.quarters.end());
        l.quarters.erase(std::unique(l.quarters.begin(), l.quarters.end()), l.quarters.end());
        return l;
    }
    return std::nullopt;
}

// Every relation of the cell holds as printed.
bool holds_as_printed(const Index& ix, const RelationLog& log, std::size_t cell) {
    return std::all_of(ix.relations_of[cell].begin(), ix.relations_of[cell].end(), [&](std::size_t r) {
        return ix.residual[r] <= log.relations[r].tolerance && ix.residual[r] >= -log.relations[r].tolerance;
    });
}

// The same rows in the other period columns, where every relation holds and the lines are printed
// together in one relation (a members' run or a sum), none of them a change column's differences.
std::vector<std::vector<std::int64_t>> references(const Index& ix, const RelationLog& log, const Lines& l) {
    std::vector<std::vector<std::int64_t>> out;
    const std::size_t col = ix.keys[l.cells.front()].second;
    std::set<std::size_t> columns;
    for (const CellKey& k : ix.keys) columns.insert(k.second);
    for (std::size_t other : columns) {
        if (other == col) continue;
        std::vector<std::size_t> cells;
        for (std::size_t c : l.cells) {
            const auto it = ix.id.find({ix.keys[c].first, other});
            if (it == ix.id.end() || ix.value[it->second] <= 0 || !holds_as_printed(ix, log, it->second)) break;
            cells.push_back(it->second);
        }
        if (cells.size() != l.cells.size() || is_change_column(log.cells.at(ix.keys[cells.front()]).period)) continue;
        const bool together = std::any_of(ix.relations_of[cells.front()].begin(), ix.relations_of[cells.front()].end(), [&](std::size_t r) {
            return std::all_of(cells.begin(), cells.end(), [&](std::size_t c) {
                return std::any_of(ix.terms[r].begin(), ix.terms[r].end(), [&](const auto& t) { return t.first == c; });
            });
        });
        if (!together) continue;
        std::vector<std::int64_t> v;
        for (std::size_t c : cells) v.push_back(ix.value[c]);
        out.push_back(std::move(v));
    }
    return out;
}

// The step the lines are printed to: the largest power of ten (öre) dividing every one of them.
std::int64_t step_of(const std::vector<std::vector<std::int64_t>>& columns, std::int64_t quarter) {
    std::int64_t step = 1;
    const auto divides = [&](std::int64_t s) {
        if (quarter % s != 0) return false;
        for (const auto& c : columns)
            for (std::int64_t v : c)
                if (v % s != 0) return false;
        return true;
    };
    while (step < 10'000'000 && divides(step * 10)) step *= 10;
    return step;
}

// Each line's share of the whole, from columns of lines each printed as shares of its own total
// (largest remainder or any rounding within one step): total × share within one step of the line.
// Empty when the columns disagree (their lines are no shares by one key).
std::optional<std::vector<std::pair<Ratio, Ratio>>> shares_from(const std::vector<std::vector<std::int64_t>>& columns,
                                                                std::int64_t step) {
    const std::size_t k = columns.front().size();
    std::vector<std::pair<Ratio, Ratio>> box(k);
    for (std::size_t i = 0; i < k; ++i) {
        bool first = true;
        for (const auto& c : columns) {
            WideInt units = 0;
            for (std::int64_t v : c) units += v / step;
            const WideInt a = c[i] / step;
            const Ratio lo{a - 1, units}, hi{a + 1, units};
            if (first || less(box[i].first, lo)) box[i].first = lo;
            if (first || less(hi, box[i].second)) box[i].second = hi;
            first = false;
        }
        if (!less(box[i].first, box[i].second)) return std::nullopt;
    }
    return box;
}

// The lines a quarter of `units` steps gives by largest remainder, when every share in the box gives
// the same: each line's whole steps and which lines take the remainder.
std::optional<std::vector<WideInt>> split_of(WideInt units, const std::vector<std::pair<Ratio, Ratio>>& box) {
    const std::size_t k = box.size();
    std::vector<WideInt> whole(k);
    std::vector<Ratio> from(k), to(k);  // the fraction left over, at least / below
    WideInt given = 0;
    for (std::size_t i = 0; i < k; ++i) {
        const Ratio& lo = box[i].first;
        const Ratio& hi = box[i].second;
        whole[i] = floor_div(units * lo.num, lo.den);
        if (units * hi.num > (whole[i] + 1) * hi.den) return std::nullopt;  // two whole numbers of steps possible
        from[i] = {units * lo.num - whole[i] * lo.den, lo.den};
        to[i] = {units * hi.num - whole[i] * hi.den, hi.den};
        given += whole[i];
    }
    const WideInt rest = units - given;
    if (rest < 0 || rest > static_cast<WideInt>(k)) return std::nullopt;
    std::vector<std::size_t> order(k);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return less(from[b], from[a]); });
    const auto taken = static_cast<std::size_t>(rest);
    // The lines taking the remainder must have the larger fractions whatever the shares in the box.
    for (std::size_t u = 0; u < taken; ++u)
        for (std::size_t v = taken; v < k; ++v)
            if (less(from[order[u]], to[order[v]])) return std::nullopt;
    for (std::size_t u = 0; u < taken; ++u) ++whole[order[u]];
    return whole;
}

// The right values of the lines on the quarter `quarter`: a column with that very total prints them
// (one key, one total, one rounding); else the shares the other columns (and the printed lines, as
// shares of their own total) allow, when they leave one answer.
// `exact`: told by a column of the very quarter.
std::optional<std::vector<std::int64_t>> right_values(const std::vector<std::vector<std::int64_t>>& refs,
                                                      const std::vector<std::int64_t>& printed, std::int64_t quarter,
                                                      bool& exact) {
    std::optional<std::vector<std::int64_t>> same;
    for (const auto& c : refs)
        if (std::accumulate(c.begin(), c.end(), std::int64_t{0}) == quarter) {
            if (same && *same != c) return std::nullopt;
            same = c;
        }
    std::vector<std::vector<std::int64_t>> all = refs;
    all.push_back(printed);
    const std::int64_t step = step_of(all, quarter);
    // The printed lines must be shares of their own total by the other columns' key: else they are
    // no lines on one mistyped base.
    const auto by_refs = shares_from(refs, step);
    if (!by_refs || !shares_from(all, step)) return std::nullopt;
    exact = same.has_value();
    if (same) return same;
    const auto box = shares_from(all, step);
    const auto units = split_of(quarter / step, *box);
    if (!units) return std::nullopt;
    std::vector<std::int64_t> out;
    for (WideInt u : *units) out.push_back(static_cast<std::int64_t>(u * step));
    return out;
}

// The shares of `units` steps by `weights` (a population key), by largest remainder; nothing when two
// remainders tie at the cut (the order between them is the plan's own).
std::optional<std::vector<WideInt>> split_by(WideInt units, const std::vector<std::int64_t>& weights) {
    const WideInt all = std::accumulate(weights.begin(), weights.end(), WideInt{0});
    if (all <= 0 || units < 0) return std::nullopt;
    std::vector<WideInt> out(weights.size()), rest(weights.size());
    WideInt given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        out[i] = units * weights[i] / all;
        rest[i] = units * weights[i] % all;
        given += out[i];
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rest[a] > rest[b]; });
    const auto taken = static_cast<std::size_t>(units - given);
    if (taken > order.size()) return std::nullopt;
    if (taken > 0 && taken < order.size() && rest[order[taken - 1]] == rest[order[taken]]) return std::nullopt;
    for (std::size_t u = 0; u < taken; ++u) ++out[order[u]];
    return out;
}

// The right values of the lines on `quarter` by the populations another table prints: the printed
// lines must be exactly their shares of their own total by that key (else they are no lines on one
// mistyped quarter, or the key is another).
std::optional<std::vector<std::int64_t>> right_by_population(const std::vector<std::int64_t>& weights,
                                                             const std::vector<std::int64_t>& printed, std::int64_t quarter) {
    const std::int64_t step = step_of({printed}, quarter);
    const std::int64_t typed = std::accumulate(printed.begin(), printed.end(), std::int64_t{0});
    const auto as_printed = split_by(typed / step, weights), right = split_by(quarter / step, weights);
    if (!as_printed || !right) return std::nullopt;
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < printed.size(); ++i) {
        if ((*as_printed)[i] * step != printed[i]) return std::nullopt;
        out.push_back(static_cast<std::int64_t>((*right)[i] * step));
    }
    return out;
}

// The explanation: the lines that differ from their right values, corrected, with one cause (the
// quarter mistyped by one digit slip). Tried only when every explanation the search found corrects
// nothing but these lines (each alone could be the one wrong, and the table's other periods tell), or
// when a period of the very quarter prints the lines otherwise (then they are wrong for certain, and
// a figure that the search would correct instead, as the total, is right).
std::optional<Explanation> find(const Index& ix, const RelationLog& log, const Group& g, const std::vector<Explanation>& found) {
    const auto l = lines_of(ix, log, g);
    if (!l) return std::nullopt;
    const std::set<std::size_t> mine(l->cells.begin(), l->cells.end());
    bool elsewhere = false;
    for (const Explanation& e : found)
        for (std::size_t c : e.cells) elsewhere = elsewhere || !mine.count(c);
    const auto refs = references(ix, log, *l);
    std::vector<std::int64_t> printed, people;
    for (std::size_t c : l->cells) {
        printed.push_back(ix.value[c]);
        if (const auto it = log.population_of_row.find(ix.keys[c].first); it != log.population_of_row.end())
            people.push_back(it->second);
    }
    const bool by_population = people.size() == printed.size() && printed.size() >= 2;
    if (refs.empty() && !by_population) return std::nullopt;
    const std::int64_t typed = std::accumulate(printed.begin(), printed.end(), std::int64_t{0});
    std::vector<Explanation> out;
    for (std::int64_t quarter : l->quarters) {
        if (quarter == typed) continue;
        SlipKind slip = SlipKind::None;
        for (const auto& [wrong, kind] : digit_slips_of(Money::from_ore(quarter)))
            if (wrong.ore() == typed) slip = kind;
        if (slip == SlipKind::None) continue;
        bool exact = by_population;
        const auto right = by_population ? right_by_population(people, printed, quarter)
                                         : right_values(refs, printed, quarter, exact);
        if (!right || (elsewhere && !exact)) continue;
        std::map<std::size_t, std::int64_t> fix;
        for (std::size_t i = 0; i < printed.size(); ++i)
            if ((*right)[i] != printed[i]) fix[l->cells[i]] = (*right)[i];
        if (fix.empty() || !one_cause::holds_with(ix, log, g, fix)) continue;
        // One line off alone by a slip of its own digits: that slip as likely as the quarter's.
        const bool own_slip = fix.size() == 1 && digit_slip(Money::from_ore(ix.value[fix.begin()->first]),
                                                            Money::from_ore(fix.begin()->second)) != SlipKind::None;
        Explanation e = one_cause::of(ix, fix);
        // Each value said as the broken sum's (or members' relation's) that the lines are in.
        for (std::size_t u = 0; u < e.cells.size(); ++u)
            for (std::size_t r : g.broken)
                if (std::any_of(ix.terms[r].begin(), ix.terms[r].end(), [&](const auto& t) { return t.first == e.cells[u]; })) {
                    e.pinned_by[u] = r;
                    if (log.relations[r].check == AuditCheck::SumOfLines) break;
                }
        if (!own_slip) {
            Slip cause;
            cause.kind = SlipKind::MistypedBase;
            cause.base = Money::from_ore(typed);
            cause.correct_base = Money::from_ore(quarter);
            cause.base_slip = slip;
            e.cause = cause;
        }
        out.push_back(std::move(e));
    }
    if (out.size() != 1) return std::nullopt;
    return std::move(out.front());
}

// The municipalities' lines of a broken relation adding up to another figure of it (the region's
// 25 %, by law their quarter) with two digits transposed, while `e` corrects none of them: the lines
// are wrong whatever else is, so `e` (a transposition elsewhere that happens to give the same
// difference) must not be singled out.
bool leaves_lines_off(const Index& ix, const RelationLog& log, const Group& g, const Explanation& e) {
    for (std::size_t r : g.broken) {
        std::int64_t lines = 0;
        std::size_t count = 0;
        bool corrected = false;
        std::vector<std::size_t> others;
        for (const auto& [c, w] : ix.terms[r]) {
            if (ix.value[c] == 0) continue;
            if (w == -1 && !ix.has_share[c] && one_cause::is_municipal_part(ix, log, c)) {
                lines += ix.value[c];
                ++count;
                corrected = corrected || std::find(e.cells.begin(), e.cells.end(), c) != e.cells.end();
            } else {
                others.push_back(c);
            }
        }
        if (count < 2 || corrected) continue;
        for (std::size_t c : others)
            for (const auto& [wrong, kind] : digit_slips_of(Money::from_ore(std::llabs(ix.value[c]))))
                if (kind == SlipKind::Transposed && wrong.ore() == lines) return true;
    }
    return false;
}

}  // namespace base_under_lines

// `repeated`: the same rows break the same way in another period too. One figure mistyped breaks one
// period; a row left out (or a sum over the wrong rows) breaks them all, so no figure is named then.
void explain(const Index& ix, const RelationLog& log, const std::vector<AuditFinding>& detected, const Group& g,
             bool repeated, std::vector<AuditFinding>& out) {
    bool searched = true;  // every set of up to kMaxFigures figures was tried
    std::vector<Explanation> found = search_explanations(ix, log, g, searched);
    // The municipalities' lines on a mistyped quarter, their right values told by the other periods.
    bool on_base = false;
    if (!repeated)
        if (auto e = base_under_lines::find(ix, log, g, found)) {
            found.assign(1, std::move(*e));
            searched = on_base = true;
        }
    // One slip behind several figures is more likely than as many slips: it replaces explanations
    // that each need two or more corrections (one figure alone is one slip too, and stays).
    const bool single = std::any_of(found.begin(), found.end(), [](const Explanation& e) { return e.cells.size() == 1; });
    if (!single && !repeated && !on_base)
        if (auto e = one_cause::find(ix, log, g)) {
            found.assign(1, std::move(*e));
            searched = true;
        }
    weigh_by_slips(ix, log, found);
    // A missing line competes with every correction, and only a strong slip wins against it, unless
    // a relation that holds says no row is missing.
    std::optional<Money> missing = missing_line_of(ix, log, g, repeated);
    if (missing && !repeated && missing_line_refuted(ix, log, g)) missing.reset();
    if (repeated) found.clear();
    constexpr int kStrong = 4;  // a slip that is rarely a coincidence (slip_weight)
    // (Lines told wrong by the other periods or the populations are wrong whatever line is missing.)
    const bool one = found.size() == 1 && found[0].values_known && (!missing || found[0].least >= kStrong || on_base);
    // Singled out: its weakest correction a slip, and clearly better than the next explanation's.
    const bool singled_out = found.size() > 1 && found[0].values_known && found[0].least >= (missing ? kStrong : 2) &&
                             found[0].least >= found[1].least + 2;
    // Several lines that could each alone be the wrong one, adding up to their total transposed: the
    // slips single none out then (each line computed on the mistyped total is likelier).
    if (one || (singled_out && !one_cause::lines_on_mistyped_base(ix, log, g, found[0]) &&
                !base_under_lines::leaves_lines_off(ix, log, g, found[0]))) {
        const Explanation& e = found[0];
        for (std::size_t u = 0; u < e.cells.size(); ++u) {
            AuditFinding f = correction_finding(ix, log, e, u);
            f.certainty = one && !missing ? AuditFinding::Certainty::Certain : AuditFinding::Certainty::Likely;
            f.missing_line = missing;
            for (std::size_t o = 0; o < e.cells.size(); ++o)
                if (o != u) f.together.push_back(log.cells.at(ix.keys[e.cells[o]]).label);
            if (!one) add_candidates(ix, log, found, {e.cells.begin(), e.cells.end()}, f);
            out.push_back(std::move(f));
        }
        return;
    }
    if (const auto common = corrected_alike(ix, found); !common.empty()) {
        std::set<std::size_t> named;
        for (const auto& [cell, place] : common) named.insert(cell);
        for (const auto& [cell, u] : common) {
            AuditFinding f = correction_finding(ix, log, found[0], u);
            f.certainty = AuditFinding::Certainty::Certain;
            add_candidates(ix, log, found, named, f);
            f.partly = true;
            out.push_back(std::move(f));
        }
        return;
    }
    for (std::size_t r : g.broken) {
        AuditFinding f = undecided_finding(ix, log, detected, r);
        f.missing_line = missing;
        f.too_many = !searched;
        add_candidates(ix, log, found, {}, f);
        out.push_back(std::move(f));
    }
}

// The findings of one group of broken relations, as explained.
struct Told {
    Group group;
    std::vector<AuditFinding> findings;
};

bool named(const AuditFinding& f) { return f.diagnosed && f.certainty != AuditFinding::Certainty::Undecided; }

// The group's findings when its named figures cannot stand: each broken relation undecided, the
// figures that were named among its candidates (with their values when one was named alone).
std::vector<AuditFinding> undecided_instead(const Index& ix, const RelationLog& log, const std::vector<AuditFinding>& detected,
                                            const Told& t) {
    std::vector<AuditFinding> out;
    std::optional<Money> missing;
    std::vector<const AuditFinding*> were;
    for (const AuditFinding& f : t.findings) {
        if (f.missing_line) missing = f.missing_line;
        if (named(f)) were.push_back(&f);
    }
    for (std::size_t r : t.group.broken) {
        AuditFinding f = undecided_finding(ix, log, detected, r);
        f.missing_line = missing;
        for (const AuditFinding* w : were) {
            if (f.candidates.size() == kMaxListed) {
                ++f.more_candidates;
                continue;
            }
            std::optional<Money> correct;
            if (were.size() == 1) correct = w->computed;
            f.candidates.push_back({w->row, w->col, w->label, w->period, correct});
        }
        out.push_back(std::move(f));
    }
    return out;
}

// The last word: a figure is named (certain or likely) only when its correction, with those of every
// other figure named, makes every relation it takes part in hold, and the broken relations of its
// group too; relations with a figure still in doubt (undecided, or a candidate) aside, as nothing is
// said of them. A group whose named figures fail this is said undecided instead, so that a correct
// figure is never accused and a right value is always one with which the table holds.
void guard(const Index& ix, const RelationLog& log, const std::vector<AuditFinding>& detected, std::vector<Told>& told) {
    std::map<std::size_t, std::size_t> group_of_relation;
    for (std::size_t k = 0; k < told.size(); ++k)
        for (std::size_t r : told[k].group.broken) group_of_relation[r] = k;
    for (bool changed = true; changed;) {
        changed = false;
        std::map<std::size_t, std::int64_t> fix;
        std::map<std::size_t, std::size_t> owner;
        std::set<std::size_t> doubtful, bad;
        const auto cell_of = [&](std::size_t row, std::size_t col) {
            const auto it = ix.id.find({row, col});
            return it == ix.id.end() ? kNone : it->second;
        };
        for (std::size_t k = 0; k < told.size(); ++k)
            for (const AuditFinding& f : told[k].findings) {
                // A likely finding's candidates are other explanations, not figures in doubt beside it.
                if (!named(f) || f.partly)
                    for (const AuditFinding::Candidate& c : f.candidates)
                        if (const std::size_t d = cell_of(c.row, c.col); d != kNone) doubtful.insert(d);
                const std::size_t c = cell_of(f.row, f.col);
                if (c == kNone) continue;
                if (!named(f)) {
                    doubtful.insert(c);
                    continue;
                }
                const auto [it, fresh] = fix.emplace(c, f.computed.ore());
                if (!fresh && it->second != f.computed.ore()) bad.insert(owner[c]);  // two values for one figure
                if (fresh) owner[c] = k;
                if (!fresh) bad.insert(k);
            }
        for (std::size_t r = 0; r < ix.terms.size(); ++r) {
            if (log.relations[r].evidence) continue;  // weighed when choosing, no relation the table must hold
            bool fixed = false, unknown = false;
            WideInt sum = ix.residual[r];
            for (const auto& [c, w] : ix.terms[r]) {
                if (const auto it = fix.find(c); it != fix.end()) {
                    fixed = true;
                    sum += static_cast<WideInt>(w) * (it->second - ix.value[c]);
                } else if (doubtful.count(c)) {
                    unknown = true;
                }
            }
            if (unknown || (!fixed && !log.relations[r].finding)) continue;
            if (sum <= log.relations[r].tolerance && sum >= -log.relations[r].tolerance) continue;
            for (const auto& [c, w] : ix.terms[r])
                if (const auto it = owner.find(c); it != owner.end()) bad.insert(it->second);
            if (const auto it = group_of_relation.find(r); it != group_of_relation.end() &&
                std::any_of(told[it->second].findings.begin(), told[it->second].findings.end(), named))
                bad.insert(it->second);
        }
        for (std::size_t k : bad) {
            if (!std::any_of(told[k].findings.begin(), told[k].findings.end(), named)) continue;
            told[k].findings = undecided_instead(ix, log, detected, told[k]);
            changed = true;
        }
    }
}

}  // namespace

std::vector<AuditFinding> diagnose(const RelationLog& log, const std::vector<AuditFinding>& detected) {
    const Index ix(log);
    std::vector<AuditFinding> out;
    const std::vector<Group> groups = groups_of(ix, log);
    // Each group's rows that break, and in how many groups (periods) the same rows break.
    std::vector<std::set<std::size_t>> rows(groups.size());
    std::map<std::set<std::size_t>, std::size_t> times;
    for (std::size_t k = 0; k < groups.size(); ++k) {
        for (std::size_t r : groups[k].broken) rows[k].insert(log.relations[r].target.first);
        ++times[rows[k]];
    }
    // A whole column in the wrong unit or sign breaks the chain on both its sides, in groups of their
    // own: explained together when that one cause makes every relation hold.
    Group all;
    for (const Group& g : groups) all.broken.insert(all.broken.end(), g.broken.begin(), g.broken.end());
    std::vector<Told> told;
    if (groups.size() > 1 && one_cause::whole_column(ix, log, all)) {
        told.push_back({all, {}});
        explain(ix, log, detected, all, false, told.back().findings);
    } else {
        // The same rows breaking in several periods are a row left out of the table, and no figure
        // is named. (One wrong figure copied along its row breaks them alike, but so does a row left
        // out beside a line printed alike in every period: the table cannot tell the two apart.)
        for (std::size_t k = 0; k < groups.size(); ++k) {
            told.push_back({groups[k], {}});
            explain(ix, log, detected, groups[k], times[rows[k]] > 1, told.back().findings);
        }
    }
    guard(ix, log, detected, told);
    for (Told& t : told) out.insert(out.end(), t.findings.begin(), t.findings.end());
    // A finding whose relation was not recorded stays as it was found.
    std::set<std::size_t> recorded;
    for (const Relation& r : log.relations)
        if (r.finding) recorded.insert(*r.finding);
    for (std::size_t i = 0; i < detected.size(); ++i)
        if (!recorded.count(i)) {
            AuditFinding f = detected[i];
            f.certainty = AuditFinding::Certainty::Undecided;
            f.diagnosed = false;
            out.push_back(std::move(f));
        }
    return out;
}

}  // namespace finsam::audit
