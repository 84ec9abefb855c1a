"""Corpus mode: many articles in, one set of tables out, whatever the engine or the input format."""

import html
import json
from pathlib import Path

import pandas as pd
import pytest

import newsquotes as nq
from newsquotes import corpus
from newsquotes.cli import main

# Short wire stories written for these tests; people and quotes are invented.
ARTICLES = {
    "grain-corridor": (
        "Ukraine and Turkey agree to extend Black Sea grain corridor\n\n"
        "ISTANBUL (AP) — Ukraine and Turkey agreed on Thursday to keep a Black Sea shipping "
        "corridor open for grain exports through the winter, officials said.\n\n"
        "\"The corridor has fed millions of people, and we will not let it close,\" said Mehmet "
        "Kaya, a Turkish trade ministry official, after the talks in Istanbul.\n\n"
        "Ukraine's deputy agriculture minister, Olena Marchenko, said Russia had tried to "
        "frighten shipowners away. \"Every attack on our ports is an attack on bread prices "
        "everywhere,\" she told reporters.\n\n"
        "The Kremlin did not respond to a request for comment.\n"),
    "airport-strike": (
        "Baggage handlers at Lisbon airport call off Friday strike\n\n"
        "LISBON (AP) — Baggage handlers at Lisbon airport called off a strike planned for "
        "Friday after the operator offered a 6% raise, their union said.\n\n"
        "\"This is not everything we asked for, but it is a real step,\" said Rui Costa, a "
        "spokesman for the handlers' union.\n\n"
        "The operator's chief executive, Ines Duarte, said the offer was \"the limit of what "
        "the company can pay this year.\"\n"),
    "gas-talks": (
        "Moscow and Budapest discuss new gas contract\n\n"
        "BUDAPEST (AP) — Hungarian and Russian officials met on Monday to discuss a long-term "
        "gas contract, Hungary's foreign minister said.\n\n"
        "\"Our energy security is not a question of ideology,\" Foreign Minister Peter Szabo "
        "said at a news conference. \"It is a question of physics.\"\n\n"
        "A European Commission spokeswoman, Anna Weber, said Brussels was following the "
        "talks closely and urged member states to cut their dependence on Russian gas.\n"),
}
OUTLETS = {"grain-corridor": "Wire One", "airport-strike": "Wire Two", "gas-talks": "Wire One"}
DATES = {"grain-corridor": "2024-11-07", "airport-strike": "2024-11-08",
         "gas-talks": "2024-11-11"}


def records() -> list[dict]:
    return [{"id": key, "text": text, "outlet": OUTLETS[key], "published": DATES[key]}
            for key, text in ARTICLES.items()]


