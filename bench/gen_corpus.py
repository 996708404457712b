#!/usr/bin/env python3
"""Generate the benchmark corpus for newsgraph.

Writes news articles in the genre newsgraph reads (regional cooperation
between Belarus and the regions of Russia): governors received by the
President of Belarus, meetings of regional governors, Forums of Regions,
trade turnover figures, targets, contracts and visits.  Every sentence comes
from the templates and lists in this file; nothing is taken from any other
corpus.  When the shared corpora of real pages (../shared/corpus/dev and
devtest) are there, their .txt pages are copied in as well, repeated to make
up --dev-share of the bytes (three quarters by default): the benchmark reads
mostly real pages, the genre, whose texts stay in ../shared (bench/corpus is
not part of the repository).  Repeated pages add no new facts, so the
generated articles are what makes the graph grow with the corpus (the
million-triple store of bench/run.sh).

The output is deterministic: the same arguments give byte-identical files
(random.Random with a fixed seed, no clock, no hash(), sorted directory
listings).

    python3 bench/gen_corpus.py --out bench/corpus --mb 110
    python3 bench/gen_corpus.py --out /tmp/c --mb 5 --jsonl /tmp/c.jsonl

Layout of --out:

    gen/NNNN/aNNNNNNN.txt   generated articles, 1000 a directory
    dev/rNNNN/CORPUS/*.txt  copies of the real pages (when present)
    MANIFEST                the parameters and the counts (key=value lines)

MB means 10^6 bytes throughout.  Python 3.6+, standard library only.
"""

import argparse
import json
import os
import random
import shutil
import sys

GENERATOR_VERSION = 3

# ---------------------------------------------------------------------------
# Lists
# ---------------------------------------------------------------------------

# Russian regions: (name as written, short adjective, administrative centre,
# head of the region, his title).  Heads are people of public record; the
# pairing need not match any particular year.
RU_REGIONS = [
    ("Nizhny Novgorod Region", "Nizhny Novgorod", "Nizhny Novgorod", "Gleb Nikitin", "Governor"),
    ("Leningrad Region", "Leningrad", "Saint Petersburg", "Aleksandr Drozdenko", "Governor"),
    ("Moscow Region", "Moscow Region", "Krasnogorsk", "Andrei Vorobyov", "Governor"),
    ("Kaluga Region", "Kaluga", "Kaluga", "Vladislav Shapsha", "Governor"),
    ("Bryansk Region", "Bryansk", "Bryansk", "Aleksandr Bogomaz", "Governor"),
    ("Smolensk Region", "Smolensk", "Smolensk", "Vasily Anokhin", "Governor"),
    ("Pskov Region", "Pskov", "Pskov", "Mikhail Vedernikov", "Governor"),
    ("Yaroslavl Region", "Yaroslavl", "Yaroslavl", "Mikhail Yevrayev", "Governor"),
    ("Chelyabinsk Region", "Chelyabinsk", "Chelyabinsk", "Aleksei Teksler", "Governor"),
    ("Novosibirsk Region", "Novosibirsk", "Novosibirsk", "Andrei Travnikov", "Governor"),
    ("Omsk Region", "Omsk", "Omsk", "Vitaly Khotsenko", "Governor"),
    ("Krasnoyarsk Krai", "Krasnoyarsk", "Krasnoyarsk", "Mikhail Kotyukov", "Governor"),
    ("Krasnodar Krai", "Krasnodar", "Krasnodar", "Veniamin Kondratyev", "Governor"),
    ("Perm Krai", "Perm", "Perm", "Dmitry Makhonin", "Governor"),
    ("Altai Krai", "Altai", "Barnaul", "Viktor Tomenko", "Governor"),
    ("Primorsky Krai", "Primorye", "Vladivostok", "Oleg Kozhemyako", "Governor"),
    ("Irkutsk Region", "Irkutsk", "Irkutsk", "Igor Kobzev", "Governor"),
    ("Kemerovo Region", "Kuzbass", "Kemerovo", "Ilya Seredyuk", "Governor"),
    ("Kaliningrad Region", "Kaliningrad", "Kaliningrad", "Aleksei Besprozvannykh", "Governor"),
    ("Kursk Region", "Kursk", "Kursk", "Roman Starovoit", "Governor"),
    ("Lipetsk Region", "Lipetsk", "Lipetsk", "Igor Artamonov", "Governor"),
    ("Oryol Region", "Oryol", "Oryol", "Andrei Klychkov", "Governor"),
    ("Ryazan Region", "Ryazan", "Ryazan", "Nikolai Lyubimov", "Governor"),
    ("Rostov Region", "Rostov", "Rostov-on-Don", "Vasily Golubev", "Governor"),
    ("Murmansk Region", "Murmansk", "Murmansk", "Andrei Chibis", "Governor"),
    ("Arkhangelsk Region", "Arkhangelsk", "Arkhangelsk", "Aleksandr Tsybulsky", "Governor"),
    ("Orenburg Region", "Orenburg", "Orenburg", "Yevgeny Solntsev", "Governor"),
    ("Kostroma Region", "Kostroma", "Kostroma", "Sergei Sitnikov", "Governor"),
    ("Ivanovo Region", "Ivanovo", "Ivanovo", "Stanislav Voskresensky", "Governor"),
    ("Astrakhan Region", "Astrakhan", "Astrakhan", "Igor Babushkin", "Governor"),
    ("Belgorod Region", "Belgorod", "Belgorod", "Vyacheslav Gladkov", "Governor"),
    ("Republic of Tatarstan", "Tatarstan", "Kazan", "Rustam Minnikhanov", "Head"),
    ("Republic of Bashkortostan", "Bashkortostan", "Ufa", "Radiy Khabirov", "Head"),
    ("Udmurt Republic", "Udmurt", "Izhevsk", "Aleksandr Brechalov", "Head"),
    ("Chuvash Republic", "Chuvash", "Cheboksary", "Oleg Nikolayev", "Head"),
    ("Republic of Mordovia", "Mordovian", "Saransk", "Artyom Zdunov", "Head"),
    ("Republic of Karelia", "Karelian", "Petrozavodsk", "Artur Parfenchikov", "Head"),
    ("Republic of Buryatia", "Buryat", "Ulan-Ude", "Aleksei Tsydenov", "Head"),
]

