"""`newsquotes report`: a complete report, or a one-line error and the old report untouched."""

import json

import pytest

from newsquotes.cli import main

SHORT = ("Talks Collapse in Geneva\n\n"
         "China's envoy said on Monday that Beijing would not attend. The talks collapsed.\n")


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
    assert {"report.html", "summary.json", "01_overview.ipynb", "figures/top_words.png",
            "figures/top_words.svg", "tables/sentences.csv", "tables/mentions.csv"} <= names


def test_report_html_has_no_code_and_embeds_figures(built):
    html = (built / "report.html").read_text(encoding="utf-8")
    assert "Most frequent content words" in html
    assert "data:image/png;base64" in html
    assert "import newsquotes" not in html


def test_summary_counts_come_from_the_article(built):
    facts = json.loads((built / "summary.json").read_text())
    assert facts["headline"] == "Talks Collapse in Geneva"
    assert facts["target"] == "China"
    assert facts["n_sentences"] == 3
    assert facts["n_target_mentions"] == 2  # "China's" and "Beijing"


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


def test_figures_are_byte_stable(tmp_path):
    from newsquotes import charts, top_words

    table = top_words(SHORT)
    first = charts.save_figure(charts.bar_chart(table, "word", "count", "t", "n"), tmp_path / "a", "w")
    again = charts.save_figure(charts.bar_chart(table, "word", "count", "t", "n"), tmp_path / "b", "w")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
