/*
 * test_names.c - people whom no gazetteer and no given-name list knows,
 * found from the shape of their context: a title before the name (with
 * the title's places and portfolio between), a reporting verb before it,
 * a title in apposition after it; and the capitalized words that look
 * like a name there but are organisations, portfolios or titles.
 *
 * Each sentence is written for the test; the names are made up.
 */
#include <string.h>

#include "article.h"
#include "check.h"
#include "check_article.h"

static const ng_kb *kb_;

static ng_article *extract(const char *text)
{
    return check_extract(kb_, text);
}

static int has_person(const ng_article *a, const char *slug)
{
    for (size_t i = 0; a && i < a->mentions.npersons; i++)
        if (strcmp(a->mentions.persons[i].slug, slug) == 0)
            return 1;
    return 0;
}

#define LEAD "MINSK, 15 July (BelTA) - Belarus and Rostov Oblast discussed cooperation.\n"

static void check_person(const char *sentence, const char *slug, const char *what)
{
    char text[1024];
    snprintf(text, sizeof text, LEAD "%s\n", sentence);
    ng_article *a = extract(text);
    CHECK(has_person(a, slug), what);
    ng_article_free(a);
}

/* Only the persons the sentence names: none of its capitalized phrases
 * becomes another person. */
static void check_persons(const char *sentence, size_t want, const char *what)
{
    char text[1024];
    snprintf(text, sizeof text, LEAD "%s\n", sentence);
    ng_article *a = extract(text);
    CHECK_INT(a ? a->mentions.npersons : 0, want, what);
    for (size_t i = 0; a && i < a->mentions.npersons && a->mentions.npersons != want; i++)
        printf("#   person %s\n", a->mentions.persons[i].slug);
    ng_article_free(a);
}

static void test_title_before(void)
{
    check_person("The delegation was received by Prime Minister Tran Van Long.", "tran-van-long",
                 "title before: a three-part name");
    check_person("Governor Wei Lanfang opened the fair.", "wei-lanfang", "title before: a two-part name");
    check_person("Governor Sun Meilin opened the fair.", "sun-meilin", "a surname that abbreviates a weekday");
    check_person("Talks were held with Director Hou Mingyu of the trade agency.", "hou-mingyu",
                 "a title word of the name lexicon: Director");
    check_person("Mr Okonkwo Adebayo thanked the hosts.", "okonkwo-adebayo", "Mr before a name");
    check_person("Dr. Chen Lihua thanked the hosts.", "chen-lihua", "'Dr.' with its full stop before a name");
    check_person("Kyrgyz Minister of Economy and Commerce Tolkun Omurbekov spoke.", "tolkun-omurbekov",
                 "a title whose portfolio ends right before the name");
    check_person("The Chinese ambassador, Xie Xiaoyong, attended.", "xie-xiaoyong",
                 "a name set off by commas after its title");
    check_person("Akim of Karaganda Region Zhomart Abenov welcomed the guests.", "zhomart-abenov",
                 "a title, its region, then the name");
    check_person("Minister of Mines and Mining Development of Zimbabwe Tinashe Moyo arrived.", "tinashe-moyo",
                 "a title, its portfolio and country, then the name");
    check_person("Belarus's ambassador to Vietnam Oskar Lebed attended.", "oskar-lebed",
                 "an envoy, the country he is sent to, then the name");
}

/* Particles inside a name; a lower-case region, a possessive or a listed
 * portfolio between the title and the name. */
/* A patronymic (lex:patronymic-suffix: "-vich", "-vna", "-ich") between a
 * given name and a surname is part of the name; a word without such an
 * ending there is the surname, and the name ends with it. */
static void test_patronymic(void)
{
    check_person("Ivan Petrovich Zaborovsky opened the fair.", "ivan-petrovich-zaborovski",
                 "patronymic: '-vich' between given name and surname");
    check_person("Later Olga Sergeyevna Miltova spoke.", "olga-sergeyevna-miltova",
                 "patronymic: '-vna' between given name and surname");
    check_person("Ivan Petrova, Zaborovsky's deputy, opened the fair.", "ivan-petrova",
                 "patronymic: no such ending, no patronymic");
}

