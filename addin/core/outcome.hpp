// A value or a Swedish message for the cell. The core never lets an input problem become an
// exception or a number: it becomes an Error that names the argument at fault.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace finsam {

struct Error {
    std::string message;  // complete Swedish sentence, shown as is in the cell
};

template <class T>
class Outcome {
public:
    Outcome(T value) : v_(std::move(value)) {}
    Outcome(Error error) : v_(std::move(error)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(v_); }
    T& value() { return std::get<0>(v_); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

}  // namespace finsam
