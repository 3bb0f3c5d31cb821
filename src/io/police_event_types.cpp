#include "io/police_event_types.h"

namespace lb::io {

const std::vector<std::pair<QString, QString>> &policeEventTypes()
{
    static const std::vector<std::pair<QString, QString>> table = [] {
        // Type as the police write it -> taxonomy code (core/taxonomy.cpp).
        const char *const rows[][2] = {
            // Violence, threats and weapons.
            {"Misshandel", "vald_hot"},
            {"Misshandel, grov", "vald_hot"},
            {"Mord/dråp", "vald_hot"},
            {"Mord/dråp, försök", "vald_hot"},
            {"Olaga hot", "vald_hot"},
            {"Olaga frihetsberövande", "vald_hot"},
            {"Rån", "vald_hot"},
            {"Rån väpnat", "vald_hot"},
            {"Rån övrigt", "vald_hot"},
            {"Rån, försök", "vald_hot"},
            {"Skottlossning", "vald_hot"},
            {"Skottlossning, misstänkt", "vald_hot"},
            {"Detonation", "vald_hot"},
            {"Bombhot", "vald_hot"},
            {"Larm överfall", "vald_hot"},
            {"Våldtäkt", "vald_hot"},
            {"Våldtäkt, försök", "vald_hot"},
            {"Sedlighetsbrott", "vald_hot"},
            {"Vapenlagen", "vald_hot"},
            {"Knivlagen", "vald_hot"},
            {"Vållande till kroppsskada", "vald_hot"},
            {"Våld/hot mot tjänsteman", "hot_vald_personal"},
            // Burglary and theft.
            {"Inbrott", "inbrott_stold"},
            {"Inbrott, försök", "inbrott_stold"},
            {"Stöld", "inbrott_stold"},
            {"Stöld, försök", "inbrott_stold"},
            {"Stöld, ringa", "inbrott_stold"},
            {"Stöld/inbrott", "inbrott_stold"},
            {"Motorfordon, stöld", "inbrott_stold"},
            {"Motorfordon, anträffat stulet", "inbrott_stold"},
            {"Häleri", "inbrott_stold"},
            {"Larm inbrott", "inbrott_stold"},
            // Vandalism, fire, drugs, public order.
            {"Skadegörelse", "skadegorelse"},
            {"Sabotage mot blåljusverksamhet", "skadegorelse"},
            {"Brand", "brand_ovrigt"},
            {"Brand automatlarm", "brand_ovrigt"},
            {"Narkotikabrott", "narkotika"},
            {"Bråk", "ordningsstorning"},
            {"Fylleri/LOB", "ordningsstorning"},
            {"Ofredande/förargelse", "ordningsstorning"},
            {"Ordningslagen", "ordningsstorning"},
            {"Alkohollagen", "ordningsstorning"},
            {"Olaga intrång/hemfridsbrott", "ordningsstorning"},
            {"Ofog barn/ungdom", "storande_samling"},
            // Traffic.
            {"Trafikolycka", "buskorning_fordon"},
            {"Trafikolycka, personskada", "buskorning_fordon"},
            {"Trafikolycka, singel", "buskorning_fordon"},
            {"Trafikolycka, smitning från", "buskorning_fordon"},
            {"Trafikolycka, vilt", "buskorning_fordon"},
            {"Trafikbrott", "buskorning_fordon"},
            {"Rattfylleri", "buskorning_fordon"},
            {"Olovlig körning", "buskorning_fordon"},
            {"Trafikhinder", "buskorning_fordon"},
            {"Trafikkontroll", "buskorning_fordon"},
            // Everything else, summaries included: kept as Other with their text.
            {"Anträffad död", "ovrigt"},
            {"Anträffat gods", "ovrigt"},
            {"Arbetsplatsolycka", "ovrigt"},
            {"Bedrägeri", "ovrigt"},
            {"Djur skadat/omhändertaget", "ovrigt"},
            {"Ekobrott", "ovrigt"},
            {"Farligt föremål, misstänkt", "ovrigt"},
            {"Fjällräddning", "ovrigt"},
            {"Förfalskningsbrott", "ovrigt"},
            {"Försvunnen person", "ovrigt"},
            {"Gränskontroll", "ovrigt"},
            {"Inre utlänningskontroll", "ovrigt"},
            {"Kontroll person/fordon", "ovrigt"},
            {"Lagen om hundar och katter", "ovrigt"},
            {"Miljöbrott", "ovrigt"},
            {"Missbruk av urkund", "ovrigt"},
            {"Naturkatastrof", "ovrigt"},
            {"Polisinsats/kommendering", "ovrigt"},
            {"Räddningsinsats", "ovrigt"},
            {"Sjukdom/olycksfall", "ovrigt"},
            {"Sjölagen", "ovrigt"},
            {"Skyddslagen", "ovrigt"},
            {"Spridning smittsamma kemikalier", "ovrigt"},
            {"Tillfälligt obemannat", "ovrigt"},
            {"Utlänningslagen", "ovrigt"},
            {"Varningslarm/haveri", "ovrigt"},
            {"Uppdatering", "ovrigt"},
            {"Övrigt", "ovrigt"},
            {"Sammanfattning dag", "ovrigt"},
            {"Sammanfattning dygn", "ovrigt"},
            {"Sammanfattning eftermiddag", "ovrigt"},
            {"Sammanfattning förmiddag", "ovrigt"},
            {"Sammanfattning helg", "ovrigt"},
            {"Sammanfattning kväll", "ovrigt"},
            {"Sammanfattning kväll och natt", "ovrigt"},
            {"Sammanfattning natt", "ovrigt"},
            {"Sammanfattning vecka", "ovrigt"},
        };
        std::vector<std::pair<QString, QString>> out;
        out.reserve(std::size(rows));
        for (const auto &r : rows)
            out.emplace_back(QString::fromUtf8(r[0]), QString::fromLatin1(r[1]));
        return out;
    }();
    return table;
}

QString policeEventCategory(const QString &type)
{
    const QString key = type.simplified();
    for (const auto &[name, code] : policeEventTypes())
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return code;
    return {};
}

} // namespace lb::io
