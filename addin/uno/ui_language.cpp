#include "ui_language.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <rtl/ustring.hxx>

#include <cstdlib>

namespace finsam::uno {

using rtl::OUString;

bool ui_is_english(const css::uno::Reference<css::uno::XComponentContext>& ctx) {
    OUString locale;
    try {
        const css::uno::Reference<css::lang::XMultiServiceFactory> provider =
            css::configuration::theDefaultProvider::get(ctx);
        css::beans::PropertyValue path;
        path.Name = "nodepath";
        path.Value <<= OUString("/org.openoffice.Setup/L10N");
        const css::uno::Any arg(path);
        const css::uno::Sequence<css::uno::Any> args(&arg, 1);
        const css::uno::Reference<css::container::XNameAccess> l10n(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
            css::uno::UNO_QUERY_THROW);
        l10n->getByName("ooLocale") >>= locale;
    } catch (const css::uno::Exception&) {
        locale.clear();
    }
    if (locale.isEmpty()) {
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            const char* value = std::getenv(name);
            if (value != nullptr && *value != '\0') {
                locale = OUString::createFromAscii(value);
                break;
            }
        }
    }
    return !locale.startsWith("sv");
}

}  // namespace finsam::uno
