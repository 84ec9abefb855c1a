"""The learned actor stance's inputs (``newsquotes.actorstance``) on short invented texts."""

from newsquotes import actorstance, analyse


def words_read(monkeypatch, text: str, target: str, actor: str) -> set[str]:
    """The words the text model reads for ``actor`` when ``text`` is analysed."""
    monkeypatch.setattr(actorstance, "recorder", [])
    analyse(text, target)
    return actorstance.recorded_words[-1][actor]


def test_the_text_model_reads_pairs_of_quoted_words(monkeypatch):
    # What a negation reaches and a turn of phrase are in the pairs of the quoted words, not
    # in the words alone: "no" and "choice" are in many quotes that say neither "no choice".
    text = ("Brackwater Council will shut two of its three libraries in March.\n\n"
            '"We had no choice. The money is simply not there," said council leader Ann Pryce.')
    words = words_read(monkeypatch, text, "Brackwater Council", "Ann Pryce")
    assert {"no choice", "not there", "had", "choice"} <= words
    assert not any(w.startswith("c:") and " " in w for w in words)  # only the quoted words
    assert "there said" not in words


def test_the_text_model_reads_the_words_of_the_actors_title(monkeypatch):
    # Who the writer says a speaker is ("a retired teacher") is read beside their words, marked
    # apart from the quote's and the writer's words around it.
    text = ("Harrowgate Water will raise household bills by nine per cent from April.\n\n"
            '"It is a blow to every family on this street," said Mara Hollis, a retired teacher.')
    words = words_read(monkeypatch, text, "Harrowgate Water", "Mara Hollis")
    assert {"t:retired", "t:teacher", "blow"} <= words
    assert "t:Mara" not in words and "t:blow" not in words
