"""Currencies as news writes them: signs and codes before a figure, currency words after it, and
prices quoted per something."""

from __future__ import annotations

import pytest

from factcheck.models import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "currency"),
    [
        ("The villa sold for $US4,250,000 last spring.", "$US4,250,000", 4_250_000, "USD"),
        ("It was listed at $A6,310,400 in Sydney.", "$A6,310,400", 6_310_400, "AUD"),
        ("Shares in the carmaker closed at Y=3,215 on Friday.", "Y=3,215", 3215, "JPY"),
        ("The bonus was worth up to PS1.8m over three years.", "PS1.8m", 1.8e6, "GBP"),
        ("The state fund lent RM2.5 billion to the airline.", "RM2.5 billion", 2.5e9, "MYR"),
        ("The grant was NZ$40,000 in total.", "NZ$40,000", 40_000, "NZD"),
        ("Deposits above 3 million Danish crowns will be charged.", "3 million Danish crowns", 3e6, "DKK"),
        ("The ministry set aside 12 million shekels for the project.", "12 million shekels", 12e6, "ILS"),
        ("The mill was sold for 85 million markka in 1991.", "85 million markka", 85e6, "FIM"),
        ("A taxi ride costs 250 ₡ in the capital.", "250 ₡", 250, "CRC"),
        ("The fare is now 12 dollars 40, up from 11.", "12 dollars 40", 12.4, "USD"),
        ("Lunch came to 9 euros and 75 cents.", "9 euros and 75 cents", 9.75, "EUR"),
        ("The club lost 40 USD million last season.", "40 USD million", 40e6, "USD"),
        ("A coffee is 18 rmb near the station.", "18 rmb", 18, "CNY"),
        ("Miners earned 3.1 BTC that day.", "3.1 BTC", 3.1, "BTC"),
        ("The loan was mxn$ 2,000.", "mxn$ 2,000", 2000, "MXN"),
        ("It only cost thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents", 13.45, "USD"),
        ("The subscription will rise to 17 USD 25.", "17 USD 25", 17.25, "USD"),
        ("Losses in excess of 30 MUSD were reported.", "30 MUSD", 30e6, "USD"),
        ("Revenue was about MAUD 60 last year.", "MAUD 60", 60e6, "AUD"),
        ("The flat costs a quarter million us dollars.", "quarter million us dollars", 250_000, "USD"),
        ("The project costs $1.5trn over a decade.", "$1.5trn", 1.5e12, "USD"),
        ("Naspers fell 4.1% to R3,215 in Johannesburg.", "R3,215", 3215, "ZAR"),
        ("The May contract settled at minus $37.63 a barrel.", "minus $37.63", -37.63, "USD"),
        ("The utility needs R40 billion of new debt.", "R40 billion", 40e9, "ZAR"),
        ("Eskom took the average price to R1.86 per kilowatt-hour.", "R1.86", 1.86, "ZAR"),
        ("The new MRI scanner cost NOK 95 million.", "NOK 95 million", 95e6, "NOK"),
        ("The Swedish arm earned SEK 3.2 billion.", "SEK 3.2 billion", 3.2e9, "SEK"),
        ("Each family receives 90,000 Afghanis.", "90,000 Afghanis", 90_000, "AFN"),
        ("Al-Nasr tabled an offer worth SAR 400 million.", "SAR 400 million", 400e6, "SAR"),
        ("Petrobras will pay R$ 20 billion in dividends.", "R$ 20 billion", 20e9, "BRL"),
        ("Jeans start at 12 quid.", "12 quid", 12, "GBP"),
        ("Households spent an average of 1,420 zł on food.", "1,420 zł", 1420, "PLN"),
        ("Cape Town Penthouse Sells For Record R85 Million", "R85 Million", 85e6, "ZAR"),
        ("Farm workers earn R180 a month more under the deal.", "R180", 180, "ZAR"),
    ],
)
def test_currency_signs_codes_words_and_amounts_in_two_units(claim, sentence, surface, value, currency):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.currency) == (ClaimKind.money, value, currency)


def test_a_lone_r_is_the_rand_only_before_a_grouped_or_scaled_figure(figures):
    assert figures("The R32 tie was played in R2-D2 costumes.") == []


def test_a_pound_sign_garbled_as_ps_is_not_a_console_name(claims):
    assert [c for c in claims("The PS4 console and the PS 5 were both on sale.") if c.kind is ClaimKind.money] == []


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Brent crude settled at $71.30 per barrel on Tuesday.", "$71.30", "dollar per barrel"),
        ("The price fell from $75 U.S. per barrel to $45.88.", "$75", "dollar per barrel"),
        ("Power averaged €78.40 per megawatt hour last month.", "€78.40", "euro per megawatt hour"),
        ("The antibiotic costs about $3 a dose to produce.", "$3", "dollar per dose"),
        ("A 9 billion shekels ($2.4 billion) a year industry.", "9 billion shekels", "shekel per year"),
        ("A 9 billion shekels ($2.4 billion) a year industry.", "$2.4 billion", "dollar per year"),
        ("Flats there go for about $950 per square foot.", "$950", "dollar per square foot"),
        ("The couple pay $2,100 a month in rent.", "$2,100", "dollar per month"),
        ("The board declared a dividend of 45 cents a share.", "45 cents", "cent per share"),
        ("Investors were offered $31 a share in cash.", "$31", "dollar per share"),
        ("Potash traded at $310/t and hydrogen at roughly $1.50/kg.", "$310", "dollar per tonne"),
        ("Potash traded at $310/t and hydrogen at roughly $1.50/kg.", "$1.50", "dollar per kilogram"),
        ("VLSFO in Singapore averaged $612.50/mt last week.", "$612.50", "dollar per tonne"),
        ("EU Gas Prices Drop 6% To €38 Per Megawatt Hour", "€38", "euro per megawatt hour"),
        ("Eskom took the average price to R1.86 per kilowatt-hour.", "R1.86", "rand per kilowatt hour"),
        ("A 550-kg steer made 398 cents a kilo at Wagga.", "398 cents", "cent per kilogram"),
        ("Wholesale gas fell 6.5 pence to 71.25 pence a therm.", "71.25 pence", "penny per therm"),
        ("PSG's top earner is on a reported €1.1m a week before tax.", "€1.1m", "euro per week"),
        ("The deal works out to $32.5 million a season.", "$32.5 million", "dollar per season"),
    ],
)
def test_a_price_quoted_per_something_keeps_its_rate(claim, sentence, surface, unit):
    c = claim(sentence, surface)
    assert (c.kind, c.unit) == (ClaimKind.money, unit)


