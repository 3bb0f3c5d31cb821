#include "app/survey_pin_table_model.h"

#include <QLocale>

namespace lb::app {

namespace {
QString timeOfDayText(lb::TimeOfDay t)
{
    switch (t) {
    case lb::TimeOfDay::Day:
        return SurveyPinTableModel::tr("day");
    case lb::TimeOfDay::Evening:
        return SurveyPinTableModel::tr("evening");
    case lb::TimeOfDay::Night:
        return SurveyPinTableModel::tr("night");
    case lb::TimeOfDay::Unknown:
        break;
    }
    return {};
}
} // namespace

bool SurveyPinTableModel::accepts(size_t i, const render::MapFilter &filter) const
{
    return filter.acceptsRound(snapshot().surveyPins[i].surveyId);
}

QString SurveyPinTableModel::categoryLabelAt(int row) const
{
    return tr("rating %1").arg(cellText(recordAt(row), Rating));
}

QString SurveyPinTableModel::title(int column) const
{
    switch (column) {
    case Round:
        return tr("Survey round");
    case Rating:
        return tr("Rating");
    case TimeOfDay:
        return tr("Time of day");
    case Reason:
        return tr("Reason");
    case Comment:
        return tr("Comment");
    case Respondent:
        return tr("Respondent");
    case East:
        return tr("E");
    case North:
        return tr("N");
    case Batch:
        return tr("Import batch");
    default:
        return {};
    }
}

QString SurveyPinTableModel::cellText(size_t i, int column) const
{
    const SurveyPin &p = snapshot().surveyPins[i];
    const QLocale locale;
    switch (column) {
    case Round:
        for (const Survey &s : snapshot().surveys)
            if (s.id == p.surveyId)
                return s.name;
        return {};
    case Rating:
        return locale.toString(p.rating);
    case TimeOfDay:
        return timeOfDayText(p.timeOfDay);
    case Reason:
        return p.reason;
    case Comment:
        return p.comment;
    case Respondent:
        return p.respondent;
    case East:
        return locale.toString(p.position.x, 'f', 0);
    case North:
        return locale.toString(p.position.y, 'f', 0);
    case Batch:
        return p.batchId > 0 ? locale.toString(qint64(p.batchId)) : QString();
    default:
        return {};
    }
}

QString SurveyPinTableModel::exportText(size_t i, int column) const
{
    const SurveyPin &p = snapshot().surveyPins[i];
    switch (column) {
    case Rating:
        return QString::number(p.rating);
    case East:
        return QString::number(p.position.x, 'f', 1);
    case North:
        return QString::number(p.position.y, 'f', 1);
    case Batch:
        return p.batchId > 0 ? QString::number(p.batchId) : QString();
    default:
        return cellText(i, column);
    }
}

QVariant SurveyPinTableModel::sortKey(size_t i, int column) const
{
    const SurveyPin &p = snapshot().surveyPins[i];
    switch (column) {
    case Rating:
        return p.rating;
    case East:
        return p.position.x;
    case North:
        return p.position.y;
    case Batch:
        return qlonglong(p.batchId);
    default:
        return cellText(i, column);
    }
}

} // namespace lb::app
