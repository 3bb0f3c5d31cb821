#include "io/personal_data_guard.h"

#include "io/row_converter.h"
#include "io/source_reader.h"

#include <QCoreApplication>

namespace lb::io {

QString toString(PersonalDataChoice c)
{
    switch (c) {
    case PersonalDataChoice::Ask:
        return QStringLiteral("ask");
    case PersonalDataChoice::Redact:
        return QStringLiteral("redact");
    case PersonalDataChoice::Keep:
        return QStringLiteral("keep");
    }
    return {};
}

std::optional<PersonalDataChoice> personalDataChoiceFromString(const QString &s)
{
    for (PersonalDataChoice c : {PersonalDataChoice::Ask, PersonalDataChoice::Redact, PersonalDataChoice::Keep})
        if (s.trimmed().compare(toString(c), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

bool PersonalDataReport::inMappedColumns() const
{
    return std::any_of(columns.begin(), columns.end(), [](const PersonalDataColumn &c) { return c.mapped; });
}

QStringList PersonalDataReport::describe() const
{
    QStringList lines;
    for (const PersonalDataColumn &c : columns) {
        QStringList kinds;
        for (int k = 0; k < kPersonalDataKindCount; ++k)
            if (const std::int64_t n = c.rows[static_cast<size_t>(k)])
                kinds << QCoreApplication::translate("lb::io::PersonalData", "%1 in %n row(s)", nullptr,
                                                     static_cast<int>(n))
                             .arg(personalDataLabel(static_cast<PersonalDataKind>(k)));
        const QString column =
            c.mapped ? c.column
                     : QCoreApplication::translate("lb::io::PersonalData", "%1 (not imported)").arg(c.column);
        lines << QCoreApplication::translate("lb::io::PersonalData", "%1: %2 (e.g. %3)")
                     .arg(column, kinds.join(QLatin1String(", ")), c.example);
    }
    return lines;
}

PersonalDataGuard::PersonalDataGuard(const SourceReader &reader, const FieldMapping &mapping, PersonalDataChoice choice)
    : m_choice(choice)
    , m_names(reader.columns())
{
    const auto n = static_cast<size_t>(m_names.size());
    m_mapped.assign(n, false);
    m_slot.assign(n, -1);
    for (const QString &column : mapping.columns) {
        const int i = reader.columnIndex(column);
        if (i >= 0)
            m_mapped[static_cast<size_t>(i)] = true;
    }
    // The join's key column of the main file is part of what makes a row; keep it too.
    if (mapping.join.isValid())
        if (const int i = reader.columnIndex(mapping.join.on); i >= 0)
            m_mapped[static_cast<size_t>(i)] = true;
    for (size_t i = 0; i < n; ++i)
        if (m_mapped[i])
            m_keptColumns.push_back(static_cast<int>(i));
}

void PersonalDataGuard::inspect(const SourceReader &row, ConvertedRow &converted)
{
    ++m_report.rowsScanned;
    for (size_t i = 0; i < m_slot.size(); ++i) {
        const std::string_view value = row.raw(static_cast<int>(i));
        if (!mayHoldPersonalData(value))
            continue;
        findPersonalData(value, m_matches);
        if (m_matches.empty())
            continue;
        if (m_slot[i] < 0) {
            m_slot[i] = static_cast<int>(m_report.columns.size());
            PersonalDataColumn column;
            column.column = m_names[static_cast<qsizetype>(i)];
            column.mapped = m_mapped[i];
            const PersonalDataMatch &first = m_matches.front();
            column.example = maskPersonalData(
                value.substr(static_cast<size_t>(first.start), static_cast<size_t>(first.length)), first.kind);
            m_report.columns.push_back(std::move(column));
        }
        PersonalDataColumn &column = m_report.columns[static_cast<size_t>(m_slot[i])];
        bool seen[kPersonalDataKindCount] = {};
        for (const PersonalDataMatch &m : m_matches)
            seen[static_cast<int>(m.kind)] = true;
        for (int k = 0; k < kPersonalDataKindCount; ++k)
            column.rows[static_cast<size_t>(k)] += seen[k];
    }
    if (m_choice == PersonalDataChoice::Redact)
        redact(converted);
}

int PersonalDataGuard::redactText(QString &text)
{
    const int n = redactPersonalData(text);
    m_report.valuesRedacted += n;
    return n;
}

int PersonalDataGuard::redactText(QByteArray &text)
{
    const int n = redactPersonalData(text);
    m_report.valuesRedacted += n;
    return n;
}

void PersonalDataGuard::redact(ConvertedRow &c)
{
    if (!c.ok) {
        redactText(c.detail);
        redactText(c.unknownValue);
        return;
    }
    // Only the text fields: the rest are numbers, times, positions and taxonomy codes. Either the
    // encoded incident or the Incident holds the text, the other is empty.
    for (QString *t : {&c.incident.source, &c.incident.sourceRef, &c.incident.description, &c.pin.reason,
                       &c.pin.comment, &c.pin.respondent, &c.answer.indicator, &c.finding.description,
                       &c.finding.responsible, &c.area.name, &c.area.kind})
        redactText(*t);
    for (QByteArray *t : {&c.encoded.source, &c.encoded.ref, &c.encoded.description})
        redactText(*t);
}

QString PersonalDataGuard::rejectJson(const SourceReader &row)
{
    if (m_choice != PersonalDataChoice::Redact)
        return row.rawJson(m_keptColumns, {});
    return row.rawJson(m_keptColumns, [this](QString &value) { redactText(value); });
}

} // namespace lb::io
