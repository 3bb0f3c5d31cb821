#pragma once

// Matches a source's category values (or finding kinds) to the taxonomy as a person would: a code
// or a label in either language, whatever the case, diacritics, spaces or punctuation ("BRAND,
// ÖVRIGT" is brand_ovrigt), matches by itself; a value that is close to one entry ("Burglary" and
// "Burglary and theft", a typo such as "Klottre") gets that entry proposed, for the user to
// confirm. Also lists the codes, for error messages that name the valid ones.
//
// Plain value; any thread.

#include "core/result.h"
#include "core/taxonomy.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lb::io {

struct TaxonomyEntry {
    QString code;
    QString labelSv;
    QString labelEn;
};

class CategoryMatcher {
public:
    explicit CategoryMatcher(std::vector<TaxonomyEntry> entries);
    static CategoryMatcher forCategories(const std::vector<Category> &categories);
    static CategoryMatcher forFindingKinds(const std::vector<FindingKind> &kinds);

    // The code a value names by itself (its code or a label); empty when none.
    QString match(const QString &value) const;
    // The closest entry when the value matches none by itself: every word of the value is a word
    // of the label (or the other way round), the words overlap, or the value is the label with a
    // letter or two wrong. Ties go to the entry listed first.
    std::optional<TaxonomyEntry> propose(const QString &value) const;

    const std::vector<TaxonomyEntry> &entries() const { return m_entries; }
    QStringList codes() const;

private:
    std::vector<TaxonomyEntry> m_entries;
};

// The distinct non-empty values of a column of a file, in the order they first appear.
Result<QStringList> distinctValues(const QString &path, const QString &layer, const QString &column);

} // namespace lb::io
