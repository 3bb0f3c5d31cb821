#include "analysis/class_labels.h"

#include <QCoreApplication>

namespace lb::analysis {

namespace {
struct ClassLabelsTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::ClassLabels)
};
} // namespace

QString classLabel(EmergingCategory c)
{
    switch (c) {
    case EmergingCategory::NoPattern:
        return ClassLabelsTr::tr("no pattern");
    case EmergingCategory::NewHot:
        return ClassLabelsTr::tr("new hot spot");
    case EmergingCategory::ConsecutiveHot:
        return ClassLabelsTr::tr("consecutive hot spot");
    case EmergingCategory::IntensifyingHot:
        return ClassLabelsTr::tr("intensifying hot spot");
    case EmergingCategory::PersistentHot:
        return ClassLabelsTr::tr("persistent hot spot");
    case EmergingCategory::DiminishingHot:
        return ClassLabelsTr::tr("diminishing hot spot");
    case EmergingCategory::SporadicHot:
        return ClassLabelsTr::tr("sporadic hot spot");
    case EmergingCategory::OscillatingHot:
        return ClassLabelsTr::tr("oscillating hot spot");
    case EmergingCategory::HistoricalHot:
        return ClassLabelsTr::tr("historical hot spot");
    case EmergingCategory::NewCold:
        return ClassLabelsTr::tr("new cold spot");
    case EmergingCategory::ConsecutiveCold:
        return ClassLabelsTr::tr("consecutive cold spot");
    case EmergingCategory::IntensifyingCold:
        return ClassLabelsTr::tr("intensifying cold spot");
    case EmergingCategory::PersistentCold:
        return ClassLabelsTr::tr("persistent cold spot");
    case EmergingCategory::DiminishingCold:
        return ClassLabelsTr::tr("diminishing cold spot");
    case EmergingCategory::SporadicCold:
        return ClassLabelsTr::tr("sporadic cold spot");
    case EmergingCategory::OscillatingCold:
        return ClassLabelsTr::tr("oscillating cold spot");
    case EmergingCategory::HistoricalCold:
        return ClassLabelsTr::tr("historical cold spot");
    }
    return {};
}

QString classLabel(LisaClass c)
{
    switch (c) {
    case LisaClass::NotSignificant:
        return ClassLabelsTr::tr("not significant");
    case LisaClass::HighHigh:
        return ClassLabelsTr::tr("cluster of high values (HH)");
    case LisaClass::LowLow:
        return ClassLabelsTr::tr("cluster of low values (LL)");
    case LisaClass::LowHigh:
        return ClassLabelsTr::tr("low value among high (LH)");
    case LisaClass::HighLow:
        return ClassLabelsTr::tr("high value among low (HL)");
    case LisaClass::NoNeighbours:
        return ClassLabelsTr::tr("no neighbours");
    }
    return {};
}

} // namespace lb::analysis
