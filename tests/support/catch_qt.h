#pragma once

// Lets Catch2 print Qt values in failure messages.

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Catch {

template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};

template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &b) { return '"' + b.toStdString() + '"'; }
};

template <> struct StringMaker<QDate> {
    static std::string convert(const QDate &d) { return d.toString(Qt::ISODate).toStdString(); }
};

} // namespace Catch
