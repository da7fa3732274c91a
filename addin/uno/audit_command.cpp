// The protocol handler behind Verktyg › Granska budget (finsam). The framework creates it per frame
// (XInitialization gets the frame), asks it for a dispatch of vnd.se.finsamcalc:Audit and calls that.
// Every UNO method catches everything: no C++ exception crosses into LibreOffice.
#include "audit_command.hpp"

#include "calc_audit.hpp"
#include "command_texts.hpp"
#include "ui_language.hpp"

#include "writer_audit.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/DispatchDescriptor.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/frame/InfobarType.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XSingleComponentFactory.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/URL.hpp>
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>
#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

#include <cstdlib>
#include <string>

namespace finsam::uno {

using messages::CommandTexts;
using messages::command_texts;
using messages::kCommentPrefix;
using messages::kReportSheet;

using rtl::OString;
using rtl::OUString;

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;

OUString ou(std::string_view s) { return OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8); }

const OUString& implementation_name() {
    static const OUString name = ou(kAuditCommandImplementationName);
    return name;
}

Sequence<OUString> service_names() {
    const OUString names[] = {OUString("com.sun.star.frame.ProtocolHandler")};
    return Sequence<OUString>(names, 1);
}

// What one run of the command gave: its summary, and whether it ran to the end.
struct Outcome {
    bool done = false;
    std::string summary;
};

// The same last-resort pattern as the add-in's catch_all: whatever happens inside, an Outcome.
template <class F>
Outcome catch_all(bool english, F&& run) noexcept {
    try {
        return run();
    } catch (const css::uno::Exception& e) {
        try {
            const OString why = OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8);
            return {false, std::string(english ? "The audit (finsam) could not be completed: "
                                               : "Granskningen (finsam) kunde inte göras färdigt: ") +
                               std::string(why.getStr(), static_cast<std::size_t>(why.getLength()))};
        } catch (...) {
            return {false, {}};
        }
    } catch (...) {
        try {
            return {false, english ? "Internal error in finsam-calc: the audit could not be completed."
                                   : "Internt fel i finsam-calc: granskningen kunde inte göras färdigt."};
        } catch (...) {
            return {false, {}};
        }
    }
}

bool supports(const Reference<css::frame::XModel>& model, const char* service) {
    const Reference<css::lang::XServiceInfo> info(model, UNO_QUERY);
    return info.is() && info->supportsService(OUString::createFromAscii(service));
}

// A message box over the frame's window, unless nobody could see it: FINSAM_NO_DIALOG is set, or
// the frame's window is hidden (a document loaded with Hidden=true, as tests and conversions do).
// In `soffice --headless` LibreOffice answers a modal box itself at once, so it never blocks.
void show_message(const Reference<css::uno::XComponentContext>& ctx, const Reference<css::frame::XFrame>& frame,
                  const std::string& title, const std::string& text) {
    const char* no_dialog = std::getenv("FINSAM_NO_DIALOG");
    if (no_dialog != nullptr && *no_dialog != '\0') return;
    if (!frame.is()) return;
    const Reference<css::awt::XWindow2> window(frame->getContainerWindow(), UNO_QUERY);
    if (!window.is() || !window->isVisible()) return;
    const Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(ctx), UNO_QUERY);
    if (!factory.is()) return;
    const Reference<css::awt::XMessageBox> box = factory->createMessageBox(
        Reference<css::awt::XWindowPeer>(window, UNO_QUERY), css::awt::MessageBoxType_INFOBOX,
        css::awt::MessageBoxButtons::BUTTONS_OK, ou(title), ou(text));
    if (box.is()) box->execute();
}

// The Writer audit's result as an infobar over the document (XInfobarProvider, LibreOffice 6.4 on), not
// as a modal box: a box stands in the middle of the window, over the very table whose figures were
// just commented, and must be closed before they can be read; the infobar sits above the text, keeps
// the view as it was, and stays until closed or replaced by the next run's. Shown under the same
// conditions as show_message; false when the controller has no infobars (then the box is used).
bool show_infobar(const Reference<css::frame::XFrame>& frame, const std::string& title, const std::string& text) {
    const char* no_dialog = std::getenv("FINSAM_NO_DIALOG");
    if (no_dialog != nullptr && *no_dialog != '\0') return true;
    if (!frame.is()) return true;
    const Reference<css::awt::XWindow2> window(frame->getContainerWindow(), UNO_QUERY);
    if (!window.is() || !window->isVisible()) return true;
    const Reference<css::frame::XInfobarProvider> bars(frame->getController(), UNO_QUERY);
    if (!bars.is()) return false;
    static const OUString id("finsam-audit");
    try {
        try {
            bars->removeInfobar(id);  // the previous run's
        } catch (const css::container::NoSuchElementException&) {
        }
        std::string line = text;  // one line: the bar shows the summary, the comments the details
        for (char& c : line)
            if (c == '\n') c = ' ';
        bars->appendInfobar(id, ou(title), ou(line), css::frame::InfobarType::INFO,
                            Sequence<css::beans::StringPair>(), true);
        return true;
    } catch (const css::uno::Exception&) {
        return false;
    }
}

