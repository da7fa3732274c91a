// Tables stacked in one column, each under its own period (issue 22): a finding is named by the
// period of the table it stands in.
#include "document_tables.hpp"  // read_csv
#include "finsam_audit.hpp"

#include <catch2/catch.hpp>

using namespace finsam;

namespace {

const AuditFinding* finding_at(const AuditReport& r, std::size_t row) {
    for (const AuditFinding& f : r.findings)
        if (f.row == row) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("two tables stacked with a blank row, Budget 2024 and Budget 2025: each finding under its own",
          "[audit][periods]") {
    const Grid second_wrong = read_csv(
        "\"Kostnader (kr)\",\"Budget 2024\"\n\"Lokaler\",100\n\"Personal\",200\n\"Summa kostnader\",300\n\n"
        "\"Kostnader (kr)\",\"Budget 2025\"\n\"Lokaler\",110\n\"Personal\",220\n\"Summa kostnader\",340\n");
    const AuditReport r = audit_grid(second_wrong);
    REQUIRE(r.findings.size() == 1);
    const AuditFinding* f = finding_at(r, 8);
    REQUIRE(f);
    CHECK(f->period == "Budget 2025");
    for (const AuditFinding::Candidate& c : f->candidates) CHECK(c.period == "Budget 2025");

    const Grid first_wrong = read_csv(
        "\"Kostnader (kr)\",\"Budget 2024\"\n\"Lokaler\",100\n\"Personal\",200\n\"Summa kostnader\",310\n\n"
        "\"Kostnader (kr)\",\"Budget 2025\"\n\"Lokaler\",110\n\"Personal\",220\n\"Summa kostnader\",330\n");
    const AuditReport r1 = audit_grid(first_wrong);
    REQUIRE(r1.findings.size() == 1);
    REQUIRE(finding_at(r1, 3));
    CHECK(finding_at(r1, 3)->period == "Budget 2024");
}

TEST_CASE("a text after a blank row that names no year is no period", "[audit][periods]") {
    const Grid g = read_csv(
        "\"Kostnader\",\"Budget 2024\"\n\"Lokaler\",100\n\"Personal\",200\n\"Summa kostnader\",300\n\n"
        "\"Övrigt\",\"tkr\"\n\"Lokaler\",110\n\"Personal\",220\n\"Summa övrigt\",340\n");
    for (const AuditFinding& f : audit_grid(g).findings) CHECK(f.period != "tkr");
}
