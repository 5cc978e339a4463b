#include "demonames.h"

namespace rollbook::demo {

namespace {

using namespace std::string_view_literals;

constexpr std::array englishFirst{"James"sv,  "Olivia"sv, "Liam"sv,    "Emma"sv,  "Noah"sv,   "Ava"sv,    "Oliver"sv,
                                  "Sophia"sv, "Jack"sv,   "Amelia"sv,  "Harry"sv, "Isla"sv,   "George"sv, "Grace"sv,
                                  "Ethan"sv,  "Chloe"sv,  "Michael"sv, "Emily"sv, "Daniel"sv, "Hannah"sv};
constexpr std::array englishLast{"Smith"sv,    "Johnson"sv, "Williams"sv, "Brown"sv,  "Jones"sv,   "Taylor"sv,
                                 "Wilson"sv,   "Davies"sv,  "Evans"sv,    "Thomas"sv, "Clarke"sv,  "Walker"sv,
                                 "Robinson"sv, "Wright"sv,  "Thompson"sv, "Hughes"sv, "Edwards"sv, "Green"sv};
constexpr std::array irishFirst{"Siobhán"sv, "Seán"sv, "Aoife"sv, "Niamh"sv, "Ciarán"sv, "Pádraig"sv, "Róisín"sv};
constexpr std::array irishLast{"O'Brien"sv, "O'Sullivan"sv, "D'Arcy"sv,    "McCarthy"sv,
                               "O'Neill"sv, "Ó Briain"sv,   "Fitzgerald"sv};
constexpr std::array spanishFirst{"José"sv, "María"sv, "Lucía"sv,  "Martín"sv, "Sofía"sv, "Andrés"sv,
                                  "Inés"sv, "Ramón"sv, "Ángela"sv, "Jesús"sv,  "Raúl"sv,  "Begoña"sv};
constexpr std::array spanishLast{"García"sv,  "Fernández"sv, "González"sv, "Rodríguez"sv, "López"sv,  "Martínez"sv,
                                 "Sánchez"sv, "Pérez"sv,     "Núñez"sv,    "Muñoz"sv,     "Jiménez"sv};
constexpr std::array frenchFirst{"Élodie"sv, "François"sv, "Chloé"sv, "Jérôme"sv, "Hélène"sv,
                                 "Léa"sv,    "Noël"sv,     "Anaïs"sv, "Gaëlle"sv, "Benoît"sv};
constexpr std::array frenchLast{"Dubois"sv, "Lefèvre"sv,  "Moreau"sv,   "Lambert"sv, "Rousseau"sv,
                                "Girard"sv, "Bérénger"sv, "Fontaine"sv, "Mercier"sv};
constexpr std::array germanFirst{"Jürgen"sv, "Lukas"sv, "Märta"sv, "Jörg"sv,      "Anna"sv,
                                 "Felix"sv,  "Björn"sv, "Käthe"sv, "Maximilian"sv};
constexpr std::array germanLast{"Müller"sv, "Schmidt"sv, "Schröder"sv, "Groß"sv,  "Weiß"sv,
                                "Köhler"sv, "Becker"sv,  "Hoffmann"sv, "Krüger"sv};
constexpr std::array vietFirst{"Anh"sv, "Minh"sv, "Thảo"sv, "Hương"sv, "Dũng"sv, "Tuấn"sv, "Linh"sv, "Quỳnh"sv};
constexpr std::array vietLast{"Nguyễn"sv, "Trần"sv, "Lê"sv, "Phạm"sv, "Hoàng"sv, "Đặng"sv, "Vũ"sv, "Bùi"sv};
constexpr std::array polishFirst{"Łukasz"sv, "Małgorzata"sv, "Paweł"sv, "Zofia"sv, "Wojciech"sv, "Agnieszka"sv};
constexpr std::array polishLast{"Wójcik"sv, "Kowalski"sv, "Nowak"sv, "Wiśniewska"sv, "Dąbrowski"sv, "Łuczak"sv};
constexpr std::array nordicFirst{"Søren"sv, "Åsa"sv, "Björk"sv, "Ørjan"sv, "Sigríður"sv, "Lars"sv, "Ingrid"sv};
constexpr std::array nordicLast{"Jørgensen"sv, "Åberg"sv, "Lindqvist"sv, "Sæther"sv, "Håkansson"sv, "Berg"sv};
constexpr std::array turkishFirst{"Çağrı"sv, "Ayşe"sv, "Ömer"sv, "Gülşen"sv, "İbrahim"sv, "Şule"sv};
constexpr std::array turkishLast{"Yılmaz"sv, "Öztürk"sv, "Çelik"sv, "Şahin"sv, "Doğan"sv, "Kılıç"sv};
constexpr std::array portugueseFirst{"João"sv, "Conceição"sv, "Luís"sv, "Vitória"sv, "Gonçalo"sv, "Thiago"sv};
constexpr std::array portugueseLast{"Gonçalves"sv, "Magalhães"sv, "Araújo"sv, "Simões"sv, "Conceição"sv, "Silva"sv};
constexpr std::array indianFirst{"Aarav"sv, "Priya"sv, "Vihaan"sv, "Ananya"sv, "Rohan"sv, "Diya"sv};
constexpr std::array indianLast{"Sharma"sv, "Patel"sv, "Iyer"sv, "Reddy"sv, "Gupta"sv, "Nair"sv};
constexpr std::array chineseFirst{"伟"sv, "娜"sv, "秀英"sv, "敏"sv, "静"sv, "强"sv, "磊"sv};
constexpr std::array chineseLast{"王"sv, "李"sv, "张"sv, "刘"sv, "陈"sv, "杨"sv};
constexpr std::array japaneseFirst{"陽翔"sv, "結衣"sv, "蓮"sv, "さくら"sv, "大翔"sv};
constexpr std::array japaneseLast{"佐藤"sv, "鈴木"sv, "高橋"sv, "田中"sv, "渡辺"sv};
constexpr std::array koreanFirst{"민준"sv, "서연"sv, "지호"sv, "하은"sv};
constexpr std::array koreanLast{"김"sv, "이"sv, "박"sv, "최"sv};
constexpr std::array arabicFirst{"محمد"sv, "فاطمة"sv, "أحمد"sv, "مريم"sv, "يوسف"sv, "ليلى"sv};
constexpr std::array arabicLast{"العلي"sv, "حداد"sv, "منصور"sv, "الحسن"sv, "خوري"sv};
constexpr std::array greekFirst{"Γιώργος"sv, "Ελένη"sv, "Δημήτρης"sv, "Μαρία"sv};
constexpr std::array greekLast{"Παπαδόπουλος"sv, "Νικολάου"sv, "Γεωργίου"sv, "Οικονόμου"sv};
constexpr std::array russianFirst{"Иван"sv, "Анна"sv, "Дмитрий"sv, "Ольга"sv, "Сергей"sv};
constexpr std::array russianLast{"Петров"sv, "Иванова"sv, "Смирнов"sv, "Кузнецова"sv, "Попов"sv};

constexpr Culture cultureTable[] = {
    {"en_US", "US", englishFirst, englishLast, true, 22},   {"en_GB", "GB", englishFirst, englishLast, true, 10},
    {"en_IE", "IE", irishFirst, irishLast, true, 3},        {"es_ES", "ES", spanishFirst, spanishLast, true, 8},
    {"es_MX", "MX", spanishFirst, spanishLast, true, 6},    {"fr_FR", "FR", frenchFirst, frenchLast, true, 7},
    {"de_DE", "DE", germanFirst, germanLast, true, 7},      {"vi_VN", "VN", vietFirst, vietLast, true, 5},
    {"pl_PL", "PL", polishFirst, polishLast, true, 3},      {"sv_SE", "SE", nordicFirst, nordicLast, true, 3},
    {"tr_TR", "TR", turkishFirst, turkishLast, true, 3},    {"pt_BR", "BR", portugueseFirst, portugueseLast, true, 6},
    {"en_IN", "IN", indianFirst, indianLast, true, 6},      {"zh_CN", "CN", chineseFirst, chineseLast, false, 4},
    {"ja_JP", "JP", japaneseFirst, japaneseLast, false, 2}, {"ko_KR", "KR", koreanFirst, koreanLast, false, 1},
    {"ar_EG", "EG", arabicFirst, arabicLast, false, 2},     {"el_GR", "GR", greekFirst, greekLast, false, 1},
    {"ru_RU", "RU", russianFirst, russianLast, false, 1},
};

constexpr std::array companyTable{"Acme Learning Ltd"sv,
                                  "Northwind Traders"sv,
                                  "Globex Corporation"sv,
                                  "Initech"sv,
                                  "Umbrella Health"sv,
                                  "Stark Industries"sv,
                                  "Wayne Enterprises"sv,
                                  "Müller & Söhne GmbH"sv,
                                  "Société Générale de Formation"sv,
                                  "Café Olé S.L."sv,
                                  "Nguyễn Logistics"sv,
                                  "Tōkyō Digital KK"sv,
                                  "O'Reilly & Partners"sv,
                                  "Blue Harbor Bank"sv,
                                  "Greenfield Schools"sv,
                                  "Polaris Analytics"sv,
                                  "Atlas Construction"sv,
                                  "Sunrise Hospitality"sv,
                                  "Quantum Robotics"sv,
                                  "Helios Energy"sv,
                                  "Lumen Media"sv,
                                  "Kestrel Aviation"sv,
                                  "Vértice Consultores"sv,
                                  "Åkesson Design AB"sv,
                                  "Zenith Pharma"sv,
                                  "Cobalt Software"sv,
                                  "Evergreen Retail"sv,
                                  "Orion Insurance"sv,
                                  "Maple Leaf Foods"sv,
                                  "Banco Horizonte"sv};
constexpr std::array industryTable{"Education"sv,     "Technology"sv,    "Finance"sv,    "Healthcare"sv, "Retail"sv,
                                   "Manufacturing"sv, "Hospitality"sv,   "Logistics"sv,  "Media"sv,      "Energy"sv,
                                   "Construction"sv,  "Public sector"sv, "Non-profit"sv, "Consulting"sv};
constexpr std::array domainTable{"gmail.com"sv, "outlook.com"sv, "yahoo.com"sv,   "icloud.com"sv,       "proton.me"sv,
                                 "gmx.de"sv,    "orange.fr"sv,   "example.org"sv, "mail.example.edu"sv, "web.de"sv};
constexpr std::array departmentTable{"Sales"sv,      "Engineering"sv,     "Marketing"sv,        "Finance"sv,
                                     "Operations"sv, "Human resources"sv, "Customer success"sv, "Research"sv};
constexpr std::array topicTable{"Python"sv,
                                "Excel"sv,
                                "Leadership"sv,
                                "Photography"sv,
                                "Spanish"sv,
                                "Data analysis"sv,
                                "Public speaking"sv,
                                "UX design"sv,
                                "Accounting"sv,
                                "Marketing"sv,
                                "Yoga"sv,
                                "Guitar"sv,
                                "Project management"sv,
                                "Machine learning"sv,
                                "Copywriting"sv,
                                "French"sv,
                                "Negotiation"sv,
                                "Drawing"sv,
                                "SQL"sv,
                                "Cybersecurity"sv};

} // namespace

std::span<const Culture> cultures()
{
    return cultureTable;
}
std::span<const std::string_view> companies()
{
    return companyTable;
}
std::span<const std::string_view> industries()
{
    return industryTable;
}
std::span<const std::string_view> emailDomains()
{
    return domainTable;
}
std::span<const std::string_view> departments()
{
    return departmentTable;
}
std::span<const std::string_view> productTopics()
{
    return topicTable;
}

} // namespace rollbook::demo
