// The menu command Verktyg › Granska budget (finsam) in a Calc workbook: every sheet audited as
// `finsam-audit` audits the workbook (sheet_grid.hpp), the report written to the sheet Granskning
// (created, or replaced on a rerun, placed last) and a comment on each figure judged wrong. No figure
// and no formula of the workbook is changed, and a user's comment is never touched: the command's own
// comments start with kCommentPrefix, and only those are replaced on a rerun. All of it is one undo step
// named as the menu entry. A workbook opened read-only is not written at all (read_only_text).
#pragma once

#include "command_texts.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <cstddef>
#include <string>

namespace finsam::uno {

using messages::CommandTexts;
using messages::command_texts;
using messages::kCommentPrefix;
using messages::kReportSheet;

struct CalcAuditResult {
    std::size_t sheets = 0, checks = 0, findings = 0, unread = 0;
    std::size_t comments = 0;  // comments written (a figure with a user's comment gets none)
    std::string summary;       // the report's summary line, UTF-8
    // The workbook is read-only: nothing was written (no report sheet, no comment, no undo step);
    // `read_only_text` holds the message box's text: that, the summary and the findings.
    bool read_only = false;
    std::string read_only_text;
};

// `progress` may be empty.
CalcAuditResult audit_calc_document(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                                    const css::uno::Reference<css::frame::XModel>& doc, const CommandTexts& texts,
                                    const css::uno::Reference<css::task::XStatusIndicator>& progress);

}  // namespace finsam::uno
