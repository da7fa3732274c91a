// The UNO component Calc instantiates: it implements the generated se::finsamcalc::XFunctions by
// converting arguments, calling the core and converting the result. Nothing else happens here.
// Every method catches everything: an exception (or worse) must never reach Calc. Calc itself
// answers for an error inside a data argument (Err:504) before the call; FINSAM_AUDIT reads an
// error cell in its range as the menu command does, as a cell it could not read.
#include "any_conversion.hpp"
#include "audit_command.hpp"
#include "calc_functions.hpp"
#include "function_table.hpp"
#include "sheet_grid.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/util/NumberFormatter.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XNumberFormatter.hpp>

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/lang/XSingleComponentFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implbase3.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <se/finsamcalc/XFunctions.hpp>
#include <uno/lbnames.h>

#include <cstring>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;

namespace finsam::uno {

namespace {

const OUString& implementation_name() {
    static const OUString name = to_ustring(std::string(meta::kImplementationName));
    return name;
}

Sequence<OUString> service_names() {
    // com.sun.star.sheet.AddIn makes Calc look the component up in CalcAddIns.xcu.
    const OUString names[] = {implementation_name(), OUString("com.sun.star.sheet.AddIn")};
    return Sequence<OUString>(names, 2);
}

// The answer of `method` (its name in meta::kFunctions) as Calc shows it, whatever happens.
template <class F>
Any catch_all(std::string_view method, F&& compute) noexcept {
    try {
        return to_any(compute(), meta::function(method).array_result);
    } catch (const CalcError& e) {
        return error_any(e.code);
    } catch (...) {
        try {
            return Any(OUString("Internt fel i finsam-calc."));
        } catch (...) {
            return Any();
        }
    }
}

// FINSAM_AUDIT's Område (meta::Kind::Reference, the only one), read as the menu command reads a
// sheet (read_cells: a date, a percentage or a truth value as the text the CSV export writes, an
// error as its text), with the calling document's number formats; only its filled cells, so that
// A:Z with one stray cell in Z1048576 costs what A:Z without it costs. Left out, Calc passes no range
// and the answer is Err:502, as for an omitted Array argument.
std::optional<CompactSheet> read_audit_range(const CellRange& range,
                                             const Reference<css::beans::XPropertySet>& document,
                                             const Reference<css::uno::XComponentContext>& ctx) {
    if (!range.is()) throw CalcError{kErrIllegalArgument};
    Reference<css::util::XNumberFormats> formats;
    Reference<css::util::XNumberFormatter> formatter;
    try {
        const Reference<css::util::XNumberFormatsSupplier> supplier(document, css::uno::UNO_QUERY);
        if (supplier.is() && ctx.is()) {
            formats = supplier->getNumberFormats();
            formatter.set(css::util::NumberFormatter::create(ctx), css::uno::UNO_QUERY_THROW);
            formatter->attachNumberFormatsSupplier(supplier);
        }
    } catch (const css::uno::Exception&) {
        formatter.clear();
    }
    return read_cells(range, formats, formatter);
}

class FunctionsComponent
    : public cppu::WeakImplHelper3<se::finsamcalc::XFunctions, css::lang::XServiceInfo, css::lang::XServiceName> {
public:
    explicit FunctionsComponent(const Reference<css::uno::XComponentContext>& ctx) : ctx_(ctx) {}

    Any SAL_CALL finsamSplit(const Rows& total, const Rows& key, const Any& step, const Any& stateLines,
                             const Any& base) override {
        return catch_all("finsamSplit", [&] {
            return calc::finsam_split(to_grid(total), to_grid(key), to_grid(step), to_grid(stateLines), to_grid(base));
        });
    }
    Any SAL_CALL budgetResult(const Rows& income, const Rows& costs) override {
        return catch_all("budgetResult", [&] { return calc::budget_result(to_grid(income), to_grid(costs)); });
    }
    Any SAL_CALL equityProjection(const Rows& opening, const Rows& results, const Any& periods) override {
        return catch_all("equityProjection",
                         [&] { return calc::equity_projection(to_grid(opening), to_grid(results), to_grid(periods)); });
    }
    Any SAL_CALL finsamCheck(const Rows& lines, const Rows& total, const Any& tolerance, const Any& unit) override {
        return catch_all("finsamCheck", 
            [&] { return calc::finsam_check(to_grid(lines), to_grid(total), to_grid(tolerance), to_grid(unit)); });
    }
    Any SAL_CALL finsamAudit(const CellRange& range, const Reference<css::beans::XPropertySet>& document) override {
        return catch_all("finsamAudit", [&] { return calc::finsam_audit(read_audit_range(range, document, ctx_)); });
    }
    Any SAL_CALL equityCeiling(const Rows& contributions, const Rows& staircase) override {
        return catch_all("equityCeiling",
                         [&] { return calc::equity_ceiling(to_grid(contributions), to_grid(staircase)); });
    }
    Any SAL_CALL equityCeilingCheck(const Rows& equity, const Rows& contributions, const Rows& staircase,
                                    const Any& unit) override {
        return catch_all("equityCeilingCheck", [&] {
            return calc::equity_ceiling_check(to_grid(equity), to_grid(contributions), to_grid(staircase),
                                              to_grid(unit));
        });
    }

    OUString SAL_CALL getImplementationName() override { return implementation_name(); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return service_names(); }
    OUString SAL_CALL getServiceName() override { return implementation_name(); }

private:
    Reference<css::uno::XComponentContext> ctx_;
};

Reference<css::uno::XInterface> SAL_CALL create(const Reference<css::uno::XComponentContext>& ctx) {
    return static_cast<cppu::OWeakObject*>(new FunctionsComponent(ctx));
}

}  // namespace

}  // namespace finsam::uno

extern "C" {

SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(const char** env_type_name,
                                                                          uno_Environment**) {
    *env_type_name = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}

SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation, void*, void*) {
    using namespace finsam::uno;
    // the menu command Verktyg › Granska budget (finsam), in the same library
    if (implementation != nullptr && implementation == kAuditCommandImplementationName) return audit_command_factory();
    if (implementation == nullptr || std::strcmp(implementation, finsam::meta::kImplementationName.data()) != 0)
        return nullptr;
    try {
        Reference<css::lang::XSingleComponentFactory> factory =
            cppu::createSingleComponentFactory(create, implementation_name(), service_names());
        factory->acquire();
        return factory.get();
    } catch (...) {
        return nullptr;
    }
}

}  // extern "C"
