"""Reading an article file: text comes back exact, anything else is refused in one line."""

import pytest

from newsquotes.article import ArticleError, read_article, slug


def write(tmp_path, data: bytes):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    return path


def test_reads_utf8_text(tmp_path):
    assert read_article(write(tmp_path, "Churkin said “no”.".encode())) == "Churkin said “no”."


def test_windows_line_ends_become_newlines(tmp_path):
    assert read_article(write(tmp_path, b"One.\r\nTwo.\r\n")) == "One.\nTwo.\n"


def test_byte_order_mark_is_dropped(tmp_path):
    assert read_article(write(tmp_path, b"\xef\xbb\xbfText.")) == "Text."


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b" \n\n\t ", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file"),
    ("Caf\u00e9 talks".encode("latin-1"), "is not UTF-8 text (byte 0xe9 at offset 3)"),
    (b"\x01\x02\x03\x04 some text \x05\x06", "looks binary"),
])
def test_bad_files_are_refused_with_the_reason(tmp_path, data, message):
    with pytest.raises(ArticleError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_article(write(tmp_path, data))


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ArticleError, match="article not found: .*nope.txt"):
        read_article(tmp_path / "nope.txt")


def test_folder_is_refused(tmp_path):
    with pytest.raises(ArticleError, match="is a folder"):
        read_article(tmp_path)


def test_huge_file_is_refused(tmp_path):
    with pytest.raises(ArticleError, match="article too large"):
        read_article(write(tmp_path, b"word " * 100), max_bytes=100)


def test_error_messages_are_one_line(tmp_path):
    with pytest.raises(ArticleError) as err:
        read_article(write(tmp_path, b"\xff\xfe bad"))
    assert "\n" not in str(err.value)


def test_slug_names_the_report_folder():
    assert slug("data/Russia Syria (Geneva) 2016.txt") == "russia-syria-geneva-2016"
