"""Numbers that are not figures: parts of names ("S&P 500", "Galaxy Note 20 Ultra", "Zapad-2017"),
labels ("category 4", "Game 7", "Day 3"), ranks ("12th"), list numbers, street addresses, ZIP and
phone numbers, clock times; and the "one" that is a pronoun, not a count ("each one", "BBC One").
"""

from __future__ import annotations

import re
from functools import cache

from lemminflect import getAllLemmas

from factcheck.extract.dates import CALENDAR
from factcheck.extract.lexicon import lexicon, words_regex

# US retirement plans and the sections of a law: "401(k)", "Rule 12(b)(6)", "Section 230(c)".
PLAN_NAME = re.compile(r"\b(?:401|403|457)\s?\([a-z]\)|\b\d+(?:\([a-z0-9]{1,3}\))+")
WEB_ADDRESS = re.compile(r"\bhttps?://\S+|\bwww\.\S+|(?<!\w)@\w+")  # links and handles: "pixel-9a-2025"
STOPPAGE_TIME = re.compile(r"\b\d{1,3}\+\d{1,2}(?:'|\s?min\b)")  # a live blog's "45+2'" or "45+2 min": a minute
# Video and screen resolutions: "1080p", "a 4K TV" (not "50k fans": thousands).
RESOLUTION = re.compile(r"\b(?:480|576|720|1080|1440|2160)p\b|\b[248]K(?=\s+(?:TVs?|video|resolution|displays?|screens?|"
                        r"monitors?|HDR|OLED|streaming|cameras?|Blu-ray)\b)|(?<=\b(?:at|in) )[48]K\b")  # "gaming at 4K"
# Tickers ("6829.T", "0700.HK") and versions ("17.4.1"), DOIs, a batter's "3-for-4" and an air fryer's "9-in-1",
# and a knockout stage ("reached the last 16 of the Europa League", not "their last 16 games").
TICKER = re.compile(r"\b\d{3,6}\.[A-Z]{1,2}\b|\b\d+\.\d+\.\d+\b")
DOI = re.compile(r"\b(?i:doi):\s?\S+|\b10\.\d{4,9}/\S+")
AT_BATS = re.compile(r"\b\d{1,2}-for-\d{1,2}\b|\b\d{1,2}-in-\d\b")
STAGE = re.compile(r"\b(?:last|round\s+of)\s+(?:16|32|64|eight|sixteen)\b(?!\s+[a-z]+s\b)", re.I)
DISEASE = re.compile(r"\b(?i:covid|sars-cov)\s?-\s?(?:19|2)\b")  # scraped "COVID -19": a name, not minus 19
GROUP_OF = re.compile(r"\b(?:Group\s+of|G)[\s-]?(?:7|8|20|24|77)\b")  # "the Group of 20", "G7"
# Airliner models named without their maker: "the 737 MAX", "two new 737 Max jets", "787 Dreamliner", "777-300ER",
# "its 777X backlog", "a 737 Max 9".
AIRLINER = re.compile(r"\b7[0-8]7(?:-\d{1,3})?(?=\s+(?i:max|dreamliners?|jumbos?|jets?|jetliners?|aircraft|airliners?|"
                      r"planes?|freighters?|fleets?|family|program|programme|models?)\b)|\b7[0-8]7-\d{3}[A-Z]{1,3}\b"
                      r"|\b7[0-8]7X\b|(?<=\b7[0-8]7\s(?i:max)\s)\d{1,2}\b|\b7[0-8]7-[1-9]00\b")  # "the 737-800 it replaces"
# A maturity or a record names an instrument or a level, not a span of time: "the 10-year Treasury yield",
# "a 30-year fixed mortgage", "a 13-year high", "the 45-year satellite record" (as "a two-year fixed rate" is no
# figure either).
MATURITY = re.compile(r"\b\d{1,3}-(?:year|month|week)(?=[\s-]+(?:treasury|treasuries|bonds?|notes?|gilts?|bunds?|"
                      r"yields?|mortgages?|loans?|fixed|jgbs?|debt|swaps?|securities|highs?|lows?|records?)\b)", re.I)
