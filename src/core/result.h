#pragma once

// Result<T>: a value or an error message a user can read. Module APIs return these instead of
// throwing, so errors cross module boundaries and Qt slots as plain data.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lb {

struct Error {
    QString message;
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that produces no value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

} // namespace lb
