// Shared by the fuzz targets: invariants that abort (so libFuzzer reports the input), and the checks
// of an audit report and of every sentence composed from it, as finsam-audit prints them.
#pragma once

#include "cells.hpp"
#include "finsam_audit.hpp"
#include "messages.hpp"

#include <cstdio>
#include <string>

namespace finsam::fuzz {

// An invariant that must hold for every input: a violation traps, and libFuzzer saves the input.
[[noreturn]] inline void violated(const char* condition, const char* file, int line, const std::string& detail) {
    std::fprintf(stderr, "\n== INVARIANT VIOLATED at %s:%d: %s\n   %s\n", file, line, condition, detail.c_str());
    std::fflush(stderr);
    __builtin_trap();
}

#define FUZZ_REQUIRE(condition, detail)                                                     \
    do {                                                                                    \
        if (!(condition)) ::finsam::fuzz::violated(#condition, __FILE__, __LINE__, detail); \
    } while (0)

// An audit report of grid `g` and its sentences (messages.hpp), as finsam-audit prints them.
inline void check_report(const AuditReport& r, const Grid& g) {
    FUZZ_REQUIRE(r.findings.size() <= r.checks, "a finding without a check");
    FUZZ_REQUIRE(r.columns <= g.cols(), "more period columns than the grid has");
    bool any_number = false;
    for (const Cell& c : g.cells()) any_number = any_number || c.is_number();
    // Figures are never passed over in silence: checked, or said not to be understood.
    if (any_number && r.checks == 0) FUZZ_REQUIRE(!r.not_understood.empty(), "figures neither checked nor reported");
    for (const AuditFinding& f : r.findings) {
        FUZZ_REQUIRE(f.row < g.rows() && f.col < g.cols(), "a finding outside the grid");
        FUZZ_REQUIRE(g.at(f.row, f.col).is_number(), "a finding on a cell without a figure");
        // A finding is a figure that differs from what the relation gives.
        FUZZ_REQUIRE(f.stated != f.computed, "a finding whose figure is what the relation gives: " + f.label);
        const std::string sentence = messages::finding(f);
        FUZZ_REQUIRE(!sentence.empty() && sentence.find(" anges ") != std::string::npos, sentence);
        FUZZ_REQUIRE(!messages::finding_period(f).empty(), "a finding without a period");
        (void)messages::finding_label(f);
    }
    bool unread = false;
    for (const NotUnderstood& n : r.not_understood) {
        FUZZ_REQUIRE(!messages::not_understood(n).empty(), "an empty reason");
        if (n.at_cell) {
            FUZZ_REQUIRE(n.row < g.rows() && n.col < g.cols(), "an unread cell outside the grid");
            FUZZ_REQUIRE(!messages::not_understood_place(n).empty(), "an unread cell without its place");
        }
        unread = unread || n.leaves_something_unread();
    }
    const std::string summary = messages::audit_summary(r);
    if (r.checks == 0) {
        FUZZ_REQUIRE(summary.starts_with("Kunde inte tolkas: ") || summary.starts_with("Inget att kontrollera: "),
                     summary);
    } else if (r.findings.empty()) {
        // Never "Allt stämmer" over figures that were not read.
        const char* expected = unread ? "Inga avvikelser i det som kunde läsas: " : "Allt stämmer: ";
        FUZZ_REQUIRE(summary.starts_with(expected), summary);
    } else {
        FUZZ_REQUIRE(summary.starts_with(std::to_string(r.findings.size()) + " avvikelse"), summary);
    }
}

}  // namespace finsam::fuzz
