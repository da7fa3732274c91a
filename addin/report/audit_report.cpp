#include "audit_report.hpp"

#include "audit_checks.hpp"
#include "document_tables.hpp"
#include "labels.hpp"
#include "messages.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace finsam {

std::string finding_kind(AuditCheck check) { return std::string(messages::audit_check_kind(check).json); }

std::string certainty_name(AuditFinding::Certainty c) {
    switch (c) {
        case AuditFinding::Certainty::Certain: return "certain";
        case AuditFinding::Certainty::Likely: return "likely";
        case AuditFinding::Certainty::Undecided: return "undecided";
    }
    return "undecided";
}

std::string slip_name(SlipKind k) {
    switch (k) {
        case SlipKind::None: return {};
        case SlipKind::Transposed: return "transposed";
        case SlipKind::OneDigit: return "one_digit";
        case SlipKind::SignFlipped: return "sign";
        case SlipKind::Thousandfold: return "thousandfold";
        case SlipKind::CountedTwice: return "counted_twice";
        case SlipKind::LeftOut: return "left_out";
        case SlipKind::CopiedFromNeighbour: return "copied_from_neighbour";
        case SlipKind::MistypedBase: return "mistyped_base";
    }
    return {};
}

std::string table_unit(const Grid& g) {
    // The same reading of units as documents' tables: whole words (Tkr, Belopp (tkr), KSEK, Mkr),
    // so that a label like "omkring" is no mkr.
    return unit_in_headings(g);
}

FileReport& AuditRun::begin_file(const std::string& file, const std::string& format) {
    files_.push_back({file, format, std::nullopt, 0, {}, {}, {}});
    if (!json_) out_ << "== " << file << "\n";
    return files_.back();
}

void AuditRun::add_finding(ReportedFinding f) {
    if (!json_) out_ << "   AVVIKELSE " << f.where << ": " << f.message << "\n";
    files_.back().findings.push_back(std::move(f));
}

void AuditRun::add_unread(ReportedUnread u) {
    if (!json_) out_ << "   EJ TOLKAD " << u.where << ": " << u.message << ".\n";
    files_.back().unread.push_back(std::move(u));
}

void AuditRun::note(const std::string& text) {
    if (!json_) out_ << "   " << text << ".\n";
    files_.back().notes.push_back(text);
}

void AuditRun::could_not_read(const std::string& why) {
    if (!json_) out_ << "   KUNDE INTE LÄSAS: " << files_.back().file << ": " << why << ".\n";
    files_.back().why_not = why;
}

namespace {
// The first 80 bytes of a UTF-8 text, cut before a character, never inside one (the report is UTF-8).
std::string first_80_bytes(const std::string& s) {
    std::size_t n = std::min<std::size_t>(s.size(), 80);
    while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
}
}  // namespace

void AuditRun::prose(const ProseReport& r) {
    for (const ProseTotal& t : r.totals) {
        ++files_.back().checks;
        if (t.holds()) {
            if (!json_)
                out_ << "   " << t.place << ": " << t.label << " " << t.total.text << " stämmer med "
                     << (t.parts.size() == 1 ? t.parts[0].first : std::string("delarna")) << " ("
                     << format_in_unit(t.sum_ore(), t.total.unit) << ").\n";
            continue;
        }
        const std::string unit = t.total.unit;
        const double per = unit == "mkr" ? 1e8 : unit == "tkr" ? 1e5 : 100.0;
        const std::int64_t diff = t.total.ore - t.sum_ore();
        std::string message = t.label + ": anges " + t.total.text + ", " +
                              (t.complete ? std::string("delarna ger ") : std::string("delarna (varav) ger redan ")) +
                              format_in_unit(t.sum_ore(), unit) + " (skillnad " + format_in_unit(diff, unit) +
                              "; avrundningen av de tryckta talen förklarar högst " +
                              format_in_unit(t.allowed_ore(), unit) + ").";
        std::string parts;
        for (const auto& [label, amount] : t.parts) parts += (parts.empty() ? "" : ", ") + label + " " + amount.text;
        message += " Delar: " + parts + ".";
        ReportedFinding x{t.place, t.label, "", static_cast<double>(t.total.ore) / per,
                          static_cast<double>(t.sum_ore()) / per, static_cast<double>(diff) / per, unit, "prose_sum", message};
        // A stated total against its parts alone: the text cannot tell which figure is wrong.
        x.certainty = "undecided";
        x.explains_whole = false;
        add_finding(std::move(x));
    }
    for (const PlacedParagraph& p : r.unchecked)
        add_unread({p.place, "stycket har belopp och ett summaord men inget som kunde kontrolleras (\"" +
                                 first_80_bytes(p.text) + (p.text.size() > 80 ? "…" : "") + "\")"});
}

void AuditRun::end_file() {
    const FileReport& f = files_.back();
    if (!json_ && !f.why_not && f.checks == 0 && f.findings.empty() && f.unread.empty())
        out_ << "   Inget att kontrollera i filen.\n";
}

namespace {

std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += ch;
                }
        }
    }
    return out + "\"";
}

