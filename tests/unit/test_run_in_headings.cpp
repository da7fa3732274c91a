// Tables run into one line (issue 20): a group's heading runs into the label of the row after it
// ("Intäkter Staten (50 %) 6 082 …"). The reader splits it off when a sum names the heading, however
// the sum names it ("Summa intäkter", "Totala intäkter", "Intäkter totalt"); where nothing names it,
// the reading is a guess and the audit never accuses on it.
#include "document_audit.hpp"
#include "text_reading.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace finsam;

namespace {

std::string grouped(long long v) {
    std::string d = std::to_string(v < 0 ? -v : v), g;
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (i > 0 && (d.size() - i) % 3 == 0) g += ' ';
        g += d[i];
    }
    return v < 0 ? "-" + g : g;
}

struct Row {
    std::string heading;  // run into this row's label; empty: none
    std::string label;
    std::vector<long long> v;
};

// A correct plan: income with the state as a subtotal over FK and AF (or FK and AF alone), costs in
// two groups whose sums stand at their top or bottom, totals named in one of the ways plans name
// them; `named` false: the totals say only "Summa", so no sum names the headings.
struct Plan {
    std::vector<Row> rows;
    std::string line;
    std::string summary;  // the totals again, run into a line of their own
};

Plan make_plan(std::mt19937& rng, bool named) {
    const auto pick = [&](long long lo, long long hi) { return std::uniform_int_distribution<long long>(lo, hi)(rng); };
    const auto one_of = [&](std::initializer_list<const char*> xs) {
        return std::string(*(xs.begin() + pick(0, static_cast<long long>(xs.size()) - 1)));
    };
    const std::size_t periods = static_cast<std::size_t>(pick(1, 4));
    const auto total_name = [&](const std::string& name, const std::string& cap) {
        if (!named) return std::string("Summa");
        const long long k = pick(0, 2);
        return k == 0 ? "Summa " + name : k == 1 ? "Totala " + name : cap + " totalt";
    };
    const auto series = [&](long long lo, long long hi) {
        std::vector<long long> v(periods);
        const long long first = pick(lo, hi) * 1000;
        for (std::size_t k = 0; k < periods; ++k) v[k] = first + static_cast<long long>(k) * pick(0, 40) * 1000;
        return v;
    };
    const auto add = [&](std::vector<long long>& to, const std::vector<long long>& v) {
        for (std::size_t k = 0; k < periods; ++k) to[k] += v[k];
    };
    Plan p;
    std::vector<long long> income(periods, 0), costs(periods, 0);
    // Income.
    const auto fk = series(800, 4000);
    std::vector<Row> inc;
    if (pick(0, 1)) {
        std::vector<long long> state(periods, 0);
        add(state, fk);
        add(state, fk);
        inc.push_back({"", one_of({"Staten (50 %)", "Staten", "Statliga medel (50 %)"}), state});
    }
    inc.push_back({"", "Försäkringskassan", fk});
    inc.push_back({"", "Arbetsförmedlingen", fk});
    add(income, fk);
    add(income, fk);
    inc.push_back({"", one_of({"Region Halland", "Region Jämtland Härjedalen", "Region Skåne"}), fk});
    add(income, fk);
    // The municipalities' together equal the region's (both 25 %).
    std::vector<long long> m1(periods), m2(periods);
    for (std::size_t k = 0; k < periods; ++k) {
        m1[k] = fk[k] / 1000 * pick(10, 90) / 100 * 1000;
        m2[k] = fk[k] - m1[k];
    }
    inc.push_back({"", one_of({"Krokom kommun", "Åre kommun"}), m1});
    inc.push_back({"", one_of({"Berg kommun", "Bräcke kommun"}), m2});
    add(income, m1);
    add(income, m2);
    inc.front().heading = "Intäkter";
    for (Row& r : inc) p.rows.push_back(std::move(r));
    p.rows.push_back({"", total_name("intäkter", "Intäkter"), income});
    // Costs: two groups, each sum at its top or bottom.
    bool first_group = true;
    for (const auto& [name, cap, lines] :
         {std::tuple<std::string, std::string, std::vector<std::string>>{"insatser", "Insatser", {"Aktivitetshus", "Språkstöd", "Samverkansteam"}},
          {"kansli", "Kansli", {"Personal", "Lokaler", "Styrelse och revision"}}}) {
        std::vector<Row> group;
        std::vector<long long> sum(periods, 0);
        for (const std::string& l : lines) {
            const auto v = series(200, 3000);
            add(sum, v);
            group.push_back({"", l, v});
        }
        add(costs, sum);
        Row total{"", total_name(name, cap), sum};
        if (pick(0, 1)) group.insert(group.begin(), total);
        else group.push_back(total);
        group.front().heading = first_group ? "Kostnader " + cap : cap;
        first_group = false;
        for (Row& r : group) p.rows.push_back(std::move(r));
    }
    p.rows.push_back({"", total_name("kostnader", "Kostnader"), costs});
    std::vector<long long> result(periods);
    for (std::size_t k = 0; k < periods; ++k) result[k] = income[k] - costs[k];
    p.rows.push_back({"", "Årets resultat", result});
    p.line = "kr";
    for (std::size_t k = 0; k < periods; ++k) p.line += (k == 0 ? " Budget " : " Plan ") + std::to_string(2026 + k);
    p.summary = p.line;
    for (const auto& [label, v] : {std::pair{std::string("Summa intäkter"), income},
                                   std::pair{std::string("Summa kostnader"), costs},
                                   std::pair{std::string("Årets resultat"), result}}) {
        p.summary += " " + label;
        for (long long x : v) p.summary += " " + grouped(x);
    }
    for (const Row& r : p.rows) {
        p.line += (r.heading.empty() ? "" : " " + r.heading) + " " + r.label;
        for (long long x : r.v) p.line += " " + grouped(x);
    }
    return p;
}

