"""Currencies as news writes them: symbols and codes before a figure, currency words after it,
and the rate a price is quoted at ("$58 per barrel", "$3,500 a month").

Each currency resolves to (ISO 4217 code, unit name). A sub-unit (cents, pence, sen) has no
code of its own here: it is money in its own unit, since "19 cents" does not say whose cents.
"""

from __future__ import annotations

import re

# Prefixes, looked up with whitespace removed and lower-cased. "$US"/"$A" are the Australian
# press's spellings; "Y=" and "PS" are how yen and pound signs come out of some news wires' ASCII
# (only ever read right before a figure, and "PS" not before a lone digit, "PS4" being a console, unless a price is
# what comes: "for about PS8"); "R" is the
# rand only before a grouped or scaled figure or a price in cents ("R3,215", "R40 billion", "R1.86", "R180 a month"; "R32" is a
# round of 32), and "N" the
# naira only before three digits or a grouped or scaled figure ("N750"; "N95" is a mask). "Sh" is the Kenyan
# shilling, "Tk" the taka, "Rp" the rupiah.
CURRENCY_SYMBOLS = {
    "us$": ("USD", "dollar"), "$us": ("USD", "dollar"), "$": ("USD", "dollar"), "usd": ("USD", "dollar"),
    "a$": ("AUD", "australian dollar"), "$a": ("AUD", "australian dollar"), "aud": ("AUD", "australian dollar"),
    "c$": ("CAD", "canadian dollar"), "cad": ("CAD", "canadian dollar"),
    "hk$": ("HKD", "hong kong dollar"), "hkd": ("HKD", "hong kong dollar"),
    "nz$": ("NZD", "new zealand dollar"), "nzd": ("NZD", "new zealand dollar"),
    "nt$": ("TWD", "new taiwan dollar"), "twd": ("TWD", "new taiwan dollar"), "au$": ("AUD", "australian dollar"),
    "s$": ("SGD", "singapore dollar"), "sgd": ("SGD", "singapore dollar"),
    "€": ("EUR", "euro"), "eur": ("EUR", "euro"),
    "£": ("GBP", "pound sterling"), "gbp": ("GBP", "pound sterling"), "ps": ("GBP", "pound sterling"),
    "¥": ("JPY", "yen"), "jpy": ("JPY", "yen"), "yen": ("JPY", "yen"), "y=": ("JPY", "yen"),
    "cny": ("CNY", "yuan"), "rmb": ("CNY", "yuan"), "rub": ("RUB", "rouble"),
    "₹": ("INR", "rupee"), "inr": ("INR", "rupee"), "rm": ("MYR", "ringgit"), "rs": ("INR", "rupee"), "rs.": ("INR", "rupee"), "myr": ("MYR", "ringgit"),
    "chf": ("CHF", "swiss franc"), "₪": ("ILS", "shekel"), "ils": ("ILS", "shekel"), "nis": ("ILS", "shekel"),
    "₩": ("KRW", "won"), "krw": ("KRW", "won"), "₺": ("TRY", "lira"), "₡": ("CRC", "colón"),
    "₾": ("GEL", "lari"), "₭": ("LAK", "kip"), "₿": ("BTC", "bitcoin"), "zar": ("ZAR", "rand"), "r": ("ZAR", "rand"),
    "mxn$": ("MXN", "peso"), "mex$": ("MXN", "peso"), "aud$": ("AUD", "australian dollar"),
    "cad$": ("CAD", "canadian dollar"), "nzd$": ("NZD", "new zealand dollar"), "hkd$": ("HKD", "hong kong dollar"),
    "sgd$": ("SGD", "singapore dollar"), "usd$": ("USD", "dollar"), "r$": ("BRL", "real"),
    "sh": ("KES", "shilling"), "sh.": ("KES", "shilling"), "ksh": ("KES", "shilling"), "ksh.": ("KES", "shilling"),
    "tk": ("BDT", "taka"), "tk.": ("BDT", "taka"), "rp": ("IDR", "rupiah"), "rp.": ("IDR", "rupiah"),
    "₦": ("NGN", "naira"), "n": ("NGN", "naira"),
    "nok": ("NOK", "norwegian krone"), "sek": ("SEK", "swedish krona"), "dkk": ("DKK", "danish krone"),
    "czk": ("CZK", "czech koruna"), "pln": ("PLN", "zloty"), "huf": ("HUF", "forint"), "brl": ("BRL", "real"),
    "thb": ("THB", "baht"), "aed": ("AED", "dirham"), "sar": ("SAR", "riyal"), "kes": ("KES", "shilling"), "ngn": ("NGN", "naira"),
}
# A currency sign or code right before a figure (its value, group "cur"); not a code that follows a
# figure of its own ("17 USD 25" is 17.25 dollars).
PREFIX = (
    r"(?P<cur>(?i:mxn|mex)\s?\$|(?i:aud|cad|nzd|hkd|sgd|usd)\s?\$|US\s?\$|\$\s?US|\$A(?=\d)|(?i:hk)\s?\$|NZ\s?\$|NT\s?\$|AU\s?\$|S\$|A\$|\b[Cc]\s?\$|\bR\$|\$|€|£|¥|₹|₪|₩|₺|₿|"
    r"\bY=(?=\d)|(?<![\w])PS(?=\d\d|\d[.,]\d|\d\s?(?:m|bn|k|million|billion)\b)|"
    r"(?:(?<=for )|(?<=about )|(?<=to )|(?<=at )|(?<=from )|(?<=than )|(?<=around )|(?<=under )|(?<=costs ))PS(?=\d\b)|"
    r"(?<![\w])R(?=\d{1,3}(?:,\d{3})+(?!\d)|[1-9]\d*\.\d\d(?![\d.])|\d+(?:\.\d+)?\s?(?i:m|bn|million|billion|trillion)\b|\d+\s(?:a|an|per)\s(?:month|year|week|day|hour)\b)|\bRM(?=\s?\d)|\bRs\.?(?=\s?\d)|"
    r"\bK?Sh\.?(?=\s?\d)|\bTk\.?(?=\s?\d)|\bRp\.?(?=\s?\d)|₦|"
    r"(?<![\w])N(?=\d{3,}(?![\d,.]*[A-Za-z])|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?\s?(?:m|bn|million|billion|trillion)\b)|"
    r"(?<!\d\s)\b(?:USD|EUR|GBP|JPY|CNY|RMB|RUB|INR|AUD|CAD|HKD|NZD|SGD|CHF|ILS|NIS|MYR|KRW|ZAR|NOK|SEK|DKK|CZK|PLN|HUF|"
    r"BRL|THB|AED|SAR|KES|NGN)(?=\s?\d))\s?"
)
# Signs written after the figure ("100 ₡", "100₾").
SUFFIX_SYMBOLS = r"[₡₾₭₪₩₺]|ரூ|zł"
SUFFIX_SYMBOL_CODES = {"₡": ("CRC", "colón"), "₾": ("GEL", "lari"), "₭": ("LAK", "kip"), "₪": ("ILS", "shekel"),
                       "₩": ("KRW", "won"), "₺": ("TRY", "lira"), "ரூ": ("LKR", "sri lankan rupee"), "zł": ("PLN", "zloty")}