std::string json_number(double v) {
    if (!std::isfinite(v)) return "null";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

int status_of(const FileReport& f) {
    if (f.why_not) return kUnreadable;
    if (!f.findings.empty()) return kFindings;
    if (f.checks == 0 || !f.unread.empty()) return kNothingChecked;
    return kAllHolds;
}

std::string status_word(int status) {
    switch (status) {
        case kAllHolds: return "stämmer";
        case kFindings: return "AVVIKELSER";
        case kUnreadable: return "KUNDE INTE LÄSAS";
        default: return "EJ KONTROLLERAD";
    }
}

}  // namespace

int AuditRun::finish() {
    std::size_t checks = 0, findings = 0, unread = 0, unreadable = 0;
    for (const FileReport& f : files_) {
        checks += f.checks;
        findings += f.findings.size();
        unread += f.unread.size();
        unreadable += f.why_not.has_value();
    }
    int status = kAllHolds;
    if (unreadable) status = kUnreadable;
    else if (findings) status = kFindings;
    else if (checks == 0 || unread) status = kNothingChecked;

    if (json_) {
        out_ << "{\"files\":[";
        for (std::size_t i = 0; i < files_.size(); ++i) {
            const FileReport& f = files_[i];
            out_ << (i ? "," : "") << "\n {\"file\":" << json_string(f.file) << ",\"format\":" << json_string(f.format)
                 << ",\"read\":" << (f.why_not ? "false" : "true")
                 << ",\"why_not\":" << (f.why_not ? json_string(*f.why_not) : "null") << ",\"checks\":" << f.checks
                 << ",\"status\":" << status_of(f) << ",\"findings\":[";
            for (std::size_t k = 0; k < f.findings.size(); ++k) {
                const ReportedFinding& x = f.findings[k];
                out_ << (k ? "," : "") << "\n  {\"where\":" << json_string(x.where) << ",\"label\":" << json_string(x.label)
                     << ",\"period\":" << json_string(x.period) << ",\"printed\":" << json_number(x.printed)
                     << ",\"expected\":" << json_number(x.expected) << ",\"difference\":" << json_number(x.difference)
                     << ",\"unit\":" << json_string(x.unit) << ",\"kind\":" << json_string(x.kind)
                     << ",\"certainty\":" << json_string(x.certainty)
                     << ",\"slip\":" << (x.slip.empty() ? "null" : json_string(x.slip)) << ",\"together\":[";
                for (std::size_t t = 0; t < x.together.size(); ++t) out_ << (t ? "," : "") << json_string(x.together[t]);
                out_ << "],\"candidates\":[";
                for (std::size_t t = 0; t < x.candidates.size(); ++t) {
                    const ReportedCandidate& c = x.candidates[t];
                    out_ << (t ? "," : "") << "{\"where\":" << json_string(c.where) << ",\"label\":" << json_string(c.label)
                         << ",\"period\":" << json_string(c.period)
                         << ",\"expected\":" << (c.expected ? json_number(*c.expected) : "null") << "}";
                }
                out_ << "],\"more_candidates\":" << x.more_candidates
                     << ",\"explains_whole\":" << (x.explains_whole ? "true" : "false")
                     << ",\"missing_line\":" << (x.missing_line ? json_number(*x.missing_line) : "null") << ",\"message\":" << json_string(x.message) << "}";
            }
            out_ << "],\"not_understood\":[";
            for (std::size_t k = 0; k < f.unread.size(); ++k)
                out_ << (k ? "," : "") << "\n  {\"where\":" << json_string(f.unread[k].where)
                     << ",\"message\":" << json_string(f.unread[k].message) << "}";
            out_ << "],\"notes\":[";
            for (std::size_t k = 0; k < f.notes.size(); ++k) out_ << (k ? "," : "") << json_string(f.notes[k]);
            out_ << "]}";
        }
        out_ << "\n],\"summary\":{\"files\":" << files_.size() << ",\"checks\":" << checks << ",\"findings\":" << findings
             << ",\"not_understood\":" << unread << ",\"unreadable\":" << unreadable << ",\"exit_status\":" << status
             << "}}\n";
        return status;
    }
    if (files_.size() > 1) {
        out_ << "\nFil | Kontroller | Avvikelser | Ej tolkat | Status\n";
        for (const FileReport& f : files_)
            out_ << f.file << " | " << f.checks << " | " << f.findings.size() << " | " << f.unread.size() << " | "
                 << status_word(status_of(f)) << "\n";
        out_ << "\n";
    }
    out_ << "Sammanfattning: " << files_.size() << " filer, " << checks << " kontroller, " << findings << " avvikelser";
    if (unread) out_ << ", " << unread << " delar kunde inte tolkas";
    if (unreadable) out_ << ", " << unreadable << " filer kunde inte läsas";
    out_ << ".\n";
    if (status == kNothingChecked)
        out_ << (checks == 0 ? "Inget kunde kontrolleras: det här är inget godkännande.\n"
                             : "Det som inte kunde tolkas är inte kontrollerat.\n");
    return status;
}

}  // namespace finsam
