// lagesbild-cli codes STORE [--kind category|source|area]: the codes and names that options such
// as --categories, --sources, --district and --value accept, with their labels.
// lagesbild-cli taxonomy add STORE --code C --sv LABEL --en LABEL --group G [--sensitive]: adds a
// category to the store's taxonomy, for a source whose categories the taxonomy lacks.

#include "cli/cli_support.h"
#include "cli/code_check.h"
#include "core/taxonomy.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Codes)
};

void listCategories(const store::Store &store, CommandIo io)
{
    auto cats = store.categories();
    if (!cats)
        return;
    io.out << Tr::tr("Categories (--categories, --value VALUE=CODE):") << '\n';
    for (const Category &c : *cats)
        io.out << "  " << c.code << "\t" << c.labelSv << " / " << c.labelEn << "\t" << c.group
               << (c.sensitive ? QStringLiteral("\t") + Tr::tr("sensitive") : QString()) << '\n';
}

void listSources(const store::Store &store, CommandIo io)
{
    io.out << Tr::tr("Reporting organisations (--sources):") << '\n';
    const QStringList names = sourceNames(store);
    if (names.isEmpty())
        io.out << "  " << Tr::tr("none yet") << '\n';
    for (const QString &n : names)
        io.out << "  " << n << '\n';
}

void listAreas(const store::Store &store, CommandIo io)
{
    io.out << Tr::tr("Areas (--district):") << '\n';
    if (auto areas = store.areas())
        for (const Area &a : *areas)
            io.out << "  " << a.name << "\t" << a.kind << '\n';
}
} // namespace

int runCodes(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the category codes, reporting organisations and areas of a store."));
    parser.addPositionalArgument(QStringLiteral("STORE"), Tr::tr("The store."));
    const QCommandLineOption kindOpt(QStringLiteral("kind"), Tr::tr("Only category, source or area."),
                                     QStringLiteral("KIND"));
    parser.addOption(kindOpt);
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("codes"), args, io, &rc))
        return rc;
    if (parser.positionalArguments().size() != 1) {
        io.err << Tr::tr("codes needs exactly one store.") << '\n';
        return 2;
    }
    const QString kind = parser.value(kindOpt).toLower();
    if (!kind.isEmpty() && kind != QLatin1String("category") && kind != QLatin1String("source") &&
        kind != QLatin1String("area")) {
        io.err << Tr::tr("--kind takes category, source or area, not %1.").arg(kind) << '\n';
        return 2;
    }
    auto store = openStore(parser.positionalArguments().first(), io);
    if (!store)
        return 1;
    if (kind.isEmpty() || kind == QLatin1String("category"))
        listCategories(*store, io);
    if (kind.isEmpty() || kind == QLatin1String("source"))
        listSources(*store, io);
    if (kind.isEmpty() || kind == QLatin1String("area"))
        listAreas(*store, io);
    return 0;
}

int runTaxonomy(const QStringList &args, CommandIo io)
{
    // One action so far: taxonomy add.
    if (args.isEmpty() || args.first() != QLatin1String("add")) {
        io.err << Tr::tr("taxonomy takes an action: add.") << '\n';
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Add a category to the taxonomy of a store."));
    addStoreArgument(parser);
    const QCommandLineOption codeOpt(QStringLiteral("code"),
                                     Tr::tr("The new category's code: lower-case letters, digits and _."),
                                     QStringLiteral("CODE"));
    const QCommandLineOption svOpt(QStringLiteral("sv"), Tr::tr("Its Swedish label."), QStringLiteral("LABEL"));
    const QCommandLineOption enOpt(QStringLiteral("en"), Tr::tr("Its English label."), QStringLiteral("LABEL"));
    const QCommandLineOption groupOpt(QStringLiteral("group"), Tr::tr("Its category group (default: other)."),
                                      QStringLiteral("GROUP"), QStringLiteral("other"));
    const QCommandLineOption sensitiveOpt(QStringLiteral("sensitive"),
                                          Tr::tr("Never show single incidents of it in public outputs."));
    parser.addOptions({codeOpt, svOpt, enOpt, groupOpt, sensitiveOpt});
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("taxonomy add"), args.mid(1), io, &rc))
        return rc;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || !parser.isSet(codeOpt) || !parser.isSet(svOpt) || !parser.isSet(enOpt)) {
        io.err << Tr::tr("Usage: lagesbild-cli taxonomy add STORE --code CODE --sv LABEL --en LABEL [--group GROUP] "
                         "[--sensitive]")
               << '\n';
        return 2;
    }
    auto store = openStore(pos.at(0), io, store::Store::Mode::ReadWrite);
    if (!store)
        return 1;
    if (store->isReadOnly())
        return 1;
    Category c;
    c.code = parser.value(codeOpt).trimmed();
    c.labelSv = parser.value(svOpt);
    c.labelEn = parser.value(enOpt);
    c.group = parser.value(groupOpt).trimmed();
    c.sensitive = parser.isSet(sensitiveOpt);
    if (Status s = store->insertCategory(c); !s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    if (Status s = store->checkpoint(); !s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    io.out << Tr::tr("Added the category %1 (%2 / %3) to the group %4.").arg(c.code, c.labelSv, c.labelEn, c.group)
           << '\n';
    return 0;
}

} // namespace lb::cli