ORDINAL = re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th)\b")  # "finished 12th": a rank (quantulum3: "12 t·h")
PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)")
# Clock times are not quantities: "10.45pm", "5am", "10:27 PM", "2:55 p.m.", "1530 GMT"; nor is a
# race time read piecemeal ("won in 2:17:58").
CLOCK = re.compile(r"(?<![\w.:])\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)|(?<![\w.:])\d{1,2}:\d\d(?::\d\d)?(?!\d)"
                   r"|(?<![\w.:,])(?:[0-2]?\d[.:]?[0-5]\d)\s?(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|PDT|JST|HKT|SGT|IST|"
                   r"local\s+time)\b")  # "by 1530 GMT", "14.32 BST", "at 0630 local time"
# US ZIP codes after a state ("Chicago IL 60610"), listing and catalogue numbers ("MLS# 11893012", "the #1
# seed"), phone numbers ("01632 960 123", "1300 651 776", "+44 (0)20 7946 0321") and numbers to call ("by
# calling 119", "dial 999"); a US block address ("the 4800 block of West Addison"); a flight ("flight 6E 2134").
STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
          "OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
ZIP = re.compile(rf"\b(?:{STATES})\s+\d{{5}}(?:-\d{{4}})?\b")
NUMBER_SIGN = re.compile(r"#\s?\d+|\bNo\.\s?\d{1,3}(?:,\d{3})+")  # "issue No. 1,176"
CALL = re.compile(r"\b0\d{3,4}\s\d{3}\s?\d{3,4}\b|\b1[38]00\s\d{3}\s\d{3}\b"
                  r"|\+\d{1,3}\s?(?:\(0\))?\d{1,4}(?:\s\d{3,4}){1,3}\b"
                  r"|\b(?i:call|calling|dial|dialling|dialing|ring|text|texting)\s+\d{3,}(?:\s\d{3,4}){0,2}\b(?!\s+[a-z]+s\b)")
# "day 4 at Multan", "closed day three on 356" (not "24 hours a day 7 days a week"); "a two-way star"; the
# numbers of a list run into one line ("Seeds: 1. Kovac (SRB) 2. Almeida"); a car or plane model in the
# plural ("a dozen Porsche 911s", quantulum3: 911 seconds; not a decade, "the 1990s") or with a letter
# ("Taycan 4S", quantulum3: 4 siemens); a cricketer's "34th Test hundred".
LABELS = re.compile(r"\b\d{2,5}\s+block\s+of\b|\b(?i:flight)\s+[A-Z\d]{2}\s?\d{1,4}\b"
                    r"|\b[Dd]ay\s+(?:\d{1,2}|one|two|three|four|five)\b(?!\s+days?\b)|\b(?i:one|two)-way\b"
                    r"|(?:^|(?<=[:)] ))\d{1,2}\.(?=\s+[A-Z][a-z])|\b[A-Z][a-z]+\s\d{3}s\b|\b[A-Z][a-z]+\s\d{1,2}S\b"
                    r"|\b(?i:test|odi|maiden|double)\s+hundreds?\b")
ATTACHED_NAME = re.compile(r"[A-Za-z]-?$")  # "Zapad-2017", "G2", "F-16": names, not figures

