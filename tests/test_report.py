"""`newsquotes report`: a complete report, or a one-line error and the old report untouched."""

import json

import pandas as pd
import pytest

from newsquotes.cli import main

SHORT = ("Talks Collapse in Geneva\n\n"
         "China's envoy Li Wei said on Monday that Beijing would not attend.\n\n"
         '"We were never consulted," Li said. "The process is broken."\n\n'
         "Britain's ambassador Anna Price blamed China for the collapse.\n\n"
         '"China walked away from the table," Price said.\n')
SECTIONS = ["Summary", "Most frequent content words", "Who gets voice", "How each actor leans",
            "Along the article", "The annotated article", "Method and limits"]
FIGURES = ["top_words", "target_mentions", "voice", "stance", "sentiment_along"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    article = folder / "talks collapse.txt"
    article.write_text(SHORT, encoding="utf-8")
    assert main(["report", str(article), "--target", "China", "--reports", str(folder),
                 "--quiet"]) == 0
    return folder / "talks-collapse"


def test_report_folder_holds_html_figures_tables_and_summary(built):
    names = {p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file()}
    expected = {"report.html", "summary.json", "summary.md", "01_overview.ipynb",
                "tables/quotes.csv", "tables/actors.csv", "tables/sentences.csv",
                "tables/mentions.csv"}
    expected |= {f"figures/{f}.{ext}" for f in FIGURES for ext in ("png", "svg")}
    assert expected <= names


def test_report_html_holds_every_section_and_no_code(built):
    html = (built / "report.html").read_text(encoding="utf-8")
    for section in SECTIONS:
        assert section in html, section
    assert "import newsquotes" not in html


def test_report_html_embeds_every_figure_and_loads_nothing_from_the_network(built):
    html = (built / "report.html").read_text(encoding="utf-8")
    assert html.count("data:image/png;base64") >= len(FIGURES)
    assert 'src="http' not in html


def test_summary_numbers_equal_the_tables(built):
    facts = json.loads((built / "summary.json").read_text(encoding="utf-8"))
    quotes = pd.read_csv(built / "tables/quotes.csv")
    actors = pd.read_csv(built / "tables/actors.csv")
    mentions = pd.read_csv(built / "tables/mentions.csv")
    assert facts["n_quotes"] == int((quotes.kind != "scare").sum())
    assert facts["n_speakers"] == len(actors)
    assert facts["n_target_mentions"] == len(mentions)
    voice = {v["actor"]: v["words_quoted"] for v in facts["voice"]}
    assert voice == dict(zip(actors.actor, actors.words_quoted))


def test_summary_names_who_gets_most_voice(built):
    facts = json.loads((built / "summary.json").read_text(encoding="utf-8"))
    assert facts["headline"] == "Talks Collapse in Geneva"
    assert "Li Wei" in facts["text"][1]


def test_no_temporary_folders_are_left(built):
    assert [p.name for p in built.parent.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"\x00\x01binary", "is a binary file"),
    (b"caf\xe9", "is not UTF-8"),
])
def test_bad_article_fails_and_keeps_the_earlier_report(built, tmp_path, capsys, content, message):
    before = (built / "report.html").read_bytes()
    bad = tmp_path / "talks collapse.txt"
    bad.write_bytes(content)
    assert main(["report", str(bad), "--reports", str(built.parent), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert (built / "report.html").read_bytes() == before


def test_missing_article_is_a_one_line_error(tmp_path, capsys):
    assert main(["report", str(tmp_path / "missing.txt"), "--reports", str(tmp_path)]) == 1
    assert capsys.readouterr().err.startswith("newsquotes: error: article not found:")


def test_unknown_option_is_a_one_line_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--tagret", "China"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --tagret" in err and err.count("\n") == 1


def test_article_without_quotes_or_target_says_so(tmp_path):
    article = tmp_path / "weather.txt"
    article.write_text("Rain Expected\n\nHeavy rain is expected across the region on Friday.\n")
    assert main(["report", str(article), "--target", "China", "--reports", str(tmp_path),
                 "--quiet"]) == 0
    facts = json.loads((tmp_path / "weather/summary.json").read_text())
    assert facts["n_quotes"] == 0
    assert any("No quotes were found" in line for line in facts["text"])
    assert any("does not mention China" in line for line in facts["text"])


def test_figures_are_byte_stable(tmp_path):
    from newsquotes import charts, top_words

    table = top_words(SHORT)
    for run in ("a", "b"):
        charts.save_figure(charts.bar_chart(table, "word", "count", "t", "n"), tmp_path / run, "w")
    for name in ("w.png", "w.svg"):
        assert (tmp_path / "a/figures" / name).read_bytes() == \
            (tmp_path / "b/figures" / name).read_bytes()


def test_corpus_report_links_every_article_to_its_annotated_page(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text(SHORT, encoding="utf-8")
    (corpus / "two.txt").write_text('"We will stay," said Ana Lima.\n', encoding="utf-8")
    assert main(["report", "--corpus", str(corpus), "--target", "China",
                 "--reports", str(tmp_path), "--quiet"]) == 0
    folder = tmp_path / "corpus-corpus"
    html = (folder / "report.html").read_text(encoding="utf-8")
    for name in ("one", "two"):
        assert f'href="articles/{name}.html"' in html
        assert "Ana Lima" in (folder / "articles/two.html").read_text(encoding="utf-8")


def test_missing_corpus_is_a_one_line_error(tmp_path, capsys):
    assert main(["report", "--corpus", str(tmp_path / "nope"), "--reports", str(tmp_path)]) == 1
    assert capsys.readouterr().err.startswith("newsquotes: error: corpus not found:")


def test_evaluation_counts_a_speaker_split_over_two_rows(tmp_path, monkeypatch):
    import json
    from types import SimpleNamespace

    import pandas as pd

    from newsquotes import eval_quotes

    text = "The regulator said A was fair. The CMA added that B was too."
    spans = [(text.index("A was"), text.index("A was") + 10),
             (text.index("B was"), text.index("B was") + 11)]
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    gold = {"article": str(article), "target": "CMA",
            "quotes": [{"start": a, "end": b, "text": text[a:b], "kind": "indirect",
                        "speaker": "Competition and Markets Authority"} for a, b in spans],
            "actors": [{"actor": "Competition and Markets Authority", "kind": "organisation",
                        "aliases": ["CMA", "regulator"], "stance": None}]}
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    found = pd.DataFrame({"start": [a for a, _ in spans], "end": [b for _, b in spans],
                          "speaker": ["regulator", "CMA"], "kind": ["indirect"] * 2,
                          "text": [text[a:b] for a, b in spans], "confidence": ["high"] * 2})
    monkeypatch.setattr(eval_quotes, "analyse", lambda *a, **k: SimpleNamespace(quotes=found))
    score, notes = eval_quotes.score_article(path)
    assert (score.attributed, score.actors, score.split_actors) == (2, 1, 1)
    assert any("split actor" in n for n in notes)


def test_the_metric_accepts_a_gold_name_after_its_owner_in_either_possessive():
    from newsquotes.eval_quotes import accepted

    names = {"interior ministry"}
    assert accepted("Cyprus’ Interior Ministry", names)
    assert accepted("Russia's Interior Ministry", names)
    assert not accepted("Interior Minister", names)


def test_the_metric_compares_groups_without_a_word_counting_them():
    from newsquotes.eval_quotes import accepted, _norm

    assert accepted("drivers", {_norm("Several drivers")})
    assert accepted("Some residents", {_norm("residents")})


def _agreement_setup(tmp_path, monkeypatch, second_speaker, second_stance):
    import json

    from newsquotes import eval_agreement, eval_quotes

    text = "The regulator said prices were fair. Ana Ruiz said they were not."
    a, b = text.index("prices were"), text.index("prices were") + len("prices were fair")
    c, d = text.index("they were"), text.index("they were") + len("they were not")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")

    def gold(speaker, stance):
        return {"article": str(tmp_path / "a.txt"), "target": "Acme",
                "quotes": [{"start": a, "end": b, "text": text[a:b], "kind": "indirect",
                            "speaker": "regulator"},
                           {"start": c, "end": d, "text": text[c:d], "kind": "indirect",
                            "speaker": speaker}],
                "actors": [{"actor": "regulator", "kind": "organisation", "aliases": [],
                            "stance": 0},
                           {"actor": speaker, "kind": "person", "aliases": [],
                            "stance": stance}]}
    (tmp_path / "eval" / "devX").mkdir(parents=True)
    (tmp_path / "second" / "devX").mkdir(parents=True)
    (tmp_path / "eval" / "devX" / "a.gold.json").write_text(json.dumps(gold("Ana Ruiz", -1)))
    (tmp_path / "second" / "devX" / "a.gold.json").write_text(
        json.dumps(gold(second_speaker, second_stance)))
    monkeypatch.setattr(eval_quotes, "EVAL_DIR", tmp_path / "eval")
    return eval_agreement.evaluate(tmp_path / "second")


def test_two_annotators_who_mark_the_same_agree_fully(tmp_path, monkeypatch):
    result = _agreement_setup(tmp_path, monkeypatch, "Ana Ruiz", -1)
    assert (result.first, result.second, result.spans, result.speakers) == (2, 2, 2, 2)
    assert result.stances == {(0, 0): 1, (-1, -1): 1}


def test_annotators_who_name_another_speaker_disagree_on_that_entry(tmp_path, monkeypatch):
    result = _agreement_setup(tmp_path, monkeypatch, "Luis Gomez", 1)
    assert (result.spans, result.speakers) == (2, 1)
    assert result.stances == {(0, 0): 1}  # Ana Ruiz has no counterpart to compare
    assert result.analysis_first == 2  # the analysis reads both speakers as the gold does


def test_a_wrong_speaker_is_told_by_how_its_name_differs():
    from newsquotes.eval_quotes import _why_wrong

    names = {"Residents of Ditsi": {"residents of ditsi"}, "Mayor Ann Lee": {"ann lee"}}
    assert _why_wrong("Residents of Ditsi", "Residents", names) == "shorter name"
    assert _why_wrong("Residents of Ditsi", "Residents of Ditsi village", names) == "longer name"
    assert _why_wrong("Residents of Ditsi", "Ann Lee", names) == "another gold speaker"
    assert _why_wrong("Residents of Ditsi", "the council", names) == "other name"
    assert _why_wrong("Residents of Ditsi", None, names) == "no speaker"
    assert _why_wrong(None, "Ann Lee", names) == "scare given a speaker"