# Currency words after a figure, singular and plural, and the currency they name alone.
CURRENCY_WORDS = {
    "dollars": ("USD", "dollar"), "dollar": ("USD", "dollar"), "euros": ("EUR", "euro"), "euro": ("EUR", "euro"),
    "pounds": ("GBP", "pound sterling"), "yen": ("JPY", "yen"), "yuan": ("CNY", "yuan"),
    "renminbi": ("CNY", "yuan"), "roubles": ("RUB", "rouble"), "rubles": ("RUB", "rouble"),
    "rupees": ("INR", "rupee"), "won": ("KRW", "won"), "shekels": ("ILS", "shekel"), "shekel": ("ILS", "shekel"),
    "ringgit": ("MYR", "ringgit"), "francs": ("CHF", "swiss franc"), "guilders": ("NLG", "dutch guilder"),
    "markka": ("FIM", "finnish markka"), "markkaa": ("FIM", "finnish markka"), "pesetas": ("ESP", "peseta"),
    "rand": ("ZAR", "rand"), "lira": ("TRY", "lira"), "liras": ("TRY", "lira"), "pesos": ("MXN", "peso"),
    "kuna": ("HRK", "kuna"), "kn": ("HRK", "kuna"), "lari": ("GEL", "lari"), "bitcoins": ("BTC", "bitcoin"),
    "bitcoin": ("BTC", "bitcoin"), "crowns": (None, "crown"), "kroner": (None, "krone"), "kronor": (None, "krona"),
    "naira": ("NGN", "naira"), "baht": ("THB", "baht"), "rupiah": ("IDR", "rupiah"), "zlotys": ("PLN", "zloty"),
    "zloty": ("PLN", "zloty"), "forints": ("HUF", "forint"), "forint": ("HUF", "forint"), "hryvnias": ("UAH", "hryvnia"),
    "hryvnia": ("UAH", "hryvnia"), "reais": ("BRL", "real"), "taka": ("BDT", "taka"), "cedis": ("GHS", "cedi"),
    "dirhams": ("AED", "dirham"), "riyals": ("SAR", "riyal"), "shillings": ("KES", "shilling"),
    "afghanis": ("AFN", "afghani"), "afghani": ("AFN", "afghani"), "soles": ("PEN", "sol"), "quid": ("GBP", "pound sterling"),
    "cents": (None, "cent"), "cent": (None, "cent"), "pence": (None, "penny"), "sen": (None, "sen"),
    # ISO codes written after the figure ("20 USD", "6.25 BTC")
    **{code.lower(): value for code, value in (
        ("USD", ("USD", "dollar")), ("EUR", ("EUR", "euro")), ("GBP", ("GBP", "pound sterling")),
        ("JPY", ("JPY", "yen")), ("CNY", ("CNY", "yuan")), ("RMB", ("CNY", "yuan")), ("AUD", ("AUD", "australian dollar")),
        ("CAD", ("CAD", "canadian dollar")), ("HKD", ("HKD", "hong kong dollar")), ("NZD", ("NZD", "new zealand dollar")),
        ("CHF", ("CHF", "swiss franc")), ("INR", ("INR", "rupee")), ("MXN", ("MXN", "peso")), ("BTC", ("BTC", "bitcoin")),
        ("ILS", ("ILS", "shekel")), ("MYR", ("MYR", "ringgit")), ("DKK", ("DKK", "danish krone")),
        ("NOK", ("NOK", "norwegian krone")), ("SEK", ("SEK", "swedish krona")),
    )},
}
# A nationality settles a shared currency name: "Danish crowns", "Canadian dollars".
NATIONAL = {
    ("danish", "crowns"): ("DKK", "danish krone"), ("danish", "kroner"): ("DKK", "danish krone"),
    ("swedish", "crowns"): ("SEK", "swedish krona"), ("swedish", "kronor"): ("SEK", "swedish krona"),
    ("norwegian", "crowns"): ("NOK", "norwegian krone"), ("norwegian", "kroner"): ("NOK", "norwegian krone"),
    ("czech", "crowns"): ("CZK", "czech koruna"), ("australian", "dollars"): ("AUD", "australian dollar"),
    ("canadian", "dollars"): ("CAD", "canadian dollar"), ("hong kong", "dollars"): ("HKD", "hong kong dollar"),
    ("new zealand", "dollars"): ("NZD", "new zealand dollar"), ("singapore", "dollars"): ("SGD", "singapore dollar"),
    ("us", "dollars"): ("USD", "dollar"), ("u.s.", "dollars"): ("USD", "dollar"), ("american", "dollars"): ("USD", "dollar"),
    ("swiss", "francs"): ("CHF", "swiss franc"), ("french", "francs"): ("FRF", "french franc"),
    ("dutch", "guilders"): ("NLG", "dutch guilder"), ("finnish", "markka"): ("FIM", "finnish markka"),
    ("german", "marks"): ("DEM", "mark"), ("deutsche", "marks"): ("DEM", "mark"),
    ("turkish", "lira"): ("TRY", "lira"), ("mexican", "pesos"): ("MXN", "peso"),
    ("south african", "rand"): ("ZAR", "rand"), ("indian", "rupees"): ("INR", "rupee"),
    ("sri lankan", "rupees"): ("LKR", "sri lankan rupee"), ("malaysian", "ringgit"): ("MYR", "ringgit"),
    ("israeli", "shekels"): ("ILS", "shekel"), ("chinese", "yuan"): ("CNY", "yuan"), ("japanese", "yen"): ("JPY", "yen"),
    ("argentine", "pesos"): ("ARS", "argentine peso"), ("philippine", "pesos"): ("PHP", "philippine peso"),
    ("chilean", "pesos"): ("CLP", "chilean peso"), ("colombian", "pesos"): ("COP", "colombian peso"),
    ("kenyan", "shillings"): ("KES", "shilling"), ("ugandan", "shillings"): ("UGX", "ugandan shilling"),
    ("pakistani", "rupees"): ("PKR", "pakistani rupee"), ("nepali", "rupees"): ("NPR", "nepalese rupee"),
}
_ADJECTIVES = sorted({a for a, _ in NATIONAL}, key=len, reverse=True)
_NOUNS = sorted({*CURRENCY_WORDS, *(w for _, w in NATIONAL)}, key=len, reverse=True)
# Words whose money sense needs a scale or a nationality ("208 pounds" may be a weight; "marks" and
# "kn" are too common otherwise): read after a bare number only in the company of one.
_NEEDS_COMPANY = {"pounds", "marks", "kn", "won", "rand", "dollar", "euro", "shekel", "bitcoin"}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