def page(text: str) -> str:
    """A saved news page around the article's paragraphs, with menus and a footer."""
    headline, *paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "\n".join(f"    <p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(headline)} | The Wire Desk</title>
<meta property="og:site_name" content="The Wire Desk">
<meta property="article:published_time" content="2024-11-07T08:30:00Z"></head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <main><article>
    <h1>{html.escape(headline)}</h1>
{body}
  </article></main>
  <footer><p>Sign up for our newsletter to get the day's top stories.</p>
  <p>&copy; 2024 The Wire Desk. All rights reserved. <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""


def assert_same_tables(left: nq.CorpusAnalysis, right: nq.CorpusAnalysis) -> None:
    assert list(left.tables()) == list(right.tables())
    for name, table in left.tables().items():
        pd.testing.assert_frame_equal(table, right.tables()[name], obj=name)


@pytest.fixture(scope="module")
def serial() -> nq.CorpusAnalysis:
    return nq.analyse_corpus(records(), "Russia", workers=1)


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as local:
        yield local


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder corpus: the three stories, one as a saved page, plus three unreadable files."""
    root = tmp_path / "articles"
    root.mkdir()
    (root / "grain-corridor.txt").write_text(ARTICLES["grain-corridor"], encoding="utf-8")
    (root / "airport-strike.html").write_text(page(ARTICLES["airport-strike"]), encoding="utf-8")
    (root / "gas-talks.txt").write_text(ARTICLES["gas-talks"], encoding="utf-8")
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (root / "latin1.txt").write_bytes("Caf\u00e9 owners protest".encode("latin-1"))
    (root / "empty.txt").write_bytes(b"")
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    return root


# Engines


def test_every_table_of_analyse_is_there_with_one_row_per_article_in_articles(serial):
    assert list(serial.tables()) == ["articles", "errors", "sentences", "quotes", "actors",
                                     "mentions"]
    assert serial.articles.article_id.tolist() == list(ARTICLES)
    assert serial.articles.status.tolist() == ["ok", "ok", "ok"]
    assert serial.errors.empty


def test_rows_equal_those_of_analyse_on_each_article(serial):
    for key, text in ARTICLES.items():
        own = nq.analyse(text, "Russia").quotes
        rows = serial.quotes[serial.quotes.article_id == key]
        assert rows.text.tolist() == own.text.tolist()
        assert rows.speaker.tolist() == own.speaker.tolist()
        assert rows.start.tolist() == own.start.tolist()


def test_every_row_carries_its_article_id_and_metadata(serial):
    quotes = serial.quotes
    assert list(quotes.columns[:5]) == ["article_id", "article_title", "outlet", "published",
                                        "url"]
    kaya = quotes[quotes.speaker == "Mehmet Kaya"].iloc[0]
    assert (kaya.article_id, kaya.outlet, kaya.published) == ("grain-corridor", "Wire One",
                                                              "2024-11-07")
    assert kaya.article_title == "Ukraine and Turkey agree to extend Black Sea grain corridor"
    assert kaya.url is None


def test_articles_table_counts_words_and_quotes(serial):
    row = serial.articles.set_index("article_id").loc["airport-strike"]
    assert row.n_quotes == len(nq.analyse(ARTICLES["airport-strike"]).quotes)
    assert row.words == len(nq.words_table(ARTICLES["airport-strike"]))
    assert row.title == "Baggage handlers at Lisbon airport call off Friday strike"


def test_two_worker_processes_give_the_same_tables_as_one(serial):
    assert_same_tables(nq.analyse_corpus(records(), "Russia", workers=2), serial)


def test_dask_engine_gives_the_same_tables_as_the_local_engine(serial, cluster):
    result = nq.analyse_corpus(records(), "Russia", engine="dask", scheduler=cluster)
    assert_same_tables(result, serial)


def test_dask_engine_accepts_a_scheduler_address(serial, cluster):
    result = nq.analyse_corpus(records(), "Russia", engine="dask",
                               scheduler=cluster.scheduler_address)
    assert_same_tables(result, serial)


def test_dask_engine_on_a_folder_with_bad_files_matches_the_local_engine(folder, cluster):
    local = nq.analyse_corpus(folder, "Russia", workers=1)
    dask = nq.analyse_corpus(folder, "Russia", engine="dask", scheduler=cluster)
    assert_same_tables(dask, local)


# Failures stay with their article


def test_unreadable_files_land_in_errors_and_the_others_are_analysed(folder):
    result = nq.analyse_corpus(folder, "Russia", workers=2)
    reasons = dict(zip(result.errors.article_id, result.errors.reason))
    assert reasons == {
        "empty": "empty.txt is empty",
        "latin1": "latin1.txt is not UTF-8 text (byte 0xe9 at offset 3); re-save it as UTF-8",
        "photo": "photo.txt is a binary file, not text",
    }
    status = dict(zip(result.articles.article_id, result.articles.status))
    assert status == {"airport-strike": "ok", "empty": "error", "gas-talks": "ok",
                      "grain-corridor": "ok", "latin1": "error", "photo": "error"}
    assert set(result.quotes.article_id) == {"airport-strike", "gas-talks", "grain-corridor"}


def test_an_exception_inside_analyse_is_an_error_row_not_a_crash(monkeypatch):
    real = corpus.analyse

    def fragile(text, target, aliases):
        if "Lisbon" in text:
            raise ValueError("cannot parse\nthis")
        return real(text, target, aliases)

    monkeypatch.setattr(corpus, "analyse", fragile)
    result = nq.analyse_corpus(records(), workers=1)
    assert result.errors.to_dict("records") == [
        {"article_id": "airport-strike",
         "reason": "analysis failed: ValueError: cannot parse this"}]
    assert result.articles.status.tolist() == ["ok", "error", "ok"]
    assert pd.isna(result.articles.n_quotes.iloc[1])


def test_an_empty_or_missing_text_is_an_error_row():
    result = nq.analyse_corpus([{"id": "a", "text": "   "}, {"id": "b"}, {"id": "c", "text": 7},
                                {"id": "d", "text": ARTICLES["gas-talks"]}], workers=1)
    assert result.errors.reason.tolist() == ["record 0 is empty", "record 1 has no text field",
                                             "record 2 text is a int, not a string"]
    assert result.articles.status.tolist() == ["error", "error", "error", "ok"]


def test_a_second_article_with_the_same_id_is_refused():
    result = nq.analyse_corpus([{"id": "x", "text": ARTICLES["gas-talks"]},
                                {"id": "x", "text": ARTICLES["airport-strike"]}], workers=1)
    assert result.errors.to_dict("records") == [
        {"article_id": "x", "reason": "duplicate article id 'x': an earlier article has it"}]
    assert set(result.quotes.article_id) == {"x"}
    assert result.quotes.speaker.str.contains("Szabo").any()


def test_a_line_that_is_not_json_is_an_error_row(tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"text": ARTICLES["gas-talks"]}) + "\n{not json\n",
                      encoding="utf-8")
    result = nq.analyse_corpus(source, workers=1)
    assert result.errors.to_dict("records") == [
        {"article_id": "1", "reason": "line 2 of news.jsonl is not valid JSON "
                                      "(Expecting property name enclosed in double quotes)"}]


# Input formats


def test_html_page_yields_the_same_quotes_as_its_text(folder):
    result = nq.analyse_corpus(folder, workers=1)
    from_page = result.quotes[result.quotes.article_id == "airport-strike"]
    own = nq.analyse(ARTICLES["airport-strike"]).quotes
    columns = ["kind", "text", "speaker", "cue"]
    assert from_page[columns].reset_index(drop=True).equals(own[columns])
    assert "Sign up" not in " ".join(result.sentences.text)


def test_html_page_gives_title_outlet_and_date(folder):
    articles = nq.analyse_corpus(folder, workers=1).articles.set_index("article_id")
    row = articles.loc["airport-strike"]
    assert (row.title, row.outlet, row.published) == (
        "Baggage handlers at Lisbon airport call off Friday strike", "The Wire Desk",
        "2024-11-07")
    assert articles.loc["gas-talks"].outlet is None


def test_html_in_a_declared_charset_is_read(tmp_path):
    text = ARTICLES["gas-talks"].replace("Szabo", "Szabó")
    (tmp_path / "page.html").write_bytes(
        page(text).replace('charset="utf-8"', 'charset="windows-1250"').encode("windows-1250"))
    result = nq.analyse_corpus(tmp_path, workers=1)
    assert result.errors.empty
    assert "Peter Szabó" in set(result.quotes.speaker)


def test_jsonl_csv_parquet_and_records_give_the_same_tables(tmp_path, serial):
    frame = pd.DataFrame(records())
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    frame.to_csv(tmp_path / "news.csv", index=False)
    frame.to_parquet(tmp_path / "news.parquet", index=False)
    for source in (jsonl, tmp_path / "news.csv", tmp_path / "news.parquet", frame):
        assert_same_tables(nq.analyse_corpus(source, workers=1), serial)


def test_ids_are_file_stems_for_folders_and_row_numbers_otherwise(folder):
    assert "grain-corridor" in set(nq.analyse_corpus(folder, workers=1).articles.article_id)
    rows = [{"text": text} for text in ARTICLES.values()]
    assert nq.analyse_corpus(rows, workers=1).articles.article_id.tolist() == ["0", "1", "2"]


def test_a_table_without_a_text_column_is_refused(tmp_path):
    source = tmp_path / "news.csv"
    source.write_text("id,body\n1,Hello\n", encoding="utf-8")
    message = r"news.csv has no 'text' column \(columns: id, body\)"
    with pytest.raises(nq.ArticleError, match=message):
        nq.analyse_corpus(source)


def test_an_unknown_source_format_is_refused(tmp_path):
    source = tmp_path / "news.xlsx"
    source.write_bytes(b"PK")
    with pytest.raises(nq.ArticleError, match="unsupported corpus source"):
        nq.analyse_corpus(source)


def test_an_empty_source_gives_empty_tables_with_their_columns():
    result = nq.analyse_corpus([], workers=1)
    assert result.articles.empty and result.quotes.empty
    assert "speaker" in result.quotes.columns and "article_id" in result.quotes.columns


# Writing Parquet


def test_written_tables_read_back_equal_to_the_in_memory_ones(tmp_path, serial):
    summary = nq.write_corpus(records(), tmp_path / "out", workers=1)
    assert summary["articles"] == 3 and summary["errors"] == 0
    assert_same_tables(nq.read_corpus(tmp_path / "out"), serial)


def test_rerunning_into_the_same_folder_does_not_duplicate_rows(tmp_path, folder):
    out = tmp_path / "out"
    nq.write_corpus(folder, out, workers=1)
    first = {p.name: len(pd.read_parquet(p)) for p in out.glob("*.parquet")}
    nq.write_corpus(folder, out, workers=2)
    second = {p.name: len(pd.read_parquet(p)) for p in out.glob("*.parquet")}
    assert second == first
    assert first["articles.parquet"] == 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "out"]  # no leftovers


def test_a_folder_that_is_not_corpus_output_is_not_replaced(tmp_path):
    out = tmp_path / "thesis"
    out.mkdir()
    (out / "chapter1.docx").write_bytes(b"precious")
    with pytest.raises(nq.ArticleError, match="is not a corpus output folder"):
        nq.write_corpus(records(), out, workers=1)
    assert (out / "chapter1.docx").read_bytes() == b"precious"


def test_a_failed_run_leaves_the_earlier_output_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "out"
    nq.write_corpus(records(), out, workers=1)
    before = (out / "quotes.parquet").read_bytes()

    def broken(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(corpus, "analyse_batch", broken)
    with pytest.raises(KeyboardInterrupt):
        nq.write_corpus(records(), out, workers=1)
    assert (out / "quotes.parquet").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


# Command line


def exit_code(argv: list[str]) -> int:
    """What the shell would see: main's return value, or the code argparse exits with."""
    try:
        return main(argv)
    except SystemExit as stop:
        return stop.code


def test_cli_writes_parquet_tables_and_a_summary(tmp_path, folder, capsys):
    out = tmp_path / "out"
    assert main(["corpus", str(folder), "--target", "Russia", "--out", str(out),
                 "--workers", "2", "--quiet"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "actors.parquet", "articles.parquet", "corpus.json", "errors.parquet",
        "mentions.parquet", "quotes.parquet", "sentences.parquet"]
    assert len(pd.read_parquet(out / "errors.parquet")) == 3
    stdout = capsys.readouterr().out
    assert stdout == f"6 articles; 3 could not be analysed (see errors.parquet); tables " \
                     f"written to {out}\n"


def test_cli_shows_a_progress_bar_on_stderr(tmp_path, capsys):
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"text": ARTICLES["gas-talks"]}) + "\n", encoding="utf-8")
    assert main(["corpus", str(source), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    assert "1/1" in capsys.readouterr().err


def test_cli_missing_source_is_a_one_line_error(tmp_path, capsys):
    assert main(["corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err == f"newsquotes: error: corpus source not found: {tmp_path / 'nope'}\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, message", [
    (["--workers", "0"], "--workers: must be a whole number of at least 1, not '0'"),
    (["--engine", "spark"], "argument --engine: invalid choice: 'spark'"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
])
def test_cli_bad_options_are_one_line_errors(tmp_path, folder, capsys, args, message):
    assert exit_code(["corpus", str(folder), "--out", str(tmp_path / "out"), *args]) != 0
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_cli_help_names_the_formats_and_engines(capsys):
    with pytest.raises(SystemExit):
        main(["corpus", "--help"])
    help_text = capsys.readouterr().out
    for word in (".jsonl", ".csv", ".parquet", ".html", "--engine", "--scheduler", "--workers"):
        assert word in help_text


# Benchmark report (the figures come from `make bench`; only their presentation is tested here)


def test_benchmark_section_gives_speed_up_against_one_worker():
    from newsquotes.bench_corpus import markdown

    run = {"articles": 1000, "words": 500_000, "errors": 0, "quotes": 20_000,
           "memory_measure": "psutil: RSS of process + workers"}
    result = {"machine": {"cores": 2, "arch": "x86_64", "python": "3.11", "load_average": 0.5},
              "runs": [run | {"workers": 1, "seconds": 10.0, "articles_per_s": 100.0,
                              "cores_used": 1.0, "cpu_seconds": 10.0, "peak_rss_mb": 250.0},
                       run | {"workers": 2, "seconds": 5.5, "articles_per_s": 181.8,
                              "cores_used": 1.9, "cpu_seconds": 10.5, "peak_rss_mb": 580.0}]}
    text = markdown(result)
    assert text.startswith("## Corpus mode")
    assert "| 1,000 | 2 | 5.5 | 182 | 1.82x | 1.90 | 10.5 | 580 |" in text
    assert "Load average when the runs began: 0.5." in text


def test_benchmark_corpus_repeats_the_project_articles(tmp_path):
    from newsquotes.bench_corpus import corpus_texts, write_jsonl

    write_jsonl(tmp_path / "c.jsonl", 10)
    lines = (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()
    texts = corpus_texts()
    assert len(lines) == 10 and len(texts) >= 4
    assert [json.loads(line)["text"] for line in lines[:len(texts)]] == texts
