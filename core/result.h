#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace rollbook {

/// What went wrong, so that a server can map an error to its result and a screen can word it.
enum class ErrorKind {
    Validation, ///< the input is wrong; the same request will fail again
    Conflict, ///< someone else changed the same thing meanwhile
    NotFound, ///< what the request names does not exist (any more)
    Forbidden, ///< the acting operator's role may not do this
    Busy, ///< the store is locked or overloaded; the same request may succeed later
    Internal, ///< the store failed in a way the user cannot fix
};

/// An error as a value: a message a person can read, shown as it is, and its kind.
struct Error
{
    Error() = default;
    explicit Error(QString text, QString about = {})
        : message(std::move(text))
        , field(std::move(about))
    { }
    Error(ErrorKind what, QString text)
        : message(std::move(text))
        , kind(what)
    { }

    QString message;
    QString field; ///< the input the error is about ("email", "phone"...), when it is about one
    ErrorKind kind = ErrorKind::Validation;
};

/// Either a value or an Error. Errors never travel as exceptions across the event loop.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_data); }
    const T &value() const { return std::get<0>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    /// The error's message; empty when the result holds a value.
    const QString &error() const
    {
        static const QString none;
        return ok() ? none : std::get<1>(m_data).message;
    }

    /// Which input the error is about; empty when none or when the result holds a value.
    QString errorField() const { return ok() ? QString() : std::get<1>(m_data).field; }
    ErrorKind errorKind() const { return ok() ? ErrorKind::Validation : std::get<1>(m_data).kind; }
    /// The whole Error, to pass on unchanged (message, field and kind). Only on a failed result.
    const Error &failure() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

struct Done
{
};

/// For operations that return nothing but may fail.
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace rollbook