CURRENCY_WORD = (
    rf"(?i:(?:(?:{_alternation(_ADJECTIVES)})\s+)?(?:{_alternation(_NOUNS)}))(?![\w])"
)
# After a bare number (no scale word): the words that are money on their own.
CURRENCY_WORD_ALONE = (
    rf"(?i:(?:(?:{_alternation(_ADJECTIVES)})\s+(?:{_alternation(_NOUNS)})|"
    rf"(?:{_alternation([w for w in _NOUNS if w not in _NEEDS_COMPANY])})))(?![\w])"
)
# A currency word said again without its nationality ("1.2 billion Swedish crowns, against 3.7 billion crowns")
NATIONAL_AT_END = re.compile(
    rf"(?:(?P<adj>{_alternation(_ADJECTIVES)})\s+)?(?P<noun>{_alternation(sorted({w for _, w in NATIONAL}))})$", re.I
)
# One unit name per currency, whichever parser found the figure.
CURRENCY_UNITS = {code: name for code, name in (*CURRENCY_SYMBOLS.values(), *CURRENCY_WORDS.values()) if code}


def symbol_currency(symbol: str) -> tuple[str, str]:
    return CURRENCY_SYMBOLS[re.sub(r"\s", "", symbol).lower()]


def word_currency(phrase: str) -> tuple[str | None, str]:
    """(code or None, unit name) for "Danish crowns", "dollars", "cents"."""
    words = " ".join(phrase.lower().split())
    for adjective in _ADJECTIVES:
        if words.startswith(adjective + " "):
            noun = words[len(adjective) + 1:]
            return NATIONAL.get((adjective, noun)) or CURRENCY_WORDS.get(noun, (None, noun))
    return CURRENCY_WORDS.get(words, (None, words))


