"""Shapes of reported speech without quote marks: each test is one shape, on a short newswire
text written for it."""

import pytest
from test_quotes import quotes


def test_a_subject_after_an_opening_but_and_before_an_aside_reports():
    text = ("Headline here\n\nBut the tenants, many of them pensioners on fixed incomes, insisted "
            "that the rent rise was unlawful.")
    assert quotes(text) == [("indirect", "the rent rise was unlawful", "tenants")]


@pytest.mark.parametrize("circumstances", [
    "in a filing with the Texas Department of Insurance (TDI) on Monday",
    "in a notice pinned to the depot gate on Friday morning",
    "to a parliamentary subcommittee",
])
def test_that_after_long_circumstances_of_the_report_opens_what_was_said(circumstances):
    text = (f"Insurer pulls back\n\nHarbor Mutual said {circumstances} that it would stop writing "
            "new policies in the county.")
    assert quotes(text) == [("indirect", "it would stop writing new policies in the county",
                             "Harbor Mutual")]


def test_that_after_a_long_listener_opens_what_was_said():
    text = ("Bridge delayed\n\nLismore City Council told a meeting of its finance and audit "
            "committee on Thursday evening that the bridge would not reopen until 2028.")
    assert quotes(text) == [("indirect", "the bridge would not reopen until 2028",
                             "Lismore City Council")]


def test_a_listener_and_a_clause_before_and_that_are_one_report():
    text = ("Tourist levy\n\nMayor Ellen Doyle told Radio Kerry the levy would raise about "
            "600,000 euros a year and that hotels had been consulted.")
    assert quotes(text) == [("indirect", "the levy would raise about 600,000 euros a year and "
                             "that hotels had been consulted", "Ellen Doyle")]


@pytest.mark.parametrize("source, speaker", [
    ("aviation safety officials said", "aviation safety officials"),
    ("the energy and mines ministry has said", "energy and mines ministry"),
])
def test_a_report_before_a_source_of_lower_case_nouns_is_found(source, speaker):
    text = f"Flights cut\n\nDozens of flights were cancelled at the airport on Sunday, {source}."
    assert quotes(text) == [("indirect", "Dozens of flights were cancelled at the airport on "
                             "Sunday", speaker)]


def test_a_wh_clause_before_according_to_is_no_source():
    text = ("Plume spread\n\nThe plume spread 30 kilometres, far beyond what the company had "
            "predicted, according to independent scientists.")
    assert quotes(text) == [("indirect", "The plume spread 30 kilometres, far beyond what the "
                             "company had predicted", "independent scientists")]


@pytest.mark.parametrize("text, report, speaker", [
    ("Bus ridership fell 12% last year, according to figures released by Metro Transit ahead "
     "of the budget hearing.", "Bus ridership fell 12% last year", "Metro Transit"),
    ("According to a survey of 2,000 drivers published in May by the Institute for Road "
     "Safety, 41% had used a phone at the wheel.", "41% had used a phone at the wheel",
     "Institute for Road Safety"),
    ("Ridership fell by a tenth, according to an audit released on Monday by the Office of the "
     "State Comptroller.", "Ridership fell by a tenth", "Office of the State Comptroller"),
])
def test_according_to_a_document_speaks_for_the_body_that_made_it(text, report, speaker):
    assert quotes("Transit figures\n\n" + text) == [("indirect", report, speaker)]


@pytest.mark.parametrize("act", [
    "Dairy farmers in the district have long complained about late payments.",
    "Drivers stranded on the motorway described a long and cold wait.",
    "Judge Maria Olsen warned jurors not to read coverage of the case.",
    "Judge Maria Olsen cautioned both sides against discussing the evidence on radio.",
])
def test_a_speech_act_with_no_reported_proposition_is_no_report(act):
    assert quotes("Court hears case\n\n" + act) == []


def test_described_as_still_reports():
    text = ("Court hears case\n\nThe union described the offer as an insult to nurses who had "
            "worked through the pandemic.")
    assert quotes(text) == [("indirect", "the offer as an insult to nurses who had worked "
                             "through the pandemic", "union")]


def test_according_to_a_source_reports_the_clause_after_its_quoted_words():
    text = ("Tanker detained\n\nAccording to the Foreign Ministry, the port's sanctions are "
            "\"illegitimate\" and Moscow does not recognise them.")
    assert quotes(text) == [("partial", "illegitimate", "Foreign Ministry"),
                            ("indirect", "Moscow does not recognise them", "Foreign Ministry")]


