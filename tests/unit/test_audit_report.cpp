#include "audit_report.hpp"
#include "helpers.hpp"

#include <catch2/catch.hpp>

#include <sstream>

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