static void test_particles_and_chains(void)
{
    check_person("Ambassador of Qatar to Belarus Khalid Al Marri presented his credentials.", "khalid-al-marri",
                 "a particle before the surname of a known given name");
    check_person("Minister of Energy Faisal bin Ahmed Al Nahyan arrived in Minsk.", "faisal-bin-ahmed-al-nahyan",
                 "two particles and a father's given name");
    check_person("Minister of Transport, Communications and Logistics Omar Al Saadi spoke.", "omar-al-saadi",
                 "a portfolio listed with commas before the name");
    check_person("Akim of Turkistan region Zhandos Satybaldy met the guests.", "zhandos-satybaldi",
                 "a lower-case 'region' between the title and the name");
    check_person("Chairman of the Da Nang People's Committee Le Trung Chinh received them.", "le-trung-chinh",
                 "a possessive inside the title's institution");
    check_persons("Ahmed Al Farsi and Ivan Petrov signed the document.", 2,
                  "a particle does not glue two names together");
}

static void test_verb_and_apposition(void)
{
    check_person("The President congratulated Baraka Mwangi on his appointment.", "baraka-mwangi",
                 "a verb only people are the object of");
    check_person("Amani Njoroge, who heads the county, met the delegation.", "amani-njoroge",
                 "a relative clause only people head");
    check_persons("The minister met Hunan Province officials.", 0, "a province after 'met' is no person");
    check_person("\"We expect more contracts,\" said Kemal Ozturk.", "kemal-ozturk", "said before a name");
    check_person("\"Our farms need tractors,\" Sipho Dlamini said.", "sipho-dlamini",
                 "a name between a closing quotation mark and 'said'");
    check_persons("Later Golubev said the plant would open next year.", 1,
                  "a capitalized word opening a sentence before a surname is no name");
    check_persons("Belarusian Railways said the line would reopen.", 0,
                  "a company opening a sentence before 'said' is no person");
    check_persons("The Foreign Ministry stressed that the talks went well.", 0,
                  "a ministry opening a sentence before 'stressed' is no person");
    check_person("Amani Njoroge, the governor of the county, met the delegation.", "amani-njoroge",
                 "a title in apposition after the name");
    check_person("Liu Shaoming, then deputy governor, signed the memorandum.", "liu-shaoming",
                 "a modified title in apposition");
}

static void test_lists(void)
{
    check_persons("Zhao Wenbo, Lin Meiqi, and Guo Dawei were among the provincial leaders present.", 3,
                  "a list of three names is three people");
    check_person("Governor Wei Lanfang and Tian Haoran visited the plant.", "tian-haoran",
                 "a name joined by 'and' to a person's is a person");
    check_persons("Minsk, Brest and Grodno signed the agreement with Kazan.", 0, "a list of places is no people");
    check_persons("Gomel Oblast shipped goods to Saint Petersburg, Leningrad Oblast and Moscow Oblast.", 0,
                  "a list of regions is no people");
}

/* A headline in title case: the words after its title are no name. */
static void test_title_case_headline(void)
{
    ng_article *a = extract("Prime Minister Holds Talks\n\n" LEAD);
    CHECK_INT(a ? a->mentions.npersons : 0, 0, "title-case headline: 'Holds Talks' after a title is no person");
    ng_article_free(a);
    a = extract("Ambassador Presents Credentials in Minsk\n\n" LEAD);
    CHECK_INT(a ? a->mentions.npersons : 0, 0, "title-case headline: 'Presents Credentials' is no person");
    ng_article_free(a);
    a = extract("Governor meets Minister of Mines of Zimbabwe Tinashe Moyo\n\n" LEAD);
    CHECK(has_person(a, "tinashe-moyo"), "a headline in sentence case keeps its names");
    ng_article_free(a);
}

static void test_not_names(void)
{
    check_persons("Minister of Industry and Foreign Trade of Uzbekistan Tokhir Rashidov spoke.", 1,
                  "a portfolio after a title is no person");
    check_persons("Chairman of the Mogilev Oblast Executive Committee Pavel Korneev spoke.", 1,
                  "an organisation before the name is not part of it");
    check_persons("Chairman of the Eurasian Economic Commission, has come to Minsk.", 0,
                  "an organisation after a title is no person");
    check_persons("Governor of Rostov Oblast Said Hello to Minsk.", 0,
                  "title-case words after a title with a lower-case word before them");
    check_persons("Secretary of the Security Council and Prime Minister met in March.", 0,
                  "titles joined by 'and' are no person");
    check_persons("The talks were held in Minsk on Monday, said the Foreign Ministry.", 0,
                  "an organisation after 'said' is no person");
}

