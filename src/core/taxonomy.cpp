#include "core/taxonomy.h"

#include <QLocale>

namespace lb {

const std::vector<Category> &defaultCategories()
{
    static const std::vector<Category> categories = [] {
        struct Row {
            const char *code;
            const char *sv;
            const char *en;
            const char *group;
            bool sensitive;
        };
        const Row rows[] = {
            {"skadegorelse", "Skadegörelse", "Vandalism", "property", false},
            {"klotter", "Klotter", "Graffiti", "property", false},
            {"nedskrapning", "Nedskräpning", "Littering", "order", false},
            {"brand_bil", "Brand i bil", "Car fire", "fire", false},
            {"brand_container", "Brand i container", "Container fire", "fire", false},
            {"brand_soprum", "Brand i soprum", "Refuse room fire", "fire", false},
            {"brand_ovrigt", "Brand, övrigt", "Fire, other", "fire", false},
            {"ordningsstorning", "Ordningsstörning", "Public disorder", "order", false},
            {"storande_samling", "Samling av personer som stör", "Disruptive gathering", "order", false},
            {"narkotika", "Narkotika", "Drug dealing and use", "drugs", false},
            {"vald_hot", "Våld och hot", "Violence and threats", "violence", false},
            {"hot_vald_personal", "Hot och våld mot personal", "Threats and violence against staff", "violence", false},
            {"vald_nara_relation", "Våld i nära relation", "Domestic violence", "violence", true},
            {"buskorning_fordon", "Buskörning och fordon", "Reckless driving and vehicles", "order", false},
            {"inbrott_stold", "Inbrott och stöld", "Burglary and theft", "theft", false},
            {"otrygg_plats", "Otrygg plats", "Unsafe place", "unsafe", false},
            {"ovrigt", "Övrigt", "Other", "other", false},
        };
        std::vector<Category> out;
        int order = 0;
        for (const Row &r : rows)
            out.push_back({QString::fromLatin1(r.code), QString::fromUtf8(r.sv), QString::fromUtf8(r.en),
                           QString::fromLatin1(r.group), r.sensitive, ++order});
        return out;
    }();
    return categories;
}

const std::vector<CategoryGroup> &categoryGroups()
{
    static const std::vector<CategoryGroup> groups = {
        {QStringLiteral("property"), QStringLiteral("Skadegörelse och klotter"),
         QStringLiteral("Vandalism and graffiti")},
        {QStringLiteral("fire"), QStringLiteral("Brand"), QStringLiteral("Fire")},
        {QStringLiteral("order"), QStringLiteral("Ordning och störningar"), QStringLiteral("Public order")},
        {QStringLiteral("drugs"), QStringLiteral("Narkotika"), QStringLiteral("Drugs")},
        {QStringLiteral("violence"), QStringLiteral("Våld och hot"), QStringLiteral("Violence and threats")},
        {QStringLiteral("theft"), QStringLiteral("Inbrott och stöld"), QStringLiteral("Burglary and theft")},
        {QStringLiteral("unsafe"), QStringLiteral("Otrygga platser"), QStringLiteral("Unsafe places")},
        {QStringLiteral("other"), QStringLiteral("Övrigt"), QStringLiteral("Other")},
    };
    return groups;
}

const std::vector<FindingKind> &defaultFindingKinds()
{
    static const std::vector<FindingKind> kinds = [] {
        const char *const rows[][3] = {
            {"belysning", "Belysning", "Lighting"},
            {"vegetation_sikt", "Vegetation och sikt", "Vegetation and sight lines"},
            {"skotsel_underhall", "Skötsel och underhåll", "Maintenance and upkeep"},
            {"gangstrak", "Gångstråk och framkomlighet", "Footpaths and accessibility"},
            {"overblick", "Överblick och orienterbarhet", "Overview and wayfinding"},
            {"social_miljo", "Social miljö", "Social environment"},
            {"trafiksakerhet", "Trafiksäkerhet", "Traffic safety"},
            {"ovrigt", "Övrigt", "Other"},
        };
        std::vector<FindingKind> out;
        int order = 0;
        for (const auto &r : rows)
            out.push_back({QString::fromLatin1(r[0]), QString::fromUtf8(r[1]), QString::fromUtf8(r[2]), ++order});
        return out;
    }();
    return kinds;
}

QString localizedLabel(const QString &labelSv, const QString &labelEn)
{
    return QLocale().language() == QLocale::Swedish || labelEn.isEmpty() ? labelSv : labelEn;
}

} // namespace lb
