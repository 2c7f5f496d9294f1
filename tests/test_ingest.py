"""Ingest: every supported format, metadata, and every kind of bad input."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from briefgen.errors import InputError, NoDocuments
from briefgen.ingest import ingest


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha1(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_seeds_metadata_as_stated(seeds_dir: Path) -> None:
    before = _hashes(seeds_dir)
    docs = {d.id[:3]: d for d in ingest([seeds_dir]).documents}
    assert sorted(docs) == ["000", "001", "002", "003", "004"]
    assert docs["000"].date == "2021-07-15" and docs["000"].date_source == "stated"
    assert docs["003"].date == "2021-08-16"
    assert docs["003"].authors == ("Felix Light", "Pjotr Sauer")
    assert docs["003"].url and "/2021/08/16/" in docs["003"].url
    assert docs["001"].date is None and docs["004"].date is None
    # The header says 2012; ingest reports what is written, the extract stage judges it.
    assert docs["002"].date_as_written == "November 2012"
    assert docs["004"].title == "Russia and the Taliban’s takeover in Afghanistan"
    assert _hashes(seeds_dir) == before


def test_offsets_index_the_decoded_file(seeds_dir: Path) -> None:
    doc = ingest([seeds_dir / "003_0adcbcc9f6435d88.txt"]).documents[0]
    raw = (seeds_dir / "003_0adcbcc9f6435d88.txt").read_text(encoding="utf-8")
    assert doc.text == raw
    assert doc.id == "003_0adcbcc9f6435d88.txt"


def test_folder_recursive_glob_and_ids(tmp_path: Path) -> None:
    (tmp_path / "a" / "2021-03-04").mkdir(parents=True)
    (tmp_path / "a" / "2021-03-04" / "x.md").write_text(
        "# A title for the piece here\n\nBody text."
    )
    (tmp_path / "a" / "y.txt").write_text(
        "Another headline about the matter\n\nDate: 5 May 2020\n\nText."
    )
    (tmp_path / "a" / "ignored.pdf").write_bytes(b"%PDF")
    docs = ingest([tmp_path / "a"]).documents
    assert [d.id for d in docs] == ["2021-03-04/x.md", "y.txt"]
    assert docs[0].date == "2021-03-04" and docs[0].date_source == "filename"
    assert docs[0].title == "A title for the piece here"
    assert docs[1].date == "2020-05-05" and docs[1].date_source == "stated"
    globbed = ingest([str(tmp_path / "a" / "*.txt")]).documents
    assert [d.id for d in globbed] == ["y.txt"]


def test_a_date_heading_a_section_of_the_body_is_not_the_page_date(tmp_path: Path) -> None:
    # a look back, year by year: its section headings start with dates, after the lede
    (tmp_path / "paper_2016-02-11_what-went-wrong.txt").write_text(
        "What went wrong for the governor\nHurdles from years past proved insurmountable.\n\n"
        "The problems that ultimately consumed the governor's campaign were planted long ago, "
        "one in each of the last four years, and were always going to be hard to overcome.\n\n"
        "Oct. 31, 2012 The handshake.\n\nTwo days after the storm, the president toured the "
        "coast with the governor.\n"
    )
    (tmp_path / "dated.txt").write_text(
        "Storm hits the coast\n\nOct. 31, 2012\n\nThe storm that hit the coast on Monday "
        "night left thousands of homes without power, officials said on Tuesday morning.\n"
    )
    docs = {d.id: d for d in ingest([tmp_path]).documents}
    page = docs["paper_2016-02-11_what-went-wrong.txt"]
    assert page.date == "2016-02-11" and page.date_source == "filename"
    assert docs["dated.txt"].date == "2012-10-31" and docs["dated.txt"].date_source == "stated"


def test_a_link_inside_the_text_is_not_the_page_address(tmp_path: Path) -> None:
    # an embedded post's shortened link and a player's "watch at" link name other pages
    (tmp_path / "posts.txt").write_text(
        "Candidates react to the storm\n\nThe governor called for calm on Wednesday.\n\n"
        '<tweet author="Gov">Stay safe, everyone. https://t.co/AbC123xyz</tweet>.\n\n'
        'Watch the latest video at <a href="http://video.example.com">video.example.com</a>.\n'
    )
    (tmp_path / "own.txt").write_text(
        "Storm hits the coast\n\nThe storm hit the coast on Monday night, officials said.\n\n"
        "Original url:\n\n<https://news.example.org/2012/10/30/storm-hits-the-coast>\n"
    )
    docs = {d.id: d for d in ingest([tmp_path]).documents}
    assert docs["posts.txt"].url is None and docs["posts.txt"].publisher is None
    assert docs["own.txt"].url == "https://news.example.org/2012/10/30/storm-hits-the-coast"
    assert docs["own.txt"].publisher == "news.example.org"


def test_jsonl_corpus_and_malformed_line(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    rows = [
        json.dumps({"id": "n1", "time": "2009-06-27", "title": "T1", "text": "Body one."}),
        "{not json",
        json.dumps(
            {
                "id": "n2",
                "time": "2009-06-28",
                "title": "T2",
                "text": "Body two.",
                "url": "https://example.org/a",
                "authors": ["A. Writer"],
            }
        ),
    ]
    corpus.write_text("\n".join(rows) + "\n")
    result = ingest([corpus])
    docs = result.documents
    assert [d.id for d in docs] == ["n1", "n2"]
    assert docs[0].date == "2009-06-27" and docs[0].date_source == "field"
    assert docs[1].authors == ("A. Writer",) and docs[1].url == "https://example.org/a"
    assert result.skipped == (
        f"{corpus}: 1 line(s) skipped: line 2: malformed JSON "
        "(Expecting property name enclosed in double quotes, column 2)",
    )


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    para = "The council met on Tuesday and agreed a new budget for the coming year. " * 4
    page.write_text(
        "<html><head><title>Council agrees budget | Daily</title>"
        '<meta name="author" content="Ann Reporter">'
        '<meta property="article:published_time" content="2022-03-01">'
        "</head><body><nav>Home | World</nav><article><h1>Council agrees budget</h1>"
        f"<p>{para}</p><p>{para}</p></article><footer>Copyright</footer></body></html>"
    )
    doc = ingest([page]).documents[0]
    assert "agreed a new budget" in doc.text and "Copyright" not in doc.text
    assert doc.date == "2022-03-01"
    assert doc.format == "html"


def test_encodings(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffCafé headline with four words\n\nText.".encode())
    (tmp_path / "win.txt").write_bytes(
        "Caf\xe9 headline with four words\n\nText \x93q\x94.".encode("latin-1")
    )
    docs = {d.id: d for d in ingest([tmp_path]).documents}
    assert docs["bom.txt"].text.startswith("Café")
    assert "“q”" in docs["win.txt"].text


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"   \n", "file is empty"),
        ("bin.txt", b"\x00\x01\x02PK\x03\x04" * 100, "binary file"),
    ],
)
def test_bad_file_is_skipped_with_warning(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("A perfectly good headline here\n\nSome text.")
    result = ingest([tmp_path])
    assert [d.id for d in result.documents] == ["good.txt"]
    assert len(result.skipped) == 1 and name in result.skipped[0] and problem in result.skipped[0]


def test_oversized_file_is_skipped(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (tmp_path / "good.txt").write_text("A perfectly good headline here\n\nSome text.")
    result = ingest([tmp_path])
    assert "50.0 MB" in result.skipped[0] and "big.txt" in result.skipped[0]


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        ingest([tmp_path / "nope"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoDocuments, match="no supported files"):
        ingest([tmp_path / "empty"])
    (tmp_path / "only.txt").write_text("")
    with pytest.raises(NoDocuments, match="file is empty"):
        ingest([tmp_path / "only.txt"])


def test_a_headline_going_on_in_a_deck_is_the_title_not_the_file_name(tmp_path: Path) -> None:
    # the file's slug, cut at a fixed length, runs past the headline into the deck below it
    text = (
        "Why the mayor lags on housing;\nHer plan misses renters in the city.\n\n"
        "The mayor trails her rival among renters, a poll found on Monday.\n"
    )
    path = tmp_path / "paper_2016-03-23_why-the-mayor-lags-on-housing-her.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = ingest([tmp_path]).documents
    assert doc.title == "Why the mayor lags on housing;"
    from briefgen.structure import build_profile, structured
    from briefgen.structure.title import shown_title

    assert shown_title(structured(doc, build_profile([doc]))) == "Why the mayor lags on housing"


def test_a_headline_s_own_full_stop_is_not_printed_before_the_list_s(tmp_path: Path) -> None:
    from briefgen.structure import build_profile, structured
    from briefgen.structure.title import shown_title

    text = "Mayor stirs up the council base, by breaking with U.S. habits.\n\n" + (
        "The mayor broke with the council on Monday over the budget, officials said.\n"
    )
    path = tmp_path / "paper_2016-02-18_mayor-stirs-up-the-council-base-b.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = ingest([tmp_path]).documents
    shown = shown_title(structured(doc, build_profile([doc])))
    assert shown == "Mayor stirs up the council base, by breaking with U.S. habits"
