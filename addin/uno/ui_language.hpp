// Which language the menu command speaks: the office's UI language, not the document's.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace finsam::uno {

// True unless the office's UI language is Swedish: /org.openoffice.Setup/L10N/ooLocale, or when that
// is empty (the office follows the system), the environment's LC_ALL, LC_MESSAGES, LANG.
bool ui_is_english(const css::uno::Reference<css::uno::XComponentContext>& ctx);

}  // namespace finsam::uno