# The two federal cities.
RU_CITIES = [
    ("Moscow", "Moscow", "Moscow", "Sergei Sobyanin", "Mayor"),
    ("Saint Petersburg", "St. Petersburg", "Saint Petersburg", "Aleksandr Beglov", "Governor"),
]

# Belarusian regions: (name, adjective, centre, chairman of the regional
# executive committee).
BY_REGIONS = [
    ("Brest Region", "Brest", "Brest", "Yuri Shuleiko"),
    ("Vitebsk Region", "Vitebsk", "Vitebsk", "Aleksandr Subbotin"),
    ("Gomel Region", "Gomel", "Gomel", "Ivan Krupko"),
    ("Grodno Region", "Grodno", "Grodno", "Vladimir Karanik"),
    ("Minsk Region", "Minsk Region", "Minsk", "Aleksandr Turchin"),
    ("Mogilev Region", "Mogilev", "Mogilev", "Anatoly Isachenko"),
]

BY_CITIES = ["Minsk", "Brest", "Vitebsk", "Gomel", "Grodno", "Mogilev", "Bobruisk", "Baranovichi",
             "Borisov", "Pinsk", "Orsha", "Mozyr", "Soligorsk", "Novopolotsk", "Lida", "Polotsk",
             "Zhlobin", "Svetlogorsk", "Molodechno", "Zhodino"]

# Belarusian officials other than the President: (name, title as written).
BY_OFFICIALS = [
    ("Roman Golovchenko", "Prime Minister of Belarus"),
    ("Natalya Kochanova", "Chairperson of the Council of the Republic"),
    ("Igor Sergeyenko", "Chairman of the House of Representatives"),
    ("Maxim Ryzhenkov", "Minister of Foreign Affairs of Belarus"),
    ("Aleksei Bogdanov", "Minister of Industry of Belarus"),
    ("Aleksandr Yarotsky", "Deputy Minister of Economy of Belarus"),
    ("Dmitry Krutoi", "Ambassador of Belarus to Russia"),
    ("Viktor Karankevich", "Deputy Prime Minister of Belarus"),
    ("Vladimir Kukharev", "Chairman of the Minsk City Executive Committee"),
]

RU_OFFICIALS = [
    ("Mikhail Mishustin", "Prime Minister of Russia"),
    ("Valentina Matviyenko", "Chairperson of the Federation Council"),
    ("Aleksei Overchuk", "Deputy Prime Minister of Russia"),
    ("Boris Gryzlov", "Ambassador of Russia to Belarus"),
    ("Denis Manturov", "First Deputy Prime Minister of Russia"),
]

# Invented people, so that the extractor also meets names it does not know.
GIVEN = ["Aleksandr", "Andrei", "Dmitry", "Igor", "Sergei", "Viktor", "Vladimir", "Yuri", "Pavel", "Oleg",
         "Nikolai", "Mikhail", "Ivan", "Yelena", "Natalya", "Olga", "Tatyana", "Irina", "Svetlana", "Anna"]
SURNAMES_M = ["Kovalyov", "Zhuravsky", "Melnikov", "Tarasevich", "Lapitsky", "Demidovich", "Borovik",
              "Sidorenko", "Grishkevich", "Voronov", "Tkachuk", "Kirillov", "Savitsky", "Yakimovich",
              "Potapov", "Danilevich", "Shestakov", "Rudkovsky", "Malinovsky", "Chernov"]
SURNAMES_F = ["Kovalyova", "Zhuravskaya", "Melnikova", "Tarasevich", "Lapitskaya", "Demidovich",
              "Borovik", "Sidorenko", "Grishkevich", "Voronova", "Tkachuk", "Kirillova", "Savitskaya",
              "Yakimovich", "Potapova", "Danilevich", "Shestakova", "Rudkovskaya", "Malinovskaya", "Chernova"]
FEMALE = {"Yelena", "Natalya", "Olga", "Tatyana", "Irina", "Svetlana", "Anna"}
MINOR_TITLES = ["head of the regional economy department", "deputy chairman of the regional executive committee",
                "director general of the company", "head of the regional chamber of commerce",
                "chairman of the regional development agency", "deputy governor for industry",
                "head of the trade mission", "first deputy minister of regional industry"]

ENTERPRISES = ["Belarus Tractor Works", "BelAZ", "MAZ", "Gomselmash", "Amkodor", "BELAZ-HOLDING",
               "Bobruiskagromash", "Belshina", "Grodno Azot", "Mogilevkhimvolokno", "Belarusian Steel Works",
               "Savushkin Product", "Santa Bremor", "Milavitsa", "Atlant", "Horizont", "Integral", "Lidselmash",
               "Borisov Automobile and Tractor Electric Equipment Plant", "Minsk Motor Plant",
               "Bellakt", "Polesie", "Kommunarka", "Belkommunmash", "Gefest"]

