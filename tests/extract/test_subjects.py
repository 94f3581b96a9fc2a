"""What a figure counts or measures (Claim.subject), and the words and names around it."""

from __future__ import annotations

import pytest

from factcheck.models import Direction

VLADIVOSTOK = ("Vladivostok, a strategic port city of 600,000 people and headquarters to Russia’s Pacific Fleet, is "
               "only about 100 km (60 miles) from Russia’s border with North Korea.")
BORDER = ("However, Russia aims to stifle any opposition from springing and ousting Kim Jong-un, making way for US "
          "troops to push closer to its 17km terrestrial border it shares with North Korea.")
SHARE = ("Over the past two months, China, North Korea’s economic benefactor and formally the source of 90% of its "
         "foreign trade, has been withdrawing financial support, ostensibly under the auspices of US sanctions.")
EARNINGS = ("As we reported earlier this week, North Korea’s thriving black-market economy (the county earns hundreds "
            "of millions of dollars a year from illegal weapons sales, along with other illicit activities rumored to "
            "include counterfeiting of US dollars and the manufacture of methamphetamine) has helped blunt the "
            "economic impact of UN sanctions meant to reduce the country’s legitimate exports by 90%.")
SHIPS = ("At least eight North Korean ships that left Russia with fuel cargoes this year have returned home despite "
         "officially declaring other destinations, a ploy U.S. officials say is often used to undermine sanctions "
         "against Pyongyang.")
SOLDIERS = ("While Russia placed the number of soldiers participating in the exercise, which also involved neighboring "
            "Belarus, at around 10,000, NATO estimates that the real number could’ve been closer to 100,000.")
WORKERS = ("And Russia, which shares a short land border with North Korea, has also resisted U.S.-led efforts to "
           "repatriate tens of thousands of North Korean workers whose remittances help keep the country’s hard line "
           "leadership afloat.")
TRADE = ("Reuters reported a Russian company has begun providing additional Internet resources to North Korea and "
         "that trade between the two nations reached $31.4 million in the first quarter of 2017, double previous "
         "totals.")
BILATERAL = "Bilateral trade more than doubled to $31.4 million in the first quarter of 2017."


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        (VLADIVOSTOK, "600,000", "people"),
        (VLADIVOSTOK, "100 km", "distance"),
        (VLADIVOSTOK, "60 miles", "distance"),
        (BORDER, "17km", "border"),
        (SHARE, "90%", "trade share"),
        (SHARE, "two months", "duration"),
        (EARNINGS, "hundreds of millions of dollars", "revenue"),
        (EARNINGS, "90%", "exports"),
        (SHIPS, "eight", "ships"),
        (SOLDIERS, "10,000", "soldiers"),
        (SOLDIERS, "100,000", "soldiers"),
        (WORKERS, "tens of thousands", "workers"),
        (TRADE, "$31.4 million", "trade"),
        (TRADE, "double", "trade"),
        (BILATERAL, "doubled", "trade"),
        (BILATERAL, "$31.4 million", "trade"),
    ],
)
def test_subjects_in_the_seed_articles(claim, sentence, surface, subject):
    assert claim(sentence, surface).subject == subject


def test_reduce_exports_by_90_percent_is_exports_going_down(claim):
    c = claim(EARNINGS, "90%")
    assert (c.subject, c.role, c.change.direction) == ("exports", "by", Direction.down)


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("About 500 people came to the rally.", "500", "people"),
        ("NATO estimates that 100,000 troops took part.", "100,000", "troops"),
        ("The Kremlin believes 400 people died.", "400", "people"),
        ("U.S. officials said 8 ships left.", "8", "ships"),
        ("Several hundred soldiers arrived.", "Several hundred", "soldiers"),
        ("A handful of protesters remained.", "A handful", "protesters"),
        ("In the poll, 55% of voters backed the plan.", "55%", "voters share"),
        ("Under 5% of voters came.", "5%", "voters share"),
        ("About 20% of the country’s exports go to China.", "20%", "exports share"),
        ("Some 500 of the company’s workers were laid off.", "500", "workers"),
        ("Sales fell by a third.", "a third", "sales"),
        ("The workforce shrank by half.", "half", "workforce"),
        ("Imports rose by 5% to 300 tonnes.", "5%", "imports"),
        ("The company lost $2.5bn last year.", "$2.5bn", "company"),
        ("The truck carried 20 tonnes of fuel.", "20 tonnes", "fuel"),
        ("The talks lasted three hours.", "three hours", "duration"),
        ("The city is 100 km (60 miles) from the border.", "60 miles", "distance"),
        ("Police put the number of protesters at 5,000.", "5,000", "protesters"),
        ("Two-thirds of the 4.3M digital and physical sales were CDs.", "4.3M", "sales"),
        ("The agency lists the 50 previous editions.", "50", "editions"),
        ("He has appeared in eight straight World Cups.", "eight", "cups"),
        ("Russia Sends 8 Warships To Korea", "8", "warships"),
        ("The rookie ran for 142 yards on 23 carries and caught three passes.", "23", "carries"),
        ("The car has a six-cylinder engine.", "six", "cylinder"),
        ("Brightwell is closing two of its five UK offices.", "two", "offices"),
        ("Box score notes: Brunson 38 pts; Hart 14 reb.", "14", "rebounds"),
    ],
)
def test_subjects_in_ordinary_news_sentences(claim, sentence, surface, subject):
    assert claim(sentence, surface).subject == subject