# A price quoted per something: "per barrel", "per square foot", "a share", "an ounce", "$70-a-share".
RATE_NOUNS = (
    "share|month|year|week|day|hour|night|barrel|gallon|litre|liter|metric ton|metric tonne|ton|tonne|ounce|pound|"
    "kilogram|kilo|gram|"
    "season|dozen|head|person|passenger|ticket|unit|piece|square foot|square metre|square meter|kilowatt-hour|megawatt-hour|"
    "bushel|lb|hectare|acre|bag|box|case|carton|bottle|pack|dose|pill|tablet|meal|visit|trip|ride|seat|post|game|therm|"
    "vial|jar|loaf|session|treatment|injection"
)
# What a price is per after a slash: "$1.50/kg", "$310/t", "$612.50/mt", "£45/month"
SLASH_NOUNS = ("kg|kilo|t|mt|tonne|ton|lb|oz|bbl|barrel|gal|gallon|l|litre|MWh|kWh|sqft|month|mo|year|yr|hour|hr|h|week|wk|"
               "day|night|share|person|head")
RATE = re.compile(  # "$75 U.S. per barrel", "($2.4 billion) a year": the rate after a currency or a restatement
    rf"\)?(?:\s+U\.?S\.?)?[\s-]*(?:(?i:per)[\s-]+(?P<per>(?:square\s+|cubic\s+)?[A-Za-z][\w-]*+(?:\s+(?i:hours?)\b)?)"
    rf"|/\s?(?P<slash>(?i:{SLASH_NOUNS})\b)"
    rf"|(?i:a|an)[\s-]+(?P<a>(?i:{RATE_NOUNS}))\b(?!\s+(?:ago|earlier|before(?!\s+tax)|after(?!\s+tax)|later|previously|prior)\b))"
)
MILLION_BTU = re.compile(r"\s+(?i:british\s+thermal\s+units?|btus?)\b")
SQUARE = re.compile(r"\.?\s*(?P<unit>m|metre|meter|ft|foot|feet|km|mi|mile)\b", re.I)
SQUARE_UNITS = {"m": "metre", "metre": "metre", "meter": "metre", "ft": "foot", "foot": "foot", "feet": "foot",
                "km": "kilometre", "mi": "mile", "mile": "mile"}
