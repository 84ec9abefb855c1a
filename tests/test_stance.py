"""Actor stance: how the target is referred to, who speaks for it, and what carries a stance.

Every text here is written for the tests; none comes from the evaluation articles.
"""

import math

import pytest

from newsquotes import analyse, tokenise
from newsquotes.stance import (
    SIDE_PRIOR,
    _names_speaker,
    _weighted,
    act_rows,
    mentions,
    quote_stances,
    target_side,
)
from newsquotes.targets import find_references, target_aliases, target_kind


def references(text: str, target: str) -> list[str]:
    return [text[a:b] for a, b in find_references(text, target)]


def side(text: str, target: str, actors: list[tuple[str, str, str]]) -> set[str]:
    sentences = tokenise.sentences(text, tokenise.paragraphs(text))
    return target_side(text, actors, sentences, mentions(text, sentences, target, None))


# --- names and kinds -------------------------------------------------------------------------

def test_a_company_is_known_by_its_name_without_the_industry_word():
    assert "Harbourline" in target_aliases("Harbourline Platinum")
    assert "Platinum" not in target_aliases("Harbourline Platinum")


def test_a_place_ending_an_organisations_name_is_not_its_surname():
    assert target_kind("Water Safety Scotland") == "organisation"
    assert target_aliases("Water Safety Scotland") == ["Water Safety Scotland"]


def test_a_national_qualifier_is_dropped_from_a_bodys_short_name():
    assert "Postal Service" in target_aliases("U.S. Postal Service")


def test_a_country_brings_its_demonym_and_capital():
    assert target_kind("Kenya") == "country"
    assert {"Kenyan", "Nairobi"} <= set(target_aliases("Kenya"))


def test_a_two_word_capitalised_name_is_a_person():
    assert target_kind("Marta Okonjo") == "person"
    assert "Okonjo" in target_aliases("Marta Okonjo")


# --- references without the name ---------------------------------------------------------------

def test_the_company_is_the_target_once_the_article_ties_it():
    text = ("Harbourline Platinum will close a mine, the company said on Monday. "
            "Workers said the company had ignored them.")
    assert references(text, "Harbourline Platinum").count("the company") == 2


def test_an_apposition_ties_a_description_to_the_target():
    text = ("Greyfield Power, the region's largest utility, cut supply. "
            "The utility declined to comment.")
    assert "The utility" in references(text, "Greyfield Power")


def test_a_body_noun_stops_being_the_target_once_another_body_is_named_by_it():
    text = ("Coastal Standards Ireland banned the swimmer. The agency said the test was clean. "
            "The World Anti-Doping Agency backed it. The agency's head was pleased.")
    refs = [text[a:b] for a, b in find_references(text, "Coastal Standards Ireland")]
    assert refs == ["Coastal Standards Ireland", "The agency"]


def test_a_persons_title_before_the_name_makes_the_office_a_reference():
    text = "Mayor Ines Carrow vetoed the budget. Council members said the mayor had misled them."
    assert "the mayor" in references(text, "Ines Carrow")


def test_an_office_used_for_the_target_alone_is_a_reference_but_not_a_shadow_one():
    text = ("Ines Carrow's budget cuts taxes. The chancellor told MPs it was fair. "
            "Labour's shadow chancellor, Omar Bell, said the chancellor had got it wrong.")
    refs = references(text, "Ines Carrow")
    assert refs.count("The chancellor") + refs.count("the chancellor") == 2
    assert "shadow chancellor" not in " ".join(refs)


def test_an_office_held_by_someone_else_named_is_not_the_target():
    text = ("Piet Maas was convicted. The judge said so. Judge Ann Lowe jailed him. "
            "The judge added a fine.")
    assert references(text, "Piet Maas") == ["Piet Maas"]


def test_a_country_is_not_the_government_or_the_country():
    text = ("Kenya raised tariffs. The government in Kampala objected, and the country's "
            "traders too.")
    assert references(text, "Kenya") == ["Kenya"]


# --- who speaks for the target -----------------------------------------------------------------

def test_the_target_itself_is_on_its_own_side():
    text = "Harbourline Platinum will close a mine, the company said."
    assert side(text, "Harbourline Platinum",
                [("Harbourline Platinum", "organisation", "Harbourline Platinum")]) == \
        {"Harbourline Platinum"}


def test_a_role_of_the_target_before_the_name_puts_a_person_on_its_side():
    text = "Harbourline's chief executive, Dara Quinn, said the closure was painful."
    assert side(text, "Harbourline", [("Dara Quinn", "person", "Dara Quinn; Quinn")]) == \
        {"Dara Quinn"}


def test_an_apposition_with_a_role_for_the_target_puts_a_person_on_its_side():
    text = "Dara Quinn, a spokeswoman for Harbourline, said the offer was fair."
    assert side(text, "Harbourline", [("Dara Quinn", "person", "Dara Quinn")]) == {"Dara Quinn"}


