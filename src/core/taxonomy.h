#pragma once

// The default category taxonomy for incidents and the kinds of safety-walk findings. A new store
// is seeded from these lists; afterwards the store's own tables are the truth and can be edited.

#include <QString>

#include <vector>

namespace lb {

struct Category {
    QString code;           // stable ASCII code stored on each incident
    QString labelSv;        // Swedish label
    QString labelEn;        // English label
    QString group;          // category group code, used for colours and summaries
    bool sensitive = false; // never shown as single points in public output
    int sortOrder = 0;
};

struct CategoryGroup {
    QString code;
    QString labelSv;
    QString labelEn;
};

struct FindingKind {
    QString code;
    QString labelSv;
    QString labelEn;
    int sortOrder = 0;
};

const std::vector<Category> &defaultCategories();
const std::vector<CategoryGroup> &categoryGroups();
const std::vector<FindingKind> &defaultFindingKinds();

// The label in the UI language: Swedish unless the application's locale is not Swedish.
QString localizedLabel(const QString &labelSv, const QString &labelEn);

} // namespace lb
