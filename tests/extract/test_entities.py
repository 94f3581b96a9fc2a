"""Named entities: spelling-insensitive keys, the alias table as data, and rapidfuzz for near spellings."""

from __future__ import annotations

from importlib import resources

import pytest
from ruamel.yaml import YAML

from factcheck.extract import find_entities
from factcheck.extract.entities import find_names, gazetteer, normal_key
from factcheck.models import Article

ALIASES = YAML(typ="safe").load(resources.files("factcheck.data").joinpath("aliases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Kim Jong Un", "kim jong un"),
        ("Kim Jong-un", "kim jong un"),
        ("Kim Jong-un’s", "kim jong un"),
        ("KIM JONG UN", "kim jong un"),
        ("U.S.", "us"),
        ("Russia’s", "russia"),
    ],
)
def test_normal_key_ignores_case_hyphens_dots_and_possessives(surface, key):
    assert normal_key(surface) == key


def test_both_kim_spellings_in_the_seeds_share_a_key_and_keep_their_surfaces(seed):
    found = [e for prefix in ("000", "001") for e in find_entities(Article(path=prefix, text=seed(prefix)))]
    kims = {" ".join(e.surface.split()): e.key for e in found if e.key == "kim jong un"}  # 000 has a no-break space
    assert kims == {"Kim Jong Un": "kim jong un", "Kim Jong-un": "kim jong un"}
    assert {e.kind for e in found if e.key == "kim jong un"} == {"person"}


def test_an_entity_points_back_to_its_place_in_the_file():
    text = "Select Page\n\nMoscow rushed to prop up Kim Jong-un’s position."
    kim = next(e for e in find_entities(Article(path="x.txt", text=text)) if e.key == "kim jong un")
    assert (kim.span.line, kim.span.column, text[kim.span.start:kim.span.end]) == (3, 26, "Kim Jong-un")


@pytest.mark.parametrize(
    ("surface", "actor"),
    [
        ("Pyongyang", "north korea"),
        ("Moscow", "russia"),
        ("the Kremlin", "russia"),
        ("Kremlin", "russia"),
        ("Washington", "united states"),
        ("the White House", "united states"),
        ("Seoul", "south korea"),
        ("Beijing", "china"),
        ("NATO", "nato"),
        ("Reuters", "reuters"),
    ],
)
def test_capitals_and_seats_of_power_stand_for_their_country_as_actors(surface, actor):
    assert gazetteer().actor(surface) == actor


@pytest.mark.parametrize(("surface", "key"), [("Moscow", "moscow"), ("Pyongyang", "pyongyang"), ("Seoul", "seoul")])
def test_a_capital_named_as_a_place_is_itself(surface, key):
    """"the port of Vladivostok, 100 km from Moscow" is about the city, not the state."""
    assert gazetteer().resolve(surface)[0] == key


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Kim Jung Un", "kim jong un"),
        ("Kim Jong Eun", "kim jong un"),
        ("North Koera", "north korea"),
        ("Vladimir Puttin", "vladimir putin"),
        ("United Nation", "united nations"),
        ("Russian Federaton", "russia"),
    ],
)
def test_near_spellings_resolve_to_the_known_name(surface, key):
    assert gazetteer().resolve(surface)[0] == key


@pytest.mark.parametrize(
    ("surface", "not_key"),
    [
        ("Prussia", "russia"),
        ("Kim Jong Nam", "kim jong un"),
        ("Kim Jong Il", "kim jong un"),
        ("South Korea", "north korea"),
        ("Donald Trump Jr", "donald trump"),
        ("Kim Yo Jong", "kim jong un"),
    ],
)
def test_different_names_are_not_merged(surface, not_key):
    assert gazetteer().resolve(surface)[0] != not_key


@pytest.mark.parametrize(("key", "entry"), ALIASES.items())
def test_every_alias_in_the_table_resolves_to_its_key(key, entry):
    gaz = gazetteer()
    assert entry["kind"] in {"person", "place", "organisation", "other"}
    assert {gaz.resolve(name) for name in [key, *entry["names"]]} == {(key, entry["kind"])}
    assert {gaz.actor(name) for name in entry.get("actors", [])} <= {key}


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("According to Reuters, trade rose.", ["Reuters"]),
        ("Moscow rushed to prop up Kim Jong-un’s position.", ["Moscow", "Kim Jong-un"]),
        ("Russian President Vladimir Putin told a forum.", ["Vladimir Putin"]),
        ("The border crossing in Tumangan, North Korea July 18, 2014.", ["Tumangan", "North Korea"]),
        ("At the Kremlin in Moscow, Russia October 4, 2017.", ["Kremlin", "Moscow", "Russia"]),
        ("It backed tougher United Nations sanctions.", ["United Nations"]),
        ("The Democratic People’s Republic of Korea fired.", ["Democratic People’s Republic of Korea"]),
    ],
)
def test_names_are_capitalised_spans_without_function_words_or_dates(text, surfaces):
    assert [surface for _, _, surface in find_names(text)] == surfaces


def test_a_name_wrapped_over_two_lines_keeps_its_surface_and_key():
    text = "He wants the United States to leave Kim\nJong Un alone."
    kim = next(e for e in find_entities(Article(path="x.txt", text=text)) if e.key == "kim jong un")
    assert (kim.surface, text[kim.span.start:kim.span.end]) == ("Kim\nJong Un", "Kim\nJong Un")