class AuditCommand : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                                  css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit AuditCommand(const Reference<css::uno::XComponentContext>& ctx) : ctx_(ctx) {}

    // XInitialization: the framework passes the frame the command is for.
    void SAL_CALL initialize(const Sequence<Any>& args) override {
        try {
            for (const Any& a : args) {
                Reference<css::frame::XFrame> frame;
                if (a >>= frame) frame_ = frame;
            }
        } catch (...) {
        }
    }

    // XDispatchProvider
    Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url, const OUString&,
                                                           sal_Int32) override {
        try {
            if (url.Complete == ou(kAuditCommandUrl)) return this;
        } catch (...) {
        }
        return {};
    }
    Sequence<Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const Sequence<css::frame::DispatchDescriptor>& requests) override {
        try {
            Sequence<Reference<css::frame::XDispatch>> out(requests.getLength());
            for (sal_Int32 i = 0; i < requests.getLength(); ++i)
                out.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
            return out;
        } catch (...) {
            return {};
        }
    }

    // XDispatch / XNotifyingDispatch
    void SAL_CALL dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>&) override {
        try {
            if (url.Complete == ou(kAuditCommandUrl)) run();
        } catch (...) {
        }
    }
    void SAL_CALL dispatchWithNotification(const css::util::URL& url, const Sequence<css::beans::PropertyValue>&,
                                           const Reference<css::frame::XDispatchResultListener>& listener) override {
        try {
            Outcome outcome;
            if (url.Complete == ou(kAuditCommandUrl)) outcome = run();
            if (listener.is()) {
                css::frame::DispatchResultEvent event;
                event.Source = static_cast<cppu::OWeakObject*>(this);
                event.State = outcome.done ? css::frame::DispatchResultState::SUCCESS
                                           : css::frame::DispatchResultState::FAILURE;
                event.Result <<= ou(outcome.summary);
                listener->dispatchFinished(event);
            }
        } catch (...) {
        }
    }
    void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {}

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override { return implementation_name(); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return service_names(); }

private:
    Outcome run() noexcept {
        bool english = false;
        try {
            english = ui_is_english(ctx_);
        } catch (...) {
        }
        Reference<css::frame::XFrame> frame;
        try {
            frame = frame_;
        } catch (...) {
        }
        Outcome outcome = catch_all(english, [&]() -> Outcome {
            if (!frame.is()) return {false, {}};
            const Reference<css::frame::XController> controller = frame->getController();
            const Reference<css::frame::XModel> model = controller.is() ? controller->getModel() : nullptr;
            const CommandTexts& texts = command_texts(english);
            if (supports(model, "com.sun.star.sheet.SpreadsheetDocument")) {
                Reference<css::task::XStatusIndicator> progress;
                if (const Reference<css::task::XStatusIndicatorFactory> f{frame, UNO_QUERY}; f.is())
                    progress = f->createStatusIndicator();
                const CalcAuditResult r = audit_calc_document(ctx_, model, texts, progress);
                if (r.read_only) show_message(ctx_, frame, texts.command_name, r.read_only_text);
                return {true, r.read_only ? r.read_only_text : r.summary};
            }
            if (supports(model, "com.sun.star.text.TextDocument")) {
                const CommandResult r = audit_writer_document(ctx_, model, english);
                if (!show_infobar(frame, texts.title, r.summary)) show_message(ctx_, frame, texts.title, r.summary);
                return {true, r.summary};
            }
            return {false, english ? "Audit budget (finsam) works in Calc workbooks and Writer documents."
                                   : "Granska budget (finsam) fungerar i Calc-arbetsböcker och Writer-dokument."};
        });
        if (!outcome.done && !outcome.summary.empty()) {
            try {
                show_message(ctx_, frame, command_texts(english).title, outcome.summary);
            } catch (...) {
            }
        }
        return outcome;
    }

    Reference<css::uno::XComponentContext> ctx_;
    css::uno::WeakReference<css::frame::XFrame> frame_;
};

Reference<css::uno::XInterface> SAL_CALL create(const Reference<css::uno::XComponentContext>& ctx) {
    return static_cast<cppu::OWeakObject*>(new AuditCommand(ctx));
}

}  // namespace

void* audit_command_factory() noexcept {
    try {
        Reference<css::lang::XSingleComponentFactory> factory =
            cppu::createSingleComponentFactory(create, implementation_name(), service_names());
        factory->acquire();
        return factory.get();
    } catch (...) {
        return nullptr;
    }
}

}  // namespace finsam::uno