# A number that completes a name: "S&P 500", "iPhone 14’s", a mid-sentence "Windows 10." or "FTSE 100,",
# and a number between capitalised words ("Galaxy Note 20 Ultra", "Boeing 737 Max"), but not before a
# capitalised plural ("Nigeria's 12 Americans").
# A capitalised word before a number followed by more words is left alone: headlines are Title Case.
# (not a compound adjective: "an EPA-estimated 52 mpg")
NAME_BEFORE = re.compile(r"(?<=\S )(?P<name>[A-Za-z]*(?:[a-z][A-Z]|&)[\w&]*|[A-Z][\w&]*(?:-(?![a-z]{3})[\w&]*)*) $")
# An acronym right before a whole number names an index or a model: "FTSE 250 rose", "DAX 30".
ACRONYM_BEFORE = re.compile(r"\b[A-Z]{3,}\s$")
NAME_AFTER = re.compile(r"$|[’']s\b|\s?[.,;:)!?]|\s+(?:at|in|on|for|with)\b|\s+[A-Z][\w&-]*(?<![a-z]s)\b"
                        r"|\s+(?:update|release|beta|version|series|edition|software|firmware)\b")  # "OS 14.2 update"
# Street addresses, ZIP codes and postcodes: "575 Wilbraham Road", "42B Kensington Park Road", "9 E 71st St", "22 Ave
# Foch", "the 90049 ZIP Code".
ADDRESS = re.compile(
    r"\b\d{1,5}[A-Z]?(?:[-–]\d{1,5})?\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w.’'-]*\s+){1,3}?"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Way|Lane|Ln|Drive|Dr|Boulevard|Blvd|Place|Pl|Court|Ct|Terrace|Crescent|Close|Square|Parkway|"
    r"Gardens|Grove|Mews|Row|View|Walk)\b"
    r"|\b\d{1,5},?\s+(?:Ave|Avenue|Rue|Via|Calle|Boulevard|Bd)\s+(?:de\s+(?:la\s+)?)?[A-Z]"
    r"|\b\d{5}\s+(?i:zip)\b|\b(?i:zip)(?:\s+[Cc]ode)?\s+\d{5}\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"  # a British postcode: "SK4 2QT", "EH6 6RS"
)


_CAPITAL_NUMBERS = "(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"  # "Part Two", "Season Three"


@cache
def _label_regex() -> re.Pattern[str]:
    """A number that labels ("category 4 hurricane", "Game 7 at", "Channel 5s", "Dune: Part Two",
    "between exits 12 and 14") rather than counts."""
    number = rf"(?:\d+[A-Za-z]?\b(?![-–.,]\d)|{_CAPITAL_NUMBERS}\b)"
    return re.compile(rf"\b(?i:{words_regex(lexicon().label_words)})\s+{number}"
                      rf"|\b(?i:{words_regex(lexicon().label_words)})s\s+\d+\s+(?:and|or|to)\s+\d+\b")


@cache
def _index_regex() -> re.Pattern[str]:
    """Market indexes named with a number: "Nikkei 225", "Stoxx 600", scraped as "the sp 500" (the
    number counts nothing)."""
    return re.compile(rf"(?<![\w&])(?:{words_regex(lexicon().index_names)})\b", re.I)


# "one" is a count ("one solution", "one of the best screens") except as a pronoun ("each one",
# "the same one"), in a name ("BBC One"), in a proportion ("one in five", "one out of three") or
# before another figure ("one 52,000-tonne ship").
ONE_PRONOUN = re.compile(r"\b(?:each|every|any|no|same|which|this|that|another|the|these|those|its|their|his|her)\s+$", re.I)
ONE_OF_SET = re.compile(r"\s+of\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*[^s\W]s\b")
ONE_AFTER = re.compile(r"\s*(?:-?\s*(?:out\s+of|in\s+\w+|another|by\s+one|or\b|and\s+only|-\w)|\d)", re.I)


# Words after a number that show it is an amount, not part of a name: "In Texas 300 were hurt".
_NOT_NOUNS = frozenset("""were are was is have had has will would could may might can did do of and or to in on at
    for from by with than more less per percent million billion thousand died killed more out up down""".split())


LIST_ITEM = re.compile(r"(?<![\w.,$£€])(\d{1,2})\.(?=\s+[A-Z])")


