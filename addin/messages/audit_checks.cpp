#include "audit_checks.hpp"

#include "messages.hpp"
#include "swedish_format.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

namespace finsam::messages {

const AuditCheckKind& audit_check_kind(AuditCheck check) {
    for (const AuditCheckKind& k : kAuditChecks)
        if (k.check == check) return k;
    return kAuditChecks.front();  // unreachable: the static_assert holds every kind
}

namespace {

// The row's sentence with the finding's own figures in its places.
std::string filled(std::string_view words, const AuditFinding& f) {
    const std::string prior = f.prior_period.empty() ? "kolumn " + column_letters(f.prior_col) : f.prior_period;
    return fmt::format(fmt::runtime(words), fmt::arg("percent", f.quarters * 25), fmt::arg("base", format_amount(f.base)),
                       fmt::arg("share", f.share_text), fmt::arg("prior", prior),
                       fmt::arg("population", format_amount(Money::kronor(f.population))),
                       fmt::arg("population_total", format_amount(Money::kronor(f.population_total))));
}

}  // namespace

std::string check_equals(const AuditFinding& f) { return filled(audit_check_kind(f.check).equals_sv, f); }
std::string check_gives(const AuditFinding& f) { return filled(audit_check_kind(f.check).gives_sv, f); }

}  // namespace finsam::messages