PRODUCTS = ["tractors", "combine harvesters", "quarry dump trucks", "buses", "trolleybuses", "electric buses",
            "trams", "road-building machinery", "lifts", "dairy products", "meat products", "furniture",
            "tyres", "fertilizers", "household appliances", "refrigerators", "textiles", "footwear",
            "agricultural machinery", "timber products", "glass", "chemical fibres", "machine tools",
            "microelectronics", "medicines", "potato seeds", "flax fabrics", "confectionery"]

SECTORS = ["industry", "agriculture", "machine building", "healthcare", "education", "tourism", "culture",
           "construction", "logistics", "energy", "the timber industry", "pharmaceuticals",
           "information technology", "science", "youth policy", "sport", "housing and utilities"]

OUTLETS = ["BelTA", "BelTA", "BelTA", "TASS", "Minsk-Novosti", "the regional press service"]

VENUES_MINSK = ["the Palace of Independence", "the Palace of Independence", "the Government House",
                "the National Library"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Forums of Regions of Belarus and Russia: edition, year, host, month.
FORUMS = [
    (5, 2018, "Mogilev", "June"), (6, 2019, "Saint Petersburg", "June"),
    (7, 2020, "Vitebsk", "September"), (8, 2021, "Nizhny Novgorod", "July"), (9, 2022, "Grodno", "June"),
    (10, 2023, "Ufa", "June"), (11, 2024, "Vitebsk", "June"), (12, 2025, "Nizhny Novgorod", "June"),
]

ORDINAL = {5: "5th", 6: "6th", 7: "7th", 8: "8th", 9: "9th", 10: "10th", 11: "11th", 12: "12th"}

CHROME_HEAD = [["Politics", "Economy", "Regions"], ["Main", "Newsroom", "Regions"],
               ["Government Bodies", "Projects", "Regions", "All news", "President"],
               ["Economy", "Business news"], ["Regions", "Union State"], []]
CHROME_TAIL = [["Follow us on:", "X", "Telegram"], ["Recent news"], ["Read also"], [],
               ["Share", "Facebook", "VK"], []]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

class Ctx:
    """What one article is about; the paragraphs draw from it."""
    pass


def money(rng, lo, hi):
    """A US dollar amount between lo and hi millions, written as the genre does."""
    v = rng.uniform(lo, hi)
    if v >= 1000:
        b = round(v / 1000.0, rng.choice([1, 2]))
        form = rng.choice(["${:g} billion", "${:g}bn", "USD {:g} billion", "${:g} billion"])
        return form.format(b), v
    m = round(v, 1)
    form = rng.choice(["${:g} million", "${:g}m", "USD {:g} million", "${:g} million"])
    return form.format(m), v


def roubles(rng):
    v = rng.randint(2, 60)
    return rng.choice(["{} billion Russian rubles", "{} billion rubles", "RUB {} billion"]).format(v)


def pct(rng, lo=1.0, hi=40.0):
    return "{:.1f}%".format(rng.uniform(lo, hi))


def date_in(rng, year):
    m = rng.randrange(12)
    d = rng.randint(1, MONTH_DAYS[m])
    return year, m + 1, d


def weekday(y, m, d):
    # Zeller-free: days since 1970-01-01 (a Thursday)
    days = 0
    for yy in range(1970, y):
        days += 366 if (yy % 4 == 0 and (yy % 100 != 0 or yy % 400 == 0)) else 365
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    for mm in range(1, m):
        days += MONTH_DAYS[mm - 1] + (1 if mm == 2 and leap else 0)
    days += d - 1
    return WEEKDAYS[(days + 3) % 7]


def person(rng):
    g = rng.choice(GIVEN)
    s = rng.choice(SURNAMES_F if g in FEMALE else SURNAMES_M)
    return g + " " + s, g in FEMALE


def surname(name):
    return name.split()[-1]


def sentence_join(parts):
    return " ".join(p for p in parts if p)


# ---------------------------------------------------------------------------
# Paragraph templates.  Each takes (rng, c) and returns a paragraph.
# ---------------------------------------------------------------------------

def p_quote_cooperation(rng, c):
    opener = rng.choice([
        "“Your region is one of our most reliable partners in Russia.",
        "“We value the trust that has grown between our regions over these years.",
        "“Belarus and the {adj} region have never stopped working together, even in the hardest years.",
        "“I would like to thank you for the attention you pay to Belarusian producers.",
        "“There are no closed topics between us.",
    ]).format(adj=c.ru_adj)
    middle = rng.choice([
        " Whatever we take – {0}, {1} or {2} – there is a partner in your region who already knows us.",
        " We do not need to invent cooperation from scratch. We need to make it deeper and more practical.",
        " The main thing now is to move from simple deliveries to joint production and joint design work.",
        " Our people feel at home in each other's cities, and this is the best foundation for business.",
        " We are ready to take part in any project in {sector} that your region offers us.",
    ]).format(*rng.sample(PRODUCTS, 3), sector=rng.choice(SECTORS))
    closing = rng.choice([
        "” {who} said.", "” {who} stressed.", "” {who} noted at the start of the talks.",
        "” {who} said as the meeting began.", "” {who} emphasized.",
    ]).format(who=c.host_ref)
    return (opener + middle).rstrip(".") + "," + closing


def p_trade_actual(rng, c):
    s, v = money(rng, 40, 4800)
    up = rng.random() < 0.75
    ch = pct(rng)
    year = c.year - 1
    lead = rng.choice([
        "According to the Belarusian side, in {y} trade between Belarus and the {r} reached {s}, {dir} {ch} year-on-year.",
        "In {y}, trade turnover between Belarus and the {r} amounted to {s}, {dir} {ch} on {y0}.",
        "Last year mutual trade with the {r} totalled {s}, which is {ch} {more} than in {y0}.",
        "The trade turnover between the {r} and Belarus in {y} was {s}, {dir} {ch} year-on-year.",
    ]).format(y=year, y0=year - 1, r=c.ru_name, s=s, ch=ch, dir="up" if up else "down",
              more="more" if up else "less")
    exp_s, _ = money(rng, v * 0.45, v * 0.8)
    tail = rng.choice([
        " Belarusian exports accounted for {e} of that amount.",
        " Belarusian exports came to {e}, mostly {p1} and {p2}.",
        " Supplies from Belarus made up {e}.",
        "",
    ]).format(e=exp_s, p1=rng.choice(PRODUCTS[:14]), p2=rng.choice(PRODUCTS[14:]))
    c.last_trade = v
    return lead + tail


def p_trade_period(rng, c):
    period = rng.choice(["In January-{m}", "In the first half of the year", "In the first quarter",
                         "In January-{m} {y}", "Over the first nine months of {y}"])
    m = MONTHS[rng.randint(2, 10)]
    s, _ = money(rng, 20, 2500)
    verb = rng.choice(["grew by {ch} year-on-year to {s}", "exceeded {s}", "amounted to {s}",
                       "increased by {ch} to {s}", "reached almost {s}", "fell by {ch} to {s}"])
    return (period.format(m=m, y=c.year) + ", trade between Belarus and the " + c.ru_name + " " +
            verb.format(ch=pct(rng), s=s) + ", " + rng.choice([
                "the regional ministry of economy said.",
                "according to the National Statistical Committee of Belarus.",
                "according to the regional government.",
                "the Belarusian embassy in Russia reported.",
            ]))


def p_trade_target(rng, c):
    base = getattr(c, "last_trade", rng.uniform(100, 3000))
    s, _ = money(rng, base * 1.1, base * 1.8)
    ty = c.year + rng.choice([0, 1, 2, 3, 5])
    quote = rng.choice([
        "“I am sure that this year we will go beyond {s}. It is realistic if we build joint production lines instead of simply selling to each other,”",
        "“Our common goal is {s} by {ty}, and we will reach it if we move from one-off deliveries to long-term projects,”",
        "“We must bring trade to {s} within the next two years. The potential is there,”",
        "“The task is to reach {s} by {ty}. Everything depends on our enterprises,”",
        "“I hope that we will exceed {s} already next year,”",
    ]).format(s=s, ty=ty)
    return quote + " " + rng.choice([
        "{who} said.", "{who} stressed.", "{who} noted.", "{who} added.", "said {who}."
    ]).format(who=c.speaker)


def p_products(rng, c):
    ps = rng.sample(PRODUCTS, 4)
    return rng.choice([
        "Belarusian supplies to the region include {a}, {b}, {c2} and {d}. The {adj} side buys {e} and sends "
        "metal products, plastics and components to Belarus.",
        "The structure of trade is dominated by {a} and {b}. In recent years the share of {c2} and {d} has grown "
        "noticeably, the governor said.",
        "More than {n} Belarusian companies work in the {r}, among them {e}, whose {a} are assembled at a joint "
        "venture in {city}.",
        "Belarusian enterprises supply {a}, {b} and {c2}, while the region ships {d} and oil products to Belarus.",
    ]).format(a=ps[0], b=ps[1], c2=ps[2], d=ps[3], adj=c.ru_adj, r=c.ru_name, n=rng.randint(20, 180),
              e=rng.choice(ENTERPRISES), city=c.ru_centre)


def p_projects(rng, c):
    ent = rng.choice(ENTERPRISES)
    return rng.choice([
        "The parties discussed the localization of {p} production in the {r}. {ent} is ready to open an "
        "assembly plant in {city} with an output of {n} units a year.",
        "Belarusian companies plan to invest {rub} in the next five years in a network of service centres for "
        "{p} across the region. The first centres will open before the end of the year.",
        "A joint venture of {ent} and a partner from {city} has already produced more than {n} {p} since it was "
        "set up in {y0}.",
        "The governor invited Belarusian builders to take part in the construction of housing and social "
        "facilities in {city}, where {n} apartments are to be built.",
    ]).format(p=rng.choice(PRODUCTS), r=c.ru_name, ent=ent, city=c.ru_centre, n=rng.randint(150, 5000),
              rub=roubles(rng), adj=c.ru_adj, y0=c.year - rng.randint(2, 12))


def p_contracts(rng, c):
    s, _ = money(rng, 5, 900)
    return rng.choice([
        "During the visit, contracts worth {s} were signed, {who} said.",
        "Belarusian and {adj} companies signed export contracts worth {s} during the business forum.",
        "A total of {n} agreements were signed at the meeting, including contracts for the supply of {p} worth {s}.",
        "The business mission resulted in deals worth more than {s}.",
    ]).format(s=s, who=c.speaker, adj=c.ru_adj, n=rng.randint(3, 40), p=rng.choice(PRODUCTS))


def p_humanitarian(rng, c):
    return rng.choice([
        "The sides also discussed cooperation in {s1} and {s2}. About {n} Belarusian students study at "
        "universities of the {r}.",
        "The delegation laid flowers at the memorial in {bc} and visited the {ent} plant.",
        "A direct flight between {city} and Minsk will be launched in the autumn with {k} flights a week.",
        "{n} children from the {r} are expected to rest at Belarusian health resorts this summer.",
        "The Days of the {r} in Belarus will be held in {m}, with exhibitions of enterprises, concerts and "
        "a sports programme.",
        "The governor thanked the Belarusian side for the help in restoring war memorials and for the joint "
        "youth projects in {s1}.",
    ]).format(s1=rng.choice(SECTORS), s2=rng.choice(SECTORS), n=rng.randint(150, 4000), r=c.ru_name,
              bc=rng.choice(BY_CITIES), ent=rng.choice(ENTERPRISES), city=c.ru_centre, k=rng.randint(2, 7),
              m=rng.choice(MONTHS))


def p_minor_official(rng, c):
    name, fem = person(rng)
    title = rng.choice(MINOR_TITLES)
    return rng.choice([
        "{name}, {title}, said that {n} joint projects are in the portfolio, with a total value of {s}.",
        "According to {name}, {title}, the number of Belarusian companies registered in the region rose to {n}.",
        "“We see a great demand for {p},” {name}, {title}, told journalists.",
    ]).format(name=name, title=title, n=rng.randint(4, 300), s=money(rng, 20, 900)[0],
              p=rng.choice(PRODUCTS))


def p_history(rng, c):
    y0 = c.year - rng.randint(1, 6)
    return rng.choice([
        "{by} and the {r} signed an agreement on trade, economic, scientific, technical and cultural cooperation "
        "back in {y}. A new roadmap for {a}-{b} is being prepared.",
        "{host} last met the governor of the {r} in {y0}. Since then trade has grown by almost a third.",
        "The {r} was the guest region at the Belarusian Industrial Forum in {y0}.",
        "The previous programme of cooperation between the {r} and Belarus covered {a0}-{y0}.",
    ]).format(by=rng.choice(["Belarus", "The Belarusian government", "The " + c.by_name]), r=c.ru_name,
              y=c.year - rng.randint(8, 25), a=c.year, b=c.year + rng.randint(2, 4), host=c.host_short,
              y0=y0, a0=y0 - 3)


def p_forum_mention(rng, c):
    ed, fy, host, month = rng.choice(FORUMS)
    if fy < c.year:
        return rng.choice([
            "The {o} Forum of Regions of Belarus and Russia was held in {h} in {y}.",
            "The governor recalled that the {r} took part in the {o} Forum of Regions in {h}.",
        ]).format(o=ORDINAL[ed], h=host, y=fy, r=c.ru_name)
    return rng.choice([
        "The {r} will take part in the {o} Forum of Regions of Belarus and Russia, which will be held in {h} in {m}.",
        "Preparations for the {o} Forum of Regions of Belarus and Russia were also on the agenda.",
    ]).format(o=ORDINAL[ed], h=host, m=month, r=c.ru_name)


def p_ending(rng, c):
    return rng.choice([
        "Following the meeting, the parties signed a plan of events for {a}-{b}.",
        "The next meeting of the working group is scheduled for {m}.",
        "The governor will visit {e} and {e2} before leaving Belarus.",
        "The visit will continue in the {by}.",
        "The talks were held behind closed doors and continued over a working lunch.",
    ]).format(a=c.year, b=c.year + 2, m=rng.choice(MONTHS), e=rng.choice(ENTERPRISES), e2=rng.choice(ENTERPRISES),
              by=c.by_name)


def p_logistics(rng, c):
    return rng.choice([
        "Freight traffic between {city} and {bc} grew by {ch} last year. The parties agreed to study a new "
        "logistics centre near {bc} that would handle up to {n} containers a month.",
        "Belarusian carriers made about {n} trips to the {r} last year, {who} said, and asked to simplify the "
        "procedures at the border crossings.",
        "The region is ready to give Belarusian cargo access to its ports and rail terminals, the governor said.",
    ]).format(city=c.ru_centre, bc=rng.choice(BY_CITIES), ch=pct(rng), n=rng.randint(300, 9000), r=c.ru_name,
              who=c.speaker)


def p_agriculture(rng, c):
    return rng.choice([
        "Farms of the {r} operate more than {n} Belarusian tractors and {k} combine harvesters. A service "
        "centre of {ent} in {city} repairs about {m} machines a year.",
        "The {adj} side is interested in Belarusian breeding stock, seed potatoes and dairy technologies. "
        "The {by} offered to train {m} specialists of the region at its agricultural colleges.",
        "Belarusian food exports to the region rose by {ch}, led by cheese, butter and sausage products.",
    ]).format(r=c.ru_name, n=rng.randint(1000, 12000), k=rng.randint(200, 3000), ent=rng.choice(ENTERPRISES),
              city=c.ru_centre, m=rng.randint(40, 900), adj=c.ru_adj, by=c.by_name, ch=pct(rng))


def p_exports(rng, c):
    s1, v = money(rng, 30, 2500)
    s2, _ = money(rng, v * 0.2, v * 0.7)
    return rng.choice([
        "Belarusian exports to the {r} amounted to {s1} in {y}, {dir} {ch}, while imports from the region "
        "came to {s2}.",
        "Imports from the {r} totalled {s2} last year. Belarus bought mainly metal, chemicals and components "
        "for its machine builders.",
        "The Belarusian trade surplus with the region was {s2} in {y}.",
    ]).format(r=c.ru_name, s1=s1, s2=s2, y=c.year - 1, dir=rng.choice(["up", "down"]), ch=pct(rng))


def p_region_profile(rng, c):
    return rng.choice([
        "The {r} is one of the leading industrial regions of Russia, with developed {s1} and {s2}. Its "
        "administrative centre is {city}.",
        "{city}, the centre of the {r}, is about {km} kilometres from Minsk.",
        "Belarus has a trade house and a dealer network of {n} companies in the {r}.",
    ]).format(r=c.ru_name, s1=rng.choice(SECTORS), s2=rng.choice(SECTORS), city=c.ru_centre,
              km=rng.randint(300, 5000), n=rng.randint(5, 60))


BODY = [p_quote_cooperation, p_trade_actual, p_trade_period, p_trade_target, p_products, p_projects,
        p_contracts, p_humanitarian, p_minor_official, p_history, p_forum_mention, p_logistics,
        p_agriculture, p_exports, p_region_profile]
BODY_WEIGHTS = [3, 3, 2, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 2, 1]
BODY_MAX = 3  # the same template at most three times an article


# ---------------------------------------------------------------------------
# Article kinds: each returns (title, lead paragraph) and fills the context.
# ---------------------------------------------------------------------------

def k_president_receives(rng, c):
    c.host_ref = rng.choice(["the head of state", "Aleksandr Lukashenko", "the Belarusian leader", "the President"])
    c.host_short = "Aleksandr Lukashenko"
    c.speaker = rng.choice(["Aleksandr Lukashenko", c.ru_head])
    c.place = "Minsk"
    title = rng.choice([
        "Lukashenko meets with {t} of {r} {h}",
        "Lukashenko sees more room for trade with {r}",
        "Lukashenko, {hs} discuss cooperation in {s}",
        "Belarus, {adj} region to step up joint production",
    ]).format(t=c.ru_title, r=c.ru_name, h=c.ru_head, hs=surname(c.ru_head), s=rng.choice(SECTORS),
              adj=c.ru_adj)
    lead = rng.choice([
        "{CITY}, {d} {mon} ({o}) – President of Belarus Aleksandr Lukashenko met with {t} of the {r} {h} in {v} on {d} {mon}, {o2} has learned.",
        "{CITY}, {d} {mon} ({o}) – Belarus regards the {r} as one of its steadiest partners in Russia, President of Belarus Aleksandr Lukashenko said as he received {t} of the {r} {h} in Minsk on {d} {mon}.",
        "{CITY}, {d} {mon} ({o}) – Aleksandr Lukashenko held talks with {t} of the {r} {h} in {v} today.",
    ]).format(CITY="MINSK", d=c.day, mon=c.mon, o=c.outlet, o2=c.outlet, t=c.ru_title, r=c.ru_name,
              h=c.ru_head, v=rng.choice(VENUES_MINSK))
    return title, lead


def k_governors(rng, c):
    c.host_ref = c.by_head
    c.host_short = c.by_head
    c.speaker = rng.choice([c.by_head, c.ru_head])
    in_russia = rng.random() < 0.5
    c.place = c.ru_centre if in_russia else c.by_centre
    title = rng.choice([
        "{bya}, {rua} regions sign roadmap for {a}-{b}",
        "{bh} and {rh} discuss new joint projects",
        "{by} seeks bigger share of {r} market",
    ]).format(bya=c.by_adj, rua=c.ru_adj, a=c.year, b=c.year + 2, bh=surname(c.by_head), rh=surname(c.ru_head),
              by=c.by_name, r=c.ru_name)
    lead = rng.choice([
        "{CITY}, {d} {mon} ({o}) – Chairman of the {byr} Executive Committee {bh} and {t} of the {r} {rh} met in {pl} today and signed a roadmap of cooperation.",
        "{CITY}, {d} {mon} ({o}) – {t} of the {r} {rh} held talks with Chairman of the {byr} Executive Committee {bh} in {pl} on {d} {mon}.",
        "{CITY}, {d} {mon} ({o}) – A delegation of the {r} led by {t} {rh} arrived in {pl}, where it was received by Chairman of the {byr} Executive Committee {bh}.",
    ]).format(CITY=c.place.upper(), d=c.day, mon=c.mon, o=c.outlet, byr=c.by_name, bh=c.by_head, t=c.ru_title,
              r=c.ru_name, rh=c.ru_head, pl=c.place)
    return title, lead


def k_prime_minister(rng, c):
    name, t = rng.choice(BY_OFFICIALS[:2] + BY_OFFICIALS[5:8])
    c.host_ref = name
    c.host_short = name
    c.speaker = rng.choice([name, c.ru_head])
    c.place = "Minsk"
    title = rng.choice([
        "{s} meets with {t} of {r}",
        "{s}: Belarus ready to expand supplies to {r}",
    ]).format(s=surname(name), t=c.ru_title, r=c.ru_name)
    lead = ("MINSK, {d} {mon} ({o}) – {title} {name} met with {t} of the {r} {h} in Minsk on {wd}, "
            "{o2} learned from the press service.").format(d=c.day, mon=c.mon, o=c.outlet, title=t, name=name,
                                                            t=c.ru_title, r=c.ru_name, h=c.ru_head,
                                                            wd=c.weekday, o2=c.outlet)
    return title, lead


def k_phone(rng, c):
    c.host_ref = "Aleksandr Lukashenko"
    c.host_short = "Aleksandr Lukashenko"
    c.speaker = "Aleksandr Lukashenko"
    c.place = "Minsk"
    title = "Lukashenko, {s} hold phone conversation".format(s=surname(c.ru_head))
    lead = ("MINSK, {d} {mon} ({o}) – President of Belarus Aleksandr Lukashenko had a telephone conversation "
            "with {t} of the {r} {h} on {d} {mon}, the press service of the Belarusian leader reported.").format(
                d=c.day, mon=c.mon, o=c.outlet, t=c.ru_title, r=c.ru_name, h=c.ru_head)
    return title, lead


def k_forum(rng, c):
    ed, fy, host, month = rng.choice(FORUMS)
    c.year = fy
    c.mon = month
    c.day = rng.randint(1, 28)
    c.host_ref = "Aleksandr Lukashenko"
    c.host_short = "Aleksandr Lukashenko"
    c.speaker = rng.choice(["Aleksandr Lukashenko", "Vladimir Putin", c.ru_head, c.by_head])
    c.place = host
    s, _ = money(rng, 300, 900)
    title = rng.choice([
        "{o} Forum of Regions of Belarus and Russia opens in {h}",
        "Contracts worth {s} signed at Forum of Regions",
        "Forum of Regions in {h} to focus on {sec}",
    ]).format(o=ORDINAL[ed], h=host, s=s, sec=rng.choice(SECTORS))
    lead = ("{CITY}, {d} {mon} ({o}) – The plenary session of the {ord} Forum of Regions of Belarus and Russia "
            "was held in {h} on {d} {mon}. Presidents Aleksandr Lukashenko and Vladimir Putin addressed the "
            "participants via video link. It was attended by {t} of the {r} {rh} and Chairman of the {byr} "
            "Executive Committee {bh}.").format(
                CITY=host.upper(), d=c.day, mon=c.mon, o=c.outlet, ord=ORDINAL[ed], h=host, t=c.ru_title,
                r=c.ru_name, rh=c.ru_head, byr=c.by_name, bh=c.by_head)
    extra = rng.choice([
        " Agreements worth more than {s} were signed on the sidelines of the forum.",
        " The forum is devoted to {sec} and brought together more than {n} participants.",
    ]).format(s=s, sec=rng.choice(SECTORS), n=rng.randint(500, 3000))
    return title, lead + extra


def k_trade_report(rng, c):
    c.host_ref = c.ru_head
    c.host_short = c.ru_head
    c.speaker = c.ru_head
    c.place = c.ru_centre
    title = rng.choice([
        "{r} sets new goal for trade with Belarus",
        "Trade between Belarus and {r} keeps growing",
        "{r} and Belarus: {s} in mutual trade",
    ]).format(r=c.ru_name, s=money(rng, 100, 3000)[0])
    lead = ("Trade between Belarus and the {r} continues to grow, and the region intends to bring it to new "
            "levels, {t} of the {r} {h} told journalists in {city} on {d} {mon}.").format(
                r=c.ru_name, t=c.ru_title, h=c.ru_head, city=c.ru_centre, d=c.day, mon=c.mon)
    return title, lead


KINDS = [k_president_receives, k_governors, k_prime_minister, k_phone, k_forum, k_trade_report]
KIND_WEIGHTS = [4, 4, 2, 1, 2, 3]


def article(rng, target):
    """An article of about target bytes: (title, iso date, text)."""
    c = Ctx()
    ru = rng.choice(RU_REGIONS + RU_CITIES) if rng.random() < 0.12 else rng.choice(RU_REGIONS)
    c.ru_name, c.ru_adj, c.ru_centre, c.ru_head, c.ru_title = ru
    by = rng.choice(BY_REGIONS)
    c.by_name, c.by_adj, c.by_centre, c.by_head = by
    c.year = rng.randint(2018, 2025)
    y, m, d = date_in(rng, c.year)
    c.mon = MONTHS[m - 1]
    c.day = d
    c.weekday = weekday(y, m, d)
    c.outlet = rng.choice(OUTLETS)
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    title, lead = kind(rng, c)
    m = MONTHS.index(c.mon) + 1
    hh, mm = rng.randint(8, 22), rng.randint(0, 59)
    iso = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:00".format(c.year, m, c.day, hh, mm)

    head = list(rng.choice(CHROME_HEAD))
    if rng.random() < 0.5:
        dl = "{} {} {}, {:02d}:{:02d}".format(c.day, c.mon, c.year, hh, mm)
    else:
        dl = "{:02d}:{:02d} {} {} {}".format(hh, mm, c.day, c.mon, c.year)
    tail = list(rng.choice(CHROME_TAIL))
    if tail and tail[0] in ("Recent news", "Read also"):
        tail += ["{} and {} agree on {} cooperation".format(rng.choice(BY_CITIES), rng.choice(RU_REGIONS)[2],
                                                             rng.choice(SECTORS))
                 for _ in range(rng.randint(1, 3))]

    paras = [lead]
    fixed = len("\n".join(head + [dl, "", title, ""])) + len("\n".join(tail)) + 8
    size = fixed + len(lead.encode("utf-8"))
    used = [0] * len(BODY)
    seen = set()
    tries = 0
    while size < target and tries < 100:
        tries += 1
        free = [i for i in range(len(BODY)) if used[i] < BODY_MAX]
        if not free:
            break
        i = rng.choices(free, [BODY_WEIGHTS[j] for j in free])[0]
        p = BODY[i](rng, c)
        if p in seen:
            continue
        b = len(p.encode("utf-8")) + 2
        if size + b > 8000 and size >= 2000:
            break
        used[i] += 1
        seen.add(p)
        paras.append(p)
        size += b
    if rng.random() < 0.6:
        paras.append(p_ending(rng, c))
    lines = head + [dl, "", title, ""] + sum(([p, ""] for p in paras), [])
    if tail:
        lines += tail
    text = "\n".join(lines).rstrip("\n") + "\n"
    if (c.ru_name, c.ru_adj, c.ru_centre, c.ru_head, c.ru_title) in RU_CITIES:
        # a city takes no article: "Mayor of Moscow", "trade with Saint Petersburg"
        text = text.replace("the " + c.ru_name, c.ru_name).replace("The " + c.ru_name, c.ru_name)
        title = title.replace("the " + c.ru_name, c.ru_name)
    return title, iso, text


# ---------------------------------------------------------------------------

def dev_files(devs):
    """The .txt pages of each real-page corpus directory that exists."""
    out = []
    for dev in devs:
        if not dev or not os.path.isdir(dev):
            continue
        for name in sorted(os.listdir(dev)):
            if name.endswith(".txt"):
                p = os.path.join(dev, name)
                if os.path.isfile(p):
                    out.append(p)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.path.normpath(os.path.join(here, "..", "..", "shared", "corpus"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(here, "corpus"), help="output directory (replaced)")
    ap.add_argument("--mb", type=float, default=110.0, help="total size in MB of 10^6 bytes (default 110)")
    ap.add_argument("--seed", type=int, default=20240416, help="random seed (default 20240416)")
    ap.add_argument("--dev", action="append",
                    help="a directory of real pages (.txt) to include when present (repeatable; default "
                         "../shared/corpus/dev and ../shared/corpus/devtest); '' for none")
    ap.add_argument("--dev-share", type=float, default=0.75,
                    help="share of the bytes made of copies of the real pages (default 0.75)")
    ap.add_argument("--jsonl", help="also write every article (generated and dev) to this JSON Lines file")
    ap.add_argument("--per-dir", type=int, default=1000, help="files a directory (default 1000)")
    a = ap.parse_args()
    if a.dev is None:
        a.dev = [os.path.join(shared, "dev"), os.path.join(shared, "devtest")]
    a.dev = [d for d in a.dev if d]

    total = int(a.mb * 1e6)
    devs = dev_files(a.dev)
    dev_bytes = sum(os.path.getsize(p) for p in devs)
    dev_target = int(total * a.dev_share) if devs else 0
    # whole copies of the real pages, as many as fit in their share (one at least)
    dev_reps = max(1, dev_target // dev_bytes) if dev_bytes and dev_target else 0

    tmp = a.out.rstrip("/") + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    jl = open(a.jsonl + ".tmp", "w", encoding="utf-8") if a.jsonl else None

    written = 0
    n_dev = 0
    for r in range(dev_reps):
        d = os.path.join(tmp, "dev", "r{:04d}".format(r))
        os.makedirs(d)
        for p in devs:
            # dev/r0000/dev/x.txt, dev/r0000/devtest/y.txt: names may repeat across corpora
            dst = os.path.join(d, os.path.basename(os.path.dirname(p)), os.path.basename(p))
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(p, dst)
            written += os.path.getsize(p)
            n_dev += 1
            if jl:
                with open(p, "r", encoding="utf-8", errors="replace") as f:
                    text = f.read()
                key = "html" if p.endswith((".html", ".htm")) else "text"
                jl.write(json.dumps({"id": "dev-{:04d}-{}".format(r, os.path.basename(p)), key: text},
                                    ensure_ascii=False) + "\n")

    rng = random.Random(a.seed)
    n = 0
    gen_bytes = 0
    while written < total:
        target = int(rng.triangular(2000, 8000, 3800))
        title, iso, text = article(rng, target)
        data = text.encode("utf-8")
        d = os.path.join(tmp, "gen", "{:04d}".format(n // a.per_dir))
        if n % a.per_dir == 0:
            os.makedirs(d)
        with open(os.path.join(d, "a{:07d}.txt".format(n)), "wb") as f:
            f.write(data)
        if jl:
            jl.write(json.dumps({"id": "a{:07d}".format(n),
                                 "url": "https://news.example.org/{}/a{:07d}".format(iso[:4], n),
                                 "date": iso, "title": title, "text": text}, ensure_ascii=False) + "\n")
        written += len(data)
        gen_bytes += len(data)
        n += 1

    manifest = [
        ("generator_version", GENERATOR_VERSION),
        ("seed", a.seed),
        ("mb", a.mb),
        ("dev_share", a.dev_share),
        ("dev_dir", " ".join(a.dev) if devs else ""),
        ("dev_files", len(devs)),
        ("dev_repeats", dev_reps),
        ("articles", n + n_dev),
        ("generated_articles", n),
        ("dev_articles", n_dev),
        ("bytes", written),
        ("generated_bytes", gen_bytes),
    ]
    with open(os.path.join(tmp, "MANIFEST"), "w") as f:
        for k, v in manifest:
            f.write("{}={}\n".format(k, v))
    if jl:
        jl.close()
        os.replace(a.jsonl + ".tmp", a.jsonl)
    shutil.rmtree(a.out, ignore_errors=True)
    os.replace(tmp, a.out)
    sys.stderr.write("gen_corpus: {} articles ({} generated, {} dev copies), {:.1f} MB in {}\n".format(
        n + n_dev, n, n_dev, written / 1e6, a.out))


if __name__ == "__main__":
    main()