def _list_items(flat: str) -> list[tuple[int, int]]:
    """The numbers of a list run into one sentence: "1. Starfall $31.2m 2. Night Shift $18.9m 3. ..."."""
    items = {int(m[1]): m.span() for m in LIST_ITEM.finditer(flat)}
    return [span for n, span in items.items() if n - 1 in items or n + 1 in items]


def masked_spans(flat: str) -> list[tuple[int, int]]:
    """Spans of a sentence where no figure may be read."""
    patterns = (PHONE, CLOCK, WEB_ADDRESS, ADDRESS, ORDINAL, PLAN_NAME, STOPPAGE_TIME, GROUP_OF, DISEASE, AIRLINER,
                MATURITY, RESOLUTION, TICKER, DOI, AT_BATS, STAGE, ZIP, NUMBER_SIGN, CALL, LABELS, _index_regex(),
                _label_regex())
    return [m.span() for pattern in patterns for m in pattern.finditer(flat)] + _list_items(flat)


def counts_one(text: str, start: int, end: int) -> bool:
    """Whether the "one" at ``start`` counts something (see ONE_PRONOUN and ONE_AFTER)."""
    if ONE_AFTER.match(text, end):
        return False
    if ONE_PRONOUN.search(text, max(0, start - 12), start) and not _scraped_its_one_of(text, start, end):
        return False
    if re.match(r"\s+of\b", text[end:]) and not ONE_OF_SET.match(text, end):
        return False  # "one of the best." names no set to count in
    return not (text[start].isupper() and re.search(r"[A-Z][\w&]*\s+$", text[max(0, start - 30):start]))


def _scraped_its_one_of(text: str, start: int, end: int) -> bool:
    """"Its one of the busiest weekends": a scraped "It's one of", not the pronoun of "its one weakness"."""
    return bool(re.search(r"\b(?i:its)\s+$", text[max(0, start - 5):start]) and re.match(r"\s+of\b", text[end:]))


def completes_name(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is part of a name (see NAME_BEFORE and NAME_AFTER); never a
    scaled amount ("ahead of Apples 50.1 million.", scraped from "Apple's") nor one grouped in thousands
    ("to challenger Ayanda Mokoenas 48,902")."""
    if re.search(r"\s(?i:hundred|thousand|million|billion|trillion)\b", text[start:end]):
        return False
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text[start:end]):
        return False
    if ACRONYM_BEFORE.search(text, max(0, start - 12), start) and re.fullmatch(r"\d{1,4}", text[start:end]):
        return True
    after = re.match(r"\s+([a-z][\w-]*)", text[end:end + 40])
    # A verb right after the number: "Formula 1 returns" (1 counts no plural), "the Oura Ring 4 weighs".
    verb_after = after and after[1].endswith("s") and (text[start:end] == "1" or set(getAllLemmas(after[1])) == {"VERB"})
    if verb_after and re.fullmatch(r"[A-Z][\w&-]* ", text[:start]):
        return True  # the name opens the sentence, where NAME_BEFORE does not look
    m = NAME_BEFORE.search(text, 0, start)
    if m is None or m["name"].casefold() in CALENDAR:
        return False
    inner = bool(re.search(r"[a-z][A-Z]|&", m["name"]))  # "iPhone", "S&P": never an ordinary word
    # In prose (the next word in lower case, so not a Title Case headline) a proper noun right before
    # a whole number names something: "Formula 1 title", "Apollo 11 crew", "Windows 11 rival"; but
    # before a counted plural it is a count ("In Texas 300 people died").
    plural = after and (after[1].endswith("s") or after[1] in lexicon().irregular_plurals or after[1] in _NOT_NOUNS
                        or after[1] in lexicon().abbreviated_plurals)  # "Hart 14 reb"
    prose = after and not plural and re.fullmatch(r"\d{1,4}", text[start:end])
    return inner or bool(NAME_AFTER.match(text, end)) or bool(prose) or bool(verb_after)
