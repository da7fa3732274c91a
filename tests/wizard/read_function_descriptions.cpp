// read_function_descriptions — what the function wizard of a running LibreOffice says about the
// finsam-calc functions, checked against idl/function_table.hpp.
//
//   read_function_descriptions --pipe NAME --lang sv|en-US [--timeout SECONDS] [--keep-running]
//                              [--show NAME]...
//
// Connects over URP to a soffice started with --accept="pipe,name=NAME;urp;" (retrying until it
// listens), reads com.sun.star.sheet.FunctionDescriptions — the list the function wizard shows —
// and checks, for every function in the table: it is there under its display name, in the Add-in
// category, with the table's description in LANG; every parameter is there, in order, with the
// table's name and description in LANG and the table's optionality. Then it terminates soffice
// (XDesktop::terminate) unless --keep-running. --show NAME also prints the entry of another function
// (e.g. SUM, to see the office's own language). Exit status 0 only if every check passed.
#include "function_table.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/FunctionArgument.hpp>
#include <com/sun/star/sheet/FunctionCategory.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <rtl/ustring.hxx>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace css = com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using css::uno::UNO_SET_THROW;
using rtl::OUString;

namespace {

std::string utf8(const OUString& s) {
    const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), o.getLength());
}

OUString ustr(std::string_view s) {
    return OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

struct Entry {
    bool seen_name = false, seen_desc = false, seen_cat = false, seen_args = false;
    sal_Int32 category = -1;
    std::string name, description;
    Sequence<css::sheet::FunctionArgument> args;
};

Entry read_entry(const Sequence<css::beans::PropertyValue>& props) {
    Entry e;
    for (const css::beans::PropertyValue& p : props) {
        if (p.Name == "Name") e.seen_name = true, e.name = utf8(p.Value.get<OUString>());
        else if (p.Name == "Description") e.seen_desc = true, e.description = utf8(p.Value.get<OUString>());
        else if (p.Name == "Category") e.seen_cat = true, e.category = p.Value.get<sal_Int32>();
        else if (p.Name == "Arguments") e.seen_args = true, p.Value >>= e.args;  // void for functions without arguments
    }
    return e;
}

struct Checker {
    int failures = 0;
    int checks = 0;
    void fail(const std::string& where, const std::string& what) {
        ++failures;
        std::cout << "FAIL " << where << ": " << what << "\n";
    }
    // expected text in the language under test; `other` is the other language's, for the message
    void text(const std::string& where, const std::string& got, std::string_view want, std::string_view other) {
        ++checks;
        if (got.empty()) {
            fail(where, "empty (expected \"" + std::string(want) + "\")");
        } else if (got != want) {
            std::string why = (got == other && want != other) ? " (this is the other language's text)" : "";
            fail(where, "got \"" + got + "\"" + why + ", expected \"" + std::string(want) + "\"");
        }
    }
};

Reference<css::uno::XComponentContext> connect(const Reference<css::uno::XComponentContext>& local,
                                               const std::string& pipe, int timeout_s) {
    const Reference<css::bridge::XUnoUrlResolver> resolver = css::bridge::UnoUrlResolver::create(local);
    const OUString url = "uno:pipe,name=" + ustr(pipe) + ";urp;StarOffice.ComponentContext";
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
    for (;;) {
        try {
            return Reference<css::uno::XComponentContext>(resolver->resolve(url), UNO_QUERY_THROW);
        } catch (const css::connection::NoConnectException&) {
            if (std::chrono::steady_clock::now() > deadline) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
    }
}

int usage() {
    std::cerr << "usage: read_function_descriptions --pipe NAME --lang sv|en-US [--timeout SECONDS] "
                 "[--keep-running] [--show NAME]...\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string pipe, lang;
    int timeout_s = 60;
    bool keep_running = false;
    std::vector<std::string> show;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--pipe" && i + 1 < argc) pipe = argv[++i];
        else if (a == "--lang" && i + 1 < argc) lang = argv[++i];
        else if (a == "--timeout" && i + 1 < argc) timeout_s = std::atoi(argv[++i]);
        else if (a == "--keep-running") keep_running = true;
        else if (a == "--show" && i + 1 < argc) show.emplace_back(argv[++i]);
        else return usage();
    }
    if (pipe.empty() || (lang != "sv" && lang != "en-US")) return usage();
    const bool swedish = lang == "sv";

    // A remote client needs the URE's types and the bridge services only: bootstrap from the
    // office's own fundamentalrc (what the SDK's environment script sets), unless told otherwise.
    setenv("URE_BOOTSTRAP", "vnd.sun.star.pathname:" FINSAM_LO_PROGRAM_DIR "/fundamentalrc", 0);

    Reference<css::frame::XDesktop2> desktop;
    Checker c;
    int functions = 0, params = 0, addin_total = 0;
    try {
        const Reference<css::uno::XComponentContext> local = cppu::defaultBootstrap_InitialComponentContext();
        const auto t0 = std::chrono::steady_clock::now();
        const Reference<css::uno::XComponentContext> ctx = connect(local, pipe, timeout_s);
        const auto t1 = std::chrono::steady_clock::now();
        std::cout << "connected to soffice on pipe " << pipe << " after "
                  << std::chrono::duration_cast<std::chrono::milliseconds>(t1 - t0).count() << " ms\n";
        desktop = css::frame::Desktop::create(ctx);

        // A hidden spreadsheet first, so that Calc (and with it the add-in collection) is loaded.
        Sequence<css::beans::PropertyValue> load_args(1);
        load_args.getArray()[0].Name = "Hidden";
        load_args.getArray()[0].Value <<= true;
        const Reference<css::lang::XComponent> doc = Reference<css::frame::XComponentLoader>(desktop, UNO_QUERY_THROW)
            ->loadComponentFromURL("private:factory/scalc", "_blank", 0, load_args);

        const Reference<css::lang::XMultiComponentFactory> smgr(ctx->getServiceManager(), UNO_SET_THROW);
        const Reference<css::uno::XInterface> fd(
            smgr->createInstanceWithContext("com.sun.star.sheet.FunctionDescriptions", ctx), UNO_SET_THROW);
        const Reference<css::container::XIndexAccess> by_index(fd, UNO_QUERY_THROW);
        const Reference<css::container::XNameAccess> by_name(fd, UNO_QUERY_THROW);

        std::map<std::string, Entry> all;  // every function the wizard lists, by name
        for (sal_Int32 i = 0, n = by_index->getCount(); i < n; ++i) {
            Entry e = read_entry(by_index->getByIndex(i).get<Sequence<css::beans::PropertyValue>>());
            if (e.category == css::sheet::FunctionCategory::ADDIN) ++addin_total;
            all.emplace(e.name, std::move(e));
        }
        std::cout << "FunctionDescriptions: " << by_index->getCount() << " functions, " << addin_total
                  << " in category " << css::sheet::FunctionCategory::ADDIN << " (Add-in)\n";

        // The office's own SUM, to show which UI language the office runs in (sv: SUMMA).
        for (const char* sum : {"SUM", "SUMMA"})
            if (const auto it = all.find(sum); it != all.end())
                std::cout << "office's own " << sum << ": " << it->second.description << "\n";
        for (const std::string& name : show) {
            const auto it = all.find(name);
            if (it == all.end()) {
                std::cout << "(--show " << name << ": not listed)\n";
                continue;
            }
            std::cout << name << " [category " << it->second.category << "]: " << it->second.description << "\n";
            for (const css::sheet::FunctionArgument& a : it->second.args)
                std::cout << "  " << utf8(a.Name) << ": " << utf8(a.Description) << "\n";
        }

        for (const finsam::meta::Function& f : finsam::meta::kFunctions) {
            ++functions;
            const std::string fname(f.display_name);
            const auto it = all.find(fname);
            ++c.checks;
            if (it == all.end() || !by_name->hasByName(ustr(fname))) {
                c.fail(fname, "not in FunctionDescriptions");
                params += static_cast<int>(f.params.size());
                continue;
            }
            // the same entry through XNameAccess as through XIndexAccess
            const Entry& e = it->second;
            const Entry named = read_entry(by_name->getByName(ustr(fname)).get<Sequence<css::beans::PropertyValue>>());
            ++c.checks;
            if (named.description != e.description || named.args.getLength() != e.args.getLength())
                c.fail(fname, "XNameAccess and XIndexAccess disagree");
            ++c.checks;
            if (!e.seen_name || !e.seen_desc || !e.seen_cat || !e.seen_args)
                c.fail(fname, "an entry lacks Name, Description, Category or Arguments");
            ++c.checks;
            if (e.category != css::sheet::FunctionCategory::ADDIN)
                c.fail(fname, "category " + std::to_string(e.category) + ", expected ADDIN (11)");
            c.text(fname + " description", e.description, swedish ? f.desc_sv : f.desc_en,
                   swedish ? f.desc_en : f.desc_sv);
            std::cout << fname << " [category " << e.category << "]: " << e.description << "\n";

            ++c.checks;
            if (static_cast<std::size_t>(e.args.getLength()) != f.params.size())
                c.fail(fname, std::to_string(e.args.getLength()) + " parameters, expected " +
                                  std::to_string(f.params.size()));
            for (std::size_t k = 0; k < f.params.size(); ++k) {
                const finsam::meta::Param& p = f.params[k];
                ++params;
                const std::string where = fname + " parameter " + std::to_string(k + 1) + " (" +
                                          std::string(p.idl_name) + ")";
                if (k >= static_cast<std::size_t>(e.args.getLength())) {
                    c.fail(where, "missing");
                    continue;
                }
                const css::sheet::FunctionArgument& a = e.args[static_cast<sal_Int32>(k)];
                c.text(where + " name", utf8(a.Name), swedish ? p.name_sv : p.name_en, swedish ? p.name_en : p.name_sv);
                c.text(where + " description", utf8(a.Description), swedish ? p.desc_sv : p.desc_en,
                       swedish ? p.desc_en : p.desc_sv);
                ++c.checks;
                if (static_cast<bool>(a.IsOptional) != p.optional)
                    c.fail(where, std::string("IsOptional is ") + (a.IsOptional ? "true" : "false") +
                                      ", the table says " + (p.optional ? "optional" : "required"));
                std::cout << "  " << (a.IsOptional ? "[" : "") << utf8(a.Name) << (a.IsOptional ? "]" : "")
                          << ": " << utf8(a.Description) << "\n";
            }
        }

        Reference<css::util::XCloseable> closeable(doc, css::uno::UNO_QUERY);
        if (closeable.is()) closeable->close(true);
    } catch (const css::uno::Exception& ex) {
        std::cout << "FAIL UNO exception: " << utf8(ex.Message) << "\n";
        ++c.failures;
    }

    if (desktop.is() && !keep_running) {
        try {
            desktop->terminate();
        } catch (const css::uno::Exception&) {
            // the bridge may go down before the reply arrives: soffice is gone either way
        }
    }

    std::cout << lang << ": " << functions << " functions and " << params << " parameters checked ("
              << c.checks << " checks), " << c.failures << " failure" << (c.failures == 1 ? "" : "s") << "\n";
    return c.failures == 0 ? 0 : 1;
}
