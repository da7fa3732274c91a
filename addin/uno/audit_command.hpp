// The menu command Verktyg › Granska budget (finsam) / Tools › Audit budget (finsam): a protocol
// handler (com.sun.star.frame.ProtocolHandler, registered for vnd.se.finsamcalc:* in
// ProtocolHandler.xcu; the menu entry is Addons.xcu) for the URL vnd.se.finsamcalc:Audit. In a Calc
// workbook it runs calc_audit.hpp, in a Writer document writer_audit.hpp (and shows the summary in a
// message box). It lives in the same shared library as the add-in functions
// (functions_component.cpp hands its factory out).
#pragma once

#include <string_view>

namespace finsam::uno {

inline constexpr std::string_view kAuditCommandImplementationName = "se.finsamcalc.AuditCommand";
inline constexpr std::string_view kAuditCommandUrl = "vnd.se.finsamcalc:Audit";

// The component factory (an acquired XSingleComponentFactory*), or nullptr; never throws.
void* audit_command_factory() noexcept;

}  // namespace finsam::uno
