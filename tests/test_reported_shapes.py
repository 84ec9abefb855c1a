"""Shapes of reported speech without quote marks: each test is one shape, on a short newswire
text written for it."""

from newsquotes import analyse


def quotes(text):
    a = analyse(text)
    for q in a.quotes.itertuples():
        assert text[q.start:q.end] == q.text
    return [(q.kind, q.text, q.speaker) for q in a.quotes.itertuples()]


def test_a_subject_after_an_opening_but_and_before_an_aside_reports():
    text = ("Headline here\n\nBut the tenants, many of them pensioners on fixed incomes, insisted "
            "that the rent rise was unlawful.")
    assert quotes(text) == [("indirect", "the rent rise was unlawful", "tenants")]