def test_a_conversion_measures_what_its_original_measures(claims):
    for text in ("Vladivostok is only about 100 km (60 miles) from the border.",
                 "The lake is 3 metres (10 feet) deep.",
                 "The wall is 20 km, or 12 miles, long."):
        first, second = claims(text)
        assert second.subject == first.subject


def test_keywords_are_the_content_words_around_the_figure(claim):
    keywords = claim(VLADIVOSTOK, "600,000").keywords
    assert {"vladivostok", "strategic", "port", "city", "people", "headquarters"} <= set(keywords)
    assert not {"a", "of", "and", "the", "to"} & set(keywords)


def test_entities_of_the_sentence_are_on_each_claim(claim):
    assert {"vladivostok", "russia", "north korea"} <= set(claim(VLADIVOSTOK, "600,000").entities)
    assert {"russia", "nato", "belarus"} <= set(claim(SOLDIERS, "100,000").entities)


def test_entities_resolve_through_the_alias_table(claim):
    assert {"united states", "north korea", "russia"} <= set(claim(SHIPS, "eight").entities)


def test_a_people_counted_by_name(claim):
    assert claim("Nearly 2,000 Canadians applied for the scheme.", "2,000").subject == "canadians"
    assert claim("It exposed millions of Americans including their messages.", "millions").subject == "americans"


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("The coalition won 187 of the 350 seats.", "187", "seats"),
        ("Washington will withdraw about 2,500 of the roughly 6,000 troops.", "2,500", "troops"),
        ("The Bisons have now dropped 11 of their last 13 games.", "11", "games"),
        ("Labour won 38 of the council's 63 seats.", "38", "seats"),
    ],
)
def test_a_part_counts_what_its_whole_counts(claim, sentence, surface, subject):
    assert claim(sentence, surface).subject == subject


def test_more_of_the_same_counts_the_noun_after_it(claim):
    assert claim("SpaceX launched 24 more Starlink satellites late Tuesday.", "24").subject == "satellites"


def test_one_of_the_most_counts_the_noun_after_the_superlative(claim):
    assert claim("It was one of the most spectacular catches ever.", "one").subject == "catches"


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("They will reduce annual capacity by 480,000 vehicles.", "480,000", "vehicles"),
        ("The fund added 3 mln Orbis shares.", "3 mln", "shares"),
        ("Some 1,300 Americans died.", "1,300", "americans"),
    ],
)
def test_the_noun_right_after_a_count_is_what_it_counts(claim, sentence, surface, subject):
    assert claim(sentence, surface).subject == subject


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("The mayor hired 1,500 new police officers.", "1,500", "officers"),  # a compound's head
        ("It is one of the lightest 14-inch laptops you can buy.", "one", "laptops"),
        ("The index measures the greenback against six major currencies.", "six", "currencies"),
    ],
)
def test_what_a_count_counts_past_modifiers(claim, sentence, surface, subject):
    assert claim(sentence, surface).subject == subject


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("Taiwan tracked eight Chinese naval ships and 21 aircraft.", "eight", "ships"),
        ("Barely a dozen Labour MPs voted against the whip.", "a dozen", "mps"),
        ("About 70 of Greggs 2,400 shops will stay open.", "70", "shops"),
    ],
)
def test_a_count_named_with_a_proper_modifier_counts_its_plural(claim, sentence, surface, subject):
    assert claim(sentence, surface).subject == subject
