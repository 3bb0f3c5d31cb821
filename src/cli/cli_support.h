#pragma once

// Small helpers shared by the CLI commands, so every command names and checks things the same way
// (see CONTRIBUTING.md, "Adding a CLI command"): option parsing on top of QCommandLineParser with
// a usage line that names the command, the store argument, the output format taken from --out's
// extension, conflicting options, the FDR switch, numbers in the user's locale, and opening a
// store with a readable error.

#include "cli/commands.h"
#include "store/store.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace lb::cli {

// Parses `args` (without the program and command names). On --help prints the help to io.out and
// returns false with *exitCode 0; on an error prints it to io.err and returns false with *exitCode 2.
bool parseArgs(QCommandLineParser &parser, const QString &command, const QStringList &args, CommandIo io,
               int *exitCode);

// The store argument: the same name (STORE) and description in every command.
void addStoreArgument(QCommandLineParser &parser);

// The output format from the file's extension (lower case, without the dot), when it is one of
// `supported`; otherwise prints "--out x.jpg: … use .png or .pdf" and returns nothing.
std::optional<QString> outputFormat(const QString &path, const QStringList &supported, CommandIo io,
                                    const QString &option = QStringLiteral("--out"));

// Prints that two options cannot be used together and returns true when both are set.
bool conflicting(const QCommandLineParser &parser, const QCommandLineOption &a, const QCommandLineOption &b,
                 CommandIo io);

// False discovery rate control, switched by the same options in every method: --fdr and --no-fdr.
struct FdrOptions {
    FdrOptions(bool defaultOn);
    QCommandLineOption on;
    QCommandLineOption off;
    bool defaultOn;
    void addTo(QCommandLineParser &parser) const { parser.addOptions({on, off}); }
    // The choice, or nothing after printing that both were given.
    std::optional<bool> choice(const QCommandLineParser &parser, CommandIo io) const;
};

// A CRS option (--crs EPSG:N; a bare number is accepted too): the EPSG code, 0 when not set, or
// nothing after printing the problem.
std::optional<int> crsOption(const QCommandLineParser &parser, const QCommandLineOption &option, CommandIo io);

// Numbers for people, in the user's locale (28 876 in Swedish, 28,876 in English).
QString number(qint64 value);
QString number(double value, int decimals);

std::unique_ptr<store::Store> openStore(const QString &path, CommandIo io,
                                        store::Store::Mode mode = store::Store::Mode::ReadOnly);

} // namespace lb::cli