def test_that_after_an_aside_inside_the_circumstances_of_the_report_opens_what_was_said():
    text = ("Airline warned\n\nTransport Canada said in a letter to the airline, seen by "
            "Reuters, that its operating certificate would be reviewed.")
    assert quotes(text) == [("indirect", "its operating certificate would be reviewed",
                             "Transport Canada")]


def test_a_standfirst_without_a_full_stop_and_no_byline_after_it_is_no_report():
    text = ("Harbour strike spreads to second port\n\n"
            "Dockworkers say the port will stay shut until pay talks resume\n\n"
            "Marta Lindqvist\n\n"
            "The Gothenburg Dockworkers Union said on Monday that its members would not return "
            "to work this week.")
    assert quotes(text) == [("indirect", "its members would not return to work this week",
                             "Gothenburg Dockworkers Union")]


@pytest.mark.parametrize("text, report, speaker", [
    ("Residents say little has changed since the flood barriers were built.",
     "little has changed since the flood barriers were built", "Residents"),
    ("The council said nothing had been decided about the library.",
     "nothing had been decided about the library", "council"),
])
def test_nothing_or_little_as_the_subject_of_the_reported_clause(text, report, speaker):
    assert quotes("Flood town waits\n\n" + text) == [("indirect", report, speaker)]


def test_said_nothing_with_no_clause_after_it_is_no_report():
    text = "Flood town waits\n\nThe council said nothing in public about the library."
    assert quotes(text) == []


def test_an_agency_dateline_without_a_place_is_no_part_of_the_subject():
    text = ("Ferry pricing probed\n\n(Bloomberg) -- Norway's competition authority opened an "
            "inquiry into Fjordline's ferry pricing, saying the company may have overcharged "
            "freight customers.")
    assert quotes(text) == [("indirect", "the company may have overcharged freight customers",
                             "Norway's competition authority")]


def test_indicated_that_reports_what_follows():
    text = ("Port talks\n\nThe harbour board indicated that it would not raise fees before "
            "the summer.")
    assert quotes(text) == [("indirect", "it would not raise fees before the summer",
                             "harbour board")]


def test_the_who_in_capitals_is_the_health_organisation():
    text = "Cholera\n\nThe WHO said the outbreak in the camps was under control."
    assert quotes(text) == [("indirect", "the outbreak in the camps was under control", "WHO")]


def test_a_subject_and_its_aside_before_said_are_no_report_the_verb_closes():
    text = ("Health Minister Anna Kovac, whose department runs the clinics, said the hospital "
            "board supported the union.")
    assert quotes(text) == [("indirect", "the hospital board supported the union", "Anna Kovac")]


def test_a_name_in_apposition_to_a_role_is_the_subject_of_said_after_it():
    text = ("A market trader, Mrs Ada Obi, said her husband, who runs the stall, had been asked "
            "to leave.")
    assert quotes(text) == [("indirect", "her husband, who runs the stall, had been asked to leave",
                             "Ada Obi")]


def test_a_subject_and_a_relative_clause_before_told_are_not_what_was_told():
    text = ("Ellery, who has run the ferry for 20 years, told The Courier after the hearing that "
            "he accepted the ruling.")
    assert quotes(text) == [("indirect", "he accepted the ruling", "Ellery")]


def test_a_clause_before_but_and_a_past_verb_leading_to_a_fragment_is_reported():
    text = ('The mayor, Tomas Lindqvist, said the council welcomed the inquiry but feared it would '
            '"drag on for years".')
    assert quotes(text) == [("indirect", "the council welcomed the inquiry", "Tomas Lindqvist"),
                            ("partial", "drag on for years", "Tomas Lindqvist")]


@pytest.mark.parametrize("attribution, speaker", [
    ("the company told the Maritime Safety Authority (MSA) on Monday", "Northline Ferries"),
    ("a company official told Reuters, speaking on condition of anonymity", "Company official"),
    ("the company told regulators Tuesday, the latest operator to cut back", "Northline Ferries"),
])
def test_a_report_before_told_and_its_listener_ends_at_the_comma(attribution, speaker):
    text = f"Northline Ferries will cut 120 jobs when its winter timetable starts, {attribution}."
    assert quotes(text) == [("indirect",
                             "Northline Ferries will cut 120 jobs when its winter timetable starts",
                             speaker)]


def test_a_report_before_a_speaker_whose_body_has_its_initials_in_brackets():
    text = ("Ticket prices will rise by 4 per cent in January, Northern Rail Passengers Forum "
            "(NRPF) chair Ada Obi said.")
    assert quotes(text) == [("indirect", "Ticket prices will rise by 4 per cent in January",
                             "Ada Obi")]


