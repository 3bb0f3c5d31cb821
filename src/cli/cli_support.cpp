#include "cli/cli_support.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

namespace lb::cli {

namespace {
// QCommandLineParser's help with a usage line that names the command ("Usage: lagesbild-cli
// render [options] STORE") and its headings in the user's language.
QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    // The first line is "Usage: /path/to/program [options] ARGS…": name the program as users type it.
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    const QString first = text.left(eol);
    const qsizetype afterHeading = first.indexOf(QLatin1Char(' '));
    const qsizetype afterProgram = first.indexOf(QLatin1Char(' '), afterHeading + 1);
    text.replace(0, eol,
                 QStringLiteral("Usage: lagesbild-cli ") + command +
                     (afterProgram >= 0 ? first.mid(afterProgram) : QString()));
    const auto heading = [&text](const QString &english, const QString &translated) {
        if (text.startsWith(english))
            text.replace(0, english.size(), translated);
        text.replace(QLatin1Char('\n') + english + QLatin1Char('\n'),
                     QLatin1Char('\n') + translated + QLatin1Char('\n'));
    };
    heading(QStringLiteral("Usage:"), QCoreApplication::translate("lb::cli", "Usage:"));
    const qsizetype options = text.indexOf(QLatin1String(" [options]"));
    if (options >= 0 && options < text.indexOf(QLatin1Char('\n')))
        text.replace(options + 1, 9, QCoreApplication::translate("lb::cli", "[options]"));
    heading(QStringLiteral("Options:"), QCoreApplication::translate("lb::cli", "Options:"));
    heading(QStringLiteral("Arguments:"), QCoreApplication::translate("lb::cli", "Arguments:"));
    return text;
}

// QCommandLineParser's own error messages. Qt translates them in context "QCommandLineParser", but
// Debian's Swedish Qt catalogue (qt_sv.qm) lacks them, so our catalogue carries them; these marks
// let the catalogue test see them.
[[maybe_unused]] const char *const kParserMessages[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

// How long a command waits for another program to finish writing to its store.
constexpr int kBusyWaitSeconds = 60;
} // namespace

bool parseArgs(QCommandLineParser &parser, const QString &command, const QStringList &args, CommandIo io, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("lb::cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("lagesbild-cli")} + args)) {
        io.err << QStringLiteral("lagesbild-cli %1: ").arg(command) << parser.errorText() << '\n'
               << QCoreApplication::translate("lb::cli", "Run lagesbild-cli %1 --help for its options.").arg(command)
               << '\n';
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        io.out << helpText(parser, command);
        *exitCode = 0;
        return false;
    }
    return true;
}

void addStoreArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("STORE"),
                                 QCoreApplication::translate("lb::cli", "The store (a .gpkg file)."));
}

std::optional<QString> outputFormat(const QString &path, const QStringList &supported, CommandIo io,
                                    const QString &option)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (supported.contains(suffix))
        return suffix;
    QStringList dotted;
    for (const QString &s : supported)
        dotted << QLatin1Char('.') + s;
    const QString list = dotted.join(QStringLiteral(", "));
    if (suffix.isEmpty())
        io.err << QCoreApplication::translate("lb::cli", "%1 %2: the file needs an extension that names its format: "
                                                         "%3.")
                      .arg(option, path, list)
               << '\n';
    else
        io.err << QCoreApplication::translate("lb::cli", "%1 %2: .%3 files cannot be written here; the formats are %4.")
                      .arg(option, path, suffix, list)
               << '\n';
    return std::nullopt;
}

bool conflicting(const QCommandLineParser &parser, const QCommandLineOption &a, const QCommandLineOption &b,
                 CommandIo io)
{
    if (!parser.isSet(a) || !parser.isSet(b))
        return false;
    io.err << QCoreApplication::translate("lb::cli", "--%1 and --%2 cannot be used together.")
                  .arg(a.names().constLast(), b.names().constLast())
           << '\n';
    return true;
}

FdrOptions::FdrOptions(bool defaultOn_)
    : on(QStringLiteral("fdr"),
         defaultOn_ ? QCoreApplication::translate("lb::cli", "Correct for testing many places at once by controlling "
                                                             "the false discovery rate (the default).")
                    : QCoreApplication::translate("lb::cli", "Correct for testing many places at once by controlling "
                                                             "the false discovery rate (default: off)."))
    , off(QStringLiteral("no-fdr"), QCoreApplication::translate("lb::cli", "Do not correct for testing many places "
                                                                           "at once."))
    , defaultOn(defaultOn_)
{}

std::optional<bool> FdrOptions::choice(const QCommandLineParser &parser, CommandIo io) const
{
    if (conflicting(parser, on, off, io))
        return std::nullopt;
    if (parser.isSet(on))
        return true;
    if (parser.isSet(off))
        return false;
    return defaultOn;
}

std::optional<int> crsOption(const QCommandLineParser &parser, const QCommandLineOption &option, CommandIo io)
{
    if (!parser.isSet(option))
        return 0;
    QString text = parser.value(option).trimmed();
    if (text.startsWith(QLatin1String("EPSG:"), Qt::CaseInsensitive))
        text = text.mid(5);
    bool ok = false;
    const int code = text.toInt(&ok);
    if (!ok || code <= 0) {
        io.err << QCoreApplication::translate("lb::cli", "--%1 needs a CRS as EPSG:N (e.g. EPSG:3006), not %2.")
                      .arg(option.names().constFirst(), parser.value(option))
               << '\n';
        return std::nullopt;
    }
    return code;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

std::unique_ptr<store::Store> openStore(const QString &path, CommandIo io, store::Store::Mode mode)
{
    store::OpenRefusal refusal;
    auto store = store::Store::open(path, mode, &refusal);
    if (!store && refusal.kind == store::OpenRefusal::Kind::Busy) {
        // Another import is writing: wait for it, as a user would, but not forever.
        io.err << QCoreApplication::translate("lb::cli", "%1 is busy: another program is writing to it. Waiting up "
                                                         "to %2 seconds for it to finish…")
                      .arg(path)
                      .arg(kBusyWaitSeconds)
               << '\n';
        io.err.flush();
        const QDeadlineTimer deadline(kBusyWaitSeconds * 1000);
        while (!store && refusal.kind == store::OpenRefusal::Kind::Busy && !deadline.hasExpired()) {
            QThread::msleep(250);
            store = store::Store::open(path, mode, &refusal);
        }
    }
    if (!store) {
        io.err << store.errorMessage() << '\n';
        if (refusal.kind == store::OpenRefusal::Kind::OlderSchema && mode == store::Store::Mode::ReadOnly)
            io.err << QCoreApplication::translate("lb::cli", "Upgrade it once with: lagesbild-cli upgrade %1 (a copy "
                                                             "of the old file is kept beside it).")
                          .arg(path)
                   << '\n';
        return nullptr;
    }
    for (const QString &note : (*store)->openNotes())
        io.err << note << '\n';
    return std::move(*store);
}

} // namespace lb::cli