struct Audited {
    DocumentAudit audit;
    int status = 0;
    std::string text;
};

Audited audit_text(const std::string& text) {
    std::ostringstream out;
    AuditRun run(out, false);
    run.begin_file("plan.txt", "text");
    Audited a;
    a.audit = audit_document(read_text_document(text), run);
    run.end_file();
    a.status = run.finish();
    a.text = out.str();
    return a;
}

std::size_t findings(const DocumentAudit& a) {
    std::size_t n = 0;
    for (const ProseTotal& t : a.prose.totals) n += !t.holds();
    for (const AuditedBlock& b : a.blocks) n += b.report.findings.size();
    return n;
}

}  // namespace

TEST_CASE("run-in tables: a heading named by any form of sum is split off its row, and a correct plan holds",
          "[audit][text][runin]") {
    std::mt19937 rng(2020);
    int read = 0;
    constexpr int kPlans = 300;
    for (int n = 0; n < kPlans; ++n) {
        const Plan p = make_plan(rng, true);
        INFO(p.line);
        const ReadDocument doc = read_text_document("Budget\n\n" + p.line + "\n\nAntagen av styrelsen.\n");
        if (doc.tables.empty()) continue;
        ++read;
        REQUIRE(doc.tables.size() == 1);
        const Grid& g = doc.tables[0].grid;
        // Every heading a row of its own, with no figures; every label exactly the plan's.
        std::size_t r = 1;
        for (const Row& row : p.rows) {
            std::istringstream words(row.heading);
            for (std::string h; words >> h; ++r) {
                REQUIRE(r < g.rows());
                CHECK(g.at(r, 0).text == h);
                for (std::size_t c = 1; c < g.cols(); ++c) CHECK(g.at(r, c).is_empty());
            }
            REQUIRE(r < g.rows());
            CHECK(g.at(r, 0).text == row.label);
            for (std::size_t k = 0; k < row.v.size(); ++k) CHECK(g.at(r, k + 1).number == static_cast<double>(row.v[k]));
            ++r;
        }
        // With a summary line under it, a table of its own (not rows of the budget's).
        const bool summary = n % 2 == 1;
        const Audited a = audit_text("Budget\n\n" + p.line + "\n" + (summary ? "\nSammanfattning\n\n" + p.summary + "\n" : ""));
        INFO(a.text);
        CHECK(findings(a.audit) == 0);
        CHECK((a.status == 0 || (summary && a.status == 3)));  // a short summary line may be left unread
        REQUIRE_FALSE(a.audit.blocks.empty());
        CHECK(a.audit.blocks.front().table.place == "rad 3");  // the budget alone, nothing joined to it
    }
    INFO(read << " of " << kPlans << " read");
    CHECK(read * 10 >= kPlans * 7);
}

TEST_CASE("run-in tables: where no sum names a heading, the guessed reading is never accused on",
          "[audit][text][runin]") {
    // The totals say only "Summa": "Intäkter Staten (50 %)" stays one label, so the state's subtotal
    // is not told from a line and the income's sum breaks. That is the reader's guess, not the plan's
    // error: said as not read (exit 3), with no finding.
    std::mt19937 rng(2021);
    int guarded = 0;
    for (int n = 0; n < 200; ++n) {
        const Plan p = make_plan(rng, false);
        INFO(p.line);
        const Audited a = audit_text("Budget\n\n" + p.line + "\n");
        INFO(a.text);
        CHECK(findings(a.audit) == 0);
        CHECK((a.status == 0 || a.status == 3));
        guarded += a.status == 3;
    }
    CHECK(guarded > 0);  // the test can fail: some of these plans do break the guessed reading
}