def test_a_rate_is_not_compared_with_a_sum(claim):
    rate = claim("The couple pay $2,100 a month in rent.", "$2,100")
    total = claim("The couple paid $2,100 in fees.", "$2,100")
    assert rate.canonical.dimension != total.canonical.dimension


def test_a_year_ago_is_not_a_rate(claim):
    c = claim("Profit was $4 million a year ago.", "$4 million")
    assert c.unit == "dollar"


def test_eggs_by_the_dozen_are_a_price_not_a_count(figures):
    assert figures("Eggs sold for 90 cents a dozen at the market.") == ["90 cents"]


def test_a_count_after_a_sum_is_not_its_cents(figures):
    assert figures("Tickets cost 15 dollars 30 times a year.") == ["15 dollars", "30 times"]


def test_a_number_after_a_sum_is_its_cents_only_where_the_clause_ends(figures):
    assert figures("He paid $5 and 20 were sold.") == ["$5", "20"]


def test_subscribing_to_a_rights_issue_is_reporting_not_page_furniture(claim):
    c = claim("Its parent will subscribe to a rights issue valued at 6.65 billion pesetas.", "6.65 billion pesetas")
    assert (c.currency, c.boilerplate) == ("ESP", False)


def test_a_negative_sum_keeps_its_sign(claim):
    c = claim("The fund's balance fell to $-12.5m in May.", "$-12.5m")
    assert (c.kind, c.value, c.currency) == (ClaimKind.money, -12.5e6, "USD")


def test_a_price_per_square_metre(claim):
    assert claim("Offices let at $95 per sq m last year.", "$95").unit == "dollar per square metre"


def test_kn_is_kuna_where_money_is_spoken_of(claim):
    assert claim("A coffee cost me 18 kn in Split.", "18 kn").currency == "HRK"
    assert claim("The ferry sailed at 18 kn.", "18 kn").unit == "knot"


def test_south_asian_scales_and_the_rupee_sign(claim):
    c = claim("The scheme will cost Rs 1,200 crore.", "Rs 1,200 crore")
    assert (c.value, c.currency) == (1.2e10, "INR")


def test_one_before_a_currency_is_money(claim):
    c = claim("The stamp now costs one dollar.", "one dollar")
    assert (c.kind, c.value, c.currency) == (ClaimKind.money, 1, "USD")


def test_a_hyphenated_cents_price_per_share(claim):
    assert claim("It pays a 15-cent-a-share dividend.", "15-cent").unit == "cent per share"


def test_a_part_of_a_sum_is_in_its_currency(claim):
    c = claim("Ben-Moshe has only raised 280 million of the 1.5 billion shekels he needs.", "280 million")
    assert (c.kind, c.currency, c.value) == (ClaimKind.money, "ILS", 280e6)


@pytest.mark.parametrize(
    ("sentence", "surface", "currency"),
    [
        ("It is priced at $499 (£429, AU$799).", "AU$799", "AUD"),
        ("Income rose to 4.7 billion Norwegian crowns.", "4.7 billion Norwegian crowns", "NOK"),
    ],
)
def test_more_dollar_signs_and_crowns(claim, sentence, surface, currency):
    assert claim(sentence, surface).currency == currency


@pytest.mark.parametrize(
    ("sentence", "surface", "currency"),
    [
        ("Volvo Cars posted a loss of 1.2 billion Swedish crowns, against a profit of 3.7 billion crowns a year earlier.",
         "3.7 billion crowns", "SEK"),
        ("Milk costs about 1,150 Argentine pesos, up from 380 pesos a year ago.", "380 pesos", "ARS"),
        ("Income rose to 4.7 billion Norwegian crowns ($438 million), beating forecasts of 4.5 billion crowns.",
         "4.5 billion crowns", "NOK"),
    ],
)
def test_a_currency_word_said_again_is_the_currency_named_before(claim, sentence, surface, currency):
    assert claim(sentence, surface).currency == currency


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The uninsured still pay $300 a vial.", "$300", "dollar per vial"),
        ("Tickets cost 152 soles for foreigners.", "152 soles", "sol"),
    ],
)
def test_more_rate_nouns_and_currency_words(claim, sentence, surface, unit):
    assert claim(sentence, surface).unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Compost sells for about PS8 a bag.", "PS8", 8, "pound sterling per bag"),
        ("Benfica insist on his full 120m-euro release clause.", "120m-euro", 120e6, "euro"),
        ("Operators charge as little as Rs 8 per GB of data.", "Rs 8", 8, "rupee per gigabyte"),
        ("Bills will rise to 24.5p per kWh in April.", "24.5p per kWh", 24.5, "penny per kilowatt hour"),
    ],
)
def test_prices_in_pence_glued_scales_and_after_a_price_word(claim, sentence, surface, value, unit):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.unit) == (ClaimKind.money, value, unit)
