// What finsam-audit says about a run: per file its checks, findings and what it could not read, as
// text for people (printed as it goes) or as one JSON object for programs (--json).
#pragma once

#include "finsam_audit.hpp"
#include "messages.hpp"
#include "prose_reading.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace finsam {

struct ReportedCandidate {
    std::string where, label, period;
    std::optional<double> expected;  // its correct value, when correcting it alone explains all
};

struct ReportedFinding {
    std::string where;   // "rad 245", "sida 3, rad 12", "tabell 2, rad 5", "blad Budget, cell D27"
    std::string label;   // the figure judged wrong: its row's label
    std::string period;  // its column ("Budget 2021"), or empty
    double printed = 0, expected = 0, difference = 0;  // in `unit`
    std::string unit;    // "kr", "tkr", "mkr"
    std::string kind;    // sum, total_of_subtotals, result, closing_equity, equity, chain, members, share, prose_sum
    std::string message; // the Swedish sentence
    // The diagnosis: "certain" (this figure is wrong, `expected` its value), "likely" (several
    // explanations, the slips single this one out), "undecided" (a relation breaks and the table
    // cannot tell which figure: `label` is the relation's own figure, `candidates` those that may be
    // wrong). `slip`: transposed, one_digit, sign, thousandfold, counted_twice, left_out,
    // copied_from_neighbour, mistyped_base, copied_from_cell, or empty. `together`: the other figures
    // of the correction.
    std::string certainty = "certain";
    std::string slip;
    std::vector<std::string> together;
    std::vector<ReportedCandidate> candidates;
    std::size_t more_candidates = 0;
    bool explains_whole = true;  // the correction (with `together`) makes every relation hold
    std::optional<double> missing_line;  // a line of this amount left out would explain it as well
};

struct ReportedUnread {
    std::string where;
    std::string message;
};

struct FileReport {
    std::string file;
    std::string format;                  // text, csv, pdf, docx, odt, doc, rtf, workbook
    std::optional<std::string> why_not;  // the file could not be read
    std::size_t checks = 0;
    std::vector<ReportedFinding> findings;
    std::vector<ReportedUnread> unread;  // EJ TOLKAD
    std::vector<std::string> notes;      // said, but nothing left unread ("inga summor: inget att kontrollera")
};

enum ExitStatus : int { kAllHolds = 0, kFindings = 1, kUnreadable = 2, kNothingChecked = 3 };

class AuditRun {
public:
    AuditRun(std::ostream& out, bool json) : out_(out), json_(json) {}

    FileReport& begin_file(const std::string& file, const std::string& format);
    // One block (a table, a sheet): its findings and unread cells; `where` places a grid cell.
    template <class Where>
    void block(const AuditReport& r, const std::string& what, const std::string& unit, Where where);
    void prose(const ProseReport& r);
    void could_not_read(const std::string& why);
    void note(const std::string& text);
    void end_file();

    // The summary (and a table per file when there were several); returns the exit status.
    int finish();

private:
    void add_finding(ReportedFinding f);
    void add_unread(ReportedUnread u);
    std::ostream& out_;
    bool json_;
    std::vector<FileReport> files_;
};

// The kind of an audit finding, as --json names it.
std::string finding_kind(AuditCheck check);
std::string certainty_name(AuditFinding::Certainty c);
std::string slip_name(SlipKind k);
// The unit a table's figures are printed in, from its headings: "tkr", "mkr" or "kr".
std::string table_unit(const Grid& g);

template <class Where>
void AuditRun::block(const AuditReport& r, const std::string& what, const std::string& unit, Where where) {
    FileReport& file = files_.back();
    file.checks += r.checks;
    for (const AuditFinding& f : r.findings) {
        ReportedFinding x{where(f.row, f.col), messages::finding_label(f), messages::finding_period(f), f.stated.to_double(),
                          f.computed.to_double(), (f.stated - f.computed).to_double(), unit, finding_kind(f.check),
                          messages::finding(f)};
        x.certainty = certainty_name(f.certainty);
        x.slip = slip_name(f.slip.kind);
        x.together = f.together;
        for (const AuditFinding::Candidate& c : f.candidates)
            x.candidates.push_back({where(c.row, c.col), c.label, c.period,
                                    c.correct ? std::optional(c.correct->to_double()) : std::nullopt});
        x.more_candidates = f.more_candidates;
        x.explains_whole = f.certainty != AuditFinding::Certainty::Undecided && !f.partly;
        if (f.missing_line) x.missing_line = f.missing_line->to_double();
        add_finding(std::move(x));
    }
    for (const NotUnderstood& n : r.not_understood) {
        if (!n.leaves_something_unread()) {
            note(what + ": " + messages::not_understood(n));
            continue;
        }
        const std::string place = n.at_cell ? where(n.row, n.col) + (n.label.empty() ? "" : " (" + n.label + ")") : what;
        add_unread({place, messages::not_understood(n)});
    }
    if (r.findings.empty() && r.checks > 0 && !json_) out_ << "   " << what << ": " << r.checks << " kontroller, allt stämmer.\n";
}

}  // namespace finsam
