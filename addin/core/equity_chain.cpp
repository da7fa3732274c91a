#include "equity_chain.hpp"

namespace finsam {

std::vector<Money> equity_chain(Money opening, const std::vector<Money>& results) {
    std::vector<Money> closing;
    closing.reserve(results.size());
    Money equity = opening;
    for (Money r : results) closing.push_back(equity += r);
    return closing;
}

}  // namespace finsam