/* Partner names: honorifics before a name, three-part names after a given
 * name, hyphen suffixes, institution words that end a title, lower-case
 * region words and adjectives inside a title. */
static void test_partner_names(void)
{
    check_person("Sheikh Hamdan bin Rashid Al Falasi, Minister of Economy, received the guests.",
                 "hamdan-bin-rashid-al-falasi", "honorific: the name starts after Sheikh");
    check_persons("Sheikh Hamdan bin Rashid Al Falasi, Minister of Economy, received the guests.", 1,
                  "honorific: no stub of the name's tail");
    check_person("Talks were held with Sayyid Fahd bin Salim Al Harthi, the minister.", "fahd-bin-salim-al-harthi",
                 "honorific: Sayyid");
    check_person("Ambassador of Turkey to Belarus Ali Osman Kaplan, who arrived today, met students.",
                 "ali-osman-kaplan", "three-part name after a given name");
    check_persons("Ambassador of Turkey to Belarus Ali Osman Kaplan, who arrived today, met students.", 1,
                  "three-part name: no two-word stub");
    check_person("Talks were held with Deputy Minister of Trade of Vietnam Nguyen Thi Kim Lan.", "nguyen-thi-kim-lan",
                 "a family name written first heads four name words");
    check_persons("Talks were held with Deputy Minister of Trade of Vietnam Nguyen Thi Kim Lan.", 1,
                  "four name words: no three-word stub");
    check_person("Ivan Petrov and Rauf Mammadov-zade, head of the agency, signed it.", "rauf-mammadov-zade",
                 "a hyphen suffix stays in the surname");
    check_person("Ivan Petrov met South Korean President Moon Jae-in on Tuesday.", "moon-jae-in",
                 "a Korean given name's second syllable after a hyphen stays in the name");
    check_person("Mayor of Kazan and Governor of the City Rinat Galeev received the guests.", "rinat-galeev",
                 "two titles joined by 'and' before the name");
    check_person("Zhou Lin, secretary of the provincial committee, and Tang Meiyu, governor of Hunan, met them.",
                 "tang-meiyu", "a name after ', and' that an apposition follows");
    check_person("The minister was received by President His Highness Sheikh Hamad bin Salim Al Nuaimi.",
                 "hamad-bin-salim-al-nuaimi", "'His Highness' and 'Sheikh' are honorifics before the name");
    check_person("Saeed bin Khalid Al Mansouri, the minister, received the delegation.", "saeed-bin-khalid-al-mansouri",
                 "a family name after the father's name stays in the name");
    check_person("Kyrgyz Trade Representative in Russia Gulnara Asan kyzy spoke next.", "gulnara-asan-kyzi",
                 "a Turkic patronymic word after the father's name stays in the name");
    check_person("On the same day, Vice Chairman of the municipal People's Committee Le Van Tam received them.",
                 "le-van-tam", "a lower-case institution word between the title and the name");
    check_person("The guests were received by Head of the Shaki City Executive Power Elnur Huseynov.",
                 "elnur-huseynov", "an institution word ends the title, not the name");
    check_person("The report was made by Speaker of the State Great Khural Bat Tsogtbaatar.", "bat-tsogtbaatar",
                 "Khural ends the title");
    check_person("Governor of Dornod aimag Otgon Baatarsaikhan opened the fair.", "otgon-baatarsaikhan",
                 "a local region word before the name");
    check_person("The fair was opened by Chairman of the Long An provincial People's Committee Tran Van Hai.",
                 "tran-van-hai", "a lower-case region adjective inside the title");
    check_person("Gao Ping, secretary of the CPC Hubei Provincial Committee, met the guests.", "gao-ping",
                 "apposition: a title of no office of ours, followed by 'of'");
    check_persons("Minsk Tractor Works, director of the fair, met the guests.", 0,
                  "apposition: an organisation before a title is no person");
}

int main(void)
{
    ng_kb *kb = check_kb();
    kb_ = kb;
    test_title_before();
    test_patronymic();
    test_particles_and_chains();
    test_verb_and_apposition();
    test_lists();
    test_title_case_headline();
    test_not_names();
    test_partner_names();
    ng_kb_close(kb);
    CHECK_DONE();
}
