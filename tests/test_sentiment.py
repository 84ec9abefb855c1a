import re
import struct
import time

import nltk
import pytest

from newsquotes import sentiment
from newsquotes.tokenise import sentences
from newsquotes.sentiment import (
    masked_tokens,
    target_polarity,
    target_score,
    vader_sentence_polarity,
)


def span(sentence: str, mention: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(mention, start + 1)
    return start, start + len(mention)


def polarity(sentence: str, mention: str, occurrence: int = 0) -> int:
    return target_polarity(sentence, *span(sentence, mention, occurrence))


def score(sentence: str, mention: str, occurrence: int = 0) -> float:
    return target_score(sentence, *span(sentence, mention, occurrence))


def test_blame_frame_makes_the_one_responsible_negative():
    assert polarity("Russia is to blame for the crisis.", "Russia") == -1


def test_blame_frame_needs_no_negative_word():
    sentence = "The regime with the support of Russia is responsible for the situation."
    assert polarity(sentence, "Russia") == -1


def test_rejected_accusation_defends_the_accused():
    sentence = "Blaming Russia for the failure of the talks is in bad taste."
    assert vader_sentence_polarity(sentence) == -1  # tone is negative ...
    assert polarity(sentence, "Russia") == 1  # ... stance toward Russia is positive


def test_verdict_before_the_accusation_also_defends():
    assert polarity("It is wrong to blame Russia for the crisis.", "Russia") == 1


def test_denied_accusations_defend_the_accused():
    sentence = "Officials rejected accusations that Russia had bombed the hospital."
    assert polarity(sentence, "Russia") == 1


@pytest.mark.parametrize("sentence, mention", [
    ("The accusations against the council are baseless.", "the council"),
    ("Those attacking the bank are lying.", "the bank"),
    ("It is easy to blame the coach.", "the coach"),
    ("Sacking Halloran would be the easy option.", "Halloran"),
    ("Singling out Kazakhstan was unhelpful.", "Kazakhstan"),
])
def test_rejected_charges_and_moves_defend_the_target(sentence, mention):
    assert polarity(sentence, mention) == 1


@pytest.mark.parametrize("sentence, mention", [
    ("It is a smear campaign against the company.", "the company"),
    ("The coach is being scapegoated for the board's failures.", "The coach"),
    ("The minister has been vilified by the press.", "The minister"),
    ("Critics wrongly accused the agency of hiding the data.", "the agency"),
    ("The company was unfairly blamed for the spill.", "The company"),
])
def test_the_victim_of_unfair_treatment_is_defended(sentence, mention):
    assert polarity(sentence, mention) == 1


def test_a_wrong_denied_of_the_target_defends_it():
    assert polarity("The mayor has done nothing wrong.", "The mayor") == 1
    assert polarity("The coach is not the one making the mistakes on the pitch.",
                    "The coach") == 1


def test_unfair_words_alone_do_not_defend_an_attacker():
    # the target smears, it is not smeared; "easy" after an attack is no verdict on it
    assert polarity("The senator blasted the government of Iran and Syria.", "Syria") == -1
    assert polarity("Russia is to blame for the crisis.", "Russia") == -1


def test_negated_responsibility_is_a_defence():
    assert polarity("Russia is not to blame for the crisis.", "Russia") == 1


def test_negation_turns_praise_around():
    assert polarity("France is a good partner.", "France") == 1
    assert polarity("France is not a good partner.", "France") == -1


def test_aggressor_is_scored_below_its_victim():
    sentence = "Russia invaded Ukraine and bombed its cities."
    assert polarity(sentence, "Russia") == -1
    assert score(sentence, "Russia") < score(sentence, "Ukraine")


def test_object_of_an_attack_is_negative():
    sentence = "The senator blasted the government of Iran and Syria."
    assert polarity(sentence, "Syria") == -1


def test_two_targets_in_one_sentence_get_opposite_polarities():
    sentence = "The minister thanked Japan for its help but criticized China for its silence."
    assert polarity(sentence, "Japan") == 1
    assert polarity(sentence, "China") == -1


def test_target_words_are_masked():
    first = "The minister thanked Japan for its help."
    second = "The minister thanked Kenya for its help."
    assert score(first, "Japan") == score(second, "Kenya")
    assert masked_tokens(first, *span(first, "Japan"))[0] == masked_tokens(
        second, *span(second, "Kenya")
    )[0]


def test_possessive_after_target_is_kept_as_a_token():
    sentence = "Russia's bombing campaign killed dozens of civilians."
    tokens, index = masked_tokens(sentence, 0, 6)
    assert tokens[:3] == ["<t>", "'s", "bombing"] and index == 0
    assert polarity(sentence, "Russia") == -1


def test_neutral_report_is_neutral():
    assert polarity("Russia will host the meeting on Monday.", "Russia") == 0


def test_score_is_in_range_and_agrees_with_polarity():
    sentences = [
        ("The minister praised France for its generous support.", "France"),
        ("Critics accused Israel of war crimes.", "Israel"),
        ("Russia will host the meeting on Monday.", "Russia"),
        ("Blaming Russia for the failure of the talks is in bad taste.", "Russia"),
    ]
    for sentence, mention in sentences:
        value = score(sentence, mention)
        label = polarity(sentence, mention)
        assert -1.0 <= value <= 1.0
        if label != 0:
            assert value * label > 0
    assert score("The minister praised France for its generous support.", "France") > 0.5
    assert score("Critics accused Israel of war crimes.", "Israel") < -0.5


@pytest.mark.parametrize("start, end", [(-1, 3), (0, 0), (5, 3), (0, 99), (20, 21)])
def test_span_outside_the_sentence_raises_value_error(start, end):
    with pytest.raises(ValueError):
        target_polarity("Russia said no.", start, end)
    with pytest.raises(ValueError):
        target_score("Russia said no.", start, end)


def test_offsets_must_be_integers():
    with pytest.raises(TypeError):
        target_polarity("Russia said no.", 0.0, 6)


def test_vader_baseline_works_offline(monkeypatch):
    def no_download(*args, **kwargs):
        raise AssertionError("nltk.download must not be called")

    monkeypatch.setattr(nltk, "download", no_download)
    sentiment._vader.cache_clear()
    assert vader_sentence_polarity("This is a wonderful and great success.") == 1
    assert vader_sentence_polarity("This is a terrible and horrible failure.") == -1
    assert vader_sentence_polarity("The meeting is on Monday.") == 0
    assert sentiment.vader_compound("The meeting is on Monday.") == 0.0


def test_shipped_model_is_small_and_complete():
    assert sentiment.MODEL_PATH.stat().st_size < 1_000_000
    model = sentiment.model()
    assert len(model.weights) > 10_000
    assert all(len(row) == 3 for row in model.weights.values())
    assert not any(name.startswith("F:") for name in model.weights)  # frames are fixed rules


def test_calls_are_fast():
    sentence = ("France's UN ambassador Francois Delattre also spoke after the council session "
                "on Friday, and blasted the government of Bashar al-Assad and Russia.")
    start, end = span(sentence, "Russia")
    target_polarity(sentence, start, end)  # loads the model and the lexicon
    began = time.perf_counter()
    for _ in range(200):
        target_polarity(sentence, start, end)
    per_call = (time.perf_counter() - began) / 200
    assert per_call < 0.0005  # typically ~0.05 ms; the bound leaves room for slow machines


def test_seed_article_traps(seed_text):
    # Stance is not tone: a defence in negative words, a blame without one, an attack.
    expected = {
        "blaming Russia for the failure of talks": 1,
        "with the support of Russia are responsible": -1,
        "blasted the government of Bashar al-Assad and Russia": -1,
    }
    for fragment, label in expected.items():
        (sentence,) = [s.text for s in sentences(seed_text) if fragment in s.text]
        start = sentence.index(fragment) + fragment.index("Russia")
        assert target_polarity(sentence, start, start + len("Russia")) == label, sentence


def test_scoring_by_word_adds_up_to_the_feature_scores_bit_for_bit(seed_text):
    # target_probabilities scores the features without their names (StanceModel.group_scores);
    # it must add the same terms in the same order as StanceModel.scores on features().
    model = sentiment.model()
    for s in sentences(seed_text):
        for m in re.finditer(r"[A-Z][\w'’-]*", s.text):
            tokens, t = masked_tokens(s.text, *m.span())
            by_word = model.group_scores(sentiment._feature_groups(tokens, t, m.group()))
            by_name = model.scores(sentiment.features(s.text, *m.span()))
            assert [struct.pack("d", x) for x in by_word] == \
                [struct.pack("d", x) for x in by_name], (s.text, m.group())
