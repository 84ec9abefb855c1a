"""The ``newsquotes`` command line: errors are one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import sys

from .article import DEFAULT_ARTICLE, ArticleError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage plus message
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _aliases(values: list[str] | None) -> list[str]:
    """``--alias`` may be repeated or hold a comma-separated list."""
    return [a.strip() for v in values or [] for a in v.split(",") if a.strip()]


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newsquotes", description=(
        "Who is quoted in a news article, what they said, and how they lean toward a target."))
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    analyse = commands.add_parser(
        "analyse", help="extract quotes, speakers and actors and write them as CSV tables",
        description="Find every quote in ARTICLE, attribute it to its speaker and write "
                    "sentences.csv, quotes.csv and actors.csv (and mentions.csv) into DIR.")
    analyse.add_argument("article", help="UTF-8 text file of the article")
    analyse.add_argument("--target", default="Russia",
                         help="entity whose treatment is measured (default: Russia)")
    analyse.add_argument("--alias", action="append", metavar="NAME",
                         help="another name of the target; repeat or separate with commas")
    analyse.add_argument("--out", required=True, metavar="DIR", help="folder for the CSV tables")

    corpus = commands.add_parser(
        "corpus", help="analyse many articles in parallel and write Parquet tables",
        description="Analyse every article of SOURCE in parallel and write articles, errors, "
                    "sentences, quotes and actors (and any further table) as Parquet files into "
                    "DIR, each row keyed by article_id. An article that cannot be analysed is "
                    "listed in errors.parquet and the run goes on. DIR is replaced as a whole "
                    "when the run completes, so a re-run never duplicates rows.",
        epilog="SOURCE formats: a folder of .txt and saved .html files (id: file name stem); "
               "a .jsonl, .csv or .parquet file with a 'text' column and optional id, title, "
               "outlet, published, url (id: row number from 0). Example: newsquotes corpus "
               "articles.jsonl --target China --out corpus-out --workers 4")
    corpus.add_argument("source",
                        help="folder of .txt/.html files, or a .jsonl/.csv/.parquet file")
    corpus.add_argument("--target", default="Russia",
                        help="entity whose treatment is measured (default: Russia)")
    corpus.add_argument("--alias", action="append", metavar="NAME",
                        help="another name of the target; repeat or separate with commas")
    corpus.add_argument("--out", required=True, metavar="DIR",
                        help="folder for the Parquet tables (replaced when the run completes)")
    corpus.add_argument("--workers", type=_positive, metavar="N",
                        help="worker processes (default: all cores)")
    corpus.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local processes (default) or a Dask cluster")
    corpus.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler, e.g. tcp://scheduler-host:8786 (with --engine dask; "
                             "default: a local cluster of N workers)")
    corpus.add_argument("--quiet", action="store_true", help="no progress bar")

    report = commands.add_parser(
        "report", help="run the notebooks and write an HTML report, tables and summary",
        description="Run the report notebooks on ARTICLE and write reports/<article-slug>/.")
    report.add_argument("article", nargs="?", default=str(DEFAULT_ARTICLE),
                        help="UTF-8 text file of the article (default: the embedded example)")
    report.add_argument("--target", default="Russia",
                        help="entity whose treatment is measured (default: Russia)")
    report.add_argument("--alias", action="append", metavar="NAME",
                        help="another name of the target; repeat or separate with commas")
    report.add_argument("--reports", default="reports", metavar="DIR",
                        help="folder that receives the report folder (default: reports)")
    report.add_argument("--corpus", metavar="SOURCE",
                        help="report on a corpus (folder, JSONL, CSV or Parquet) instead")
    report.add_argument("--quiet", action="store_true", help="no progress bars")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "analyse":
            from .analysis import analyse, write_tables
            from .article import read_article

            result = analyse(read_article(args.article), args.target, _aliases(args.alias))
            for path in write_tables(result, args.out):
                print(path)
        elif args.command == "corpus":
            from .corpus import write_corpus

            if args.scheduler and args.engine != "dask":
                raise ArticleError("--scheduler needs --engine dask")
            summary = write_corpus(args.source, args.out, args.target, _aliases(args.alias),
                                   engine=args.engine, workers=args.workers,
                                   scheduler=args.scheduler, progress=not args.quiet)
            failed = (f"; {summary['errors']:,} could not be analysed (see errors.parquet)"
                      if summary["errors"] else "")
            print(f"{summary['articles']:,} articles{failed}; tables written to {args.out}")
        elif args.command == "report":
            from .report import ReportError, build_corpus_report, build_report

            try:
                if args.corpus:
                    folder = build_corpus_report(args.corpus, args.target, _aliases(args.alias),
                                                 args.reports, progress=not args.quiet)
                else:
                    folder = build_report(args.article, args.target, _aliases(args.alias),
                                          args.reports, progress=not args.quiet)
            except ReportError as err:
                raise ArticleError(str(err)) from None
            print(f"Report written to {folder}/report.html")
    except ArticleError as err:
        print(f"newsquotes: error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