TEST_CASE("municipal lines on a mistyped quarter, one period: the members table's populations tell each right value",
          "[audit][text][mistyped]") {
    // Issue 21: a budget of one period whose municipal lines were computed on their quarter with two
    // digits transposed (or one wrong), and a members table printing each municipality's population
    // and the right contributions: every line that differs is named alone with its share of the right
    // quarter by population, the slip as mistyped_base; the members table and the totals never.
    const unsigned seed = 2122;
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    const auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
    const auto shares = [](std::int64_t total, const std::vector<std::int64_t>& weights) {
        std::int64_t all = 0, given = 0;
        for (std::int64_t w : weights) all += w;
        std::vector<std::int64_t> out(weights.size());
        std::vector<std::pair<std::int64_t, std::size_t>> rest;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            out[i] = total * weights[i] / all;
            given += out[i];
            rest.push_back({total * weights[i] % all, i});
        }
        std::stable_sort(rest.begin(), rest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (std::size_t u = 0; given < total; ++u, ++given) ++out[rest[u].second];
        return out;
    };
    const auto amount = [](std::int64_t kr) {
        std::string d = std::to_string(kr), out;
        for (std::size_t i = 0; i < d.size(); ++i) out += (i > 0 && (d.size() - i) % 3 == 0 ? " " : "") + std::string(1, d[i]);
        return out;
    };
    const std::vector<std::string> towns{"Alby", "Bräcke", "Borås", "Dals-Ed", "Eda", "Falun", "Gnosjö", "Hjo", "Habo",
                                         "Kil", "Lysekil", "Mora", "Orsa", "Piteå", "Rättvik", "Sala", "Tibro", "Umeå",
                                         "Vara", "Ydre"};
    int cases = 0, alone = 0;
    for (int n = 0; n < 200; ++n) {
        const std::size_t k = static_cast<std::size_t>(2 + n % 19);
        const std::int64_t grain = std::vector<std::int64_t>{1, 100, 1000}[static_cast<std::size_t>(pick(0, 2))];
        const std::int64_t quarter = pick(300, 4000) * 1000 / grain;  // in grains
        std::string d = std::to_string(quarter);
        if (n % 4 == 3) {
            const std::size_t i = static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(d.size()) - 1));
            d[i] = static_cast<char>('0' + pick(i == 0 ? 1 : 0, 9));
        } else {
            const std::size_t i = static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(d.size()) - 2));
            std::swap(d[i], d[i + 1]);
        }
        const std::int64_t typed = std::stoll(d);
        if (typed == quarter || d[0] == '0') continue;
        std::vector<std::int64_t> people(k);
        for (auto& p : people) p = pick(2500, 90000);
        const std::vector<std::int64_t> right = shares(quarter, people), printed = shares(typed, people);
        if (right == printed) continue;
        std::string text = "Budget 2026\n\nkr\tBudget 2026\nIntäkter\n";
        for (const char* member : {"Försäkringskassan", "Arbetsförmedlingen", "Region Halland"})
            text += std::string(member) + "\t" + amount(quarter * grain) + "\n";
        for (std::size_t i = 0; i < k; ++i) text += towns[i] + " kommun\t" + amount(printed[i] * grain) + "\n";
        text += "Summa intäkter\t" + amount(4 * quarter * grain) + "\n\nMedlemsbidrag per kommun 2026\n\n"
                "Belopp i kr\tInvånare 1 nov 2025\tMedlemsbidrag 2026\n";
        std::int64_t all = 0;
        for (std::size_t i = 0; i < k; ++i) {
            text += towns[i] + "\t" + amount(people[i]) + "\t" + amount(right[i] * grain) + "\n";
            all += people[i];
        }
        text += "Summa\t" + amount(all) + "\t" + amount(quarter * grain) + "\n\nBudgeten antogs av styrelsen.\n";
        const Audited a = audit_text(text);
        INFO("case " << n << ": " << k << " lines, quarter " << quarter * grain << " typed " << typed * grain << "\n" << text);
        std::size_t wrong = 0, named = 0;
        for (std::size_t i = 0; i < k; ++i) wrong += printed[i] != right[i];
        for (const AuditedBlock& b : a.audit.blocks)
            for (const AuditFinding& f : b.report.findings) {
                if (f.certainty == AuditFinding::Certainty::Undecided) continue;
                const auto town = std::find_if(towns.begin(), towns.end(), [&](const std::string& t) { return f.label == t + " kommun"; });
                REQUIRE(town != towns.end());
                const std::size_t i = static_cast<std::size_t>(town - towns.begin());
                REQUIRE(i < k);
                CHECK(printed[i] != right[i]);
                CHECK(f.computed == Money::kronor(right[i] * grain));
                if (wrong >= 2) CHECK(f.slip.kind == SlipKind::MistypedBase);
                ++named;
            }
        ++cases;
        CHECK(named == wrong);
        alone += named == wrong;
    }
    INFO(alone << " of " << cases << " named alone");
    CHECK(cases > 150);
    CHECK(alone == cases);
}