RATE_STOP = {"cent", "capita", "the", "a", "an", "each", "every", "cents"}
_IRREGULAR = {"feet": "foot", "people": "person", "annum": "year", "lb": "pound", "lbs": "pound", "oz": "ounce",
              "kg": "kilogram", "kilo": "kilogram", "kwh": "kilowatt hour", "mwh": "megawatt hour",
              "kilowatt-hour": "kilowatt hour", "megawatt-hour": "megawatt hour", "t": "tonne", "mt": "tonne",
              "bbl": "barrel", "gal": "gallon", "l": "litre", "mo": "month", "yr": "year", "hr": "hour", "h": "hour",
              "wk": "week", "sqft": "square foot", "gb": "gigabyte", "mb": "megabyte", "tb": "terabyte"}


def rate_after(text: str, end: int) -> tuple[str, int] | None:
    """(what a price is per, new end) when a money figure is quoted as a rate."""
    m = RATE.match(text, end)
    if m is None:
        return None
    noun = " ".join((m["per"] or m["a"] or m["slash"]).lower().split())
    if noun in RATE_STOP:
        return None
    if noun == "sq" and (area := SQUARE.match(text, m.end())):  # "$80 per sq m", "per sq ft"
        return f"square {SQUARE_UNITS[area['unit'].lower()]}", area.end()
    if noun == "million" and (btu := MILLION_BTU.match(text, m.end())):  # "$2.86 per million British thermal units"
        return "million british thermal unit", btu.end()
    words = noun.split(" ")
    last = _IRREGULAR.get(words[-1], words[-1])
    if last.endswith("s") and not last.endswith("ss") and len(last) > 3 and m["per"]:
        last = last[:-1]
    return " ".join([*words[:-1], last]), m.end()