def test_a_supporters_group_named_after_the_target_is_not_on_its_side():
    text = "The Rovington Town Supporters' Trust condemned the sale by Rovington Town."
    actors = [("Rovington Town Supporters' Trust", "organisation",
               "Rovington Town Supporters' Trust")]
    assert side(text, "Rovington Town", actors) == set()


def test_a_former_player_is_not_on_the_side_of_the_club():
    text = "The former Rovington Town striker Ade Cole said the board had sold out."
    assert side(text, "Rovington Town", [("Ade Cole", "person", "Ade Cole")]) == set()


def test_an_unowned_minister_in_an_article_about_a_country_speaks_for_it():
    text = "Kenya will ban raw tea exports, Trade Minister Joy Wanjiru said on Monday."
    assert side(text, "Kenya", [("Joy Wanjiru", "person", "Joy Wanjiru")]) == {"Joy Wanjiru"}


def test_a_minister_owned_by_another_place_does_not():
    text = "Kenya will ban raw tea exports. Uganda Trade Minister Paul Okello objected."
    assert side(text, "Kenya", [("Paul Okello", "person", "Paul Okello")]) == set()


def test_a_lawyer_introduced_by_his_right_after_the_target_speaks_for_the_target():
    text = ("Piet Maas denies the charge, and his lawyer, Ruth Amadi, said the evidence "
            "was thin.")
    assert side(text, "Piet Maas", [("Ruth Amadi", "person", "Ruth Amadi")]) == {"Ruth Amadi"}


def test_a_family_member_bearing_the_firms_name_is_on_the_firms_side():
    text = ("Okafor & Daughters has made bread in Enugu since 1961. "
            "Grace Okafor, 58, said the bakery would stay open.")
    actors = [("Grace Okafor", "person", "Grace Okafor; Okafor")]
    assert side(text, "Okafor & Daughters", actors) == {"Grace Okafor"}


# --- what carries a stance ---------------------------------------------------------------------

def test_the_side_prior_is_one_statement_in_the_targets_favour():
    assert _weighted([], SIDE_PRIOR) == pytest.approx(1.0)
    assert _weighted([-0.5], SIDE_PRIOR) > 0  # one mild criticism does not turn it
    assert _weighted([-0.9, -0.9], SIDE_PRIOR) < 0  # two clear ones do
    assert math.isnan(_weighted([]))


def test_a_mention_in_the_speakers_title_says_nothing_of_the_speaker():
    text = "A company spokesman, Dara Quinn, said the rota was safe."
    start = text.index("company")
    assert _names_speaker(text, start, start + len("company"), text.index("Dara"),
                          text.index("Dara") + len("Dara Quinn"))


def test_the_targets_act_is_found_through_its_verb():
    text = ("Harbourline Platinum will cut 3,000 jobs. "
            "The union said the cuts were a disgrace and a betrayal.")
    sentences = tokenise.sentences(text, tokenise.paragraphs(text))
    rows = act_rows(text, sentences, mentions(text, sentences, "Harbourline Platinum", None))
    assert [r[2] for r in rows] == ["the cuts"]


def test_a_quote_about_the_targets_act_has_a_stance():
    text = ("Harbourline Platinum will cut 3,000 jobs and close two shafts.\n\n"
            'Union leader Sipho Dube said the cuts were "a disgrace and a betrayal of workers".')
    a = analyse(text, "Harbourline Platinum")
    dube = a.actors.set_index("actor").stance.get("Sipho Dube")
    assert dube is not None and dube < 0


def test_a_quote_with_no_reference_answers_its_paragraphs_clear_lean():
    text = ("The committee blamed Harbourline for the collapse of the talks. "
            '"We were lied to," the chairman said.')
    sentences = tokenise.sentences(text, tokenise.paragraphs(text))
    rows = mentions(text, sentences, "Harbourline", None)
    assert rows and rows[0][5] < -0.15
    quote = ("direct", "chairman", 1, text.index("lied to,") + len("lied to,"), None, None)
    (stance,) = quote_stances(text, [quote], sentences, rows)
    assert stance < 0


def test_an_actor_who_says_nothing_of_the_target_has_no_stance():
    text = ("Harbourline Platinum will close a mine.\n\n"
            '"The weather was lovely," said Tom Reed, a local farmer.')
    a = analyse(text, "Harbourline Platinum")
    reed = a.actors.set_index("actor").stance.get("Tom Reed")
    assert reed is not None and math.isnan(reed)


def test_a_spokesman_who_defends_the_target_without_naming_it_leans_for_it():
    text = ("Harbourline Platinum will close a mine near Rustenburg.\n\n"
            '"We cannot keep losing money on every ounce," Harbourline\'s chief executive, '
            'Dara Quinn, said.')
    a = analyse(text, "Harbourline Platinum")
    quinn = a.actors.set_index("actor").stance.get("Dara Quinn")
    assert quinn is not None and quinn > 0