def test_according_to_a_document_a_body_filed_gives_the_body():
    text = ("Drivers at the depot have lost shifts all year. According to figures the union filed "
            "with the tribunal, 300 drivers lost shifts in May.")
    assert quotes(text) == [("indirect", "300 drivers lost shifts in May", "union")]


def test_according_to_a_notice_the_company_filed_gives_the_company_named_before():
    text = ("Harlow Foods will close its bakery in Leeds in March, according to a notice the "
            "company filed with the state on Tuesday.")
    assert quotes(text) == [("indirect", "Harlow Foods will close its bakery in Leeds in March",
                             "Harlow Foods")]


@pytest.mark.parametrize("sentence, quoted", [
    ('Ferry Board said the cost of the new pier at Dunmore, which links the two harbours, was '
     '"years behind schedule".',
     "years behind schedule"),
    ('Ferry Board said its inspectors had found rust, a known problem, in "most of the hulls".',
     "most of the hulls"),
])
def test_an_aside_in_the_reported_subject_leaves_only_the_quoted_words(sentence, quoted):
    assert quotes(f"Headline here\n\n{sentence}") == [("partial", quoted, "Ferry Board")]


def test_an_aside_that_runs_to_the_quote_ends_the_report_before_it():
    text = ('Headline here\n\nOrlen Bells said it had cast bells in the town since 1820, a date '
            'its owner calls "mostly legend".')
    assert quotes(text)[0] == ("indirect", "it had cast bells in the town since 1820",
                               "Orlen Bells")


def test_a_participle_of_consequence_goes_on_with_the_report():
    text = ("Headline here\n\nThe fire service said the storm had flooded 300 homes in the valley, "
            "leaving 40 families without shelter.")
    assert quotes(text) == [("indirect", "the storm had flooded 300 homes in the valley, leaving "
                             "40 families without shelter", "Fire service")]


def test_an_aside_summing_up_the_report_ends_it_before_the_quote():
    text = ("Headline here\n\nThe Landlords Association said rents had fallen for 18 straight "
            'months as new flats opened, something "no cartel has ever managed."')
    assert quotes(text) == [
        ("indirect", "rents had fallen for 18 straight months as new flats opened",
         "Landlords Association"),
        ("partial", "no cartel has ever managed.", "Landlords Association")]


@pytest.mark.parametrize("sentence", [
    "Dunmore Rovers conceded 14 goals in their last five league matches.",
    "The army maintains about 3,000 troops at the two bases near the border.",
    "Mayor Tom Keane explained his plan to residents at a meeting in the town hall.",
])
def test_a_cue_that_names_a_thing_reports_nothing(sentence):
    assert quotes(f"Headline here\n\n{sentence}") == []


def test_a_cue_that_can_name_a_thing_reports_the_clause_after_it():
    text = "Headline here\n\nDunmore Rovers conceded the new stand would not be ready until May."
    assert quotes(text) == [("indirect", "the new stand would not be ready until May",
                             "Dunmore Rovers")]


def test_say_after_final_is_a_noun_and_the_report_before_the_cue_is_found():
    text = ("Headline here\n\nThe state will appoint three of the five trustees and keep the final "
            "say over the museum's budget, the Minister for the Arts, Rhona Tate, confirmed on "
            "Monday.")
    assert quotes(text) == [("indirect", "The state will appoint three of the five trustees and "
                             "keep the final say over the museum's budget", "Rhona Tate")]


def test_a_phrase_of_time_before_the_speaker_is_no_report():
    text = ("Headline here\n\nAt the start of the hearing, Judge Mary Keane warned jurors not to "
            "read about the case online.")
    assert quotes(text) == []


@pytest.mark.parametrize("sentence", [
    "Mr Banda said this in Lusaka yesterday when he opened the new grain depot at Lilayi.",
    "The minister said so at a news conference in Accra on Monday.",
])
def test_said_this_points_back_and_reports_nothing_after_it(sentence):
    assert quotes(f"Headline here\n\n{sentence}") == []


@pytest.mark.parametrize("sentence, found", [
    ("Tom Greer, 41, of Main Street, Omagh, denies four counts of fraud by abuse of position.",
     []),
    ("A man accused of smuggling gold through the airport was on Monday denied bail and "
     "remanded in custody.", []),
    ("The Hockey Federation denied allegations of favouritism in the selection of the squad.",
     [("indirect", "allegations of favouritism in the selection of the squad",
       "Hockey Federation")]),
])
def test_a_denial_reports_a_claim_it_names_not_a_charge_or_bail(sentence, found):
    assert quotes(f"Headline here\n\n{sentence}") == found
