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
        elif args.command == "report":
            from .report import ReportError, build_report

            try:
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
