#include "audit_report.hpp"
#include "helpers.hpp"
#include "utf8.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <sstream>
#include <vector>

using namespace finsam;
using namespace finsam::test;

namespace {

const auto kCell = [](std::size_t row, std::size_t col) {
    return "rad " + std::to_string(row + 1) + ", kolumn " + std::to_string(col + 1);
};

Grid costs(double printed_sum) {
    return grid({{"Kostnader", "Budget 2025"}, {"Insatser", 600}, {"Kansli", 400}, {"Summa kostnader", printed_sum}});
}

}  // namespace

TEST_CASE("exit status: 0 all holds, 1 a finding, 2 unreadable, 3 nothing checked", "[report]") {
    const auto status = [](auto fill) {
        std::ostringstream out;
        AuditRun run(out, false);
        run.begin_file("plan.txt", "text");
        fill(run);
        run.end_file();
        return run.finish();
    };
    CHECK(status([](AuditRun& r) { r.block(audit_grid(costs(1000)), "tabellen", "kr", kCell); }) == kAllHolds);
    CHECK(status([](AuditRun& r) { r.block(audit_grid(costs(1100)), "tabellen", "kr", kCell); }) == kFindings);
    CHECK(status([](AuditRun& r) { r.could_not_read("filen finns inte"); }) == kUnreadable);
    CHECK(status([](AuditRun& r) { r.note("inget att kontrollera"); }) == kNothingChecked);
}

TEST_CASE("the JSON report (--json): a finding with its place, figures, unit, kind from the check table", "[report]") {
    std::ostringstream out;
    AuditRun run(out, true);
    run.begin_file("plan.txt", "text");
    run.block(audit_grid(costs(1100)), "tabellen", "tkr", kCell);
    run.end_file();
    CHECK(run.finish() == kFindings);
    const std::string json = out.str();
    CHECK(json.find("\"where\":\"rad 4, kolumn 2\"") != std::string::npos);
    CHECK(json.find("\"printed\":1100") != std::string::npos);
    CHECK(json.find("\"expected\":1000") != std::string::npos);
    CHECK(json.find("\"unit\":\"tkr\"") != std::string::npos);
    CHECK(json.find("\"kind\":\"sum\"") != std::string::npos);
    CHECK(json.find("\"status\":1") != std::string::npos);
}

TEST_CASE("the unit a table is printed in comes from its headings as whole words", "[report]") {
    CHECK(table_unit(grid({{"Kostnader", "Belopp (tkr)"}, {"Kansli", 4}})) == "tkr");
    CHECK(table_unit(grid({{"Omkring", "2025"}, {"Kansli", 4}})) == "kr");
}

TEST_CASE("the JSON report is valid UTF-8 whatever bytes the documents and file names hold", "[report][utf8]") {
    // Property: a paragraph's excerpt is cut at every byte position of multibyte text (å, thin space,
    // U+2212, an emoji), and file names hold bytes that are not UTF-8; every report decodes.
    const std::vector<std::string> pieces = {"a", "å", "\u2009", "\u2212", "\xF0\x9F\x98\x80", " 840", "Summa "};
    std::mt19937 random(20261207);
    for (int n = 0; n < 400; ++n) {
        std::string text;
        while (text.size() < 70 + random() % 30) text += pieces[random() % pieces.size()];
        std::string file = "plan-" + std::to_string(n) + (n % 3 == 0 ? "-\xE5\xE4.txt" : "-\xC3\xA5.txt");
        std::ostringstream out;
        AuditRun run(out, true);
        run.begin_file(file, "text");
        ProseReport prose;
        prose.unchecked.push_back({text + " Totalt 1 000 kr", "rad 1", 0});
        run.prose(prose);
        run.end_file();
        run.finish();
        const std::string json = out.str();
        INFO(json);
        CHECK(to_valid_utf8(json) == json);
    }
}
