// The audit of the open Writer document (also a .docx or .odt opened in Writer), for the menu command
// Verktyg › Granska budget (finsam): the same findings as `finsam-audit` gives for the same file, each
// marked by a comment at the figure judged wrong.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <cstddef>
#include <string>

namespace finsam::uno {

struct CommandResult {
    std::size_t checks = 0, findings = 0, unread = 0;
    std::string summary;  // UTF-8
};

// Audits the document's tables and its run-in and prose totals as `finsam-audit` audits the file;
// puts a comment (annotation, author "finsam") at each figure judged wrong, replacing those it put
// there on an earlier run; changes no text. `summary`: what to show the user, in Swedish or English.
CommandResult audit_writer_document(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                                    const css::uno::Reference<css::frame::XModel>& doc, bool english);

}  // namespace finsam::uno
